/**
 * Checks messages that arrive from the review webview. The webview is our own code,
 * but its input is whatever the person typed (and a compromised page could post
 * anything), so the host accepts only well-formed, bounded data. Validation copies
 * the accepted fields into a fresh object: unknown keys are dropped, never trusted.
 */
import { parseIsoDay } from '../core/time/dates';
import { PRIORITIES, type Priority } from '../core/model';
import type { DashboardWebviewMessage } from './dashboard-protocol';
import {
  ALIGNMENT_DECISIONS,
  GOAL_DECISIONS,
  type CheckpointChange,
  type GoalDraft,
  type NewEntryDraft,
  type ReviewDraft,
  type TaskChange,
  type WebviewMessage,
} from './protocol';

/**
 * Size limits, generous for people and tight for runaway input.
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export const LIMITS = {
  /** Titles, reasons, short notes. */
  text: 2_000,
  /** Prompt answers and free notes. */
  longText: 20_000,
  /** Items in any list. */
  list: 200,
  /** Goals in a draft. */
  goals: 500,
  id: 200,
  path: 1_000,
} as const;

export type ValidationResult = { ok: true; message: WebviewMessage } | { ok: false; error: string };

class Invalid extends Error {}

type Obj = Record<string, unknown>;

function fail(path: string, what: string): never {
  throw new Invalid(`${path} ${what}`);
}

function obj(v: unknown, path: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, 'must be an object');
  return v as Obj;
}

function str(v: unknown, path: string, max: number = LIMITS.text): string {
  if (typeof v !== 'string') fail(path, 'must be text');
  if (v.length > max) fail(path, `is too long (${v.length} characters, at most ${max})`);
  return v;
}

function nonEmpty(v: unknown, path: string, max: number = LIMITS.text): string {
  const s = str(v, path, max);
  if (s.trim() === '') fail(path, 'must not be empty');
  return s;
}

function bool(v: unknown, path: string): boolean {
  if (typeof v !== 'boolean') fail(path, 'must be true or false');
  return v;
}

function num(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(path, 'must be a finite number');
  return v;
}

function index(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 100_000) fail(path, 'must be a non-negative whole number');
  return v;
}

function date(v: unknown, path: string): string {
  const s = str(v, path, 10);
  const r = parseIsoDay(s);
  if (r === 'format') fail(path, `must be a date written YYYY-MM-DD (got "${s}")`);
  if (r === 'impossible') fail(path, `is not a real calendar date ("${s}")`);
  return s;
}

function priority(v: unknown, path: string): Priority {
  if (!(PRIORITIES as readonly unknown[]).includes(v)) fail(path, `must be one of ${PRIORITIES.join(', ')}`);
  return v as Priority;
}

function oneOf<T extends string>(v: unknown, options: readonly T[], path: string): T {
  if (!(options as readonly unknown[]).includes(v)) fail(path, `must be one of ${options.join(', ')}`);
  return v as T;
}

function list<T>(v: unknown, path: string, item: (x: unknown, p: string) => T): T[] {
  if (!Array.isArray(v)) fail(path, 'must be a list');
  if (v.length > LIMITS.list) fail(path, `has too many items (${v.length}, at most ${LIMITS.list})`);
  return v.map((x, i) => item(x, `${path}[${i}]`));
}

/** Copies `o[key]` through `check` when present (undefined counts as absent). */
function opt<T>(o: Obj, key: string, path: string, check: (v: unknown, p: string) => T): T | undefined {
  return o[key] === undefined ? undefined : check(o[key], `${path}.${key}`);
}

/** Like `opt`, but `null` is kept: it means "clear this field". */
function optNullable<T>(o: Obj, key: string, path: string, check: (v: unknown, p: string) => T): T | null | undefined {
  return o[key] === null ? null : opt(o, key, path, check);
}

function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

function taskChange(v: unknown, p: string): TaskChange {
  const o = obj(v, p);
  return compact({
    index: index(o.index, `${p}.index`),
    title: str(o.title, `${p}.title`),
    done: opt(o, 'done', p, bool),
    dropped: opt(o, 'dropped', p, bool),
    priority: optNullable(o, 'priority', p, priority),
    due: optNullable(o, 'due', p, date),
  });
}

function checkpointChange(v: unknown, p: string): CheckpointChange {
  const o = obj(v, p);
  return compact({
    index: index(o.index, `${p}.index`),
    title: str(o.title, `${p}.title`),
    done: opt(o, 'done', p, bool),
    date: opt(o, 'date', p, date),
  });
}

function goalDraft(v: unknown, p: string): GoalDraft {
  const o = obj(v, p);
  const strings = (x: unknown, q: string) => list(x, q, (s, r) => str(s, r));
  return compact({
    tasks: opt(o, 'tasks', p, (x, q) => list(x, q, taskChange)),
    newTasks: opt(o, 'newTasks', p, (x, q) =>
      list(x, q, (t, r) => {
        const to = obj(t, r);
        return compact({ title: nonEmpty(to.title, `${r}.title`), priority: opt(to, 'priority', r, priority), due: opt(to, 'due', r, date) });
      }),
    ),
    checkpoints: opt(o, 'checkpoints', p, (x, q) => list(x, q, checkpointChange)),
    newCheckpoints: opt(o, 'newCheckpoints', p, (x, q) =>
      list(x, q, (c, r) => {
        const co = obj(c, r);
        return { title: nonEmpty(co.title, `${r}.title`), date: date(co.date, `${r}.date`) };
      }),
    ),
    metric: opt(o, 'metric', p, (x, q) => {
      const mo = obj(x, q);
      return compact({ current: opt(mo, 'current', q, num), target: opt(mo, 'target', q, num), unit: opt(mo, 'unit', q, (u, r) => str(u, r)) });
    }),
    newMetric: opt(o, 'newMetric', p, (x, q) => {
      const mo = obj(x, q);
      return compact({
        name: nonEmpty(mo.name, `${q}.name`),
        unit: opt(mo, 'unit', q, (u, r) => str(u, r)),
        start: num(mo.start, `${q}.start`),
        target: num(mo.target, `${q}.target`),
        current: opt(mo, 'current', q, num),
      });
    }),
    alignment: opt(o, 'alignment', p, (x, q) => {
      const ao = obj(x, q);
      return compact({ decision: oneOf(ao.decision, ALIGNMENT_DECISIONS, `${q}.decision`), note: opt(ao, 'note', q, (n, r) => str(n, r)) });
    }),
    decision: opt(o, 'decision', p, (x, q) => {
      const d = obj(x, q);
      return compact({
        decision: oneOf(d.decision, GOAL_DECISIONS, `${q}.decision`),
        reason: opt(d, 'reason', q, (n, r) => str(n, r)),
        title: opt(d, 'title', q, (n, r) => nonEmpty(n, r)),
        due: opt(d, 'due', q, date),
        target: opt(d, 'target', q, num),
      });
    }),
    resources: opt(o, 'resources', p, (x, q) => {
      const ro = obj(x, q);
      return compact({ time: opt(ro, 'time', q, (n, r) => str(n, r)), learning: opt(ro, 'learning', q, strings), tools: opt(ro, 'tools', q, strings) });
    }),
    flexibility: opt(o, 'flexibility', p, (x, q) => str(x, q)),
  });
}

function entry(v: unknown, p: string): NewEntryDraft {
  const o = obj(v, p);
  return compact({ text: nonEmpty(o.text, `${p}.text`), goalId: opt(o, 'goalId', p, (x, q) => str(x, q, LIMITS.id)) });
}

/** Sets an own property even for keys like `__proto__`, so no key can reach a prototype. */
function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Validates and copies a draft; throws `Invalid` (caught by the caller). */
function draft(v: unknown, p: string): ReviewDraft {
  const o = obj(v, p);
  const goalsIn = obj(o.goals ?? {}, `${p}.goals`);
  const ids = Object.keys(goalsIn);
  if (ids.length > LIMITS.goals) fail(`${p}.goals`, `has too many goals (${ids.length}, at most ${LIMITS.goals})`);
  const goals: Record<string, GoalDraft> = {};
  for (const id of ids) {
    str(id, `${p}.goals key`, LIMITS.id);
    setOwn(goals, id, goalDraft(goalsIn[id], `${p}.goals["${id.slice(0, 40)}"]`));
  }
  const answersIn = obj(o.answers ?? {}, `${p}.answers`);
  const answerKeys = Object.keys(answersIn);
  if (answerKeys.length > LIMITS.list) fail(`${p}.answers`, `has too many answers (at most ${LIMITS.list})`);
  const answers: Record<string, string> = {};
  for (const k of answerKeys) setOwn(answers, str(k, `${p}.answers key`), str(answersIn[k], `${p}.answers["${k.slice(0, 40)}"]`, LIMITS.longText));
  return compact({
    goals,
    wins: list(o.wins ?? [], `${p}.wins`, entry),
    lessons: list(o.lessons ?? [], `${p}.lessons`, entry),
    answers,
    focus: opt(o, 'focus', p, (x, q) => {
      const fo = obj(x, q);
      return compact({ goals: list(fo.goals, `${q}.goals`, (g, r) => nonEmpty(g, r, LIMITS.id)), theme: opt(fo, 'theme', q, (t, r) => str(t, r)) });
    }),
    notes: opt(o, 'notes', p, (x, q) => str(x, q, LIMITS.longText)),
  });
}

/**
 * Checks a message from the webview. Never throws: returns a copy holding only the
 * known fields, or an error naming the first offending field.
 */
export function validateWebviewMessage(raw: unknown): ValidationResult {
  try {
    const o = obj(raw, 'message');
    const type = o.type;
    switch (type) {
      case 'ready':
      case 'discard':
        return { ok: true, message: { type } };
      case 'draftChanged':
        return { ok: true, message: { type, draft: draft(o.draft, 'draft'), dirty: bool(o.dirty, 'dirty') } };
      case 'complete':
        return { ok: true, message: { type, draft: draft(o.draft, 'draft') } };
      case 'copySummary':
      case 'saveJournalOnly':
        return { ok: true, message: compact({ type, draft: opt(o, 'draft', 'message', draft) }) };
      case 'openGoal':
        return { ok: true, message: { type, goalId: nonEmpty(o.goalId, 'goalId', LIMITS.id) } };
      case 'openJournal':
        return { ok: true, message: { type, path: nonEmpty(o.path, 'path', LIMITS.path) } };
      case 'addWorkWin': {
        const hash = nonEmpty(o.hash, 'hash', 64);
        if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(hash)) throw new Invalid('hash must be a full commit hash');
        return { ok: true, message: { type, goalId: nonEmpty(o.goalId, 'goalId', LIMITS.id), hash } };
      }
      default:
        return { ok: false, error: `Unknown message type ${JSON.stringify(typeof type === 'string' ? type.slice(0, 40) : type) ?? 'undefined'}.` };
    }
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: `Invalid message: ${e.message}.` };
    return { ok: false, error: `Invalid message: ${String(e)}` };
  }
}

/** Result of validating a message from the dashboard webview. */
export type DashboardValidation = { ok: true; message: DashboardWebviewMessage } | { ok: false; error: string };

/** Validates a message from the dashboard webview; never throws. */
export function validateDashboardMessage(raw: unknown): DashboardValidation {
  try {
    const o = obj(raw, 'message');
    switch (o.type) {
      case 'ready':
        return { ok: true, message: { type: 'ready' } };
      case 'openPoint': {
        const source = o.source;
        if (source !== 'review' && source !== 'commit') return fail('source', 'must be "review" or "commit"');
        const ref = nonEmpty(o.ref, 'ref', LIMITS.path);
        // A commit is named by its hash; anything else could name another object to git.
        if (source === 'commit' && !/^[0-9a-f]{7,64}$/.test(ref)) return fail('ref', 'must be a commit hash');
        return { ok: true, message: { type: 'openPoint', source, ref } };
      }
      case 'startReview': {
        const kind = o.kind;
        if (kind !== 'weekly' && kind !== 'monthly' && kind !== 'quarterly') return fail('kind', 'must be weekly, monthly or quarterly');
        return { ok: true, message: { type: 'startReview', kind } };
      }
      default:
        return { ok: false, error: `Unknown message type ${JSON.stringify(typeof o.type === 'string' ? o.type.slice(0, 40) : o.type) ?? 'undefined'}.` };
    }
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: `Invalid message: ${e.message}.` };
    return { ok: false, error: `Invalid message: ${String(e)}` };
  }
}
