import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'yaml';
import { blankPlan } from '../../src/commands/blank-plan';
import { applyOp } from '../../src/core/edits';
import { applyEdits } from '../../src/core/edits/text';
import { parseGoals } from '../../src/core/parse';

describe('the blank plan', () => {
  it('reads as the north star and values given, with empty goals, wins and lessons', () => {
    const text = blankPlan('Staff engineer: calm platforms', ['craft', 'a, b', 'yes']);
    const r = parseGoals(text);
    assert.deepEqual(r.diagnostics.filter((d) => d.severity === 'error'), []);
    assert.equal(r.model.vision?.northStar, 'Staff engineer: calm platforms');
    assert.deepEqual(r.model.vision?.values, ['craft', 'a, b', 'yes']);
    // Empty keys, not `[]`: the first goal, win and lesson then go in as block lists.
    assert.deepEqual(r.model.goals, []);
    assert.deepEqual([...text.matchAll(/^(goals|wins|lessons):$/gm)].map((m) => m[1]), ['goals', 'wins', 'lessons']);
    assert.match(text, /# Wins: what you achieved/);
  });

  it('takes a first goal from Add Goal, then wins and lessons, keeping every comment', () => {
    let text = blankPlan('Lead a team', ['people']);
    const comments = text.split('\n').filter((l) => l.startsWith('#'));
    for (const op of [
      { op: 'addGoal' as const, goal: { id: 'first', title: 'Mentor one engineer', horizon: 'short' as const, values: ['people'] } },
      { op: 'addWin' as const, win: { date: '2026-12-01', text: 'Started', goal: 'first' } },
      { op: 'addLesson' as const, lesson: { date: '2026-12-01', text: 'Ask early' } },
    ]) {
      const r = applyOp(text, op);
      assert.ok(r.ok, r.ok ? '' : r.reason);
      text = applyEdits(text, r.edits);
    }
    const data = parse(text) as { goals: { id: string }[]; wins: unknown[]; lessons: unknown[] };
    assert.deepEqual(data.goals.map((g) => g.id), ['first']);
    assert.equal(data.wins.length, 1);
    assert.equal(data.lessons.length, 1);
    for (const c of comments) assert.ok(text.includes(c), `lost ${c}`);
    // Block style, as a person writes a plan: one key per line, not one long flow line.
    assert.match(text, /^goals:\n {2}- id: first\n {4}title: Mentor one engineer\n/m);
    assert.match(text, /^wins:\n {2}- /m);
    assert.match(text, /^lessons:\n {2}- /m);
    assert.deepEqual(parseGoals(text).diagnostics.filter((d) => d.severity === 'error'), []);
  });

  it('writes any north star and values so they read back the same', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.array(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 4 }), (ns, values) => {
        const data = parse(blankPlan(ns, values)) as { vision: { north_star: unknown; values: unknown } };
        assert.equal(data.vision.north_star, ns);
        assert.deepEqual(data.vision.values, values);
      }),
      { numRuns: 300 },
    );
  });
});
