/**
 * Pace: where an active goal stands against its schedule. The expected progress on a
 * day is the elapsed fraction of the time from the goal's `start` (or, without one,
 * its earliest checkpoint date) to its `due` date. A goal more than 10 points below
 * that is behind; past its due date it is overdue. Paused days (`pauses:`) do not count
 * as elapsed: the line stands still through a pause, so the buffer does not drain.
 */
import { pausedDays, type DaySpan } from '../rhythm';
import { dayOf, isoToDay } from '../time/dates';
import type { Goal } from '../model';
import type { Pace } from '../types';

/** How far below the expected progress a goal may fall before it counts as behind. */
export const PACE_TOLERANCE = 0.1;

/**
 * Pace of a goal at `progress` on `today`. Order of the rules: not active → `none`;
 * no due date → `unscheduled`; today after due → `overdue` (even without a start, since
 * the date alone tells); no start nor dated checkpoint → `none`; below expected − 0.10
 * → `behind`; else `on-track` with the whole days left before it would turn behind.
 */
export function goalPace(goal: Goal, progress: number, today: Date, pauses: readonly DaySpan[] = []): Pace {
  if (goal.status !== 'active') return { kind: 'none' };
  if (!goal.due) return { kind: 'unscheduled' };
  const due = isoToDay(goal.due);
  if (Number.isNaN(due)) return { kind: 'unscheduled' };
  const now = dayOf(today);
  if (now > due) return { kind: 'overdue' };
  const start = startDay(goal);
  if (start === undefined) return { kind: 'none' };
  // The schedule's own day: today, less the paused days since the start.
  const day = now - pausedDays(start, now, pauses);
  const expected = expectedAt(start, due, day);
  if (progress < expected - PACE_TOLERANCE - 1e-9) return { kind: 'behind', expected };
  return { kind: 'on-track', expected, bufferDays: bufferDays(start, due, day, progress, due - now) };
}

/** Elapsed fraction of `[start, due]` on `day`, clamped to [0, 1]. */
function expectedAt(start: number, due: number, day: number): number {
  const span = due - start;
  if (span <= 0) return day >= due ? 1 : 0;
  const e = (day - start) / span;
  return e < 0 ? 0 : e > 1 ? 1 : e;
}

/** The day the schedule starts: `start`, else the earliest checkpoint date. */
function startDay(goal: Goal): number | undefined {
  if (goal.start) {
    const s = isoToDay(goal.start);
    if (!Number.isNaN(s)) return s;
  }
  let earliest: number | undefined;
  for (const c of goal.checkpoints) {
    if (!c.date) continue;
    const d = isoToDay(c.date);
    if (!Number.isNaN(d) && (earliest === undefined || d < earliest)) earliest = d;
  }
  return earliest;
}

/**
 * Largest d ≥ 0, at most the days left until due, such that progress ≥
 * expected(today + d) − tolerance. Expected grows linearly, so this is solved
 * directly rather than by stepping through days.
 */
function bufferDays(start: number, due: number, now: number, progress: number, daysLeft: number): number {
  const cap = Math.max(0, daysLeft);
  return Math.max(0, Math.min(cap, Math.floor(safetyBuffer(start, due, now, progress) + 1e-9)));
}

/**
 * The safety buffer in days, fractional: how long a goal at `progress` on `day` can
 * stand still before it turns behind (below the expected progress by more than
 * PACE_TOLERANCE), at most the days left until due; negative once it is behind. The
 * tree's "12d buffer" is this, in whole days; the dashboard's buffer bands use it too.
 */
export function safetyBuffer(start: number, due: number, day: number, progress: number): number {
  const left = due - day;
  const allowed = progress + PACE_TOLERANCE;
  const span = due - start;
  if (allowed >= 1 - 1e-9 || span <= 0) return left;
  // expected(day + d) ≤ allowed  ⇔  day + d − start ≤ allowed · span
  return Math.min(left, allowed * span - (day - start));
}
