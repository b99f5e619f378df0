import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { applyOp, EditMemory } from '../../src/core/edits';
import { applyEdits } from '../../src/core/edits/text';
import { resolveGoalIds } from '../../src/core/parse/goal-ids';
import { parseGoals } from '../../src/core/parse';
import type { GoalOp } from '../../src/core/types';

type Obj = Record<string, unknown>;

/** Status of each goal after `op`, on a full parse and again on the fast path. */
function statusesAfter(text: string, op: GoalOp): unknown[][] {
  const out: unknown[][] = [];
  for (const fast of [false, true]) {
    const r = applyOp(text, op, new EditMemory({ fastPath: fast }));
    assert.ok(r.ok, r.ok ? '' : r.reason);
    out.push(((parse(applyEdits(text, r.edits)) as { goals: Obj[] }).goals ?? []).map((g) => g.status));
  }
  return out;
}

/** The ids the model gives, in file order. */
const modelIds = (text: string): string[] => parseGoals(text).model.goals.map((g) => g.id);

describe('edits: a goal id reaches the goal the model shows', () => {
  it('resolves a title slug that clashes with a written id as the parser does', () => {
    const text = 'version: 1\ngoals:\n  - title: Learn Rust\n    horizon: short\n  - id: learn-rust\n    title: Other\n    horizon: short\n';
    assert.deepEqual(modelIds(text), ['learn-rust-2', 'learn-rust']);
    for (const s of statusesAfter(text, { op: 'setGoalStatus', goalId: 'learn-rust', status: 'paused' })) assert.deepEqual(s, [undefined, 'paused']);
    for (const s of statusesAfter(text, { op: 'setGoalStatus', goalId: 'learn-rust-2', status: 'paused' })) assert.deepEqual(s, ['paused', undefined]);
  });

  it('edits the second of two goals written with the same id as `a-2`', () => {
    const text = 'version: 1\ngoals:\n  - id: a\n    title: One\n    horizon: short\n  - id: a\n    title: Two\n    horizon: short\n';
    assert.deepEqual(modelIds(text), ['a', 'a-2']);
    for (const s of statusesAfter(text, { op: 'setGoalStatus', goalId: 'a-2', status: 'done' })) assert.deepEqual(s, [undefined, 'done']);
  });

  it('edits goals whose titles or ids look like numbers, by their source text', () => {
    for (const [line, id] of [
      ['title: 1e3', '1e3'],
      ['title: 0x10', '0x10'],
      ['title: .5', '5'],
      ['title: 007', '007'],
      ['id: 007\n    title: T', '007'],
      ['id: 1.10\n    title: T', '1.10'],
      ['id: 1e3\n    title: T', '1e3'],
      ['id: true\n    title: T', 'true'],
    ] as const) {
      const text = `version: 1\ngoals:\n  - ${line}\n    horizon: short\n`;
      assert.deepEqual(modelIds(text), [id], line);
      for (const s of statusesAfter(text, { op: 'setGoalStatus', goalId: id, status: 'done' })) assert.deepEqual(s, ['done'], line);
    }
  });

  it('renames a goal read as `x-2` by pinning that id, so references stay put', () => {
    const text = 'version: 1\ngoals:\n  - id: x\n    title: X\n    horizon: short\n  - title: X\n    horizon: short\n';
    assert.deepEqual(modelIds(text), ['x', 'x-2']);
    const r = applyOp(text, { op: 'setGoalField', goalId: 'x-2', field: 'title', value: 'Renamed' });
    assert.ok(r.ok, r.ok ? '' : r.reason);
    assert.deepEqual(modelIds(applyEdits(text, r.edits)), ['x', 'x-2']);
  });

  it('gives a new goal an id no goal reads as, duplicates included', () => {
    const text = 'version: 1\ngoals:\n  - id: x\n    title: X\n    horizon: short\n  - title: X\n    horizon: short\n';
    const r = applyOp(text, { op: 'addGoal', goal: { title: 'X', horizon: 'short' } });
    assert.ok(r.ok, r.ok ? '' : r.reason);
    assert.deepEqual(modelIds(applyEdits(text, r.edits)), ['x', 'x-2', 'x-3']);
  });

  it('follows an aliased title to the id the parser gives, and refuses to edit an aliased goal', () => {
    const text = 'version: 1\ngoals:\n  - title: &t Learn\n    horizon: short\n  - title: *t\n    horizon: short\n  - &g { title: Solo, horizon: short }\n  - *g\n';
    assert.deepEqual(modelIds(text), ['learn', 'learn-2', 'solo', 'solo-2']);
    for (const s of statusesAfter(text, { op: 'setGoalStatus', goalId: 'learn-2', status: 'done' })) assert.deepEqual(s.slice(0, 2), [undefined, 'done']);
    const r = applyOp(text, { op: 'setGoalStatus', goalId: 'solo-2', status: 'done' });
    assert.match(r.ok ? '' : r.reason, /alias/);
  });

  it('numbers repeated ids in one pass: the first free number per base', () => {
    const ids = resolveGoalIds([
      { title: 'A' },
      { written: 'a' },
      { title: 'a' },
      { title: 'A 3' },
      { title: 'A' },
      { written: 'a-2' },
    ].map((c) => ({ title: 'T', ...c })));
    assert.deepEqual(ids.map((r) => r.id), ['a-3', 'a', 'a-4', 'a-3-2', 'a-5', 'a-2']);
    assert.deepEqual(ids.map((r) => r.clash), [1, undefined, 1, 0, 1, undefined]);
  });

  it('reads 20k identical titles with every id distinct', () => {
    const n = 20000;
    const text = 'version: 1\ngoals:\n' + '  - { title: x, horizon: short }\n'.repeat(n);
    const ids = modelIds(text);
    assert.equal(new Set(ids).size, n);
    assert.equal(ids[n - 1], `x-${n}`);
  });
});
