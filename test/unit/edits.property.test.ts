import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { applyOp, applyOps, EditMemory } from '../../src/core/edits';
import { applyEdits } from '../../src/core/edits/text';
import { createContext, findGoalNode } from '../../src/core/edits/context';
import { sliceGoal } from '../../src/core/edits/fast';
import { parseGoals } from '../../src/core/parse';
import type { GoalOp, TextEdit } from '../../src/core/types';
import { fileArb, opSeedArb, toOp, writeFile } from '../fixtures/edits/arbitraries';
import { at as itemAt } from './helpers';

type Obj = Record<string, unknown>;

const parsed = new Map<string, ReturnType<typeof parseGoals>>();

/** parseGoals, remembered for the last few texts: each run asks about the same texts many times. */
function parsedOf(text: string): ReturnType<typeof parseGoals> {
  let r = parsed.get(text);
  if (!r) {
    if (parsed.size > 16) parsed.clear();
    r = parseGoals(text);
    parsed.set(text, r);
  }
  return r;
}
const data = new Map<string, unknown>();

/** yaml.parse, remembered likewise; callers clone before changing it. */
function dataOf(text: string): Obj {
  if (!data.has(text)) {
    if (data.size > 16) data.clear();
    data.set(text, parse(text));
  }
  return data.get(text) as Obj;
}
const modelOf = (text: string): ReturnType<typeof parseGoals>['model'] => parsedOf(text).model;

/** Index in `goals:` of the goal the parser gives this id. */
function goalIndex(text: string, id: string): number | undefined {
  return modelOf(text).goals.find((g) => g.id === id)?.index;
}

/** The model's goal ids, in file order. */
const idsOf = (text: string): string[] => modelOf(text).goals.map((g) => g.id);

/**
 * The plain-data change an op is meant to make, applied to yaml.parse output of
 * `text`; undefined when the op must be refused. Goals are found by the parser's ids.
 */
function intended(text: string, op: GoalOp): Obj | undefined {
  const m = structuredClone(dataOf(text));
  const goals = (m.goals ?? []) as Obj[];
  const at = 'goalId' in op ? goalIndex(text, op.goalId) : undefined;
  const goal = at === undefined ? undefined : goals[at];
  const list = (key: string): Obj[] | undefined => (goal && Array.isArray(goal[key]) ? (goal[key] as Obj[]) : undefined);
  const drop = (o: Obj): Obj => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  switch (op.op) {
    case 'setTaskDone':
    case 'setCheckpointDone': {
      // No such item (or no list): the op is refused.
      const item = list(op.op === 'setTaskDone' ? 'tasks' : 'checkpoints')?.[op.index];
      if (item === undefined) return undefined;
      item.done = op.done;
      return m;
    }
    case 'setMetricCurrent':
    case 'setMetricField': {
      const metric = goal?.metric as Obj | undefined;
      if (!metric) return undefined;
      metric[op.op === 'setMetricCurrent' ? 'current' : op.field] = op.value;
      return m;
    }
    case 'addMetric':
      if (!goal || goal.metric) return undefined;
      goal.metric = drop({ ...op.metric, current: op.metric.current ?? op.metric.start });
      return m;
    case 'addTask':
    case 'addCheckpoint': {
      if (!goal) return undefined;
      const key = op.op === 'addTask' ? 'tasks' : 'checkpoints';
      const item = op.op === 'addTask' ? drop({ title: op.task.title, done: false, priority: op.task.priority, due: op.task.due }) : { ...op.checkpoint, done: false };
      goal[key] = [...((goal[key] as Obj[] | undefined) ?? []), item];
      return m;
    }
    case 'updateTask':
    case 'updateCheckpoint': {
      const item = list(op.op === 'updateTask' ? 'tasks' : 'checkpoints')?.[op.index];
      if (item === undefined) return undefined;
      Object.assign(item, drop(op.changes));
      return m;
    }
    case 'removeTask': {
      const items = list('tasks');
      if (!items || op.index >= items.length) return undefined;
      items.splice(op.index, 1);
      return m;
    }
    case 'setGoalField':
      if (!goal) return undefined;
      goal[op.field] = op.value;
      // Renaming a goal with no written id first writes the id it had.
      if (op.field === 'title' && !modelOf(text).goals.find((g) => g.id === op.goalId)?.explicitId) goal.id = op.goalId;
      return m;
    case 'setGoalStatus':
      if (!goal) return undefined;
      goal.status = op.status;
      return m;
    case 'setResources':
      if (!goal) return undefined;
      goal.resources = { ...(goal.resources ?? {}), ...drop(op.resources) };
      return m;
    case 'addWin':
    case 'addLesson': {
      const key = op.op === 'addWin' ? 'wins' : 'lessons';
      const entry = op.op === 'addWin' ? op.win : op.lesson;
      m[key] = [...((m[key] as Obj[] | undefined) ?? []), drop({ ...entry })];
      return m;
    }
    case 'addGoal':
      m.goals = [...goals, drop({ ...op.goal, status: 'active' })];
      return m;
    // Not generated here: test/unit/edits.adjust-due.test.ts holds its own property.
    case 'adjustDue':
      return undefined;
    case 'writeFocus': {
      const focus = { ...((m.focus as Obj | undefined) ?? {}), quarter: op.focus.quarter, goals: op.focus.goals } as Obj;
      if (op.focus.theme === undefined) delete focus.theme;
      else focus.theme = op.focus.theme;
      m.focus = focus;
      return m;
    }
  }
}

/** Start and end (past its last line) of goal `id` in `text`. */
function goalSpan(text: string, id: string): [number, number] | undefined {
  const goal = modelOf(text).goals.find((g) => g.id === id);
  if (!goal) return undefined;
  const start = text.lastIndexOf('\n', goal.range.start) + 1;
  let end = goal.range.end;
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
  const nl = text.indexOf('\n', end);
  // A goal ending in a keep-chomped block (`why: |+`) owns the blank lines after it: a
  // key inserted after that value goes after them, still inside the goal's range.
  const own = text.charAt(goal.range.end - 1) === '\n' ? goal.range.end : 0;
  return [start, Math.max(nl < 0 ? text.length : nl + 1, own)];
}

const GOAL_OPS = new Set(['setTaskDone', 'setCheckpointDone', 'setMetricCurrent', 'setMetricField', 'addMetric', 'addTask', 'updateTask', 'removeTask', 'addCheckpoint', 'updateCheckpoint', 'setGoalField', 'setGoalStatus', 'setResources']);

/** The scalar an op replaces, when the file already has it (such ops must edit within one line). */
function existingScalar(text: string, op: GoalOp): unknown {
  const at = 'goalId' in op ? goalIndex(text, op.goalId) : undefined;
  const goal = at === undefined ? undefined : ((dataOf(text).goals ?? []) as Obj[])[at];
  const metric = goal?.metric as Obj | undefined;
  switch (op.op) {
    case 'setMetricCurrent':
      return metric?.current;
    case 'setMetricField':
      return metric?.[op.field];
    case 'setGoalStatus':
      return goal?.status;
    case 'setGoalField':
      return goal?.[op.field];
    case 'setTaskDone':
    case 'setCheckpointDone':
      return ((goal?.[op.op === 'setTaskDone' ? 'tasks' : 'checkpoints'] ?? []) as Obj[])[op.index]?.done;
    // These add, remove or rewrite whole entries: no single scalar is replaced.
    case 'addMetric':
    case 'addTask':
    case 'updateTask':
    case 'removeTask':
    case 'addCheckpoint':
    case 'updateCheckpoint':
    case 'setResources':
    case 'addWin':
    case 'addLesson':
    case 'addGoal':
    case 'writeFocus':
    case 'adjustDue':
      return undefined;
  }
}

/** Ops that may remove list items, and the comments on them. */
const DROPS_ITEMS = new Set(['removeTask', 'writeFocus', 'setResources']);

/** The comments the generator writes (`# goal 1`, `# tool 0`, …), as they appear in the text. */
function comments(text: string): string[] {
  return [...text.matchAll(/(?<=\s)# [^\r\n]*/g)].map((m) => m[0]);
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Whether `pos` falls between the two halves of a surrogate pair in `s`. */
const splitsPair = (s: string, pos: number): boolean => pos > 0 && pos < s.length && isHigh(s.charCodeAt(pos - 1)) && isLow(s.charCodeAt(pos));

/** Every edit starts and ends on a code point boundary, and its text holds no half pair at either end. */
function onCodePoints(text: string, edits: readonly TextEdit[]): void {
  for (const e of edits) {
    assert.ok(!splitsPair(text, e.offset) && !splitsPair(text, e.offset + e.length), `edit ${JSON.stringify(e)} splits a surrogate pair`);
    assert.ok(!(e.text && (isLow(e.text.charCodeAt(0)) || isHigh(e.text.charCodeAt(e.text.length - 1)))), `edit text ${JSON.stringify(e.text)} has a half pair`);
  }
}

/** Diagnostic codes, counted. */
function codes(text: string): Map<string, number> {
  const n = new Map<string, number>();
  for (const d of parsedOf(text).diagnostics) n.set(d.code, (n.get(d.code) ?? 0) + 1);
  return n;
}

/**
 * The re-parse of `after` has no diagnostic that neither `before` nor the intended
 * data written out by yaml itself has: an edit may make the data say something the
 * checks warn about (a due date before the start), never make the file worse. (yaml
 * writes `id: 1e3` back as `1000`, so the source's own diagnostics count too.)
 */
function noNewDiagnostics(before: string, after: string, want: Obj): void {
  const was = codes(before);
  const expected = codes(stringify(want));
  for (const [code, count] of codes(after)) {
    assert.ok(count <= Math.max(was.get(code) ?? 0, expected.get(code) ?? 0), `new diagnostic ${code}: ${JSON.stringify(parsedOf(after).diagnostics.filter((d) => d.code === code))}`);
  }
  // yaml's own duplicate-key check, which the edit context no longer runs on each parse.
  assert.doesNotThrow(() => createContext(after, new EditMemory()), 'the edited file is refused');
}

/** The result of `op` on `text` on a full parse, then on the fast path. */
function bothWays(text: string, op: GoalOp): { full: ReturnType<typeof applyOp>; fast: ReturnType<typeof applyOp> } {
  // One memory: the fast run finds the text known clean from the full run, as a second op would.
  const memory = new EditMemory({ fastPath: false });
  const full = applyOp(text, op, memory);
  memory.fastPath = true;
  return { full, fast: applyOp(text, op, memory) };
}

describe('edits: properties', () => {
  it('an op makes exactly its intended change to the data, inside the target goal, in the file\'s line endings', () => {
    fc.assert(
      fc.property(fileArb, opSeedArb, (file, seed) => {
        const before = writeFile(file);
        assert.ok(parsedOf(before).syntaxOk, 'the generator wrote a broken file');
        const op = toOp(seed, idsOf(before));
        const want = intended(before, op);
        const { full: r, fast } = bothWays(before, op);
        // The second call takes the fast path (only the goal is parsed): it must agree with the full parse.
        assert.deepEqual(fast, r, 'fast path and full parse disagree');
        if (!want) {
          assert.equal(r.ok, false, `expected a refusal for ${JSON.stringify(op)}`);
          return;
        }
        assert.ok(r.ok, r.ok ? '' : `${r.reason} for ${JSON.stringify(op)}`);
        onCodePoints(before, r.edits);
        const after = applyEdits(before, r.edits);
        assert.deepEqual(parse(after), want);
        // Outside the edits nothing changes by construction; the edits must stay in the goal they target.
        if (GOAL_OPS.has(op.op) && 'goalId' in op) {
          const [from, to] = goalSpan(before, op.goalId) ?? [0, 0];
          for (const e of r.edits) assert.ok(e.offset >= from && e.offset + e.length <= to, `edit ${JSON.stringify(e)} outside goal [${from}, ${to})`);
        }
        const old = existingScalar(before, op);
        // A block scalar (`why: |2-`) stays a block, over its own lines.
        const blockWhy = op.op === 'setGoalField' && op.field === 'why' && file.goals.some((g) => g.whyStyle !== 'line');
        // A rename of a goal with no written id also pins its id on a line of its own.
        const pinsId = op.op === 'setGoalField' && op.field === 'title' && !modelOf(before).goals.find((g) => g.id === op.goalId)?.explicitId;
        if (old !== undefined && !blockWhy && !pinsId) {
          for (const e of r.edits) assert.ok(!e.text.includes('\n') && !before.slice(e.offset, e.offset + e.length).includes('\n'), 'an in-place change spilled over lines');
        }
        // Comments stay, unless the op drops the item or list entry they sit on.
        if (!DROPS_ITEMS.has(op.op)) for (const note of comments(before)) assert.ok(after.includes(note), `comment ${JSON.stringify(note)} lost`);
        if (file.crlf) assert.ok(!/[^\r]\n/.test(after), 'a bare LF slipped into a CRLF file');
        else assert.ok(!after.includes('\r'), 'a CR slipped into an LF file');
        noNewDiagnostics(before, after, want);
      }),
      { numRuns: 200 },
    );
  });

  it('the fast path finds each goal from its own lines, as the full parse finds it', () => {
    fc.assert(
      fc.property(fileArb, (file) => {
        const text = writeFile(file);
        const ctx = createContext(text, new EditMemory());
        for (const id of idsOf(text)) {
          const fast = sliceGoal(text, id);
          // The scan may give up (the caller then parses in full), but never find another goal.
          if (fast) assert.deepEqual(fast.range, findGoalNode(ctx, id).range, id);
          else assert.ok(file.anchors, `${id} not found by the line scan`);
        }
        assert.equal(sliceGoal(text, 'absent'), undefined);
      }),
      { numRuns: 100 },
    );
  });

  it('ops in a row on the fast path equal the same ops one at a time on full parses, and applyOps hunks turn the original into the final text', () => {
    fc.assert(
      fc.property(fileArb, fc.array(opSeedArb, { minLength: 1, maxLength: 4 }), (file, seeds) => {
        const before = writeFile(file);
        const ops = seeds.map((s) => toOp(s, idsOf(before)));
        const r = applyOps(before, ops, new EditMemory());
        assert.equal(r.applied.length + r.failed.length, ops.length);
        assert.equal(applyEdits(before, r.edits), r.text);
        onCodePoints(before, r.edits);
        for (let i = 1; i < r.edits.length; i++) assert.ok(itemAt(r.edits, i).offset >= itemAt(r.edits, i - 1).offset + itemAt(r.edits, i - 1).length);
        let replay = before;
        const failed: GoalOp[] = [];
        const full = new EditMemory({ fastPath: false });
        for (const op of ops) {
          const one = applyOp(replay, op, full);
          if (one.ok) replay = applyEdits(replay, one.edits);
          else failed.push(op);
        }
        assert.equal(replay, r.text);
        assert.deepEqual(failed, r.failed.map((f) => f.op));
      }),
      { numRuns: 100 },
    );
  });
});
