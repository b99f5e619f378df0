/**
 * The words of the status line, `46% · 4 goals · weekly review due`: one builder for
 * the VS Code status bar and the `career-goals status` command, so both say the same.
 */
import type { ReviewKind } from '../model';
import { percentLabel } from './percent';
import { plural } from './plural';

export { plural } from './plural';

/** What the status line summarises. */
export interface StatusLineInput {
  /** Mean progress of the active goals, 0–1. */
  progress: number;
  /** How many goals are active. */
  active: number;
  /** The review to suggest, when one is due. */
  review?: ReviewKind;
}

/** `46% · 4 goals`, or `no active goals`: the status line without the review part. */
function statusSummary(input: Pick<StatusLineInput, 'progress' | 'active'>): string {
  return input.active ? `${percentLabel(input.progress)} · ${plural(input.active, 'goal')}` : 'no active goals';
}

/** `46% · 4 goals · weekly review due`; the review part only when one is due. */
export function statusLine(input: StatusLineInput): string {
  return `${statusSummary(input)}${input.review ? ` · ${input.review} review due` : ''}`;
}
