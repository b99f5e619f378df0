/**
 * Review streaks: runs of consecutive ISO weeks with a review, on the person's local
 * calendar, and the Monday each week starts on.
 */
import { startOfISOWeek } from 'date-fns';
import { dayAsDate, dayOf, dayOfDate, isoToDay } from '../time/dates';
import type { IsoDate } from '../model';
import type { DaySpan } from '../rhythm';

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
 * current streak: the week is not over. A week that shares a day with a pause
 * (`pauses`, as day spans) and has no review neither breaks a streak nor adds to it.
 */
export function reviewStreaks(dates: readonly IsoDate[], now: Date, pauses: readonly DaySpan[] = []): ReviewStreaks {
  const today = dayOf(now);
  const weeks = new Set<number>();
  for (const d of dates) {
    const day = isoToDay(d);
    if (Number.isFinite(day) && day <= today) weeks.add(weekStart(day));
  }
  const paused = (w: number): boolean => pauses.some((p) => p.from <= w + 6 && w <= p.to);
  /** Whether every week strictly between `a` and `b` is paused. */
  const bridged = (a: number, b: number): boolean => {
    for (let w = a + 7; w < b; w += 7) if (!paused(w)) return false;
    return true;
  };
  const sorted = [...weeks].sort((a, b) => a - b);
  let best = 0;
  let run = 0;
  let prev = NaN;
  for (const w of sorted) {
    run = Number.isFinite(prev) && bridged(prev, w) ? run + 1 : 1;
    best = Math.max(best, run);
    prev = w;
  }
  const thisWeek = weekStart(today);
  let current = 0;
  let w = weeks.has(thisWeek) ? thisWeek : thisWeek - 7;
  for (; weeks.has(w) || paused(w); w -= 7) if (weeks.has(w)) current++;
  return { current, best };
}
