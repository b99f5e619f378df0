/**
 * Adjust tasks and priorities: add, drop, re-prioritise and re-date tasks. Goals that
 * are behind or overdue are flagged with a suggestion, so the adjustment has a reason.
 * The monthly and quarterly reviews first list the due dates moved since the last
 * review of their kind, with the reasons given.
 */
import * as l10n from '@vscode/l10n';
import type { Priority } from '../../core/model';
import type { AdjustmentView, GoalView, ReviewDraft, ReviewSession, TaskView } from '../../shared/protocol';
import { adjustmentSentence } from '../../core/words/adjustment-words';
import { h } from '../dom';
import { percent } from '../../core/words/percent';
import { displayDay } from '../../core/time/display';
import { activeGoalsFocusFirst, effectiveTask, goalDraft, pruneGoal, setTask } from '../draft-edit';
import { setPending, state, updateDraft } from '../state';
import { button, card, goalHeader, note, paceBadge, select, textField } from '../widgets';
import type { SectionDef } from './section';

/** A function, so the words are looked up once the page has its bundle. */
const priorityOptions = () => [
  { value: 'high', label: l10n.t('High') },
  { value: 'medium', label: l10n.t('Medium') },
  { value: 'low', label: l10n.t('Low') },
];

/** A priority inside a line, lower case as the file has it (`high`), in the display language. */
function priorityWords(p: Priority | undefined): string {
  return p === 'high' ? l10n.t('high') : p === 'medium' ? l10n.t('medium') : p === 'low' ? l10n.t('low') : '';
}

/** A suggestion for a goal that is slipping, or null when it is fine. */
function suggestion(goal: GoalView): string | null {
  if (goal.pace.kind === 'overdue')
    return goal.due
      ? l10n.t('Past its due date ({0}). Move the date to something you believe, mark it done, or let it go in a monthly or quarterly review.', displayDay(goal.due, state.language))
      : l10n.t('Past its due date. Move the date to something you believe, mark it done, or let it go in a monthly or quarterly review.');
  if (goal.pace.kind === 'behind') {
    return goal.pace.expected !== undefined
      ? l10n.t('Behind schedule (about {0}% expected by now). Make the next step smaller, drop or defer a low-priority task, or move a due date.', percent(goal.pace.expected))
      : l10n.t('Behind schedule. Make the next step smaller, drop or defer a low-priority task, or move a due date.');
  }
  return null;
}

function taskRow(goal: GoalView, task: TaskView, draft: ReviewDraft): HTMLElement {
  const t = effectiveTask(draft, goal.id, task);
  const options = task.priority ? priorityOptions() : [{ value: '', label: l10n.t('None') }, ...priorityOptions()];
  return h(
    'li',
    { class: ['task-row', 'task-grid', t.dropped && 'dropped'] },
    h('span', { class: 'task-title' }, t.title),
    t.dropped
      ? h('span', { class: 'span-2' }, h('span', { class: ['pill', 'tone-bad'] }, l10n.t('will be removed')))
      : [
          select({
            label: l10n.t('Priority'),
            name: l10n.t('Priority of {0}', task.title),
            value: t.priority ?? '',
            options,
            key: `prio-${goal.id}-${task.index}`,
            hideLabel: true,
            onChange: (v) => updateDraft((d) => setTask(d, goal.id, task, { priority: v ? (v as Priority) : null })),
          }),
          textField({
            label: l10n.t('Due'),
            name: l10n.t('Due date of {0}', task.title),
            type: 'date',
            value: t.due ?? '',
            key: `due-${goal.id}-${task.index}`,
            hideLabel: true,
            onInput: (v) => updateDraft((d) => setTask(d, goal.id, task, { due: v || null })),
          }),
        ],
    button({
      text: t.dropped ? l10n.t('Keep') : l10n.t('Drop'),
      icon: t.dropped ? 'discard' : 'trash',
      secondary: true,
      name: t.dropped ? l10n.t('Keep task {0}', task.title) : l10n.t('Drop task {0}', task.title),
      key: `drop-${goal.id}-${task.index}`,
      onClick: () => updateDraft((d) => setTask(d, goal.id, task, { dropped: !t.dropped }), 'structure'),
    }),
  );
}

function newTasks(goal: GoalView, draft: ReviewDraft): HTMLElement | null {
  const list = draft.goals[goal.id]?.newTasks ?? [];
  if (!list.length) return null;
  return h(
    'ul',
    { class: 'task-list', 'aria-label': l10n.t('New tasks for {0}', goal.title) },
    list.map((t, i) =>
      h(
        'li',
        { class: ['task-row', 'task-grid'] },
        h('span', { class: 'task-title' }, t.title, ' ', h('span', { class: ['pill', 'tone-new'] }, l10n.t('new'))),
        h('span', { class: 'meta' }, priorityWords(t.priority)),
        h('span', { class: 'meta' }, t.due ? displayDay(t.due, state.language) : ''),
        button({
          text: l10n.t('Remove'),
          secondary: true,
          name: l10n.t('Remove new task {0}', t.title),
          key: `newtask-remove-${goal.id}-${i}`,
          onClick: () =>
            updateDraft((d) => {
              goalDraft(d, goal.id).newTasks?.splice(i, 1);
              pruneGoal(d, goal.id);
            }, 'structure'),
        }),
      ),
    ),
  );
}

function addTaskForm(goal: GoalView): HTMLElement {
  const k = (f: string) => `task-${f}-${goal.id}`;
  const add = () => {
    const title = (state.pending[k('title')] ?? '').trim();
    state.focusKey = k('title');
    if (!title) {
      state.error = l10n.t('Give the new task a title first.');
      updateDraft(() => undefined, 'structure');
      return;
    }
    const priority = state.pending[k('priority')] as Priority | undefined;
    const due = state.pending[k('due')];
    for (const f of ['title', 'priority', 'due']) setPending(k(f), '');
    updateDraft((d) => {
      const g = goalDraft(d, goal.id);
      (g.newTasks ??= []).push({ title, ...(priority && { priority }), ...(due && { due }) });
    }, 'structure');
  };
  return h(
    'div',
    { class: ['task-grid', 'add-row'] },
    textField({ label: l10n.t('New task'), name: l10n.t('New task for {0}', goal.title), value: state.pending[k('title')] ?? '', key: k('title'), wide: true, placeholder: l10n.t('New task…'), hideLabel: true, onInput: (v) => setPending(k('title'), v), onEnter: add }),
    select({
      label: l10n.t('Priority'),
      name: l10n.t('Priority of the new task for {0}', goal.title),
      value: state.pending[k('priority')] ?? '',
      options: [{ value: '', label: l10n.t('None') }, ...priorityOptions()],
      key: k('priority'),
      hideLabel: true,
      onChange: (v) => setPending(k('priority'), v),
    }),
    textField({ label: l10n.t('Due'), name: l10n.t('Due date of the new task for {0}', goal.title), type: 'date', value: state.pending[k('due')] ?? '', key: k('due'), hideLabel: true, onInput: (v) => setPending(k('due'), v) }),
    button({ text: l10n.t('Add task'), icon: 'add', secondary: true, name: l10n.t('Add task to {0}', goal.title), key: k('add'), onClick: add }),
  );
}

function goalCard(goal: GoalView, draft: ReviewDraft): HTMLElement {
  const hint = suggestion(goal);
  const open = goal.tasks.filter((t) => !effectiveTask(draft, goal.id, t).done);
  return card(
    goalHeader(goal),
    hint ? h('div', { class: 'flag' }, paceBadge(goal.pace), h('span', null, hint)) : null,
    h('div', { class: ['task-grid', 'task-head'], 'aria-hidden': 'true' }, h('span', null, l10n.t('Task')), h('span', null, l10n.t('Priority')), h('span', null, l10n.t('Due')), h('span')),
    open.length ? h('ul', { class: 'task-list', 'aria-label': l10n.t('Open tasks of {0}', goal.title) }, open.map((t) => taskRow(goal, t, draft))) : note(l10n.t('No open tasks.')),
    newTasks(goal, draft),
    addTaskForm(goal),
  );
}

/** The moved due dates (monthly and quarterly), or nothing on a weekly review. */
function movedDeadlines(session: ReviewSession, moved: readonly AdjustmentView[] | undefined): HTMLElement[] {
  if (moved === undefined) return [];
  return [
    h('h3', { class: 'sub' }, l10n.t('Due dates moved')),
    moved.length
      ? h('ul', { class: 'changes', 'aria-label': l10n.t('Due dates moved') }, moved.map((a) => h('li', null, adjustmentSentence(a))))
      : note(
          session.lastReview
            ? l10n.t('No due date was moved since your last review of this kind. Moving one? Use Adjust Due Date on the goal, so the reason stays on record.')
            : l10n.t('No due date was moved. Moving one? Use Adjust Due Date on the goal, so the reason stays on record.'),
        ),
  ];
}

export const adjust: SectionDef = {
  id: 'adjust',
  get title() {
    return l10n.t('Adjust tasks and priorities');
  },
  intro: () => l10n.t('Re-plan the coming week: add what’s next, drop what no longer matters, and re-prioritise or re-date the rest.'),
  render: (session, draft) => {
    const goals = activeGoalsFocusFirst(session);
    // Slipping goals first: they are the ones this step is for.
    const slipping = goals.filter((g) => suggestion(g));
    const rest = goals.filter((g) => !suggestion(g));
    return [...movedDeadlines(session, session.adjustments), goals.length ? [...slipping, ...rest].map((g) => goalCard(g, draft)) : note(l10n.t('No active goals to adjust.'))];
  },
};
