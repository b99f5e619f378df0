/**
 * What the Summary shows, computed without the DOM (unit-tested in Node): the changes
 * completing would write, and the pitfalls worth a second look first.
 */
import * as l10n from '@vscode/l10n';
import { type ReviewDraft, type ReviewSession } from '../shared/protocol';
import { draftToOps, describeOp } from '../shared/ops';
import { cleanDraft } from './draft-edit';

/** The Markdown-free, human lines that completing would apply to goals.yaml. */
export function plannedChanges(session: ReviewSession, draft: ReviewDraft): string[] {
  const titles = new Map(session.goals.map((g) => [g.id, g.title]));
  const title = (id: string) => titles.get(id) ?? id;
  return draftToOps(session, cleanDraft(draft)).map((op) => describeOp(op, title));
}

/** Things worth a second look before completing; none of them blocks completion. */
export function warnings(session: ReviewSession, draft: ReviewDraft): string[] {
  const out: string[] = [];
  for (const g of session.goals) {
    const d = draft.goals[g.id]?.decision;
    if ((d?.decision === 'drop' || d?.decision === 'pause') && !d.reason?.trim())
      out.push(
        d.decision === 'drop'
          ? l10n.t('“{0}” is dropped without a reason (Review and revise).', g.title)
          : l10n.t('“{0}” is paused without a reason (Review and revise).', g.title),
      );
  }
  if (draft.focus && draft.focus.goals.length > session.maxActiveGoals)
    out.push(l10n.t('{0} focus goals picked, more than your limit of {1} (Plan next quarter’s focus).', draft.focus.goals.length, session.maxActiveGoals));
  return out;
}

