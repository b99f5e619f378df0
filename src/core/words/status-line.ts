/**
 * The words of the status line, `46% · 4 goals · weekly review due`: one builder for
 * the VS Code status bar and the `career-goals status` command, so both say the same.
 */
import type { IsoDate, ReviewKind } from '../model';
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
  /** The last day of the pause today falls in, if any (then no review is due). */
  pausedUntil?: IsoDate;
}

/** `46% · 4 goals`, or `no active goals`: the status line without the review part. */
function statusSummary(input: Pick<StatusLineInput, 'progress' | 'active'>): string {
  return input.active ? `${percentLabel(input.progress)} · ${plural(input.active, 'goal')}` : 'no active goals';
}

/** `46% · 4 goals · weekly review due`, or `… · paused until 2027-01-03`; the last part only when there is one. */
export function statusLine(input: StatusLineInput): string {
  const tail = input.review ? ` · ${input.review} review due` : input.pausedUntil ? ` · ${pausedWords(input.pausedUntil)}` : '';
  return `${statusSummary(input)}${tail}`;
}

/** `paused until 2027-01-03`: a pause, in the status line, the Goals view and the command line. */
export function pausedWords(until: IsoDate): string {
  return `paused until ${until}`;
}
