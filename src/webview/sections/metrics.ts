/**
 * Update success metrics (quarterly): targets and units of existing metrics, and a
 * new metric for goals that have none ("measurable enough to track progress").
 */
import * as l10n from '@vscode/l10n';
import type { GoalView, NewMetricDraft, ReviewDraft } from '../../shared/protocol';
import { parseNumberInput } from '../../core/words/number-input';
import { h } from '../dom';
import { effectiveStatus, effectiveTarget, goalDraft, pruneGoal, setMetric } from '../draft-edit';
import { setPending, state, updateDraft } from '../state';
import { card, goalHeader, note, textField } from '../widgets';
import { withUnit } from '../format';
import type { SectionDef } from './section';

function existing(goal: GoalView, m: NonNullable<GoalView['metric']>, draft: ReviewDraft): HTMLElement {
  const name = m.name ?? l10n.t('metric');
  const lang = state.language;
  return h(
    'div',
    { class: 'add-form' },
    h('p', { class: 'meta wide' }, l10n.t('{0}: {1} now, started at {2}', name, withUnit(m.current, m.unit, lang), withUnit(m.start, m.unit, lang))),
    textField({
      label: l10n.t('Target'),
      name: l10n.t('{0}: target', goal.title),
      type: 'number',
      value: String(effectiveTarget(draft, goal) ?? m.target),
      key: `target-${goal.id}`,
      onInput: (v) => {
        const n = parseNumberInput(v);
        updateDraft((d) => setMetric(d, goal, { target: n ?? m.target }));
      },
    }),
    textField({
      label: l10n.t('Unit'),
      name: l10n.t('{0}: unit', goal.title),
      value: draft.goals[goal.id]?.metric?.unit ?? m.unit ?? '',
      key: `unit-${goal.id}`,
      onInput: (v) => updateDraft((d) => setMetric(d, goal, { unit: v.trim() })),
    }),
  );
}

/** Fields of a new metric live in `pending` until name, start and target are valid. */
function addMetric(goal: GoalView): HTMLElement {
  const k = (f: string) => `metric-${f}-${goal.id}`;
  const sync = () =>
    updateDraft((d) => {
      const name = (state.pending[k('name')] ?? '').trim();
      const start = parseNumberInput(state.pending[k('start')] ?? '');
      const target = parseNumberInput(state.pending[k('target')] ?? '');
      const current = parseNumberInput(state.pending[k('current')] ?? '');
      const unit = (state.pending[k('unit')] ?? '').trim();
      const g = goalDraft(d, goal.id);
      if (name && start !== undefined && target !== undefined) {
        const m: NewMetricDraft = { name, start, target, ...(unit && { unit }), ...(current !== undefined && { current }) };
        g.newMetric = m;
      } else delete g.newMetric;
      pruneGoal(d, goal.id);
    });
  // `name`: the accessible name, a whole phrase per field.
  const field = (f: string, label: string, name: string, type: 'text' | 'number' = 'number', wide = false) =>
    textField({ label, name, type, wide, value: state.pending[k(f)] ?? '', key: k(f), onInput: (v) => (setPending(k(f), v), sync()) });
  return h(
    'div',
    { class: 'add-form' },
    h('p', { class: 'meta wide' }, l10n.t('No metric yet. Add one to track progress by a number instead of ticked items:')),
    field('name', l10n.t('Name'), l10n.t('New metric of {0}: name', goal.title), 'text', true),
    field('unit', l10n.t('Unit'), l10n.t('New metric of {0}: unit', goal.title), 'text'),
    field('start', l10n.t('Start'), l10n.t('New metric of {0}: start', goal.title)),
    field('target', l10n.t('Target'), l10n.t('New metric of {0}: target', goal.title)),
    field('current', l10n.t('Current'), l10n.t('New metric of {0}: current', goal.title)),
  );
}

export const metrics: SectionDef = {
  id: 'metrics',
  get title() {
    return l10n.t('Update success metrics');
  },
  intro: () => l10n.t('Are you measuring the right thing? Adjust targets and units, or give a goal a metric so progress is visible.'),
  render: (session, draft) => {
    const goals = session.goals.filter((g) => g.status === 'active' && effectiveStatus(draft, g) === 'active');
    return goals.length ? goals.map((g) => card(goalHeader(g), g.metric ? existing(g, g.metric, draft) : addMetric(g))) : note(l10n.t('No active goals.'));
  },
};
