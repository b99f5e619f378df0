import * as assert from 'node:assert/strict';
import { analyze, describeInsight } from '../../src/core/analyze';
import type { Goal } from '../../src/core/model';
import type { GoalInsight, Pace } from '../../src/core/types';

const today = new Date(2026, 10, 21);
const text = `version: 1
vision: { north_star: X, values: [craft] }
goals:
  - id: a
    title: Metric goal
    horizon: short
    why: W
    flexibility: F
    start: 2026-10-01
    due: 2027-03-31
    metric: { start: 0, target: 10, current: 5 }
  - { id: b, title: Task goal, horizon: short, tasks: [{ title: T, done: true }, { title: U }] }
  - { id: c, title: Paused goal, horizon: medium, status: paused, tasks: [{ title: T, done: true }] }
  - { id: d, title: Broken, horizon: never }
wins:
  - { date: 2026-11-10, text: W }
`;

const R = { start: 0, end: 0 };
function insight(progress: number, pace: Pace, status: Goal['status'] = 'active'): GoalInsight {
  const goal: Goal = { index: 0, id: 'g', explicitId: true, title: 'G', horizon: 'short', status, values: [], checkpoints: [], tasks: [], notes: [], range: R, titleRange: R };
  return { goal, progress, pace };
}

describe('analyze', () => {
  it('runs the whole pipeline in one call', () => {
    const a = analyze(text, today, { maxActiveGoals: 2, reviews: [{ kind: 'weekly', date: '2026-11-20' }] });
    assert.deepEqual(a.insights.map((i) => [i.goal.id, i.progress, i.pace.kind]), [
      ['a', 0.5, 'on-track'],
      ['b', 0.5, 'unscheduled'],
      ['c', 1, 'none'],
      ['d', 0, 'unscheduled'],
    ]);
    assert.equal(a.byId.get('b')?.progress, 0.5);
    assert.equal(a.activeCount, 3);
    assert.equal(a.overall, (0.5 + 0.5 + 0) / 3);
    assert.deepEqual(a.cadence.due, []);
    assert.ok(a.pitfalls.some((d) => d.code === 'pitfall/too-many-goals'));
    assert.deepEqual(a.diagnostics, [...a.parse.diagnostics, ...a.pitfalls]);
    assert.deepEqual(a.parse.diagnostics.map((d) => d.code), ['invalid-enum']);
  });

  it('never throws, even on nonsense', () => {
    const a = analyze('\t: : [', today, {});
    assert.equal(a.parse.syntaxOk, false);
    assert.equal(a.overall, 0);
    assert.deepEqual(a.cadence.due, ['weekly']);
  });
});

describe('analyze on hostile plans', () => {
  /** A plan whose goals form one parent chain `depth` goals deep. */
  const chainPlan = (depth: number) => {
    const lines = ['version: 1', 'vision: { north_star: X }', 'goals:'];
    for (let i = 0; i < depth; i++) lines.push(`  - { id: g${i}, title: Goal ${i}, horizon: long${i > 0 ? `, parent: g${i - 1}` : ''}${i === depth - 1 ? ', metric: { target: 4, current: 1 }' : ''} }`);
    return lines.join('\n') + '\n';
  };

  it('never throws on options the host got wrong, and says analysis failed', () => {
    const a = analyze(text, today, { reviews: [null as unknown as { kind: 'weekly'; date: string }] });
    assert.ok(a.diagnostics.some((d) => d.code === 'analysis-failed' && d.severity === 'error'));
    assert.equal(a.insights.length, a.parse.model.goals.length);
    const b = analyze(text, 'not a date' as unknown as Date);
    assert.ok(b.diagnostics.some((d) => d.code === 'analysis-failed'));
  });

  for (const depth of [3_300, 10_000]) {
    it(`returns a result on a ${depth.toLocaleString('en')}-deep parent chain`, function () {
      this.timeout(60_000);
      const a = analyze(chainPlan(depth), today);
      assert.equal(a.insights.length, depth);
      assert.equal(a.byId.get('g0')?.progress, 0.25);
      assert.equal(a.byId.get(`g${depth - 1}`)?.progress, 0.25);
      assert.ok(!a.diagnostics.some((d) => d.code === 'yaml-syntax' || d.code === 'parent-cycle'));
    });
  }
});

describe('describeInsight', () => {
  it('summarises each pace', () => {
    assert.equal(describeInsight(insight(0.46, { kind: 'on-track', expected: 0.4, bufferDays: 12 })), '46% · on track · 12d buffer');
    assert.equal(describeInsight(insight(0.2, { kind: 'behind', expected: 0.5 })), '20% · behind');
    assert.equal(describeInsight(insight(0.9, { kind: 'overdue' })), 'overdue');
    assert.equal(describeInsight(insight(1, { kind: 'none' }, 'done')), '100% · done');
    assert.equal(describeInsight(insight(0.35, { kind: 'none' }, 'paused')), '35% · paused');
    assert.equal(describeInsight(insight(0, { kind: 'unscheduled' })), '0% · unscheduled');
    assert.equal(describeInsight(insight(0.3, { kind: 'none' })), '30%');
  });

  it('rounds down so that 100% means complete', () => {
    assert.equal(describeInsight(insight(0.999, { kind: 'unscheduled' })), '99% · unscheduled');
    assert.equal(describeInsight(insight(0.29, { kind: 'unscheduled' })), '29% · unscheduled');
  });
});
