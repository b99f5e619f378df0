/**
 * How one moved due date reads, the same on the review page, in the journal and in the
 * quarterly report: "Ship the CLI: due moved from 2026-12-31 to 2027-02-28 on
 * 2026-11-21 — Team reorg".
 */
import * as l10n from '@vscode/l10n';
import type { IsoDate } from '../model';

/** What a sentence about an adjustment needs. */
export interface AdjustmentWords {
  goalTitle: string;
  date: IsoDate;
  from: IsoDate;
  to: IsoDate;
  reason?: string;
}

/** How the person's own words in the sentence are rendered (a Markdown report keeps them inert). */
export interface AdjustmentRendering {
  title: (s: string) => string;
  reason: (s: string) => string;
}

const AS_WRITTEN: AdjustmentRendering = { title: (s) => s, reason: (s) => s };

/** The sentence for `a`; the title and reason pass through `render`, kept as written by default. */
export function adjustmentSentence(a: AdjustmentWords, render: AdjustmentRendering = AS_WRITTEN): string {
  const reason = a.reason?.trim();
  return reason
    ? l10n.t('{0}: due moved from {1} to {2} on {3} — {4}', render.title(a.goalTitle), a.from, a.to, a.date, render.reason(reason))
    : l10n.t('{0}: due moved from {1} to {2} on {3}', render.title(a.goalTitle), a.from, a.to, a.date);
}
