/**
 * Operations on a goal as a whole: its top-level fields, status and resources, and
 * adding a new goal at the end of `goals:`.
 */
import * as l10n from '@vscode/l10n';
import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import { GOAL_STATUSES, HORIZONS } from '../model';
import { slugify } from '../text/slug';
import type { NewGoal, TextEdit } from '../types';
import { refuseAliased } from './aliases';
import { findGoalNode, goalIds, itemStyleOf, pairOf, refuse, scalarText, siblingMapIsFlow, type EditContext } from './context';
import { newMetric } from './item-ops';
import { renderFlow, type YObject, type YValue } from './render';
import { renderScalar, type ScalarValue } from './scalar';
import { appendItem, entryStart, fillEmpty, insertPair, setListPair, setScalarPair } from './splice';
import { isoDate, oneOf, text } from './value-checks';
import { GOAL_ORDER, RESOURCE_ORDER, TOP_ORDER } from './key-order';

/** The goal with this id, refused when an alias reuses it. */
function goalFor(ctx: EditContext, goalId: string): YAMLMap {
  const goal = findGoalNode(ctx, goalId);
  refuseAliased(ctx, goal, l10n.t('Goal "{0}"', goalId));
  return goal;
}

/** Sets or inserts one of a goal's scalar fields; dates are validated. */
export function setGoalField(ctx: EditContext, goalId: string, field: 'title' | 'why' | 'start' | 'due' | 'flexibility', value: unknown): TextEdit[] {
  const goal = goalFor(ctx, goalId);
  const v: ScalarValue = field === 'start' || field === 'due' ? isoDate(value, `The ${field} date`) : text(value, `The ${field}`, field !== 'title');
  const edits = [setScalarPair(ctx, goal, field, v, GOAL_ORDER, l10n.t('goal "{0}"', goalId))];
  // An empty id (`id: ""`) counts as none: the goal's id is its title's slug then.
  if (field === 'title' && !scalarText(goal, 'id')) edits.unshift(pinId(ctx, goal, goalId));
  return edits;
}

/**
 * Writes a goal's derived id as `id:` before its first key. Renaming a goal without
 * one would otherwise change its id and break `parent:`, `focus.goals` and wins that
 * point at it.
 */
function pinId(ctx: EditContext, goal: YAMLMap, id: string): TextEdit {
  // An empty `id:` or `id: ""` is filled in; a second `id:` key would make the file invalid.
  if (pairOf(goal, 'id')) return setScalarPair(ctx, goal, 'id', id, GOAL_ORDER, l10n.t('goal "{0}"', id));
  const first = goal.items[0]?.key as Node | undefined;
  if (goal.flow || !first?.range) return insertPair(ctx, goal, 'id', id, { order: GOAL_ORDER });
  // Before the first entry, at its `?` when the key is written explicitly.
  const at = entryStart(ctx, first);
  const pad = ' '.repeat(at - ctx.text.lastIndexOf('\n', at - 1) - 1);
  return { offset: at, length: 0, text: `id: ${renderScalar(id, false)}${ctx.eol}${pad}` };
}

/** Sets a goal's status, inserting `status:` after `horizon:` when absent. */
export function setGoalStatus(ctx: EditContext, goalId: string, status: unknown): TextEdit[] {
  const goal = goalFor(ctx, goalId);
  const v = oneOf(status, GOAL_STATUSES, 'A goal status');
  return [setScalarPair(ctx, goal, 'status', v, GOAL_ORDER, l10n.t('goal "{0}"', goalId))];
}

function textList(values: unknown, what: string): string[] {
  if (!Array.isArray(values)) return refuse(`${what} must be a list of texts.`);
  return values.map((x) => text(x, `Each of ${what.toLowerCase()}`));
}

/**
 * Sets the given resource fields (time, learning, tools); fields not given stay as
 * written. Creates `resources:` when the goal has none.
 */
export function setResources(ctx: EditContext, goalId: string, resources: { time?: string; learning?: string[]; tools?: string[] }): TextEdit[] {
  const goal = goalFor(ctx, goalId);
  const time = resources.time === undefined ? undefined : text(resources.time, 'The resource time');
  const learning = resources.learning === undefined ? undefined : textList(resources.learning, 'Learning resources');
  const tools = resources.tools === undefined ? undefined : textList(resources.tools, 'Tools');
  if (time === undefined && learning === undefined && tools === undefined) return [];
  const where = l10n.t('the resources of goal "{0}"', goalId);
  const pair = pairOf(goal, 'resources');
  const value: YObject = { time, learning, tools };
  if (!pair) return [insertPair(ctx, goal, 'resources', value, { order: GOAL_ORDER, blockMap: !siblingMapIsFlow(ctx, 'resources') })];
  const node = pair.value;
  if (node === null || (isScalar(node) && node.value === null)) return [fillEmpty(ctx, pair, renderFlow(value))];
  if (!isMap(node)) return refuse(l10n.t('The resources of goal "{0}" are not a map; edit them by hand.', goalId));
  refuseAliased(ctx, node, l10n.t('The resources of goal "{0}"', goalId));
  if (node.flow && node.items.length === 0 && node.range) {
    // `{}`: several insertions at the same spot would need commas between them.
    return [{ offset: node.range[0], length: node.range[1] - node.range[0], text: renderFlow(value) }];
  }
  const edits: TextEdit[] = [];
  if (time !== undefined) edits.push(setScalarPair(ctx, node, 'time', time, RESOURCE_ORDER, where));
  if (learning !== undefined) edits.push(...setListPair(ctx, node, 'learning', learning, RESOURCE_ORDER, where));
  if (tools !== undefined) edits.push(...setListPair(ctx, node, 'tools', tools, RESOURCE_ORDER, where));
  return edits;
}

/** Every goal id in the file, for uniqueness checks. */
function existingIds(ctx: EditContext): Set<string> {
  // The ids the model shows, duplicates numbered as the parser numbers them.
  return new Set(goalIds(ctx).filter((id): id is string => id !== undefined));
}

/**
 * The goal as written. The id is always written, so renaming the goal later does not
 * change it: the given one, or a slug of the title made unique with `-2`, `-3`, ….
 */
export function newGoal(ctx: EditContext, g: NewGoal): YObject & { id: string } {
  const title = text(g.title, 'A goal title');
  const ids = existingIds(ctx);
  let id: string;
  if (g.id !== undefined) {
    id = text(g.id, 'A goal id');
    if (ids.has(id)) refuse(l10n.t('A goal with id "{0}" already exists.', id));
  } else {
    const base = slugify(title);
    id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  }
  const values: YValue[] | undefined = g.values?.map((v) => text(v, 'Each value'));
  return {
    id,
    title,
    horizon: oneOf(g.horizon, HORIZONS, 'A goal horizon'),
    status: 'active',
    why: g.why === undefined ? undefined : text(g.why, 'The why', true),
    values,
    parent: g.parent === undefined ? undefined : text(g.parent, 'The parent goal id'),
    start: g.start === undefined ? undefined : isoDate(g.start, 'The start date'),
    due: g.due === undefined ? undefined : isoDate(g.due, 'The due date'),
    metric: g.metric === undefined ? undefined : newMetric(g.metric),
  };
}

/** Appends a goal to `goals:`, creating the key after `focus:`/`vision:` when absent. */
export function addGoal(ctx: EditContext, g: NewGoal): TextEdit[] {
  const goal = newGoal(ctx, g);
  const pair = pairOf(ctx.root, 'goals');
  const style = itemStyleOf(pair?.value) ?? 'block';
  refuseAliased(ctx, pair?.value, l10n.t('The goals list'));
  if (!pair) return [insertPair(ctx, ctx.root, 'goals', [goal], { order: TOP_ORDER, itemStyle: 'block' })];
  return [appendItem(ctx, pair, goal, style, 'goals.yaml')];
}
