/**
 * Review and revise (quarterly): for each goal still in play, keep, revise (title,
 * due date, metric target), mark done, pause or drop. Pausing and dropping ask for a
 * one-line reason, which goes to the journal.
 */
import * as l10n from '@vscode/l10n';
import { GOAL_DECISIONS, type GoalDecision, type GoalDecisionKind, type GoalView, type ReviewDraft } from '../../shared/protocol';
import { parseNumberInput } from '../../core/words/number-input';
import { h } from '../dom';
import { effectiveTarget, setDecision } from '../draft-edit';
import { state, updateDraft } from '../state';
import { statusLine, card, goalHeader, note, radioGroup, textField } from '../widgets';
import { withUnit } from '../format';
import type { SectionDef } from './section';

/** A function, so the words are looked up once the page has its bundle. */
const labels = (): Record<GoalDecisionKind, string> => ({ keep: l10n.t('Keep'), revise: l10n.t('Revise'), done: l10n.t('Mark done'), pause: l10n.t('Pause'), drop: l10n.t('Drop') });

function reviseFields(goal: GoalView, draft: ReviewDraft, d: GoalDecision): HTMLElement {
  const patch = (p: Partial<GoalDecision>) => updateDraft((dr) => setDecision(dr, goal.id, { ...dr.goals[goal.id]?.decision, decision: 'revise', ...p }));
  const m = goal.metric;
  return h(
    'div',
    { class: 'add-form' },
    textField({ label: l10n.t('Title'), name: l10n.t('New title of {0}', goal.title), value: d.title ?? goal.title, wide: true, key: `rev-title-${goal.id}`, onInput: (v) => patch({ title: v.trim() && v !== goal.title ? v : undefined }) }),
    textField({ label: l10n.t('Due'), name: l10n.t('New due date of {0}', goal.title), type: 'date', value: d.due ?? goal.due ?? '', key: `rev-due-${goal.id}`, onInput: (v) => patch({ due: v && v !== goal.due ? v : undefined }) }),
    m
      ? textField({
          label: m.name ? l10n.t('Target ({0})', m.name) : l10n.t('Target (metric)'),
          name: l10n.t('New target of {0}', goal.title),
          type: 'number',
          value: String(effectiveTarget(draft, goal) ?? m.target),
          key: `rev-target-${goal.id}`,
          hint: l10n.t('now {0}', withUnit(m.current, m.unit, state.language)),
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
      legend: l10n.t('What happens to “{0}”?', goal.title),
      value: kind,
      key: `decision-${goal.id}`,
      options: GOAL_DECISIONS.map((v) => ({ value: v, label: labels()[v] })),
      onChange: (v) => updateDraft((dr) => setDecision(dr, goal.id, { decision: v, ...(d?.reason && { reason: d.reason }) }), 'structure'),
    }),
    kind === 'revise' && d ? reviseFields(goal, draft, d) : null,
    needsReason
      ? textField({
          label: l10n.t('Reason (one line, for the journal)'),
          name: kind === 'drop' ? l10n.t('Reason for dropping {0}', goal.title) : l10n.t('Reason for pausing {0}', goal.title),
          value: d?.reason ?? '',
          wide: true,
          key: `reason-${goal.id}`,
          hint: kind === 'drop' ? l10n.t('Why are you dropping it? Future you will want to know.') : l10n.t('Why are you pausing it? Future you will want to know.'),
          // Non-null: this field shows only while the goal has a drop or pause decision.
          onInput: (v) => updateDraft((dr) => setDecision(dr, goal.id, { ...dr.goals[goal.id]!.decision!, reason: v })),
        })
      : null,
  );
}

export const revise: SectionDef = {
  id: 'revise',
  get title() {
    return l10n.t('Review and revise');
  },
  intro: () => l10n.t('Goals are guides, not chains. For each goal, decide: keep it, revise it, mark it done, pause it or let it go.'),
  render: (session, draft) => {
    const goals = session.goals.filter((g) => g.status === 'active' || g.status === 'paused');
    return goals.length ? goals.map((g) => goalCard(g, draft)) : note(l10n.t('No active or paused goals.'));
  },
};
