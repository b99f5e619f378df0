/**
 * Calendar quarters as `YYYY-Qn` labels, the format of `focus.quarter`. Work on ISO
 * dates so callers never meet time zones; date-fns does the calendar work.
 */
import { addQuarters, endOfQuarter, getQuarter, getYear } from 'date-fns';
import { dayAsDate, dayOfDate, dayToIso, parseIsoDay } from './dates';

const LABEL_RE = /^(\d{4})-Q([1-4])$/;

/** The label of the quarter holding a date-fns day; four-digit years always, so `0999-Q4` stays a label. */
function labelOf(date: Date): string {
  return `${String(getYear(date)).padStart(4, '0')}-Q${getQuarter(date)}`;
}

/** Day number of a label's first day, or undefined for a malformed label. */
function firstDay(label: string): number | undefined {
  const m = LABEL_RE.exec(label);
  if (!m) return undefined;
  const day = parseIsoDay(`${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, '0')}-01`);
  return typeof day === 'number' ? day : undefined;
}

/** The quarter label of an ISO date, e.g. `2026-11-21` → `2026-Q4`. Undefined for an invalid date. */
export function quarterOf(iso: string): string | undefined {
  const day = parseIsoDay(iso);
  return typeof day === 'number' ? labelOf(dayAsDate(day)) : undefined;
}

/** The quarter `by` quarters after `label` (before it when negative), e.g. `2026-Q4` → `2027-Q1`. Undefined for a malformed label. */
export function shiftQuarter(label: string, by: number): string | undefined {
  const first = firstDay(label);
  return first === undefined ? undefined : labelOf(addQuarters(dayAsDate(first), by));
}

/** The quarter after `label`, e.g. `2026-Q4` → `2027-Q1`. Undefined for a malformed label. */
export function nextQuarter(label: string): string | undefined {
  return shiftQuarter(label, 1);
}

/** First and last ISO day of a quarter, or undefined for a malformed label. */
export function quarterBounds(label: string): { start: string; end: string } | undefined {
  const first = firstDay(label);
  if (first === undefined) return undefined;
  return { start: dayToIso(first), end: dayToIso(dayOfDate(endOfQuarter(dayAsDate(first)))) };
}
