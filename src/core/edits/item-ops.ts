/**
 * Operations on a goal's tasks, checkpoints and metric: tick, add, update, remove,
 * set the metric's values. Each returns splices of the text held by the context.
 */
import * as l10n from '@vscode/l10n';
import { isMap, isScalar, type YAMLMap } from 'yaml';
import { PRIORITIES } from '../model';
import type { NewMetric, TextEdit } from '../types';
import { refuseAliased } from './aliases';
import { findGoalNode, findItem, goalIdOf, pairOf, refuse, siblingItemStyle, siblingMapIsFlow, type EditContext, type LocatedItem } from './context';
import { renderFlow, type YObject } from './render';
import type { ScalarValue } from './scalar';
import { appendItem, fillEmpty, insertPair, removeItem, setScalarPair } from './splice';
import { finiteNumber, isoDate, oneOf, text } from './value-checks';
import { GOAL_ORDER, ITEM_ORDER, METRIC_ORDER } from './key-order';

type ListKey = 'tasks' | 'checkpoints';

/** The goal with this id, refused when an alias reuses it. */
function goalFor(ctx: EditContext, goalId: string): YAMLMap {
  const goal = findGoalNode(ctx, goalId);
  refuseAliased(ctx, goal, l10n.t('Goal "{0}"', goalId));
  return goal;
}

/** The task or checkpoint at `index` (or titled `expectTitle`), refused when it or its list is reused through an alias. */
function itemFor(ctx: EditContext, goalId: string, key: ListKey, index: number, expectTitle: string | undefined): LocatedItem {
  const loc = findItem(goalFor(ctx, goalId), goalId, key, index, expectTitle);
  refuseAliased(ctx, loc.seq, key === 'tasks' ? l10n.t('The tasks of goal "{0}"', goalId) : l10n.t('The checkpoints of goal "{0}"', goalId));
  refuseAliased(ctx, loc.item, key === 'tasks' ? l10n.t('Task {0} of goal "{1}"', loc.index + 1, goalId) : l10n.t('Checkpoint {0} of goal "{1}"', loc.index + 1, goalId));
  return loc;
}

/**
 * Writes `changes` into a located task or checkpoint. A map item is edited key by
 * key; an item written as a bare string becomes a `{ title: ..., ... }` map.
 */
function editItem(ctx: EditContext, loc: LocatedItem, changes: [string, ScalarValue][], where: string): TextEdit[] {
  if (isMap(loc.item) && !(loc.item.flow && loc.item.items.length === 0)) {
    const map = loc.item;
    return changes.map(([k, v]) => setScalarPair(ctx, map, k, v, ITEM_ORDER, where));
  }
  if (isMap(loc.item) && loc.item.range) {
    // `{}`: written whole, as several insertions at one spot would need commas.
    const [s, e] = loc.item.range;
    return [{ offset: s, length: e - s, text: renderFlow(Object.fromEntries(changes)) }];
  }
  if (!isScalar(loc.item) || !loc.item.range) return refuse(l10n.t('The item in {0} is not a map or a title; edit it by hand.', where));
  const obj: YObject = { title: String(loc.item.value) };
  for (const [k, v] of changes) obj[k] = v;
  const [s, e] = loc.item.range;
  return [{ offset: s, length: e - s, text: renderFlow(obj) }];
}

/** Ticks or unticks a task or checkpoint. */
export function setItemDone(ctx: EditContext, goalId: string, key: ListKey, index: number, expectTitle: string | undefined, done: boolean): TextEdit[] {
  const loc = itemFor(ctx, goalId, key, index, expectTitle);
  if (!isMap(loc.item) && !done) return [];
  return editItem(ctx, loc, [['done', done]], l10n.t('goal "{0}"', goalId));
}

/** Appends a task or checkpoint, following the style of the goal's list or its siblings. */
export function addItem(ctx: EditContext, goalId: string, key: ListKey, item: YObject): TextEdit[] {
  const goal = goalFor(ctx, goalId);
  const pair = pairOf(goal, key);
  refuseAliased(ctx, pair?.value, key === 'tasks' ? l10n.t('The tasks of goal "{0}"', goalId) : l10n.t('The checkpoints of goal "{0}"', goalId));
  const style = siblingItemStyle(ctx, key === 'tasks' ? ['tasks', 'checkpoints'] : ['checkpoints', 'tasks'], pair?.value);
  if (!pair) return [insertPair(ctx, goal, key, [item], { order: GOAL_ORDER, itemStyle: style })];
  return [appendItem(ctx, pair, item, style, l10n.t('goal "{0}"', goalId))];
}

/** A new task as written: title, `done: false`, then priority and due when given. */
export function newTask(t: { title: string; priority?: unknown; due?: unknown }): YObject {
  return {
    title: text(t.title, 'A task title'),
    done: false,
    priority: t.priority === undefined ? undefined : oneOf(t.priority, PRIORITIES, 'A task priority'),
    due: t.due === undefined ? undefined : isoDate(t.due, 'A task due date'),
  };
}

/** A new checkpoint as written: title, date, `done: false`. */
export function newCheckpoint(c: { title: string; date: unknown }): YObject {
  return { title: text(c.title, 'A checkpoint title'), date: isoDate(c.date, 'A checkpoint date'), done: false };
}

/** Updates the given fields of a task or checkpoint; others stay as written. */
export function updateItem(ctx: EditContext, goalId: string, key: ListKey, index: number, expectTitle: string | undefined, changes: Record<string, unknown>): TextEdit[] {
  const loc = itemFor(ctx, goalId, key, index, expectTitle);
  const out: [string, ScalarValue][] = [];
  if (changes.title !== undefined) out.push(['title', text(changes.title, 'A title')]);
  if (key === 'checkpoints' && changes.date !== undefined) out.push(['date', isoDate(changes.date, 'A checkpoint date')]);
  if (key === 'tasks' && changes.priority !== undefined) out.push(['priority', oneOf(changes.priority, PRIORITIES, 'A task priority')]);
  if (key === 'tasks' && changes.due !== undefined) out.push(['due', isoDate(changes.due, 'A task due date')]);
  return out.length ? editItem(ctx, loc, out, l10n.t('goal "{0}"', goalId)) : [];
}

/** Removes a task. */
export function removeTask(ctx: EditContext, goalId: string, index: number, expectTitle: string | undefined): TextEdit[] {
  const loc = itemFor(ctx, goalId, 'tasks', index, expectTitle);
  return removeItem(ctx, loc.pair, loc.seq, loc.index);
}

function metricOf(ctx: EditContext, goalId: string): YAMLMap {
  const goal = goalFor(ctx, goalId);
  const metric = pairOf(goal, 'metric')?.value;
  if (metric === undefined || metric === null || (isScalar(metric) && metric.value === null)) {
    return refuse(l10n.t('Goal "{0}" has no metric; add one first.', goalId));
  }
  if (!isMap(metric)) return refuse(l10n.t('The metric of goal "{0}" is not a map; edit it by hand.', goalId));
  refuseAliased(ctx, metric, l10n.t('The metric of goal "{0}"', goalId));
  return metric;
}

/** Sets a metric's `current` value. */
export function setMetricCurrent(ctx: EditContext, goalId: string, value: unknown): TextEdit[] {
  const n = finiteNumber(value, 'A metric value');
  return [setScalarPair(ctx, metricOf(ctx, goalId), 'current', n, METRIC_ORDER, l10n.t('the metric of goal "{0}"', goalId))];
}

/** Sets a metric's name, unit (text), start or target (numbers). */
export function setMetricField(ctx: EditContext, goalId: string, field: 'name' | 'unit' | 'start' | 'target', value: unknown): TextEdit[] {
  const v = field === 'name' || field === 'unit' ? text(value, `The metric ${field}`) : finiteNumber(value, `The metric ${field}`);
  return [setScalarPair(ctx, metricOf(ctx, goalId), field, v, METRIC_ORDER, l10n.t('the metric of goal "{0}"', goalId))];
}

/** The metric as written; `current` defaults to `start`. */
export function newMetric(m: NewMetric): YObject {
  return {
    name: text(m.name, 'A metric name'),
    unit: m.unit === undefined ? undefined : text(m.unit, 'A metric unit'),
    start: finiteNumber(m.start, 'The metric start'),
    target: finiteNumber(m.target, 'The metric target'),
    current: finiteNumber(m.current ?? m.start, 'The metric current value'),
  };
}

/** Adds a metric to a goal that has none, as a one-line map unless goals write theirs as blocks. */
export function addMetric(ctx: EditContext, goalId: string, metric: NewMetric): TextEdit[] {
  const goal = goalFor(ctx, goalId);
  const value = newMetric(metric);
  const existing = pairOf(goal, 'metric');
  if (existing && !(existing.value === null || (isScalar(existing.value) && existing.value.value === null))) {
    return refuse(l10n.t('Goal "{0}" already has a metric.', goalIdOf(goal) ?? goalId));
  }
  if (existing) return [fillEmpty(ctx, existing, renderFlow(value))];
  return [insertPair(ctx, goal, 'metric', value, { order: GOAL_ORDER, blockMap: !siblingMapIsFlow(ctx, 'metric') })];
}
