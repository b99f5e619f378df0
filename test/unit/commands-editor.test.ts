import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import type { Goal } from '../../src/core/model';
import { codeLensTitle } from '../../src/core/words/goal-summary';
import { paceLabel } from '../../src/core/words/pace-words';
import { LineIndex } from '../../src/core/text/line-index';
import { fixesFor, leastProgressedActive, suggestedDueFor } from '../../src/editor/quick-fix-rules';
import { at } from './helpers';

const TODAY = new Date(2026, 10, 21);
const PLAN = `version: 1
vision:
  north_star: Lead a platform team
  values: [craft]
goals:
  - id: a
    title: Ship the CLI
    horizon: short
    start: 2026-09-01
    due: 2027-01-31
    why: boring deploys
    tasks:
      - { title: one, done: true }
      - { title: two, done: false }
      - { title: three, done: false }
  - id: b
    title: Bare goal
    horizon: medium
`;

/** An active goal past its due date, with a done and a missed checkpoint. */
const LATE_GOAL = `  - id: late
    title: Late goal
    horizon: short
    start: 2026-01-01
    due: 2026-06-30
    checkpoints:
      - { title: First, date: 2026-02-01, done: true }
      - { title: Second, date: 2026-03-01, done: false }
`;

describe('commands: editor helpers', () => {
  it('maps offsets to lines and characters, CRLF included', () => {
    const idx = new LineIndex('ab\ncd\r\nef');
    assert.deepEqual(idx.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(idx.positionAt(3), { line: 1, character: 0 });
    assert.deepEqual(idx.positionAt(5), { line: 1, character: 2 }, 'the \\r belongs to the line end');
    assert.deepEqual(idx.positionAt(6), { line: 1, character: 2 });
    assert.deepEqual(idx.positionAt(7), { line: 2, character: 0 });
    assert.deepEqual(idx.positionAt(99), { line: 2, character: 2 });
    assert.deepEqual(idx.positionAt(-4), { line: 0, character: 0 });
  });

  it('titles the CodeLens with progress, pace and tasks', () => {
    const a = analyze(PLAN, TODAY);
    assert.match(codeLensTitle(a.byId.get('a')!), /^33% · (on track|behind) · 1\/3 tasks$/);
    assert.equal(codeLensTitle(a.byId.get('b')!), '0% · unscheduled');
    const done = { ...a.byId.get('a')!, goal: { ...a.byId.get('a')!.goal, status: 'done' as const } };
    assert.equal(codeLensTitle(done), '100% · done · 1/3 tasks');
    assert.equal(paceLabel({ kind: 'none' }), undefined);
  });

  it('counts checkpoints when a goal has no tasks', () => {
    const goal = { status: 'paused', tasks: [], checkpoints: [{ done: true }, { done: false }] } as unknown as Goal;
    assert.equal(codeLensTitle({ goal, progress: 0.5, pace: { kind: 'none' } }), '50% · paused · 1/2 checkpoints');
  });

  it('offers a fix for each fixable pitfall', () => {
    const a = analyze(PLAN, TODAY, { maxActiveGoals: 1 });
    const byCode = (code: string) => a.diagnostics.find((d) => d.code === code && (d.goalId === 'b' || !d.goalId))!;
    const metric = fixesFor(byCode('pitfall/not-measurable'), a, '2026-11-21');
    const metricFix = at(metric, 0);
    assert.equal(metricFix.kind, 'ops');
    assert.equal(metricFix.kind === 'ops' && metricFix.ops[0]?.op, 'addMetric');
    const due = at(fixesFor(byCode('pitfall/not-time-bound'), a, '2026-11-21'), 0);
    assert.deepEqual(due.kind === 'ops' && due.ops, [{ op: 'setGoalField', goalId: 'b', field: 'due', value: '2028-05-21' }]);
    assert.match(due.title, /2028-05-21.*18 months/);
    assert.equal(at(fixesFor(byCode('pitfall/not-meaningful'), a, '2026-11-21'), 0).kind, 'ask');
    const pause = at(fixesFor(byCode('pitfall/too-many-goals'), a, '2026-11-21'), 0);
    assert.deepEqual(pause.kind === 'ops' && pause.ops, [{ op: 'setGoalStatus', goalId: 'b', status: 'paused' }]);
    assert.equal(at(fixesFor(byCode('pitfall/no-celebration'), a, '2026-11-21'), 0).kind, 'logWin');
    assert.deepEqual(fixesFor({ severity: 'error', code: 'yaml-syntax', message: '', range: { start: 0, end: 1 } }, a, '2026-11-21'), []);
  });

  it('pauses the least-progressed active goal and suggests due dates from a later start', () => {
    const a = analyze(PLAN, TODAY);
    assert.equal(leastProgressedActive(a)?.id, 'b');
    const goal = a.byId.get('b')!.goal;
    assert.equal(suggestedDueFor({ ...goal, start: '2027-01-10' }, '2026-11-21'), '2028-07-10');
    assert.equal(suggestedDueFor({ ...goal, horizon: 'long' }, '2026-11-21'), '2031-11-21');
  });

  it('marks a missed checkpoint or an overdue goal done', () => {
    const plan = `version: 1\ngoals:\n${LATE_GOAL}`;
    const a = analyze(plan, TODAY);
    const missed = a.diagnostics.find((d) => d.code === 'pitfall/missed-checkpoint')!;
    assert.deepEqual(fixesFor(missed, a, '2026-11-21').map((f) => f.kind === 'ops' && f.ops), [[{ op: 'setCheckpointDone', goalId: 'late', index: 1, expectTitle: 'Second', done: true }], false]);
    const overdue = a.diagnostics.find((d) => d.code === 'pitfall/overdue')!;
    assert.deepEqual(fixesFor(overdue, a, '2026-11-21').map((f) => f.title), ['Mark “Late goal” done', 'Adjust Due Date… (“Late goal”, now 2026-06-30)']);
  });

  it('offers Adjust Due Date… for an overdue goal, a missed checkpoint and a goal behind, when it has a due date', () => {
    const plan = `version: 1
goals:
${LATE_GOAL}  - id: slow
    title: Slow goal
    horizon: short
    start: 2026-06-01
    due: 2027-01-31
    metric: { name: m, start: 0, target: 10, current: 1 }
  - id: open
    title: Open-ended
    horizon: short
    checkpoints:
      - { title: Gone, date: 2026-03-01, done: false }
`;
    const a = analyze(plan, TODAY);
    const adjustFor = (code: string, goalId: string) => fixesFor(a.diagnostics.find((d) => d.code === code && d.goalId === goalId)!, a, '2026-11-21').filter((f) => f.kind === 'adjustDue');
    assert.deepEqual(adjustFor('pitfall/overdue', 'late'), [{ title: 'Adjust Due Date… (“Late goal”, now 2026-06-30)', kind: 'adjustDue', goalId: 'late' }]);
    assert.equal(adjustFor('pitfall/missed-checkpoint', 'late').length, 1);
    assert.deepEqual(adjustFor('pitfall/behind', 'slow'), [{ title: 'Adjust Due Date… (“Slow goal”, now 2027-01-31)', kind: 'adjustDue', goalId: 'slow' }]);
    assert.deepEqual(adjustFor('pitfall/missed-checkpoint', 'open'), [], 'no due date: nothing to adjust');
  });
});

describe('one vocabulary for pace', () => {
  it('the tree, CodeLens and review page say "buffer" for the same goal on the same day', async () => {
    const { describeInsight } = await import('../../src/core/analyze');
    const { paceDetail } = await import('../../src/webview/format');
    const goal = { id: 'g', title: 'G', horizon: 'short', status: 'active', values: [], tasks: [], checkpoints: [], resources: {}, notes: [] } as never;
    const insight = { goal, progress: 0.5, pace: { kind: 'on-track', expected: 0.4, bufferDays: 17 } } as never;
    assert.match(describeInsight(insight), /on track · 17d buffer/);
    assert.match(paceDetail({ id: 'g', title: 'G', pace: { kind: 'on-track', bufferDays: 17 } } as never, 'en'), /^17 days of buffer/);
    for (const text of [describeInsight(insight), paceDetail({ id: 'g', pace: { kind: 'on-track', bufferDays: 17 } } as never, 'en')]) assert.doesNotMatch(text, /slack/);
  });
});
