/**
 * Which reviews are due. A deeper review counts as the shallower ones too: a
 * quarterly reset is also this month's deep dive and this week's review.
 *
 * Two kinds of rule. Without a `rhythm` key for a review, it falls due a number of days
 * after the last one (7, 30, 91), paused days not counted. With one, it falls due on its
 * day (each Friday, the last Friday of the month, the first day of each quarter of the
 * year) and stays due until a review of its depth or deeper on or after that day; a day
 * that falls in a pause moves to the day after the pause. During a pause nothing is due.
 */
import { dayOf, dayToIso, isoToDay } from '../time/dates';
import { REVIEW_KINDS, type GoalsModel, type ReviewKind, type ReviewRecord } from '../model';
import { afterPause, monthlyAnchor, pauseOn, pauseSpans, pausedDays, quarterAnchor, weeklyAnchor, type DaySpan } from '../rhythm';
import type { Cadence } from '../types';

/** Days after which each kind of review is due again, without a rhythm for it. */
const REVIEW_INTERVAL_DAYS: Record<ReviewKind, number> = { weekly: 7, monthly: 30, quarterly: 91 };

/** What of the plan the cadence reads. */
export type CadencePlan = Pick<GoalsModel, 'rhythm' | 'pauses'>;

/**
 * Due reviews on `today`. Without a rhythm: weekly when no review of any kind in the
 * last 7 days; monthly when the last monthly or quarterly review is more than 30 days
 * ago, or there has been none and the first review of any kind is more than 30 days
 * ago; quarterly the same with 91 days, only quarterly reviews counting; no history:
 * only weekly. Paused days do not count towards those days.
 */
export function reviewCadence(reviews: readonly ReviewRecord[], today: Date, plan: CadencePlan = {}): Cadence {
  const now = dayOf(today);
  const spans = pauseSpans(plan.pauses);
  let first: number | undefined;
  let last: { record: ReviewRecord; day: number } | undefined;
  const lastOf: Partial<Record<ReviewKind, number>> = {};
  for (const record of reviews) {
    const day = isoToDay(record.date);
    const depth = REVIEW_KINDS.indexOf(record.kind);
    if (Number.isNaN(day) || depth < 0) continue;
    if (first === undefined || day < first) first = day;
    if (!last || day > last.day || (day === last.day && depth > REVIEW_KINDS.indexOf(last.record.kind))) last = { record, day };
    // A review counts for its own kind and every shallower one.
    for (const kind of REVIEW_KINDS.slice(0, depth + 1)) {
      const prev = lastOf[kind];
      if (prev === undefined || day > prev) lastOf[kind] = day;
    }
  }
  const cadence: Cadence = { due: [] };
  if (last) cadence.last = last.record;
  const pause = pauseOn(now, spans);
  if (pause) {
    const note = plan.pauses?.find((p) => isoToDay(p.from) <= now && now <= isoToDay(p.to))?.note;
    cadence.paused = { until: dayToIso(pause.to), ...(note !== undefined ? { note } : {}) };
    return cadence;
  }
  // Deepest first, so the suggested review is the deepest one due.
  for (const kind of [...REVIEW_KINDS].reverse()) {
    const anchor = anchorOf(kind, now, plan);
    const lastDay = lastOf[kind];
    const isDue = anchor !== undefined ? dueSince(afterPause(anchor, spans), lastDay, first, kind) : dueAfterDays(kind, now, lastDay, first, spans);
    if (isDue) cadence.due.push(kind);
  }
  const [suggested] = cadence.due;
  if (suggested) cadence.suggested = suggested;
  return cadence;
}

/** The day the rhythm last made `kind` due, on or before `now`; undefined without a rhythm for it. */
function anchorOf(kind: ReviewKind, now: number, plan: CadencePlan): number | undefined {
  const r = plan.rhythm;
  if (!r) return undefined;
  if (kind === 'weekly') return r.weekly ? weeklyAnchor(now, r.weekly) : undefined;
  if (kind === 'monthly') return r.monthly ? monthlyAnchor(now, r.monthly) : undefined;
  return r.yearStarts !== undefined ? quarterAnchor(now, r.yearStarts) : undefined;
}

/**
 * Due by the rhythm: no review of this depth on or after `anchor`. A person new to the
 * journal (no review before the anchor at all) owes no monthly or quarterly review yet.
 */
function dueSince(anchor: number, lastDay: number | undefined, first: number | undefined, kind: ReviewKind): boolean {
  if (lastDay !== undefined) return lastDay < anchor;
  return kind === 'weekly' || (first !== undefined && first < anchor);
}

/** Due by days: the days since the last review, paused days left out, past the interval. */
function dueAfterDays(kind: ReviewKind, now: number, lastDay: number | undefined, first: number | undefined, spans: readonly DaySpan[]): boolean {
  const interval = REVIEW_INTERVAL_DAYS[kind];
  const since = (day: number): number => now - day - pausedDays(day, now, spans);
  if (kind === 'weekly') return lastDay === undefined || since(lastDay) >= interval;
  return lastDay !== undefined ? since(lastDay) > interval : first !== undefined && since(first) > interval;
}
