/**
 * Pure edits of a review draft, DOM-free so unit tests can run them in Node. Every
 * setter keeps the draft minimal: a field equal to the file's value is removed, and a
 * goal whose draft changes nothing disappears, so the Summary lists only real changes.
 */
import type { GoalStatus } from '../core/model';
import type {
  CheckpointChange,
  CheckpointView,
  GoalDecision,
  GoalDraft,
  GoalView,
  MetricChange,
  ReviewDraft,
  ReviewSession,
  TaskChange,
  TaskView,
} from '../shared/protocol';
import { decidedStatus, decidedTarget } from '../shared/draft';

/** The goal's draft, created on first use. */
export function goalDraft(draft: ReviewDraft, goalId: string): GoalDraft {
  draft.goals[goalId] ??= {};
  return draft.goals[goalId];
}

function isEmptyObject(o: object): boolean {
  return Object.values(o).every((v) => v === undefined || (Array.isArray(v) && v.length === 0));
}

/** Drops empty lists and the whole goal draft when it no longer changes anything. */
export function pruneGoal(draft: ReviewDraft, goalId: string): void {
  const g = draft.goals[goalId];
  if (!g) return;
  for (const [k, v] of Object.entries(g)) {
    if (v === undefined || (Array.isArray(v) && v.length === 0)) delete g[k as keyof GoalDraft];
    else if (k === 'metric' && isEmptyObject(v as object)) delete g.metric;
  }
  if (isEmptyObject(g)) delete draft.goals[goalId];
}

/** Finds the draft change of a task or checkpoint (addressed by index plus title). */
function findChange<C extends { index: number; title: string }>(list: C[] | undefined, item: { index: number; title: string }): C | undefined {
  return list?.find((c) => c.index === item.index && c.title === item.title);
}

/** The task as the draft would leave it. */
export function effectiveTask(draft: ReviewDraft, goalId: string, task: TaskView): TaskView & { dropped: boolean } {
  const c = findChange(draft.goals[goalId]?.tasks, task);
  return {
    ...task,
    done: c?.done ?? task.done,
    priority: c?.priority === null ? undefined : (c?.priority ?? task.priority),
    due: c?.due === null ? undefined : (c?.due ?? task.due),
    dropped: c?.dropped ?? false,
  };
}

/** Changes a task's done/priority/due/dropped; values equal to the file's are forgotten. */
export function setTask(draft: ReviewDraft, goalId: string, task: TaskView, patch: Omit<Partial<TaskChange>, 'index' | 'title'>): void {
  const g = goalDraft(draft, goalId);
  g.tasks ??= [];
  let c = findChange(g.tasks, task);
  if (!c) {
    c = { index: task.index, title: task.title };
    g.tasks.push(c);
  }
  Object.assign(c, patch);
  if (c.done === task.done) delete c.done;
  if (c.dropped === false) delete c.dropped;
  if (c.priority === task.priority || (c.priority === null && task.priority === undefined)) delete c.priority;
  if (c.due === task.due || (c.due === null && task.due === undefined)) delete c.due;
  if (Object.keys(c).length === 2) g.tasks = g.tasks.filter((x) => x !== c);
  pruneGoal(draft, goalId);
}

/** The checkpoint as the draft would leave it. */
export function effectiveCheckpoint(draft: ReviewDraft, goalId: string, cp: CheckpointView): CheckpointView {
  const c = findChange(draft.goals[goalId]?.checkpoints, cp);
  return { ...cp, done: c?.done ?? cp.done, date: c?.date ?? cp.date };
}

/** Changes a checkpoint's done flag or date; values equal to the file's are forgotten. */
export function setCheckpoint(draft: ReviewDraft, goalId: string, cp: CheckpointView, patch: Omit<Partial<CheckpointChange>, 'index' | 'title'>): void {
  const g = goalDraft(draft, goalId);
  g.checkpoints ??= [];
  let c = findChange(g.checkpoints, cp);
  if (!c) {
    c = { index: cp.index, title: cp.title };
    g.checkpoints.push(c);
  }
  Object.assign(c, patch);
  if (c.done === cp.done) delete c.done;
  if (!c.date || c.date === cp.date) delete c.date;
  if (Object.keys(c).length === 2) g.checkpoints = g.checkpoints.filter((x) => x !== c);
  pruneGoal(draft, goalId);
}

/** The metric's target as the draft would leave it (a revise decision wins, as in draftToOps). */
export function effectiveTarget(draft: ReviewDraft, goal: GoalView): number | undefined {
  return decidedTarget(draft.goals[goal.id]) ?? goal.metric?.target;
}

/** Changes the metric's current value, target or unit; values equal to the file's are forgotten. */
export function setMetric(draft: ReviewDraft, goal: GoalView, patch: MetricChange): void {
  const g = goalDraft(draft, goal.id);
  const m: MetricChange = { ...g.metric, ...patch };
  const before = goal.metric;
  if (m.current === undefined || m.current === before?.current) delete m.current;
  if (m.target === undefined || m.target === before?.target) delete m.target;
  if (m.unit === undefined || m.unit === (before?.unit ?? '')) delete m.unit;
  g.metric = m;
  // Both places edit one target: keep a revise decision in step with the metric field.
  if (patch.target !== undefined && g.decision?.decision === 'revise') g.decision.target = patch.target;
  pruneGoal(draft, goal.id);
}

/** Sets (or, with `undefined`, clears) the quarterly decision for a goal. */
export function setDecision(draft: ReviewDraft, goalId: string, decision: GoalDecision | undefined): void {
  const g = goalDraft(draft, goalId);
  if (decision && decision.decision !== 'keep') g.decision = decision;
  else if (decision?.reason?.trim()) g.decision = { decision: 'keep', reason: decision.reason };
  else delete g.decision;
  pruneGoal(draft, goalId);
}

/** The goal's status after the draft's decisions (mirrors draftToOps). */
export function effectiveStatus(draft: ReviewDraft, goal: GoalView): GoalStatus {
  return decidedStatus(draft.goals[goal.id]) ?? goal.status;
}

/** Focus picks for next quarter: the draft's, else the current focus (ids that still exist). */
export function focusPicks(session: ReviewSession, draft: ReviewDraft): string[] {
  const ids = new Set(session.goals.map((g) => g.id));
  return (draft.focus?.goals ?? session.focus?.goals ?? []).filter((id) => ids.has(id));
}

/** Active goals, focus goals first, otherwise in file order. */
export function activeGoalsFocusFirst(session: ReviewSession): GoalView[] {
  const active = session.goals.filter((g) => g.status === 'active');
  return [...active.filter((g) => g.inFocus), ...active.filter((g) => !g.inFocus)];
}

const blank = (s: string | undefined) => !s || s.trim() === '';

/**
 * A copy of the draft holding only what the host accepts: half-filled additions (a
 * new task without a title, a metric without a name) are left out rather than sent
 * and rejected. The page keeps the raw draft, so nothing typed is lost.
 */
export function cleanDraft(draft: ReviewDraft): ReviewDraft {
  const goals: Record<string, GoalDraft> = {};
  for (const [id, raw] of Object.entries(draft.goals)) {
    const g: GoalDraft = structuredClone(raw);
    if (g.newTasks) g.newTasks = g.newTasks.filter((t) => !blank(t.title));
    if (g.newCheckpoints) g.newCheckpoints = g.newCheckpoints.filter((c) => !blank(c.title) && !!c.date);
    const n = g.newMetric;
    if (n && (blank(n.name) || !Number.isFinite(n.start) || !Number.isFinite(n.target))) delete g.newMetric;
    if (g.decision && blank(g.decision.title)) delete g.decision.title;
    goals[id] = g;
    const holder: ReviewDraft = { goals, wins: [], lessons: [], answers: {} };
    pruneGoal(holder, id);
  }
  const out: ReviewDraft = {
    goals,
    wins: draft.wins.filter((w) => !blank(w.text)),
    lessons: draft.lessons.filter((l) => !blank(l.text)),
    answers: { ...draft.answers },
  };
  if (draft.focus) out.focus = { goals: draft.focus.goals.filter((id) => id !== ''), ...(draft.focus.theme !== undefined && { theme: draft.focus.theme }) };
  if (draft.notes !== undefined) out.notes = draft.notes;
  return out;
}
