import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { dashboardModel } from '../../src/core/history/dashboard-model';
import { buildHistory } from '../../src/core/history';

const PLAN = `version: 1
vision:
  north_star: Staff engineer
  values: [craft, mentorship, health]
goals:
  - id: read
    title: Read less, think more
    horizon: short
    values: [craft]
    start: 2026-09-01
    due: 2027-02-28
    metric: { name: hours a week on email, unit: hours, start: 40, target: 10, current: 22 }
    checkpoints:
      - { title: Halfway, date: 2026-12-15, done: false }
      - { title: Undated, done: false }
  - id: mentor
    title: Mentor two people
    horizon: medium
    status: paused
    values: [mentorship]
wins:
  - { date: 2026-11-20, text: Cut a meeting, goal: read }
  - { date: 2026-06-01, text: Old, goal: read }
  - { date: 2026-11-25, text: No goal }
`;

const NOW = new Date(2026, 11, 1, 10, 0);

describe('dashboard model', () => {
  const analysis = analyze(PLAN, NOW);
  const journal = [{ entry: { kind: 'weekly' as const, date: '2026-11-21', overall: 30, progress: { read: 30 }, metrics: { read: 30 } }, path: 'reviews/2026-11-21-weekly.md' }];
  const history = buildHistory({ journal, commits: [], today: analysis, now: NOW });
  const m = dashboardModel(analysis, history, [{ kind: 'weekly', date: '2026-11-21' }], NOW);

  it('gives each goal its series, a falling metric in its unit, and dated checkpoints only', () => {
    const read = m.goals.find((g) => g.id === 'read');
    assert.ok(read);
    assert.deepEqual(read.points.map((p) => p.date), ['2026-11-21', '2026-12-01']);
    assert.deepEqual(read.metric, { name: 'hours a week on email', unit: 'hours', start: 40, target: 10, points: [{ date: '2026-11-21', value: 30 }, { date: '2026-12-01', value: 22 }] });
    assert.deepEqual(read.checkpoints, [{ date: '2026-12-15', title: 'Halfway', done: false }]);
    assert.equal(read.start, '2026-09-01');
  });

  it('balances values by active goals and the last quarter of wins, and flags none itself', () => {
    assert.deepEqual(m.values, [
      { value: 'craft', activeGoals: 1, wins: 1 },
      { value: 'mentorship', activeGoals: 0, wins: 0 },
      { value: 'health', activeGoals: 0, wins: 0 },
    ]);
  });

  it('is not empty with a review, and empty with only today; JSON-safe', () => {
    assert.equal(m.empty, false);
    assert.equal(m.calendar.length, 52);
    assert.deepEqual(m.wins.at(-1), { date: '2026-11-25' });
    assert.deepEqual(JSON.parse(JSON.stringify(m)), m);
    const fresh = dashboardModel(analysis, buildHistory({ journal: [], commits: [], today: analysis, now: NOW }), [], NOW);
    assert.equal(fresh.empty, true);
    assert.equal(fresh.points.length, 1);
  });
});
