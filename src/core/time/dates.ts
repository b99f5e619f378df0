/**
 * time/: calendar dates as whole days (this file) and calendar quarters (quarter.ts).
 * It imports no other core module (a lint zone), only date-fns.
 */
/**
 * Calendar dates as whole days. goals.yaml dates have no time zone, so the core works on
 * day numbers (days since 1970-01-01 in the proleptic Gregorian calendar) rather than on
 * instants, which keeps every rule free of DST and offset surprises. `today` is always
 * read as the caller's local calendar date.
 *
 * date-fns does the calendar work (weekdays, month lengths, months, quarters, years) on
 * {@link dayAsDate} values. Two things stay arithmetic, on purpose:
 * - reading `YYYY-MM-DD` into a day number ({@link parseIsoDay}): the analysis reads
 *   every goal's dates on each keystroke, and a Date per date was most of that cost;
 * - a difference of days, which on day numbers is a subtraction: date-fns's
 *   `differenceInCalendarDays` computes the same number from two Dates.
 */
import { UTCDate } from '@date-fns/utc';
import { getDaysInMonth } from 'date-fns';

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
  if (mo < 1 || mo > 12 || d < 1) return 'impossible';
  const day = daysFromCivil(y, mo, d);
  // Only the 29th to the 31st can fall past a month's end; ask date-fns for those alone.
  if (d > 28 && d > getDaysInMonth(dayAsDate(day - d + 1))) return 'impossible';
  return day;
}

/**
 * A day number as a date-fns value. A UTCDate's "local" fields are its UTC ones, so
 * date-fns's calendar functions, which read local fields, see exactly this day in every
 * time zone.
 */
export function dayAsDate(day: number): Date {
  return new UTCDate(day * MS_PER_DAY);
}

/** The day number of a date-fns result on a {@link dayAsDate} value; an end-of-day time (`endOfQuarter`) stays on its day. */
export function dayOfDate(date: Date): number {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/**
 * Day number of a proleptic Gregorian date, by arithmetic (H. Hinnant's
 * days_from_civil): the pace of every goal reads several dates on each analysis, and a
 * Date per date was most of that cost. Equal to what a UTC Date gives for years 0–9999.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  // Years counted from March, so that the leap day ends the year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
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

/** The caller's local today (`now`'s local calendar date) as `YYYY-MM-DD`. */
export function todayIso(now: Date): string {
  return dayToIso(dayOf(now));
}

/** The `YYYY-MM-DD` string of a YAML timestamp value; YAML reads zone-less timestamps as UTC. */
export function dateToIso(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}
