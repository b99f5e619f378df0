/**
 * Adjust tasks and priorities: add, drop, re-prioritise and re-date tasks. Goals that
 * are behind or overdue are flagged with a suggestion, so the adjustment has a reason.
 * The monthly and quarterly reviews first list the due dates moved since the last
 * review of their kind, with the reasons given.
 */
import type { Priority } from '../../core/model';
import type { AdjustmentView, GoalView, ReviewDraft, ReviewSession, TaskView } from '../../shared/protocol';
import { adjustmentSentence } from '../../core/words/adjustment-words';
import { h } from '../dom';
import { percent } from '../../core/words/percent';
import { activeGoalsFocusFirst, effectiveTask, goalDraft, pruneGoal, setTask } from '../draft-edit';
import { setPending, state, updateDraft } from '../state';
import { button, card, goalHeader, note, paceBadge, select, textField } from '../widgets';
import type { SectionDef } from './section';

const PRIORITY_OPTIONS = [
  { value: 'high', label: 'High' },
  { value: 'medium', label: 'Medium' },
  { value: 'low', label: 'Low' },
];

/** A suggestion for a goal that is slipping, or null when it is fine. */
function suggestion(goal: GoalView): string | null {
  if (goal.pace.kind === 'overdue')
    return `Past its due date${goal.due ? ` (${goal.due})` : ''}. Move the date to something you believe, mark it done, or let it go in a monthly or quarterly review.`;
  if (goal.pace.kind === 'behind') {
    const expected = goal.pace.expected !== undefined ? ` (about ${percent(goal.pace.expected)}% expected by now)` : '';
    return `Behind schedule${expected}. Make the next step smaller, drop or defer a low-priority task, or move a due date.`;
  }
  return null;
}

function taskRow(goal: GoalView, task: TaskView, draft: ReviewDraft): HTMLElement {
  const t = effectiveTask(draft, goal.id, task);
  const options = task.priority ? PRIORITY_OPTIONS : [{ value: '', label: 'None' }, ...PRIORITY_OPTIONS];
  return h(
    'li',
    { class: ['task-row', 'task-grid', t.dropped && 'dropped'] },
    h('span', { class: 'task-title' }, t.title),
    t.dropped
      ? h('span', { class: 'span-2' }, h('span', { class: ['pill', 'tone-bad'] }, 'will be removed'))
      : [
          select({
            label: 'Priority',
            name: `Priority of ${task.title}`,
            value: t.priority ?? '',
            options,
            key: `prio-${goal.id}-${task.index}`,
            hideLabel: true,
            onChange: (v) => updateDraft((d) => setTask(d, goal.id, task, { priority: v ? (v as Priority) : null })),
          }),
          textField({
            label: 'Due',
            name: `Due date of ${task.title}`,
            type: 'date',
            value: t.due ?? '',
            key: `due-${goal.id}-${task.index}`,
            hideLabel: true,
            onInput: (v) => updateDraft((d) => setTask(d, goal.id, task, { due: v || null })),
          }),
        ],
    button({
      text: t.dropped ? 'Keep' : 'Drop',
      icon: t.dropped ? 'discard' : 'trash',
      secondary: true,
      name: `${t.dropped ? 'Keep' : 'Drop'} task ${task.title}`,
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
    { class: 'task-list', 'aria-label': `New tasks for ${goal.title}` },
    list.map((t, i) =>
      h(
        'li',
        { class: ['task-row', 'task-grid'] },
        h('span', { class: 'task-title' }, t.title, ' ', h('span', { class: ['pill', 'tone-new'] }, 'new')),
        h('span', { class: 'meta' }, t.priority ?? ''),
        h('span', { class: 'meta' }, t.due ?? ''),
        button({
          text: 'Remove',
          secondary: true,
          name: `Remove new task ${t.title}`,
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
      state.error = 'Give the new task a title first.';
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
    textField({ label: 'New task', name: `New task for ${goal.title}`, value: state.pending[k('title')] ?? '', key: k('title'), wide: true, placeholder: 'New task…', hideLabel: true, onInput: (v) => setPending(k('title'), v), onEnter: add }),
    select({
      label: 'Priority',
      name: `Priority of the new task for ${goal.title}`,
      value: state.pending[k('priority')] ?? '',
      options: [{ value: '', label: 'None' }, ...PRIORITY_OPTIONS],
      key: k('priority'),
      hideLabel: true,
      onChange: (v) => setPending(k('priority'), v),
    }),
    textField({ label: 'Due', name: `Due date of the new task for ${goal.title}`, type: 'date', value: state.pending[k('due')] ?? '', key: k('due'), hideLabel: true, onInput: (v) => setPending(k('due'), v) }),
    button({ text: 'Add task', icon: 'add', secondary: true, name: `Add task to ${goal.title}`, key: k('add'), onClick: add }),
  );
}

function goalCard(goal: GoalView, draft: ReviewDraft): HTMLElement {
  const hint = suggestion(goal);
  const open = goal.tasks.filter((t) => !effectiveTask(draft, goal.id, t).done);
  return card(
    goalHeader(goal),
    hint ? h('div', { class: 'flag' }, paceBadge(goal.pace), h('span', null, hint)) : null,
    h('div', { class: ['task-grid', 'task-head'], 'aria-hidden': 'true' }, h('span', null, 'Task'), h('span', null, 'Priority'), h('span', null, 'Due'), h('span')),
    open.length ? h('ul', { class: 'task-list', 'aria-label': `Open tasks of ${goal.title}` }, open.map((t) => taskRow(goal, t, draft))) : note('No open tasks.'),
    newTasks(goal, draft),
    addTaskForm(goal),
  );
}

/** The moved due dates (monthly and quarterly), or nothing on a weekly review. */
function movedDeadlines(session: ReviewSession, moved: readonly AdjustmentView[] | undefined): HTMLElement[] {
  if (moved === undefined) return [];
  const since = session.lastReview ? ' since your last review of this kind' : '';
  return [
    h('h3', { class: 'sub' }, 'Due dates moved'),
    moved.length
      ? h('ul', { class: 'changes', 'aria-label': 'Due dates moved' }, moved.map((a) => h('li', null, adjustmentSentence(a))))
      : note(`No due date was moved${since}. Moving one? Use Adjust Due Date on the goal, so the reason stays on record.`),
  ];
}

export const adjust: SectionDef = {
  id: 'adjust',
  title: 'Adjust tasks and priorities',
  intro: () => 'Re-plan the coming week: add what’s next, drop what no longer matters, and re-prioritise or re-date the rest.',
  render: (session, draft) => {
    const goals = activeGoalsFocusFirst(session);
    // Slipping goals first: they are the ones this step is for.
    const slipping = goals.filter((g) => suggestion(g));
    const rest = goals.filter((g) => !suggestion(g));
    return [...movedDeadlines(session, session.adjustments), goals.length ? [...slipping, ...rest].map((g) => goalCard(g, draft)) : note('No active goals to adjust.')];
  },
};
