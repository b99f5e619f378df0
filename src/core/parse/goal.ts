/**
 * Reads one item of `goals:` into a Goal. A goal is kept whenever it has a title, so
 * one broken field never hides the rest of the plan: an unknown or missing `horizon`
 * reads as `short`, an unknown `status` as `active`, and a bad date, priority or metric
 * is left out; each is reported. A goal without a title is skipped (and reported).
 */
import * as l10n from '@vscode/l10n';
import { isMap as isMap_, isScalar } from 'yaml';
import { GOAL_STATUSES, HORIZONS, PRIORITIES, type Adjustment, type Checkpoint, type Goal, type GoalStatus, type Horizon, type Metric, type Range, type Resources, type Task } from '../model';
import { readAdjustments } from './adjustments';
import { SKIP, type Located, type Reader } from './readers';

/** Source positions of a goal's fields that cross-reference checks and pitfalls point at. */
export interface GoalRanges {
  id?: Range;
  parent?: Range;
  start?: Range;
  due?: Range;
  /** Each `values` item, for the check against `vision.values`. */
  values: Located<string>[];
  /** Diagnostics `[from, to)` raised while reading the goal, tagged with its final id later. */
  diagFrom: number;
  diagTo: number;
}

/** What reading a `goals:` item produced. */
export interface ReadGoal {
  /** Undefined when the item had no usable title. */
  goal?: Goal;
  /** The written id, even for a skipped goal, so references to it are not reported twice. */
  writtenId?: string;
  ranges: GoalRanges;
}

/** Reads `goals[index]`. `at` is the range to report against when the node has none. */
export function readGoal(r: Reader, node: unknown, index: number, at: Range): ReadGoal {
  const ranges: GoalRanges = { values: [], diagFrom: r.diagnostics.length, diagTo: 0 };
  const range = r.rangeOf(node, at);
  let id: string | undefined;
  let title: string | undefined;
  let titleRange = range;
  let horizon: Horizon | undefined;
  let horizonSeen = false;
  let status: GoalStatus = 'active';
  const goal: Partial<Goal> = {};
  let metric: Metric | undefined;
  let checkpoints: Checkpoint[] = [];
  let tasks: Task[] = [];
  let notes: string[] = [];
  let adjustments: Adjustment[] = [];
  const label = l10n.t('goal {0}', index + 1);
  const isMap = r.eachPair(node, 'goal', label, range, (key, value, keyRange) => {
    const vr = r.rangeOf(value, keyRange);
    switch (key) {
      case 'id':
        id = r.text(value, 'id', keyRange);
        if (id !== undefined) ranges.id = vr;
        break;
      case 'title':
        title = r.text(value, 'title', keyRange);
        titleRange = vr.end > vr.start ? vr : keyRange;
        break;
      case 'horizon':
        horizonSeen = true;
        horizon = r.choice(value, 'horizon', keyRange, HORIZONS, 'short');
        if (horizon === undefined && isScalar(value) && value.value == null) reportNoHorizon(r, keyRange, label);
        break;
      case 'status':
        status = r.choice(value, 'status', keyRange, GOAL_STATUSES, 'active') ?? 'active';
        break;
      case 'why':
        goal.why = r.text(value, 'why', keyRange);
        break;
      case 'flexibility':
        goal.flexibility = r.text(value, 'flexibility', keyRange);
        break;
      case 'values':
        ranges.values = r.textList(value, 'values', keyRange);
        break;
      case 'parent':
        goal.parent = r.text(value, 'parent', keyRange);
        if (goal.parent !== undefined) ranges.parent = vr;
        break;
      case 'start':
        goal.start = r.date(value, 'start', keyRange);
        if (goal.start) ranges.start = vr;
        break;
      case 'due':
        goal.due = r.date(value, 'due', keyRange);
        if (goal.due) ranges.due = vr;
        break;
      case 'adjustments':
        adjustments = readAdjustments(r, value, keyRange);
        break;
      case 'metric':
        metric = readMetric(r, value, keyRange);
        break;
      case 'checkpoints':
        checkpoints = readCheckpoints(r, value, keyRange);
        break;
      case 'tasks':
        tasks = readTasks(r, value, keyRange);
        break;
      case 'resources':
        goal.resources = readResources(r, value, keyRange);
        break;
      case 'notes':
        notes = r.textList(value, 'notes', keyRange).map((n) => n.value);
        break;
    }
  });
  const firstPair = isMap_(node) ? node.items[0] : undefined;
  const head = firstPair ? r.rangeOf(firstPair.key, range) : range;
  if (isMap && !horizonSeen && title !== undefined) reportNoHorizon(r, titleRange, l10n.t('“{0}”', title));
  if (goal.start && goal.due && goal.due < goal.start && ranges.due) {
    r.report('date-order', l10n.t('This goal is due ({0}) before it starts ({1}). Move `due` after `start`, or `start` earlier.', goal.due, goal.start), ranges.due);
  }
  if (isMap && title === undefined) {
    r.report('missing-required', l10n.t('This goal has no `title`, so it is left out of the plan. Add `title: <what you want to achieve>`.'), head);
  }
  ranges.diagTo = r.diagnostics.length;
  if (title === undefined) return { writtenId: id, ranges };
  const out: Goal = {
    index,
    id: id ?? '',
    explicitId: id !== undefined,
    title,
    horizon: horizon ?? 'short',
    status,
    values: ranges.values.map((v) => v.value),
    checkpoints,
    tasks,
    notes,
    range,
    titleRange,
  };
  // Optional fields are only set when present so the model compares cleanly in tests.
  for (const k of ['why', 'flexibility', 'parent', 'start', 'due', 'resources'] as const) {
    if (goal[k] !== undefined) (out as unknown as Record<string, unknown>)[k] = goal[k];
  }
  if (metric) out.metric = metric;
  if (adjustments.length > 0) out.adjustments = adjustments;
  return { goal: out, writtenId: id, ranges };
}

function reportNoHorizon(r: Reader, at: Range, what: string): void {
  r.report('missing-required', l10n.t('{0} has no `horizon`; it is read as `short` until you add one: `short` (3–6 months), `medium` (6–18 months) or `long` (2–5 years).', what), at);
}

function readMetric(r: Reader, node: unknown, at: Range): Metric | undefined {
  const m: { name?: string; unit?: string; start?: number; target?: number; current?: number } = {};
  const ok = r.eachPair(node, 'metric', '`metric`', at, (key, value, keyRange) => {
    if (key === 'name' || key === 'unit') m[key] = r.text(value, `metric.${key}`, keyRange);
    else m[key as 'start' | 'target' | 'current'] = r.number(value, `metric.${key}`, keyRange);
  });
  if (!ok) return undefined;
  const range = r.rangeOf(node, at);
  if (m.target === undefined) {
    r.report('missing-required', l10n.t('This metric has no `target`, so progress cannot be measured. Add `target: <number you aim for>`.'), at);
    return undefined;
  }
  const start = m.start ?? 0;
  if (m.target === start) {
    r.report('metric-target-equals-start', l10n.t("The metric's `target` equals its `start` ({0}), so there is no distance to measure. Set `start` to where you began and `target` to where you aim.", start), range);
  }
  const metric: Metric = { start, target: m.target, current: m.current ?? start, range };
  if (m.name !== undefined) metric.name = m.name;
  if (m.unit !== undefined) metric.unit = m.unit;
  return metric;
}

function readCheckpoints(r: Reader, node: unknown, at: Range): Checkpoint[] {
  const out: Checkpoint[] = [];
  r.items(node, 'checkpoints', at).forEach((item, index) => {
    if (item === SKIP) return;
    const range = r.rangeOf(item, at);
    let title: string | undefined;
    let date: string | undefined;
    let done = false;
    const ok = r.eachPair(item, 'checkpoint', l10n.t('checkpoint {0}', index + 1), range, (key, value, keyRange) => {
      if (key === 'title') title = r.text(value, 'title', keyRange);
      else if (key === 'date') date = r.date(value, 'date', keyRange);
      else done = r.boolean(value, 'done', keyRange, false);
    });
    if (!ok) return;
    if (title === undefined) {
      r.report('missing-required', l10n.t('This checkpoint has no `title`, so it is ignored. Add `title: <milestone>`.'), range);
      return;
    }
    const cp: Checkpoint = { index, title, done, range };
    if (date !== undefined) cp.date = date;
    out.push(cp);
  });
  return out;
}

function readTasks(r: Reader, node: unknown, at: Range): Task[] {
  const out: Task[] = [];
  r.items(node, 'tasks', at).forEach((item, index) => {
    if (item === SKIP) return;
    const range = r.rangeOf(item, at);
    const t: Partial<Task> = {};
    let done = false;
    const ok = r.eachPair(item, 'task', l10n.t('task {0}', index + 1), range, (key, value, keyRange) => {
      if (key === 'title') t.title = r.text(value, 'title', keyRange);
      else if (key === 'due') t.due = r.date(value, 'due', keyRange);
      else if (key === 'priority') t.priority = r.choice(value, 'priority', keyRange, PRIORITIES);
      else done = r.boolean(value, 'done', keyRange, false);
    });
    if (!ok) return;
    if (t.title === undefined) {
      r.report('missing-required', l10n.t('This task has no `title`, so it is ignored. Add `title: <next action>`.'), range);
      return;
    }
    const task: Task = { index, title: t.title, done, range };
    if (t.priority !== undefined) task.priority = t.priority;
    if (t.due !== undefined) task.due = t.due;
    out.push(task);
  });
  return out;
}

function readResources(r: Reader, node: unknown, at: Range): Resources | undefined {
  const res: Resources = { learning: [], tools: [] };
  const ok = r.eachPair(node, 'resources', '`resources`', at, (key, value, keyRange) => {
    if (key === 'time') {
      const time = r.text(value, 'resources.time', keyRange);
      if (time !== undefined) res.time = time;
    } else res[key as 'learning' | 'tools'] = r.textList(value, `resources.${key}`, keyRange).map((x) => x.value);
  });
  return ok ? res : undefined;
}
