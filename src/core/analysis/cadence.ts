/**
 * Which reviews are due. A deeper review counts as the shallower ones too: a
 * quarterly reset is also this month's deep dive and this week's review.
 */
import { dayOf, isoToDay } from '../time/dates';
import { REVIEW_KINDS, type ReviewKind, type ReviewRecord } from '../model';
import type { Cadence } from '../types';

/** Days after which each kind of review is due again. */
const REVIEW_INTERVAL_DAYS: Record<ReviewKind, number> = { weekly: 7, monthly: 30, quarterly: 91 };

/**
 * Due reviews on `today`. Weekly: no review of any kind in the last 7 days. Monthly:
 * the last monthly or quarterly review is more than 30 days ago, or there has been
 * none and the first review of any kind is more than 30 days ago. Quarterly: the
 * same with 91 days, only quarterly reviews counting. No history: only weekly.
 */
export function reviewCadence(reviews: readonly ReviewRecord[], today: Date): Cadence {
  const now = dayOf(today);
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
  const due: ReviewKind[] = [];
  // Deepest first, so the suggested review is the deepest one due.
  for (const kind of [...REVIEW_KINDS].reverse()) {
    const interval = REVIEW_INTERVAL_DAYS[kind];
    const lastDay = lastOf[kind];
    const isDue =
      kind === 'weekly'
        ? lastDay === undefined || now - lastDay >= interval
        : lastDay !== undefined
          ? now - lastDay > interval
          : first !== undefined && now - first > interval;
    if (isDue) due.push(kind);
  }
  const cadence: Cadence = { due };
  const [suggested] = due;
  if (suggested) cadence.suggested = suggested;
  if (last) cadence.last = last.record;
  return cadence;
}
