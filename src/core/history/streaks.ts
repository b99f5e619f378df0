/**
 * Review streaks: runs of consecutive ISO weeks with a review, on the person's local
 * calendar, and the Monday each week starts on.
 */
import { startOfISOWeek } from 'date-fns';
import { dayAsDate, dayOf, dayOfDate, isoToDay } from '../time/dates';
import type { IsoDate } from '../model';

/** Streaks of consecutive ISO weeks (Monday to Sunday) with at least one review. */
export interface ReviewStreaks {
  /** The run that ends this week, or last week while this week has no review yet. */
  current: number;
  best: number;
}

/** Day number of the Monday starting the ISO week of day number `day`. */
export function weekStart(day: number): number {
  return dayOfDate(startOfISOWeek(dayAsDate(day)));
}

/**
 * Current and best streaks of consecutive ISO weeks with a review of any kind, on
 * the person's local calendar. This week without a review yet does not break the
 * current streak: the week is not over.
 */
export function reviewStreaks(dates: readonly IsoDate[], now: Date): ReviewStreaks {
  const today = dayOf(now);
  const weeks = new Set<number>();
  for (const d of dates) {
    const day = isoToDay(d);
    if (Number.isFinite(day) && day <= today) weeks.add(weekStart(day));
  }
  const sorted = [...weeks].sort((a, b) => a - b);
  let best = 0;
  let run = 0;
  let prev = NaN;
  for (const w of sorted) {
    run = w - prev === 7 ? run + 1 : 1;
    best = Math.max(best, run);
    prev = w;
  }
  const thisWeek = weekStart(today);
  let current = 0;
  for (let w = weeks.has(thisWeek) ? thisWeek : thisWeek - 7; weeks.has(w); w -= 7) current++;
  return { current, best };
}

