/**
 * The change an op is meant to make, on plain data (what `yaml` reads the file as).
 * Edits are splices of text; this is the independent statement of what they must
 * amount to, so that every edit can be checked against it before anything is written.
 * Where the op acts (which goal, which item) comes in as {@link Located}.
 */
import { primitiveText } from '../text/primitive-text';
import type { GoalOp, NewGoal } from '../types';

/** A YAML mapping read as plain data. */
export type Plain = Record<string, unknown>;

function isPlain(v: unknown): v is Plain {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Where an op acts, found in the text before it by the editor's own lookups (goal ids
 * as the parser gives them, items by index or title), so that this module needs no
 * rules of its own for finding things.
 */
export interface Located {
  /** Index in `goals` of the goal the op targets. */
  goal?: number;
  /** Index of the task or checkpoint the op targets. */
  item?: number;
  /** The goal has no written id, so renaming it writes the id it had. */
  pinId?: boolean;
  /** The id a new goal gets. */
  newId?: string;
}

/**
 * A value as text, spelled as the editor spells it: nothing as '', a number or boolean as
 * JavaScript writes it. A bare title that is a timestamp (`!!timestamp`, YAML 1.1) is
 * spelled by String, as the item edit does; lists and objects have no text (the value
 * checks refuse them), and their JSON here never matches what an edit wrote.
 */
const str = (v: unknown): string => (v === undefined || v === null ? '' : v instanceof Date ? String(v) : (primitiveText(v) ?? JSON.stringify(v)));
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v));
/** An object without its undefined entries, as renderers skip them. */
const defined = (o: Plain): Plain => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
const optional = <T>(v: T | undefined, f: (x: T) => unknown): unknown => (v === undefined ? undefined : f(v));

/** Writes `changes` into item `i` of `items` the way `editItem` does: a bare title becomes a map. */
function editItem(items: unknown[], i: number, changes: Plain): void {
  const item = items[i];
  items[i] = isPlain(item) ? { ...item, ...changes } : { title: str(item), ...changes };
}

/**
 * `before` with the change `op` is meant to make at `at`, or undefined when the op
 * has no target there (it would have been refused). `before` is not modified.
 */
export function intendedData(before: Plain | null, op: GoalOp, at: Located): Plain | undefined {
  const m: Plain = structuredClone(before ?? {});
  const goals = Array.isArray(m.goals) ? (m.goals as unknown[]) : [];
  const goal = at.goal === undefined ? undefined : goals[at.goal];
  if ('goalId' in op && !isPlain(goal)) return undefined;
  const g = goal as Plain;
  const list = (key: string): unknown[] | undefined => (Array.isArray(g[key]) ? (g[key] as unknown[]) : undefined);
  const i = at.item ?? -1;
  switch (op.op) {
    case 'setTaskDone':
    case 'setCheckpointDone': {
      const items = list(op.op === 'setTaskDone' ? 'tasks' : 'checkpoints');
      if (!items || i < 0 || i >= items.length) return undefined;
      // A bare title is already not done; only ticking it turns it into a map.
      if (isPlain(items[i]) || op.done) editItem(items, i, { done: op.done });
      return m;
    }
    case 'setMetricCurrent':
    case 'setMetricField': {
      if (!isPlain(g.metric)) return undefined;
      const field = op.op === 'setMetricCurrent' ? 'current' : op.field;
      g.metric[field] = field === 'name' || field === 'unit' ? str(op.value) : num(op.value);
      return m;
    }
    case 'addMetric': {
      const x = op.metric;
      g.metric = defined({ name: str(x.name), unit: optional(x.unit, str), start: num(x.start), target: num(x.target), current: num(x.current ?? x.start) });
      return m;
    }
    case 'addTask':
    case 'addCheckpoint': {
      const key = op.op === 'addTask' ? 'tasks' : 'checkpoints';
      const item =
        op.op === 'addTask'
          ? defined({ title: str(op.task.title), done: false, priority: op.task.priority, due: optional(op.task.due, str) })
          : { title: str(op.checkpoint.title), date: str(op.checkpoint.date), done: false };
      g[key] = [...(list(key) ?? []), item];
      return m;
    }
    case 'updateTask':
    case 'updateCheckpoint': {
      const items = list(op.op === 'updateTask' ? 'tasks' : 'checkpoints');
      if (!items || i < 0 || i >= items.length) return undefined;
      const c = op.changes as Record<string, unknown>;
      const changes = defined(
        op.op === 'updateTask'
          ? { title: optional(c.title, str), priority: c.priority, due: optional(c.due, str) }
          : { title: optional(c.title, str), date: optional(c.date, str) },
      );
      if (Object.keys(changes).length > 0) editItem(items, i, changes);
      return m;
    }
    case 'removeTask': {
      const items = list('tasks');
      if (!items || i < 0 || i >= items.length) return undefined;
      items.splice(i, 1);
      return m;
    }
    case 'setGoalField':
      // Renaming a goal without an id first pins the id it had.
      if (op.field === 'title' && at.pinId) g.id = op.goalId;
      g[op.field] = str(op.value);
      return m;
    case 'setGoalStatus':
      g.status = op.status;
      return m;
    case 'adjustDue': {
      // `from` is whatever due date the file held; an op on a goal without one is refused.
      if (typeof g.due !== 'string') return undefined;
      const entry = { date: str(op.date), from: g.due, to: str(op.to), reason: str(op.reason) };
      g.due = str(op.to);
      g.adjustments = [...(list('adjustments') ?? []), entry];
      return m;
    }
    case 'setResources': {
      const r = op.resources;
      const given = defined({ time: optional(r.time, str), learning: r.learning?.map(str), tools: r.tools?.map(str) });
      if (Object.keys(given).length > 0) g.resources = { ...(isPlain(g.resources) ? g.resources : {}), ...given };
      return m;
    }
    case 'addWin':
    case 'addLesson': {
      const key = op.op === 'addWin' ? 'wins' : 'lessons';
      const e = op.op === 'addWin' ? op.win : op.lesson;
      const entry = defined({ date: str(e.date), text: str(e.text), goal: e.goal === undefined || e.goal === '' ? undefined : str(e.goal) });
      m[key] = [...(Array.isArray(m[key]) ? (m[key] as unknown[]) : []), entry];
      return m;
    }
    case 'addGoal':
      if (at.newId === undefined) return undefined;
      m.goals = [...goals, newGoalData(at.newId, op.goal)];
      return m;
    case 'writeFocus': {
      const f = op.focus;
      const focus: Plain = { ...(isPlain(m.focus) ? m.focus : {}), quarter: str(f.quarter), goals: f.goals.map(str) };
      if (f.theme === undefined || f.theme === '') delete focus.theme;
      else focus.theme = str(f.theme);
      m.focus = focus;
      return m;
    }
    default:
      return undefined;
  }
}

/** A new goal as `addGoal` writes it, with the id it gets. */
function newGoalData(id: string, n: NewGoal): Plain {
  const x = n.metric;
  return defined({
    id,
    title: str(n.title),
    horizon: n.horizon,
    status: 'active',
    why: optional(n.why, str),
    values: n.values?.map(str),
    parent: optional(n.parent, str),
    start: optional(n.start, str),
    due: optional(n.due, str),
    metric: x === undefined ? undefined : defined({ name: str(x.name), unit: optional(x.unit, str), start: num(x.start), target: num(x.target), current: num(x.current ?? x.start) }),
  });
}

/** Deep equality of plain data; the order of keys in a mapping does not count. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameData(x, bb[i]));
  }
  const ka = Object.keys(a);
  const bo = b as Plain;
  return ka.length === Object.keys(bo).length && ka.every((k) => Object.prototype.hasOwnProperty.call(bo, k) && sameData((a as Plain)[k], bo[k]));
}
