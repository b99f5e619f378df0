/**
 * Review and revise (quarterly): for each goal still in play, keep, revise (title,
 * due date, metric target), mark done, pause or drop. Pausing and dropping ask for a
 * one-line reason, which goes to the journal.
 */
import { GOAL_DECISIONS, type GoalDecision, type GoalDecisionKind, type GoalView, type ReviewDraft } from '../../shared/protocol';
import { parseNumberInput } from '../../core/words/number-input';
import { h } from '../dom';
import { effectiveTarget, setDecision } from '../draft-edit';
import { updateDraft } from '../state';
import { statusLine, card, goalHeader, note, radioGroup, textField } from '../widgets';
import { withUnit } from '../format';
import type { SectionDef } from './section';

const LABELS: Record<GoalDecisionKind, string> = { keep: 'Keep', revise: 'Revise', done: 'Mark done', pause: 'Pause', drop: 'Drop' };

function reviseFields(goal: GoalView, draft: ReviewDraft, d: GoalDecision): HTMLElement {
  const patch = (p: Partial<GoalDecision>) => updateDraft((dr) => setDecision(dr, goal.id, { ...dr.goals[goal.id]?.decision, decision: 'revise', ...p }));
  const m = goal.metric;
  return h(
    'div',
    { class: 'add-form' },
    textField({ label: 'Title', name: `New title of ${goal.title}`, value: d.title ?? goal.title, wide: true, key: `rev-title-${goal.id}`, onInput: (v) => patch({ title: v.trim() && v !== goal.title ? v : undefined }) }),
    textField({ label: 'Due', name: `New due date of ${goal.title}`, type: 'date', value: d.due ?? goal.due ?? '', key: `rev-due-${goal.id}`, onInput: (v) => patch({ due: v && v !== goal.due ? v : undefined }) }),
    m
      ? textField({
          label: `Target (${m.name ?? 'metric'})`,
          name: `New target of ${goal.title}`,
          type: 'number',
          value: String(effectiveTarget(draft, goal) ?? m.target),
          key: `rev-target-${goal.id}`,
          hint: `now ${withUnit(m.current, m.unit)}`,
          onInput: (v) => {
            const n = parseNumberInput(v);
            patch({ target: n !== undefined && n !== m.target ? n : undefined });
          },
        })
      : null,
  );
}

function goalCard(goal: GoalView, draft: ReviewDraft): HTMLElement {
  const d = draft.goals[goal.id]?.decision;
  const kind = d?.decision ?? 'keep';
  const needsReason = kind === 'pause' || kind === 'drop';
  return card(
    goalHeader(goal),
    statusLine(goal),
    radioGroup({
      legend: `What happens to “${goal.title}”?`,
      value: kind,
      key: `decision-${goal.id}`,
      options: GOAL_DECISIONS.map((v) => ({ value: v, label: LABELS[v] })),
      onChange: (v) => updateDraft((dr) => setDecision(dr, goal.id, { decision: v, ...(d?.reason && { reason: d.reason }) }), 'structure'),
    }),
    kind === 'revise' && d ? reviseFields(goal, draft, d) : null,
    needsReason
      ? textField({
          label: 'Reason (one line, for the journal)',
          name: `Reason for ${kind === 'drop' ? 'dropping' : 'pausing'} ${goal.title}`,
          value: d?.reason ?? '',
          wide: true,
          key: `reason-${goal.id}`,
          hint: `Why are you ${kind === 'drop' ? 'dropping' : 'pausing'} it? Future you will want to know.`,
          // Non-null: this field shows only while the goal has a drop or pause decision.
          onInput: (v) => updateDraft((dr) => setDecision(dr, goal.id, { ...dr.goals[goal.id]!.decision!, reason: v })),
        })
      : null,
  );
}

export const revise: SectionDef = {
  id: 'revise',
  title: 'Review and revise',
  intro: () => 'Goals are guides, not chains. For each goal, decide: keep it, revise it, mark it done, pause it or let it go.',
  render: (session, draft) => {
    const goals = session.goals.filter((g) => g.status === 'active' || g.status === 'paused');
    return goals.length ? goals.map((g) => goalCard(g, draft)) : note('No active or paused goals.');
  },
};
