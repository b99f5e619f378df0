/**
 * Constructors and predicates for review drafts, shared by the webview (which edits
 * them) and the host (which completes them).
 */
import type { GoalStatus } from '../core/model';
import type { GoalDraft, ReviewDraft } from './protocol';

/** A draft that changes nothing. */
export function emptyDraft(): ReviewDraft {
  return { goals: {}, wins: [], lessons: [], answers: {} };
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

/**
 * The status a goal's draft decides: done, paused or dropped by a decision, dropped by
 * letting it go in Alignment; undefined when the draft leaves the status alone. The one
 * mapping behind both the page (`effectiveStatus`) and the ops (`draftToOps`).
 */
export function decidedStatus(g: GoalDraft | undefined): GoalStatus | undefined {
  switch (g?.decision?.decision) {
    case 'done':
      return 'done';
    case 'pause':
      return 'paused';
    case 'drop':
      return 'dropped';
    case undefined:
      return g?.alignment?.decision === 'let-go' ? 'dropped' : undefined;
    case 'keep':
    case 'revise':
      return undefined;
  }
}

/** The metric target a goal's draft sets: a revise decision's target wins over the metric field's. */
export function decidedTarget(g: GoalDraft | undefined): number | undefined {
  const revised = g?.decision?.decision === 'revise' ? g.decision.target : undefined;
  return revised ?? g?.metric?.target;
}
