/**
 * The words of the status line, `46% · 4 goals · weekly review due`: one builder for
 * the VS Code status bar and the `career-goals status` command, so both say the same.
 */
import * as l10n from '@vscode/l10n';
import type { GoalStatus, IsoDate, ReviewKind } from '../model';
import { displayDay } from '../time/display';
import { percentLabel } from './percent';


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
  if (!input.active) return l10n.t('no active goals');
  return input.active === 1 ? l10n.t('{0} · 1 goal', percentLabel(input.progress)) : l10n.t('{0} · {1} goals', percentLabel(input.progress), input.active);
}

/**
 * `46% · 4 goals · weekly review due`, or `… · paused until 2027-01-03`; the last part only when there is one.
 * With `locale` (the display language, for a screen) the pause's last day is written as that language writes days
 * (`Jan 3, 2027`); without it, as the ISO day.
 */
export function statusLine(input: StatusLineInput, locale?: string): string {
  const tail = input.review ? reviewDueWords(input.review) : input.pausedUntil ? pausedWords(locale === undefined ? input.pausedUntil : displayDay(input.pausedUntil, locale)) : undefined;
  return tail === undefined ? statusSummary(input) : `${statusSummary(input)} · ${tail}`;
}

/** `weekly review due`: the review part of the status line (and of the status bar's label). */
export function reviewDueWords(kind: ReviewKind): string {
  switch (kind) {
    case 'weekly':
      return l10n.t('weekly review due');
    case 'monthly':
      return l10n.t('monthly review due');
    case 'quarterly':
      return l10n.t('quarterly review due');
  }
}

/** `paused until 2027-01-03`: a pause, in the status line, the Goals view and the command line (`until` as the caller shows days). */
export function pausedWords(until: string): string {
  return l10n.t('paused until {0}', until);
}

/** A goal's status as a word for people (`done` → `done`, `erledigt` in German); the YAML value stays as it is. */
export function statusWord(status: GoalStatus): string {
  switch (status) {
    case 'active':
      return l10n.t('active');
    case 'paused':
      return l10n.t('paused');
    case 'done':
      return l10n.t('done');
    case 'dropped':
      return l10n.t('dropped');
  }
}
