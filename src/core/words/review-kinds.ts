/**
 * The review kinds' names as people read them, from the framework's rhythm of
 * reviews. Shared by the status bar, reminders, panels and the journal.
 */
import * as l10n from '@vscode/l10n';
import type { ReviewKind } from '../model';

/** Human titles of the review kinds, in the display language (read when used, after the language is set). */
export const REVIEW_TITLES: Readonly<Record<ReviewKind, string>> = Object.freeze({
  get weekly(): string {
    return l10n.t('Weekly Review');
  },
  get monthly(): string {
    return l10n.t('Monthly Deep Dive');
  },
  get quarterly(): string {
    return l10n.t('Quarterly Reset');
  },
});

/** `weekly review`: a review of `kind` inside a sentence (`recorded in the weekly review`). */
export function reviewWords(kind: ReviewKind): string {
  switch (kind) {
    case 'weekly':
      return l10n.t('weekly review');
    case 'monthly':
      return l10n.t('monthly review');
    case 'quarterly':
      return l10n.t('quarterly review');
  }
}

/** The same titles in English, for text given to language models (the assistant's prompts stay English). */
export const REVIEW_TITLES_EN: Readonly<Record<ReviewKind, string>> = {
  weekly: 'Weekly Review',
  monthly: 'Monthly Deep Dive',
  quarterly: 'Quarterly Reset',
};
