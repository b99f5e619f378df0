/**
 * rhythm/: the person's own rhythm of reviews and the pauses that hold everything
 * still. This file holds the day rules on day numbers (time/dates.ts): the last day a
 * review fell due, and which days are paused; spec.ts reads the rhythm's words
 * (`friday`, `last-friday`, `april`). It imports time/ and model.ts only (a lint zone).
 */
import { addDays, getDay, getMonth, lastDayOfMonth, startOfMonth, subMonths } from 'date-fns';
import { dayAsDate, dayOfDate, isoToDay } from '../time/dates';
import { WEEKDAYS, type MonthlyDay, type Pause, type Weekday } from '../model';

/** Days `from` to `to`, both included, as day numbers. */
export interface DaySpan {
  from: number;
  to: number;
}

/** The pauses as day spans, in order, overlapping or adjacent ones joined. */
export function pauseSpans(pauses: readonly Pick<Pause, 'from' | 'to'>[] | undefined): DaySpan[] {
  const spans = (pauses ?? [])
    .map((p) => ({ from: isoToDay(p.from), to: isoToDay(p.to) }))
    .filter((s) => Number.isFinite(s.from) && Number.isFinite(s.to) && s.from <= s.to)
    .sort((a, b) => a.from - b.from);
  const out: DaySpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.from <= last.to + 1) last.to = Math.max(last.to, s.to);
    else out.push({ ...s });
  }
  return out;
}

/** The span that holds `day`, if any. */
export function pauseOn(day: number, spans: readonly DaySpan[]): DaySpan | undefined {
  return spans.find((s) => s.from <= day && day <= s.to);
}

/** How many days after `from`, up to and including `to`, are paused. */
export function pausedDays(from: number, to: number, spans: readonly DaySpan[]): number {
  let n = 0;
  for (const s of spans) {
    const a = Math.max(s.from, from + 1);
    const b = Math.min(s.to, to);
    if (b >= a) n += b - a + 1;
  }
  return n;
}

/** `day`, or the first day after the pause that holds it: a review that fell due in a pause falls due when it ends. */
export function afterPause(day: number, spans: readonly DaySpan[]): number {
  const s = pauseOn(day, spans);
  return s ? s.to + 1 : day;
}

/** The latest `weekday` on or before `today`. */
export function weeklyAnchor(today: number, weekday: Weekday): number {
  const back = (getDay(dayAsDate(today)) - WEEKDAYS.indexOf(weekday) + 7) % 7;
  return today - back;
}

/** The monthly day of the month that holds `monthStart` (a first of the month). */
function monthlyDayIn(monthStart: Date, spec: MonthlyDay): number {
  const first = dayOfDate(monthStart);
  switch (spec.kind) {
    case 'day':
      return first + spec.day - 1;
    case 'last-day':
      return dayOfDate(lastDayOfMonth(monthStart));
    case 'first': {
      const forward = (WEEKDAYS.indexOf(spec.weekday) - getDay(monthStart) + 7) % 7;
      return first + forward;
    }
    case 'last': {
      const last = lastDayOfMonth(monthStart);
      const back = (getDay(last) - WEEKDAYS.indexOf(spec.weekday) + 7) % 7;
      return dayOfDate(addDays(last, -back));
    }
  }
}

/** The latest monthly day (by `spec`) on or before `today`. */
export function monthlyAnchor(today: number, spec: MonthlyDay): number {
  const month = startOfMonth(dayAsDate(today));
  const here = monthlyDayIn(month, spec);
  return here <= today ? here : monthlyDayIn(subMonths(month, 1), spec);
}

/** The first day of the quarter of a year starting in month `yearStarts` (1–12) that holds `today`. */
export function quarterAnchor(today: number, yearStarts: number): number {
  const date = dayAsDate(today);
  const intoQuarter = (getMonth(date) + 1 - yearStarts + 12) % 3;
  return dayOfDate(startOfMonth(subMonths(date, intoQuarter)));
}
