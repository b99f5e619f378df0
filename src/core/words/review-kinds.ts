/**
 * The review kinds' names as people read them, from the framework's rhythm of
 * reviews. Shared by the status bar, reminders, panels and the journal.
 */
import type { ReviewKind } from '../model';

/** Human titles of the review kinds. */
export const REVIEW_TITLES: Record<ReviewKind, string> = {
  weekly: 'Weekly Review',
  monthly: 'Monthly Deep Dive',
  quarterly: 'Quarterly Reset',
};
