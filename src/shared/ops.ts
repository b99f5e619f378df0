/**
 * Turns a review draft into goals.yaml edits (`draftToOps`) and edits into one-line
 * human summaries (`describeOp`). Only real differences from the session become ops,
 * so completing a review that changed nothing writes nothing, and the edits stay
 * minimal. Ops address tasks and checkpoints by index plus title, so they still apply
 * (or fail with a reason) when goals.yaml changed while the panel was open.
 */
import * as l10n from '@vscode/l10n';
import { checkpointReachedLine, JOURNAL_HEADINGS, statusChangeLine } from '../core/reports/journal-body';
import type { GoalOp, NewTask } from '../core/types';
import type { GoalDraft, GoalView, ReviewDraft, ReviewSession } from './protocol';
import { decidedStatus, decidedTarget } from './draft';

function trimmed(s: string | undefined): string | undefined {
  const t = s?.trim();
  return t ? t : undefined;
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

function taskOps(goalId: string, g: GoalDraft, view: GoalView | undefined): GoalOp[] {
  const updates: GoalOp[] = [];
  const removals: GoalOp[] = [];
  for (const c of g.tasks ?? []) {
    const before = view?.tasks.find((t) => t.index === c.index && t.title === c.title);
    const base = { goalId, index: c.index, expectTitle: c.title };
    if (c.dropped) {
      removals.push({ op: 'removeTask', ...base });
      continue;
    }
    if (c.done !== undefined && c.done !== before?.done) updates.push({ op: 'setTaskDone', ...base, done: c.done });
    // `null` (clear) is not expressible as a GoalOp yet; it stays a no-op.
    const changes: Partial<NewTask> = {};
    if (c.priority && c.priority !== before?.priority) changes.priority = c.priority;
    if (c.due && c.due !== before?.due) changes.due = c.due;
    if (Object.keys(changes).length) updates.push({ op: 'updateTask', ...base, changes });
  }
  for (const t of g.newTasks ?? []) {
    const title = trimmed(t.title);
    if (title) updates.push({ op: 'addTask', goalId, task: { title, ...(t.priority && { priority: t.priority }), ...(t.due && { due: t.due }) } });
  }
  // Removing shifts later indexes; removing from the end first keeps each index valid.
  removals.sort((a, b) => ('index' in b ? b.index : 0) - ('index' in a ? a.index : 0));
  return [...updates, ...removals];
}

function checkpointOps(goalId: string, g: GoalDraft, view: GoalView | undefined): GoalOp[] {
  const ops: GoalOp[] = [];
  for (const c of g.checkpoints ?? []) {
    const before = view?.checkpoints.find((x) => x.index === c.index && x.title === c.title);
    const base = { goalId, index: c.index, expectTitle: c.title };
    if (c.done !== undefined && c.done !== before?.done) ops.push({ op: 'setCheckpointDone', ...base, done: c.done });
    if (c.date && c.date !== before?.date) ops.push({ op: 'updateCheckpoint', ...base, changes: { date: c.date } });
  }
  for (const c of g.newCheckpoints ?? []) {
    const title = trimmed(c.title);
    if (title) ops.push({ op: 'addCheckpoint', goalId, checkpoint: { title, date: c.date } });
  }
  return ops;
}

function metricOps(goalId: string, g: GoalDraft, view: GoalView | undefined): GoalOp[] {
  const ops: GoalOp[] = [];
  const m = view?.metric;
  const target = decidedTarget(g);
  if (m || !view) {
    if (g.metric?.current !== undefined && g.metric.current !== m?.current) ops.push({ op: 'setMetricCurrent', goalId, value: g.metric.current });
    if (target !== undefined && target !== m?.target) ops.push({ op: 'setMetricField', goalId, field: 'target', value: target });
    const unit = g.metric?.unit?.trim();
    if (unit !== undefined && unit !== '' && unit !== (m?.unit ?? '')) ops.push({ op: 'setMetricField', goalId, field: 'unit', value: unit });
  }
  // For a goal that vanished mid-session the op is kept, so it fails visibly instead of being dropped.
  if (!m && g.newMetric && trimmed(g.newMetric.name)) {
    const n = g.newMetric;
    const unit = trimmed(n.unit);
    ops.push({
      op: 'addMetric',
      goalId,
      metric: { name: n.name.trim(), ...(unit && { unit }), start: n.start, target: n.target, ...(n.current !== undefined && { current: n.current }) },
    });
  }
  return ops;
}

/** What a revised due date records as its reason when the person gave none. */
const REVISED = 'Revised in the quarterly reset';

function decisionOps(goalId: string, g: GoalDraft, view: GoalView | undefined, today: string): GoalOp[] {
  const ops: GoalOp[] = [];
  const d = g.decision;
  if (d?.decision === 'revise') {
    const title = trimmed(d.title);
    if (title && title !== view?.title) ops.push({ op: 'setGoalField', goalId, field: 'title', value: title });
    // Moving a due date the goal had goes on its record (`adjustments:`); a first one is only set.
    if (d.due && d.due !== view?.due) {
      ops.push(view?.due ? { op: 'adjustDue', goalId, to: d.due, date: today, reason: trimmed(d.reason) ?? REVISED } : { op: 'setGoalField', goalId, field: 'due', value: d.due });
    }
  }
  const status = decidedStatus(g);
  if (status && status !== view?.status) ops.push({ op: 'setGoalStatus', goalId, status });
  return ops;
}

function goalOps(goalId: string, g: GoalDraft, view: GoalView | undefined, today: string): GoalOp[] {
  const ops = [...taskOps(goalId, g, view), ...checkpointOps(goalId, g, view), ...metricOps(goalId, g, view)];
  if (g.resources) {
    const r = view?.resources;
    const next: { time?: string; learning?: string[]; tools?: string[] } = {};
    if (g.resources.time !== undefined && g.resources.time.trim() !== (r?.time ?? '')) next.time = g.resources.time.trim();
    const clean = (l: string[]) => l.map((s) => s.trim()).filter(Boolean);
    if (g.resources.learning && !sameList(clean(g.resources.learning), r?.learning)) next.learning = clean(g.resources.learning);
    if (g.resources.tools && !sameList(clean(g.resources.tools), r?.tools)) next.tools = clean(g.resources.tools);
    if (Object.keys(next).length) ops.push({ op: 'setResources', goalId, resources: next });
  }
  const flex = trimmed(g.flexibility);
  if (flex && flex !== view?.flexibility) ops.push({ op: 'setGoalField', goalId, field: 'flexibility', value: flex });
  // Status last: edits to a goal read better before it is closed.
  return [...ops, ...decisionOps(goalId, g, view, today)];
}

/**
 * The goals.yaml edits a draft asks for, in a stable order: goals in file order
 * (then goals no longer in the session, which fail with a reason when applied), wins,
 * lessons, then the next quarter's focus.
 */
export function draftToOps(session: ReviewSession, draft: ReviewDraft): GoalOp[] {
  const views = new Map(session.goals.map((g) => [g.id, g]));
  const ids = [...session.goals.map((g) => g.id).filter((id) => draft.goals[id]), ...Object.keys(draft.goals).filter((id) => !views.has(id))];
  const ops: GoalOp[] = ids.flatMap((id) => {
    const g = draft.goals[id];
    return g ? goalOps(id, g, views.get(id), session.today) : [];
  });
  for (const w of draft.wins) {
    const text = trimmed(w.text);
    if (text) ops.push({ op: 'addWin', win: { date: session.today, text, ...(w.goalId && { goal: w.goalId }) } });
  }
  for (const l of draft.lessons) {
    const text = trimmed(l.text);
    if (text) ops.push({ op: 'addLesson', lesson: { date: session.today, text, ...(l.goalId && { goal: l.goalId }) } });
  }
  if (draft.focus) {
    const theme = trimmed(draft.focus.theme);
    ops.push({ op: 'writeFocus', focus: { quarter: session.proposedFocusQuarter, ...(theme && { theme }), goals: [...draft.focus.goals] } });
  }
  return ops;
}

const q = (s: string) => `“${s}”`;

/**
 * One human line for an op, used by the Summary section, the journal and failure
 * reports. `titleOf` maps goal ids to titles when known (ids are shown otherwise).
 */
export function describeOp(op: GoalOp, titleOf: (goalId: string) => string | undefined = () => undefined): string {
  const goal = 'goalId' in op ? (titleOf(op.goalId) ?? op.goalId) : '';
  const item = (i: { index: number; expectTitle?: string }) => i.expectTitle ?? `#${i.index + 1}`;
  switch (op.op) {
    case 'setTaskDone':
      return op.done ? l10n.t('{0}: completed task “{1}”', goal, item(op)) : l10n.t('{0}: reopened task “{1}”', goal, item(op));
    case 'setCheckpointDone':
      return op.done ? checkpointReachedLine(goal, item(op)) : l10n.t('{0}: reopened checkpoint “{1}”', goal, item(op));
    case 'setMetricCurrent':
      return l10n.t('{0}: metric now {1}', goal, op.value);
    case 'setMetricField':
      return l10n.t('{0}: metric {1} set to {2}', goal, op.field, op.value);
    case 'addMetric':
      return op.metric.unit
        ? l10n.t('{0}: new metric “{1}” from {2} to {3} {4}', goal, op.metric.name, op.metric.start, op.metric.target, op.metric.unit)
        : l10n.t('{0}: new metric “{1}” from {2} to {3}', goal, op.metric.name, op.metric.start, op.metric.target);
    case 'addTask': {
      const { title, priority, due } = op.task;
      if (priority && due) return l10n.t('{0}: new task “{1}” ({2}) due {3}', goal, title, priority, due);
      if (priority) return l10n.t('{0}: new task “{1}” ({2})', goal, title, priority);
      if (due) return l10n.t('{0}: new task “{1}” due {2}', goal, title, due);
      return l10n.t('{0}: new task “{1}”', goal, title);
    }
    case 'updateTask': {
      const parts = Object.entries(op.changes).map(([k, v]) => `${k} ${v}`);
      return l10n.t('{0}: task “{1}” {2}', goal, item(op), parts.join(', '));
    }
    case 'removeTask':
      return l10n.t('{0}: dropped task “{1}”', goal, item(op));
    case 'addCheckpoint':
      return l10n.t('{0}: new checkpoint “{1}” on {2}', goal, op.checkpoint.title, op.checkpoint.date);
    case 'updateCheckpoint': {
      const { date, title } = op.changes;
      if (date && title) return l10n.t('{0}: checkpoint “{1}” moved to {2}, renamed “{3}”', goal, item(op), date, title);
      if (date) return l10n.t('{0}: checkpoint “{1}” moved to {2}', goal, item(op), date);
      if (title) return l10n.t('{0}: checkpoint “{1}” renamed “{2}”', goal, item(op), title);
      return l10n.t('{0}: checkpoint “{1}” unchanged', goal, item(op));
    }
    case 'setGoalField':
      if (op.field === 'title') return l10n.t('{0}: renamed to “{1}”', goal, op.value);
      return op.field === 'due' || op.field === 'start' ? l10n.t('{0}: {1} set to {2}', goal, op.field, op.value) : l10n.t('{0}: {1} set to “{2}”', goal, op.field, op.value);
    case 'setGoalStatus':
      return statusChangeLine(goal, op.status);
    case 'adjustDue':
      return l10n.t('{0}: due date moved to {1} (“{2}”)', goal, op.to, op.reason);
    case 'setResources': {
      const r = op.resources;
      const none = l10n.t('(none)');
      const parts = [r.time !== undefined && `time ${q(r.time)}`, r.learning && `learning ${r.learning.join(', ') || none}`, r.tools && `tools ${r.tools.join(', ') || none}`];
      return l10n.t('{0}: resources {1}', goal, parts.filter(Boolean).join('; '));
    }
    case 'addWin':
      return op.win.goal ? l10n.t('Win: {0} ({1})', op.win.text, titleOf(op.win.goal) ?? op.win.goal) : l10n.t('Win: {0}', op.win.text);
    case 'addLesson':
      return op.lesson.goal ? l10n.t('Lesson: {0} ({1})', op.lesson.text, titleOf(op.lesson.goal) ?? op.lesson.goal) : l10n.t('Lesson: {0}', op.lesson.text);
    case 'addGoal':
      return l10n.t('New goal “{0}” ({1})', op.goal.title, op.goal.horizon);
    case 'writeFocus': {
      const goals = op.focus.goals.map((id) => titleOf(id) ?? id).join(', ') || JOURNAL_HEADINGS.noGoals();
      return op.focus.theme ? l10n.t('Focus for {0}: {1} — theme “{2}”', op.focus.quarter, goals, op.focus.theme) : l10n.t('Focus for {0}: {1}', op.focus.quarter, goals);
    }
  }
}
