/**
 * Update action plans (monthly): re-date and add checkpoints, update the resources a
 * goal needs (time, learning, tools) and its flexibility note — the plan B the
 * framework asks for.
 */
import * as l10n from '@vscode/l10n';
import { displayDay } from '../../core/time/display';
import type { GoalView, ResourcesView, ReviewDraft } from '../../shared/protocol';
import { h } from '../dom';
import { effectiveCheckpoint, goalDraft, pruneGoal, setCheckpoint } from '../draft-edit';
import { setPending, state, updateDraft } from '../state';
import { button, card, goalHeader, note, textArea, textField } from '../widgets';
import type { SectionDef } from './section';

const lines = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

function checkpoints(goal: GoalView, draft: ReviewDraft): HTMLElement {
  const open = goal.checkpoints.filter((cp) => !effectiveCheckpoint(draft, goal.id, cp).done);
  const added = draft.goals[goal.id]?.newCheckpoints ?? [];
  const k = (f: string) => `cp-${f}-${goal.id}`;
  const add = () => {
    const title = (state.pending[k('title')] ?? '').trim();
    const date = state.pending[k('date')] ?? '';
    state.focusKey = k('title');
    if (!title || !date) {
      state.error = l10n.t('A new checkpoint needs a title and a date.');
      updateDraft(() => undefined, 'structure');
      return;
    }
    setPending(k('title'), '');
    setPending(k('date'), '');
    updateDraft((d) => (goalDraft(d, goal.id).newCheckpoints ??= []).push({ title, date }), 'structure');
  };
  return h(
    'fieldset',
    { class: 'checks' },
    h('legend', null, l10n.t('Checkpoints')),
    h('div', { class: ['cp-grid', 'task-head'], 'aria-hidden': 'true' }, h('span', null, l10n.t('Checkpoint')), h('span', null, l10n.t('Date')), h('span')),
    open.length
      ? h(
          'ul',
          { class: 'task-list' },
          open.map((cp) =>
            h(
              'li',
              { class: ['task-row', 'cp-grid'] },
              h('span', { class: 'task-title' }, cp.title),
              textField({
                label: l10n.t('Date'),
                name: l10n.t('Date of checkpoint {0}', cp.title),
                type: 'date',
                value: effectiveCheckpoint(draft, goal.id, cp).date ?? '',
                key: `cpdate-${goal.id}-${cp.index}`,
                hideLabel: true,
                onInput: (v) => updateDraft((d) => setCheckpoint(d, goal.id, cp, { date: v || undefined })),
              }),
            ),
          ),
        )
      : note(l10n.t('No open checkpoints.')),
    added.length
      ? h(
          'ul',
          { class: 'task-list', 'aria-label': l10n.t('New checkpoints for {0}', goal.title) },
          added.map((c, i) =>
            h(
              'li',
              { class: ['task-row', 'cp-grid'] },
              h('span', { class: 'task-title' }, c.title, ' ', h('span', { class: ['pill', 'tone-new'] }, l10n.t('new'))),
              h('span', { class: 'meta' }, displayDay(c.date, state.language)),
              button({
                text: l10n.t('Remove'),
                secondary: true,
                name: l10n.t('Remove new checkpoint {0}', c.title),
                key: `cp-remove-${goal.id}-${i}`,
                onClick: () =>
                  updateDraft((d) => {
                    goalDraft(d, goal.id).newCheckpoints?.splice(i, 1);
                    pruneGoal(d, goal.id);
                  }, 'structure'),
              }),
            ),
          ),
        )
      : null,
    h(
      'div',
      { class: ['cp-grid', 'add-row'] },
      textField({ label: l10n.t('New checkpoint'), name: l10n.t('New checkpoint for {0}', goal.title), value: state.pending[k('title')] ?? '', key: k('title'), wide: true, hideLabel: true, placeholder: l10n.t('New checkpoint…'), onInput: (v) => setPending(k('title'), v), onEnter: add }),
      textField({ label: l10n.t('Date'), name: l10n.t('Date of the new checkpoint for {0}', goal.title), type: 'date', value: state.pending[k('date')] ?? '', key: k('date'), hideLabel: true, onInput: (v) => setPending(k('date'), v) }),
      button({ text: l10n.t('Add checkpoint'), icon: 'add', secondary: true, name: l10n.t('Add checkpoint to {0}', goal.title), key: k('add'), onClick: add }),
    ),
  );
}

function resources(goal: GoalView, draft: ReviewDraft): HTMLElement {
  const r: ResourcesView = goal.resources ?? { learning: [], tools: [] };
  const d = draft.goals[goal.id]?.resources;
  const set = (patch: { time?: string; learning?: string[]; tools?: string[] }) =>
    updateDraft((dr) => {
      const g = goalDraft(dr, goal.id);
      g.resources = { ...g.resources, ...patch };
      pruneGoal(dr, goal.id);
    });
  return h(
    'fieldset',
    { class: 'checks' },
    h('legend', null, l10n.t('Resources')),
    h(
      'div',
      { class: 'resource-grid' },
      textField({ label: l10n.t('Time'), name: l10n.t('Time for {0}', goal.title), value: d?.time ?? r.time ?? '', key: `time-${goal.id}`, placeholder: l10n.t('e.g. 2h/week'), onInput: (v) => set({ time: v }) }),
      textArea({ label: l10n.t('Learning (one per line)'), name: l10n.t('Learning for {0}', goal.title), value: (d?.learning ?? r.learning).join('\n'), rows: 2, key: `learning-${goal.id}`, onInput: (v) => set({ learning: lines(v) }) }),
      textArea({ label: l10n.t('Tools (one per line)'), name: l10n.t('Tools for {0}', goal.title), value: (d?.tools ?? r.tools).join('\n'), rows: 2, key: `tools-${goal.id}`, onInput: (v) => set({ tools: lines(v) }) }),
    ),
  );
}

function goalCard(goal: GoalView, draft: ReviewDraft): HTMLElement {
  const flex = draft.goals[goal.id]?.flexibility;
  return card(
    goalHeader(goal),
    checkpoints(goal, draft),
    resources(goal, draft),
    textArea({
      label: l10n.t('Flexibility: your plan B if things change'),
      name: l10n.t('Flexibility of {0}', goal.title),
      value: flex ?? goal.flexibility ?? '',
      rows: 2,
      key: `flex-${goal.id}`,
      onInput: (v) =>
        updateDraft((d) => {
          goalDraft(d, goal.id).flexibility = v;
          pruneGoal(d, goal.id);
        }),
    }),
  );
}

export const plans: SectionDef = {
  id: 'plans',
  get title() {
    return l10n.t('Update action plans');
  },
  intro: () => l10n.t('Keep each plan concrete: checkpoints with dates you believe, the time, learning and tools it needs, and a plan B if things change.'),
  render: (session, draft) => {
    const goals = session.goals.filter((g) => g.status === 'active');
    return goals.length ? goals.map((g) => goalCard(g, draft)) : note(l10n.t('No active goals.'));
  },
};
