/**
 * Calendar-date arithmetic on whole days. goals.yaml dates have no time zone, so the
 * core works on day numbers (days since 1970-01-01 in the proleptic Gregorian
 * calendar) rather than on instants, which keeps every rule free of DST and offset
 * surprises. `today` is always read as the caller's local calendar date.
 */

/** Why a date string was rejected. */
export type DateProblem = 'format' | 'impossible';

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * Checks a strict `YYYY-MM-DD` string and returns its day number, or the problem:
 * `format` when it is not `YYYY-MM-DD`, `impossible` when the day does not exist
 * (2026-02-30, month 13).
 */
export function parseIsoDay(text: string): number | DateProblem {
  const m = ISO_RE.exec(text);
  if (!m) return 'format';
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return 'impossible';
  // Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear takes the year as written.
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  return Math.round(date.getTime() / MS_PER_DAY);
}

/** Day number of a date already validated by the parser (NaN when it is not valid). */
export function isoToDay(iso: string): number {
  const r = parseIsoDay(iso);
  return typeof r === 'number' ? r : NaN;
}

/** Day number of the caller's local calendar date of `today`. */
export function dayOf(today: Date): number {
  return Math.round(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) / MS_PER_DAY);
}

/** The `YYYY-MM-DD` string of a day number. */
export function dayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The `YYYY-MM-DD` string of a YAML timestamp value; YAML reads zone-less timestamps as UTC. */
export function dateToIso(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
