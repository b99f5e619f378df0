/**
 * Check progress: every active goal (focus goals first) with its progress and pace,
 * the metric's current value and checkbox per checkpoint and task.
 */
import * as l10n from '@vscode/l10n';
import { displayDay } from '../../core/time/display';
import type { GoalView, ReviewDraft } from '../../shared/protocol';
import { parseNumberInput } from '../../core/words/number-input';
import { itemAt } from '../../core/text/indexing';
import { h } from '../dom';
import { sparkline } from '../../shared/charts';
import { effectiveCheckpoint, effectiveTask, activeGoalsFocusFirst, setCheckpoint, setMetric, setTask } from '../draft-edit';
import { state, updateDraft } from '../state';
import { statusLine, card, checkbox, goalHeader, note, textField } from '../widgets';
import { withUnit } from '../format';
import type { SectionDef } from './section';

/** The metric's number field, named "<goal title>: <metric name>". */
function metricField(goal: GoalView, draft: ReviewDraft): HTMLElement | null {
  const m = goal.metric;
  if (!m) return null;
  const name = m.name ?? l10n.t('metric');
  const current = draft.goals[goal.id]?.metric?.current ?? m.current;
  return textField({
    label: `${name.charAt(0).toUpperCase()}${name.slice(1)}`,
    name: `${goal.title}: ${name}`,
    type: 'number',
    value: String(current),
    key: `metric-${goal.id}`,
    hint: l10n.t('from {0} towards {1}', withUnit(m.start, m.unit, state.language), withUnit(m.target, m.unit, state.language)),
    onInput: (v) => {
      const n = parseNumberInput(v);
      // An empty or half-typed number leaves the file's value in place.
      updateDraft((d) => setMetric(d, goal, { current: n ?? m.current }));
    },
  });
}

/** The goal's last points as a small sparkline, with the same figures in words for screen readers and hover. */
function recentLine(goal: GoalView): HTMLElement | null {
  const recent = goal.recent ?? [];
  if (recent.length < 2) return null;
  const doc = new DOMParser().parseFromString(sparkline(recent, { idPrefix: `spark-${goal.id.replace(/[^\w-]/g, '')}` }), 'image/svg+xml');
  const svg = doc.documentElement.nodeName === 'svg' ? document.importNode(doc.documentElement, true) : null;
  return h('p', { class: 'sparkline' }, h('span', { class: 'muted' }, `${l10n.t('Last {0} points:', recent.length)} `), svg);
}

/** A task's priority as the page shows it (the file keeps `high`, `medium`, `low`). */
function priorityWord(p: 'high' | 'medium' | 'low'): string {
  return p === 'high' ? l10n.t('high') : p === 'medium' ? l10n.t('medium') : l10n.t('low');
}

function goalCard(goal: GoalView, draft: ReviewDraft): HTMLElement {
  const cps = goal.checkpoints.map((cp) => effectiveCheckpoint(draft, goal.id, cp));
  const tasks = goal.tasks.map((t) => effectiveTask(draft, goal.id, t)).filter((t) => !t.dropped);
  return card(
    goalHeader(goal),
    statusLine(goal),
    recentLine(goal),
    metricField(goal, draft),
    cps.length
      ? h(
          'fieldset',
          { class: 'checks' },
          h('legend', null, l10n.t('Checkpoints')),
          cps.map((cp, i) =>
            checkbox({
              label: cp.title,
              checked: cp.done,
              key: `cp-${goal.id}-${cp.index}`,
              extra: cp.date && displayDay(cp.date, state.language),
              onChange: (done) => updateDraft((d) => setCheckpoint(d, goal.id, itemAt(goal.checkpoints, i), { done })),
            }),
          ),
        )
      : null,
    tasks.length
      ? h(
          'fieldset',
          { class: 'checks' },
          h('legend', null, l10n.t('Tasks')),
          tasks.map((t) =>
            checkbox({
              label: t.title,
              checked: t.done,
              key: `task-${goal.id}-${t.index}`,
              extra: [t.priority && priorityWord(t.priority), t.due && l10n.t('due {0}', displayDay(t.due, state.language))].filter(Boolean).join(' · '),
              // Non-null: `tasks` is made from goal.tasks, so one of them has t's index.
              onChange: (done) => updateDraft((d) => setTask(d, goal.id, goal.tasks.find((x) => x.index === t.index)!, { done })),
            }),
          ),
        )
      : null,
  );
}

export const progress: SectionDef = {
  id: 'progress',
  get title() {
    return l10n.t('Check progress');
  },
  intro: () => l10n.t('For each active goal, focus goals first: update the metric and tick what you finished. Nothing is written until you complete the review.'),
  render: (session, draft) => {
    const goals = activeGoalsFocusFirst(session);
    return goals.length ? goals.map((g) => goalCard(g, draft)) : note(l10n.t('No active goals. The quarterly reset is a good moment to pick some.'));
  },
};
