import * as assert from 'node:assert/strict';
import { goalPace } from '../../src/core/analysis/pace';
import type { Goal } from '../../src/core/model';

const R = { start: 0, end: 0 };
const goal = (id: string, extra: Partial<Goal> = {}): Goal => ({ index: 0, id, explicitId: true, title: id, horizon: 'short', status: 'active', values: [], checkpoints: [], tasks: [], notes: [], range: R, titleRange: R, ...extra });
const cp = (done: boolean, date: string | undefined, index: number) => ({ index, title: 'c', done, range: R, ...(date ? { date } : {}) });

const day = (iso: string) => new Date(`${iso}T12:00:00`);
// 100 days from start to due keeps the arithmetic readable.
const scheduled = goal('a', { start: '2026-01-01', due: '2026-04-11' });

describe('pace', () => {
  it('is none for goals that are not active', () => {
    for (const status of ['paused', 'done', 'dropped'] as const) assert.deepEqual(goalPace({ ...scheduled, status }, 0.5, day('2026-02-01')), { kind: 'none' });
  });

  it('is unscheduled without a due date', () => {
    assert.deepEqual(goalPace(goal('a', { start: '2026-01-01' }), 0.5, day('2026-02-01')), { kind: 'unscheduled' });
  });

  it('is none without a start or dated checkpoint', () => {
    assert.deepEqual(goalPace(goal('a', { due: '2026-04-11' }), 0.5, day('2026-02-01')), { kind: 'none' });
  });

  it('is overdue the day after due', () => {
    assert.deepEqual(goalPace(scheduled, 0.99, day('2026-04-12')), { kind: 'overdue' });
    assert.equal(goalPace(scheduled, 0.99, day('2026-04-11')).kind, 'on-track');
  });

  it('is behind when more than 10 points under the elapsed fraction', () => {
    // Day 50 of 100: expected 0.5.
    assert.deepEqual(goalPace(scheduled, 0.39, day('2026-02-20')), { kind: 'behind', expected: 0.5 });
    assert.equal(goalPace(scheduled, 0.4, day('2026-02-20')).kind, 'on-track');
  });

  it('gives the whole days of buffer before turning behind', () => {
    // At 0.5 on day 50, behind once expected exceeds 0.6: day 60, so 10 days of buffer.
    assert.deepEqual(goalPace(scheduled, 0.5, day('2026-02-20')), { kind: 'on-track', expected: 0.5, bufferDays: 10 });
    assert.deepEqual(goalPace(scheduled, 0.4, day('2026-02-20')), { kind: 'on-track', expected: 0.5, bufferDays: 0 });
  });

  it('caps the buffer at the days left until due', () => {
    const p = goalPace(scheduled, 0.95, day('2026-04-01'));
    assert.deepEqual(p, { kind: 'on-track', expected: 0.9, bufferDays: 10 });
  });

  it('expects nothing before the start', () => {
    const p = goalPace(scheduled, 0, day('2025-12-22'));
    assert.deepEqual(p, { kind: 'on-track', expected: 0, bufferDays: 20 });
  });

  it('starts from the earliest checkpoint when there is no start', () => {
    const g = goal('a', { due: '2026-04-11', checkpoints: [cp(false, '2026-03-01', 0), cp(false, '2026-01-01', 1), cp(false, undefined, 2)] });
    assert.deepEqual(goalPace(g, 0.2, day('2026-02-20')), { kind: 'behind', expected: 0.5 });
  });
});
