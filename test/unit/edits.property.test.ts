import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parse, parseDocument, isMap, type YAMLMap, type YAMLSeq } from 'yaml';
import { applyEdits, applyOp, applyOps } from '../../src/core/edits';
import { sliceGoal } from '../../src/core/edits/fast';
import { parseGoals } from '../../src/core/parse';
import type { GoalOp } from '../../src/core/types';
import { fileArb, opSeedArb, toOp, writeFile } from '../fixtures/edits/arbitraries';

type Obj = Record<string, unknown>;

/** The plain-data change an op is meant to make, applied to yaml.parse output; undefined when the op must be refused. */
function intended(before: Obj, op: GoalOp): Obj | undefined {
  const m = structuredClone(before);
  const goals = (m.goals ?? []) as Obj[];
  const goal = 'goalId' in op ? goals.find((g) => g.id === op.goalId) : undefined;
  const list = (key: string): Obj[] | undefined => (goal && Array.isArray(goal[key]) ? (goal[key] as Obj[]) : undefined);
  const drop = (o: Obj): Obj => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  switch (op.op) {
    case 'setTaskDone':
    case 'setCheckpointDone': {
      const items = list(op.op === 'setTaskDone' ? 'tasks' : 'checkpoints');
      if (!items || op.index >= items.length) return undefined;
      items[op.index].done = op.done;
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
      const items = list(op.op === 'updateTask' ? 'tasks' : 'checkpoints');
      if (!items || op.index >= items.length) return undefined;
      Object.assign(items[op.index], drop(op.changes));
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
      return m;
    case 'setGoalStatus':
      if (!goal) return undefined;
      goal.status = op.status;
      return m;
    case 'setResources':
      if (!goal) return undefined;
      goal.resources = { ...((goal.resources as Obj | undefined) ?? {}), ...drop(op.resources) };
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
  const seq = (parseDocument(text).contents as YAMLMap).get('goals') as YAMLSeq;
  const goal = seq.items.find((g) => isMap(g) && g.get('id') === id) as YAMLMap | undefined;
  if (!goal?.range) return undefined;
  const start = text.lastIndexOf('\n', goal.range[0]) + 1;
  let end = goal.range[1];
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  const nl = text.indexOf('\n', end);
  return [start, nl < 0 ? text.length : nl + 1];
}

const GOAL_OPS = new Set(['setTaskDone', 'setCheckpointDone', 'setMetricCurrent', 'setMetricField', 'addMetric', 'addTask', 'updateTask', 'removeTask', 'addCheckpoint', 'updateCheckpoint', 'setGoalField', 'setGoalStatus', 'setResources']);

/** The scalar an op replaces, when the file already has it (such ops must edit within one line). */
function existingScalar(model: Obj, op: GoalOp): unknown {
  const goal = 'goalId' in op ? ((model.goals ?? []) as Obj[]).find((g) => g.id === op.goalId) : undefined;
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
    default:
      return undefined;
  }
}

describe('edits: properties', () => {
  it('an op makes exactly its intended change to the data, inside the target goal, in the file\'s line endings', () => {
    fc.assert(
      fc.property(fileArb, opSeedArb, (file, seed) => {
        const before = writeFile(file);
        const op = toOp(seed, file.goals.length);
        const model = parse(before) as Obj;
        const want = intended(model, op);
        const r = applyOp(before, op);
        // The second call takes the fast path (only the goal is parsed): it must agree with the full parse.
        assert.deepEqual(applyOp(before, op), r, 'fast path and full parse disagree');
        if (!want) {
          assert.equal(r.ok, false, `expected a refusal for ${JSON.stringify(op)}`);
          return;
        }
        assert.ok(r.ok, r.ok ? '' : `${r.reason} for ${JSON.stringify(op)}`);
        const after = applyEdits(before, r.edits);
        assert.deepEqual(parse(after), want);
        // Outside the edits nothing changes by construction; the edits must stay in the goal they target.
        if (GOAL_OPS.has(op.op) && 'goalId' in op) {
          const [from, to] = goalSpan(before, op.goalId) ?? [0, 0];
          for (const e of r.edits) assert.ok(e.offset >= from && e.offset + e.length <= to, `edit ${JSON.stringify(e)} outside goal [${from}, ${to})`);
        }
        if (existingScalar(model, op) !== undefined) {
          for (const e of r.edits) assert.ok(!e.text.includes('\n') && !before.slice(e.offset, e.offset + e.length).includes('\n'), 'an in-place change spilled over lines');
        }
        if (file.crlf) assert.ok(!/[^\r]\n/.test(after), 'a bare LF slipped into a CRLF file');
        else assert.ok(!after.includes('\r'), 'a CR slipped into an LF file');
        assert.ok(parseGoals(after).syntaxOk);
      }),
      { numRuns: 400 },
    );
  });

  it('the fast path finds each goal from its own lines, with the ranges of a full parse', () => {
    fc.assert(
      fc.property(fileArb, (file) => {
        const text = writeFile(file);
        const seq = (parseDocument(text).contents as YAMLMap).get('goals') as YAMLSeq;
        file.goals.forEach((_, i) => {
          const fast = sliceGoal(text, `g${i}`);
          assert.ok(fast, `g${i} not found by the line scan`);
          assert.deepEqual(fast.range, (seq.items[i] as YAMLMap).range);
        });
        assert.equal(sliceGoal(text, 'absent'), undefined);
      }),
      { numRuns: 200 },
    );
  });

  it('applyOps edits turn the original into the final text, and hunks do not overlap', () => {
    fc.assert(
      fc.property(fileArb, fc.array(opSeedArb, { minLength: 1, maxLength: 4 }), (file, seeds) => {
        const before = writeFile(file);
        const ops = seeds.map((s) => toOp(s, file.goals.length));
        const r = applyOps(before, ops);
        assert.equal(r.applied.length + r.failed.length, ops.length);
        assert.equal(applyEdits(before, r.edits), r.text);
        for (let i = 1; i < r.edits.length; i++) assert.ok(r.edits[i].offset >= r.edits[i - 1].offset + r.edits[i - 1].length);
        let replay = before;
        for (const op of r.applied) {
          const one = applyOp(replay, op);
          assert.ok(one.ok);
          replay = applyEdits(replay, one.edits);
        }
        assert.equal(replay, r.text);
      }),
      { numRuns: 150 },
    );
  });
});
