/**
 * The record of moved due dates across a plan (`adjustments:` of each goal), as the
 * reviews and the quarterly report list it: each adjustment with its goal, within a
 * span of days.
 */
import type { Goal, IsoDate } from '../model';

/** One adjustment with the goal it belongs to. */
export interface AdjustmentRecord {
  goalId: string;
  goalTitle: string;
  /** The day the due date was moved. */
  date: IsoDate;
  from: IsoDate;
  to: IsoDate;
  reason?: string;
}

/**
 * Every adjustment of `goals` dated from `since` to `until` (both included; either may
 * be absent), oldest first; adjustments of one day keep the file's order.
 */
export function adjustmentsBetween(goals: readonly Goal[], since?: IsoDate, until?: IsoDate): AdjustmentRecord[] {
  const out: AdjustmentRecord[] = [];
  for (const g of goals) {
    for (const a of g.adjustments ?? []) {
      if ((since !== undefined && a.date < since) || (until !== undefined && a.date > until)) continue;
      const record: AdjustmentRecord = { goalId: g.id, goalTitle: g.title, date: a.date, from: a.from, to: a.to };
      if (a.reason !== undefined) record.reason = a.reason;
      out.push(record);
    }
  }
  // Array.prototype.sort is stable: one day's adjustments stay in file order.
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
