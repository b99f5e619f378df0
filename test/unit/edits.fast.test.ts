import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { applyOp, EditMemory } from '../../src/core/edits';
import { applyEdits } from '../../src/core/edits/text';
import { createContext } from '../../src/core/edits/context';
import { verifiedInSpan } from '../../src/core/edits/verify-slice';
import { sliceGoal } from '../../src/core/edits/fast';
import { parseGoals } from '../../src/core/parse';
import type { GoalOp } from '../../src/core/types';
import { at } from './helpers';

type Obj = Record<string, unknown>;

/** Applies `ops` in turn, sharing one fresh memory: on the fast path unless `memory` turns it off. */
function chain(text: string, ops: GoalOp[], memory = new EditMemory()): { text: string; reasons: string[] } {
  const reasons: string[] = [];
  for (const op of ops) {
    const r = applyOp(text, op, memory);
    if (r.ok) text = applyEdits(text, r.edits);
    else reasons.push(r.reason);
  }
  return { text, reasons };
}

/** The same ops, each on a full parse. */
function chainFull(text: string, ops: GoalOp[]): { text: string; reasons: string[] } {
  return chain(text, ops, new EditMemory({ fastPath: false }));
}

const goals = (text: string): Obj[] => (parse(text) as { goals: Obj[] }).goals;

describe('edits: the fast path cuts goals as a full parse does', () => {
  it('reads past a tab-only line and a tab-comment line inside a goal', () => {
    for (const blank of ['\t', '\t# note', ' \t ']) {
      const text = `version: 1\nvision:\n  north_star: X\ngoals:\n  - id: a\n    title: A\n${blank}\n    horizon: short\n    metric: { start: 0, target: 5, current: 1 }\n    tasks:\n      - { title: T, done: false }\n`;
      const ops: GoalOp[] = [
        { op: 'setGoalStatus', goalId: 'a', status: 'paused' },
        { op: 'addTask', goalId: 'a', task: { title: 'U' } },
        { op: 'setTaskDone', goalId: 'a', index: 0, done: true },
        { op: 'setMetricCurrent', goalId: 'a', value: 3 },
      ];
      const r = chain(text, ops);
      assert.deepEqual(r.reasons, [], JSON.stringify(blank));
      assert.deepEqual(r, chainFull(text, ops));
      const [g] = goals(r.text);
      assert.ok(g);
      assert.deepEqual(g.tasks, [{ title: 'T', done: true }, { title: 'U', done: false }]);
      assert.equal((g.metric as Obj).current, 3);
      assert.deepEqual(parseGoals(r.text).diagnostics, []);
    }
  });

  it('finds a goal whose id key is quoted or complex by that id, not by the slug of its title', () => {
    for (const idLine of ['- "id": other\n    title: A', "- 'id': other\n    title: A", '- ? id\n    : other\n    title: A']) {
      const text = `version: 1\ngoals:\n  ${idLine}\n    horizon: short\n    status: active\n  - id: a\n    title: Z\n    horizon: short\n    status: active\n`;
      const ops: GoalOp[] = [
        { op: 'setGoalStatus', goalId: 'a', status: 'done' },
        { op: 'setGoalStatus', goalId: 'a', status: 'paused' },
      ];
      const r = chain(text, ops);
      assert.deepEqual(r, chainFull(text, ops));
      const [first, second] = goals(r.text);
      assert.ok(first);
      assert.ok(second);
      assert.equal(first.status, 'active', idLine);
      assert.equal(second.status, 'paused');
    }
  });

  it('reads quoted titles and one-line flow goals as the parser does, duplicates included', () => {
    const text = "version: 1\nvision:\n  north_star: X\ngoals:\n  - title: 'It''s'\n    horizon: short\n    status: active\n  - { title: \"It's\", horizon: short, status: active }   # flow\n  - { id: it-s, title: 'a, b', horizon: short, tasks: [{ title: \"x}\", done: false }] }\n  - title: \"Tab\\there\"\n    horizon: short\n";
    const ids = parseGoals(text).model.goals.map((g) => g.id);
    assert.deepEqual(ids, ['it-s-2', 'it-s-3', 'it-s', 'tab-here']);
    for (const id of ids) {
      const ops: GoalOp[] = [
        { op: 'setGoalStatus', goalId: id, status: 'done' },
        { op: 'setGoalStatus', goalId: id, status: 'paused' },
      ];
      const r = chain(text, ops);
      assert.deepEqual(r, chainFull(text, ops), id);
      assert.deepEqual(goals(r.text).map((g) => g.status === 'paused'), ids.map((x) => x === id), id);
    }
  });

  it('keeps the trailing blank lines of a `|+` value when only that entry is parsed', () => {
    const text = 'version: 1\ngoals:\n  - id: a\n    title: A\n    why: |+\n      keep\n\n    horizon: short\n';
    const ops: GoalOp[] = [
      { op: 'setGoalStatus', goalId: 'a', status: 'done' },
      { op: 'setGoalField', goalId: 'a', field: 'why', value: 'new\n\n' },
    ];
    const r = chain(text, ops);
    assert.deepEqual(r, chainFull(text, ops));
    assert.equal(at(goals(r.text), 0).why, 'new\n\n');
  });

  it('inserts a missing status or date after the entry it follows, parsing only that entry, as a full parse does', () => {
    const many = Array.from({ length: 50 }, (_, i) => `    k${i}: v\n`).join('');
    const cases = [
      `version: 1\ngoals:\n  - id: a\n    title: A\n    horizon: short   # soon\n    # about a\n${many}  - id: b\n    title: B\n`,
      `version: 1\ngoals:\n  - id: a\n    title: A\n    why: |+\n      keep\n\n    notes: n\n  - id: b\n    title: B\n`,
      `version: 1\ngoals:\n  - title: A\n    horizon: short\n    due: 2027-01-01\n`,
      `version: 1\ngoals:\n  - id: a\n    notes: n\n    title: A\n`,
    ];
    for (const text of cases) {
      const id = parseGoals(text).model.goals[0]?.id ?? 'a';
      const ops: GoalOp[] = [
        { op: 'setGoalStatus', goalId: id, status: 'paused' },
        { op: 'setGoalField', goalId: id, field: 'start', value: '2026-01-05' },
        { op: 'setGoalField', goalId: id, field: 'flexibility', value: 'Scope can shrink' },
      ];
      const r = chain(text, ops);
      assert.deepEqual(r.reasons, [], text);
      assert.deepEqual(r, chainFull(text, ops), text);
      const g = at(goals(r.text), 0);
      assert.equal(g.status, 'paused');
      assert.equal(g.flexibility, 'Scope can shrink');
    }
    // The first case reads only the `horizon:` entry and its comment lines.
    const memory = new EditMemory();
    const [first] = cases;
    assert.ok(first);
    applyOp(first, { op: 'setGoalStatus', goalId: 'b', status: 'done' }, memory);
    const ctx = createContext(first, memory, 'a', 'status');
    assert.deepEqual(ctx.span && first.slice(ctx.span.start, ctx.span.end), '    horizon: short   # soon\n    # about a\n');
    assert.equal(ctx.span?.inserts, 'status');
  });

  it('inserts a key after a goal\'s closing `|+` value past the blank lines it keeps (a property-test counterexample)', () => {
    const text = 'version: 1\ngoals:\n- id: g0\n  title: "\\u0000"\n  horizon: short\n  why: |+\n    🚀 Launch\n\n- id: g1\n  title: Aa\n';
    const ops: GoalOp[] = [{ op: 'setGoalField', goalId: 'g0', field: 'start', value: '2020-01-01' }];
    const r = chain(text, ops);
    assert.deepEqual(r, chainFull(text, ops));
    assert.ok(r.text.includes('    🚀 Launch\n\n  start: 2020-01-01\n- id: g1\n'), r.text);
    assert.equal(at(goals(r.text), 0).why, '🚀 Launch\n\n');
  });

  it('checks an inserted entry lands right after the one it follows', () => {
    const text = 'version: 1\ngoals:\n  - id: a\n    title: A\n    horizon: short\n    why: W\n';
    const memory = new EditMemory();
    applyOp(text, { op: 'setGoalStatus', goalId: 'a', status: 'done' }, memory);
    const ctx = createContext(text, memory, 'a', 'status');
    assert.equal(ctx.span?.inserts, 'status');
    const op: GoalOp = { op: 'setGoalStatus', goalId: 'a', status: 'done' };
    const after = text.indexOf('    why');
    const good = [{ offset: after, length: 0, text: '    status: done\n' }];
    assert.equal(verifiedInSpan(ctx, applyEdits(text, good), op, good), true);
    const twice = [{ offset: after, length: 0, text: '    status: done\n    status: done\n' }];
    assert.equal(verifiedInSpan(ctx, applyEdits(text, twice), op, twice), false);
    const wrongValue = [{ offset: after, length: 0, text: '    status: paused\n' }];
    assert.equal(verifiedInSpan(ctx, applyEdits(text, wrongValue), op, wrongValue), false);
    const nested = [{ offset: after, length: 0, text: '      status: done\n' }];
    assert.equal(verifiedInSpan(ctx, applyEdits(text, nested), op, nested), false);
  });

  it('gives up rather than guess on a lone carriage return or a directive', () => {
    assert.equal(sliceGoal('version: 1\ngoals:\n  - id: a\n    title: A\r    horizon: short\n', 'a'), undefined);
    assert.equal(sliceGoal('%YAML 1.2\n---\ngoals:\n  - id: a\n    title: A\n', 'a'), undefined);
    assert.ok(sliceGoal('version: 1\ngoals:\n  - id: a\n    title: A\n', 'a'));
  });
});

describe('edits: wins and lessons are appended on the fast path', () => {
  it('appends after the last win of a long list, as a full parse does', () => {
    const wins = Array.from({ length: 3000 }, (_, i) => `  - { date: 2026-01-01, text: Win ${i} }\n`).join('');
    const text = `version: 1\nvision:\n  north_star: X\nwins:\n${wins}lessons:\n  - date: 2026-01-02\n    text: L\n\n  - date: 2026-01-03\n    text: M\n# end\n`;
    const ops: GoalOp[] = [
      { op: 'addWin', win: { date: '2026-02-01', text: 'First' } },
      { op: 'addWin', win: { date: '2026-02-02', text: 'Second', goal: 'g' } },
      { op: 'addLesson', lesson: { date: '2026-02-03', text: 'Third' } },
    ];
    const r = chain(text, ops);
    assert.deepEqual(r, chainFull(text, ops));
    const model = parse(r.text) as { wins: Obj[]; lessons: Obj[] };
    assert.equal(model.wins.length, 3002);
    assert.deepEqual(model.wins[3001], { date: '2026-02-02', text: 'Second', goal: 'g' });
    assert.deepEqual(model.lessons[2], { date: '2026-02-03', text: 'Third' });
    assert.ok(r.text.endsWith('    text: M\n\n  - date: 2026-02-03\n    text: Third\n# end\n'), r.text.slice(-80));
  });
});

describe('edits: checking a fast-path edit on its own lines', () => {
  const text = 'version: 1\nvision:\n  north_star: X\ngoals:\n  - id: a\n    title: A\n    horizon: short\n    status: active\n  - id: b\n    title: B\n    horizon: short\n';
  const op: GoalOp = { op: 'setGoalStatus', goalId: 'a', status: 'done' };

  it('confirms the intended change inside the span, and nothing else', () => {
    const ctx = createContext(text, new EditMemory(), 'a', 'status');
    assert.ok(ctx.span, 'expected the fast path');
    const at = text.indexOf('active');
    const good = [{ offset: at, length: 6, text: 'done' }];
    assert.equal(verifiedInSpan(ctx, applyEdits(text, good), op, good), true);
    const wrong = [{ offset: at, length: 6, text: 'paused' }];
    assert.equal(verifiedInSpan(ctx, applyEdits(text, wrong), op, wrong), false);
    const outside = [...good, { offset: text.indexOf('B\n'), length: 1, text: 'C' }];
    assert.equal(verifiedInSpan(ctx, applyEdits(text, outside), op, outside), false);
    const broken = [{ offset: at, length: 6, text: '"done' }];
    assert.equal(verifiedInSpan(ctx, applyEdits(text, broken), op, broken), false);
  });
});
