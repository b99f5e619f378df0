/**
 * Constructors and predicates for review drafts, shared by the webview (which edits
 * them) and the host (which completes them).
 */
import type { GoalDraft, ReviewDraft } from './protocol';

/** A draft that changes nothing. */
export function emptyDraft(): ReviewDraft {
  return { goals: {}, wins: [], lessons: [], answers: {} };
}

/** A goal draft that changes nothing. */
export function emptyGoalDraft(): GoalDraft {
  return {};
}

function isGoalDraftEmpty(g: GoalDraft): boolean {
  return (
    !g.tasks?.length &&
    !g.newTasks?.length &&
    !g.checkpoints?.length &&
    !g.newCheckpoints?.length &&
    !g.metric &&
    !g.newMetric &&
    !g.alignment &&
    !g.decision &&
    !g.resources &&
    g.flexibility === undefined
  );
}

/**
 * True when completing the draft would write nothing worth keeping: no change, no
 * answer, no note. The host uses it to close without asking.
 */
export function isDraftEmpty(draft: ReviewDraft): boolean {
  return (
    Object.values(draft.goals).every(isGoalDraftEmpty) &&
    draft.wins.length === 0 &&
    draft.lessons.length === 0 &&
    Object.values(draft.answers).every((a) => a.trim() === '') &&
    !draft.focus &&
    !draft.notes?.trim()
  );
}
