import * as assert from 'node:assert/strict';
import type { Goal } from '../../src/core/model';
import { computeProgress, overallProgress } from '../../src/core/analysis/progress';
import { at } from './helpers';

/** Progress of one goal; `goals` supplies its children for the roll-up rule. */
function goalProgress(goal: Goal, goals: readonly Goal[] = []): number {
  return computeProgress(goals.some((g) => g === goal) ? goals : [...goals, goal]).get(goal.id) ?? 0;
}

const R = { start: 0, end: 0 };

/** A minimal goal for rule tests. */
function goal(id: string, extra: Partial<Goal> = {}): Goal {
  return { index: 0, id, explicitId: true, title: id, horizon: 'short', status: 'active', values: [], checkpoints: [], tasks: [], notes: [], range: R, titleRange: R, ...extra };
}

const task = (done: boolean, index = 0) => ({ index, title: 't', done, range: R });
const cp = (done: boolean) => ({ index: 0, title: 'c', done, range: R });

describe('progress', () => {
  it('is 1 for a done goal, whatever else it has', () => {
    assert.equal(goalProgress(goal('a', { status: 'done', metric: { start: 0, target: 10, current: 1, range: R } })), 1);
  });

  it('follows a rising metric, clamped to [0, 1]', () => {
    const m = (current: number) => goalProgress(goal('a', { metric: { start: 2, target: 12, current, range: R } }));
    assert.equal(m(7), 0.5);
    assert.equal(m(0), 0);
    assert.equal(m(20), 1);
  });

  it('follows a falling metric (40 → 10)', () => {
    assert.equal(goalProgress(goal('a', { metric: { start: 40, target: 10, current: 25, range: R } })), 0.5);
    assert.equal(goalProgress(goal('a', { metric: { start: 40, target: 10, current: 45, range: R } })), 0);
  });

  it('prefers a metric over tasks', () => {
    assert.equal(goalProgress(goal('a', { metric: { start: 0, target: 4, current: 1, range: R }, tasks: [task(true)] })), 0.25);
  });

  it('counts checkpoints and tasks together', () => {
    assert.equal(goalProgress(goal('a', { checkpoints: [cp(true), cp(false)], tasks: [task(true), task(true)] })), 0.75);
  });

  it('skips a metric whose target equals its start', () => {
    assert.equal(goalProgress(goal('a', { metric: { start: 3, target: 3, current: 3, range: R }, tasks: [task(true), task(false)] })), 0.5);
  });

  it('rolls up the mean of child goals, leaving dropped ones out', () => {
    const goals = [
      goal('p'),
      goal('c1', { parent: 'p', tasks: [task(true)] }),
      goal('c2', { parent: 'p', tasks: [task(false)] }),
      goal('c3', { parent: 'p', status: 'dropped', tasks: [task(false)] }),
      goal('g', { parent: 'c2' }),
    ];
    const p = computeProgress(goals);
    assert.equal(p.get('p'), 0.5);
    assert.equal(goalProgress(at(goals, 0), goals), 0.5);
  });

  it('rolls up through grandchildren and paused children', () => {
    const goals = [goal('top'), goal('mid', { parent: 'top' }), goal('leaf', { parent: 'mid', status: 'paused', metric: { start: 0, target: 10, current: 6, range: R } })];
    assert.equal(computeProgress(goals).get('top'), 0.6);
  });

  it('terminates on a parent loop in a hand-built model', () => {
    const goals = [goal('a', { parent: 'b' }), goal('b', { parent: 'a' })];
    const p = computeProgress(goals);
    assert.deepEqual([p.get('a'), p.get('b')], [0, 0]);
  });

  it('is 0 with nothing to measure', () => {
    assert.equal(goalProgress(goal('a')), 0);
  });
});

describe('progress on deep parent chains', () => {
  /** g0 ← g1 ← … ← g{n-1}: each goal the parent of the next; only the deepest has its own progress. */
  const chain = (n: number) => Array.from({ length: n }, (_, i) => goal(`g${i}`, i > 0 ? { parent: `g${i - 1}`, ...(i === n - 1 ? { tasks: [task(true), task(false)] } : {}) } : {}));

  for (const n of [3_300, 10_000]) {
    it(`rolls up a ${n.toLocaleString('en')}-deep chain without exhausting the stack`, () => {
      const goals = chain(n);
      const p = computeProgress(goals);
      assert.equal(p.size, n);
      assert.equal(p.get('g0'), 0.5);
      assert.equal(p.get(`g${n - 1}`), 0.5);
    });
  }

  it('gives the same answers as the rules on a small tree with a loop', () => {
    const goals = [
      goal('root'),
      goal('a', { parent: 'root', tasks: [task(true)] }),
      goal('b', { parent: 'root' }),
      goal('b1', { parent: 'b', tasks: [task(false), task(true)] }),
      goal('b2', { parent: 'b', status: 'dropped', tasks: [task(true)] }),
      goal('x', { parent: 'y' }),
      goal('y', { parent: 'x' }),
    ];
    const p = computeProgress(goals);
    assert.equal(p.get('b'), 0.5);
    assert.equal(p.get('root'), 0.75);
    assert.equal(p.get('x'), 0);
    assert.equal(p.get('y'), 0);
  });
});

describe('overall progress', () => {
  it('is the mean over active goals only', () => {
    const goals = [
      goal('a', { tasks: [task(true)] }),
      goal('b', { tasks: [task(false), task(true)] }),
      goal('c', { status: 'paused', tasks: [task(false)] }),
      goal('d', { status: 'done' }),
    ];
    assert.equal(overallProgress(goals), 0.75);
  });

  it('is 0 when no goal is active', () => {
    assert.equal(overallProgress([goal('a', { status: 'done' })]), 0);
    assert.equal(overallProgress([]), 0);
  });
});
