/**
 * Update success metrics (quarterly): targets and units of existing metrics, and a
 * new metric for goals that have none ("measurable enough to track progress").
 */
import type { GoalView, NewMetricDraft, ReviewDraft } from '../../shared/protocol';
import { parseNumberInput } from '../../core/words/number-input';
import { h } from '../dom';
import { effectiveStatus, effectiveTarget, goalDraft, pruneGoal, setMetric } from '../draft-edit';
import { setPending, state, updateDraft } from '../state';
import { card, goalHeader, note, textField } from '../widgets';
import { withUnit } from '../format';
import type { SectionDef } from './section';

function existing(goal: GoalView, m: NonNullable<GoalView['metric']>, draft: ReviewDraft): HTMLElement {
  const name = m.name ?? 'metric';
  return h(
    'div',
    { class: 'add-form' },
    h('p', { class: 'meta wide' }, `${name}: ${withUnit(m.current, m.unit)} now, started at ${withUnit(m.start, m.unit)}`),
    textField({
      label: 'Target',
      name: `${goal.title}: target`,
      type: 'number',
      value: String(effectiveTarget(draft, goal) ?? m.target),
      key: `target-${goal.id}`,
      onInput: (v) => {
        const n = parseNumberInput(v);
        updateDraft((d) => setMetric(d, goal, { target: n ?? m.target }));
      },
    }),
    textField({
      label: 'Unit',
      name: `${goal.title}: unit`,
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
  const field = (f: string, label: string, type: 'text' | 'number' = 'number', wide = false) =>
    textField({ label, name: `New metric of ${goal.title}: ${label.toLowerCase()}`, type, wide, value: state.pending[k(f)] ?? '', key: k(f), onInput: (v) => (setPending(k(f), v), sync()) });
  return h(
    'div',
    { class: 'add-form' },
    h('p', { class: 'meta wide' }, 'No metric yet. Add one to track progress by a number instead of ticked items:'),
    field('name', 'Name', 'text', true),
    field('unit', 'Unit', 'text'),
    field('start', 'Start'),
    field('target', 'Target'),
    field('current', 'Current'),
  );
}

export const metrics: SectionDef = {
  id: 'metrics',
  title: 'Update success metrics',
  intro: () => 'Are you measuring the right thing? Adjust targets and units, or give a goal a metric so progress is visible.',
  render: (session, draft) => {
    const goals = session.goals.filter((g) => g.status === 'active' && effectiveStatus(draft, g) === 'active');
    return goals.length ? goals.map((g) => card(goalHeader(g), g.metric ? existing(g, g.metric, draft) : addMetric(g))) : note('No active goals.');
  },
};
