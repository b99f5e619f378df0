/**
 * The quarterly report's "What changed and why" entries for moved due dates: one per
 * adjustment dated in the period, from the goals' `adjustments:` record.
 */
import { adjustmentsBetween } from '../analysis/adjustments';
import type { Goal } from '../model';
import { adjustmentSentence } from '../words/adjustment-words';
import { inline, oneLine } from './markdown';
import type { ReportPeriod } from './period';

/** `**Ship the CLI**: due moved from 2026-12-31 to 2027-02-28 on 2026-11-21 — Team reorg`, oldest first. */
export function adjustmentItems(goals: readonly Goal[], period: Pick<ReportPeriod, 'from' | 'to'>): string[] {
  return adjustmentsBetween(goals, period.from, period.to).map((a) => adjustmentSentence(a, { title: (t) => `**${inline(t)}**`, reason: oneLine }));
}
