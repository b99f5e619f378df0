import * as assert from 'node:assert/strict';
import { parseGoals } from '../../src/core/parse';
import { findPitfalls } from '../../src/core/analysis/pitfalls';

const today = new Date(2026, 10, 21); // 2026-11-21
const head = 'version: 1\nvision: { north_star: X, values: [craft] }\n';
const recentWin = 'wins:\n  - { date: 2026-11-10, text: W }\n';
/** A goal that trips no pitfall on `today`. */
const good = (id: string) => `  - { id: ${id}, title: Goal ${id}, horizon: short, why: W, flexibility: F, start: 2026-10-01, due: 2027-03-31, tasks: [{ title: T, done: true }] }\n`;

function pitfalls(text: string, opts = {}) {
  return findPitfalls(parseGoals(text).model, today, opts);
}

function slice(text: string, r: { start: number; end: number }): string {
  return text.slice(r.start, r.end);
}

describe('pitfalls', () => {
  it('finds none in a healthy plan', () => {
    assert.deepEqual(pitfalls(head + 'goals:\n' + good('a') + recentWin), []);
  });

  it('too many goals: more active goals than the limit, on the goals key', () => {
    const text = head + 'goals:\n' + ['a', 'b', 'c'].map(good).join('') + '  - { id: d, title: D, horizon: short, status: paused }\n' + recentWin;
    assert.deepEqual(pitfalls(text, { maxActiveGoals: 3 }), []);
    const [d] = pitfalls(text, { maxActiveGoals: 2 });
    assert.ok(d);
    assert.equal(d.code, 'pitfall/too-many-goals');
    assert.equal(slice(text, d.range), 'goals');
    assert.match(d.message, /too many goals at once/);
  });

  it('defaults the limit to 5', () => {
    const text = head + 'goals:\n' + ['a', 'b', 'c', 'd', 'e', 'f'].map(good).join('') + recentWin;
    assert.deepEqual(pitfalls(text).map((d) => d.code), ['pitfall/too-many-goals']);
  });

  it('flags an active goal that is not measurable, time-bound, meaningful or flexible, on its title', () => {
    const text = head + 'goals:\n  - { id: a, title: Vague, horizon: short }\n  - { id: b, title: Paused, horizon: short, status: paused }\n' + recentWin;
    const found = pitfalls(text);
    assert.deepEqual(found.map((d) => [d.code, d.severity, d.goalId, slice(text, d.range)]), [
      ['pitfall/not-measurable', 'warning', 'a', 'Vague'],
      ['pitfall/not-time-bound', 'warning', 'a', 'Vague'],
      ['pitfall/not-meaningful', 'warning', 'a', 'Vague'],
      ['pitfall/no-flexibility', 'hint', 'a', 'Vague'],
    ]);
  });

  it('counts values as meaning and child goals as a measure', () => {
    const text = head + 'goals:\n  - { id: p, title: P, horizon: long, values: [craft], flexibility: F, due: 2030-01-01 }\n' + good('c').replace('horizon: short', 'horizon: short, parent: p') + recentWin;
    assert.deepEqual(pitfalls(text), []);
  });

  it('flags an overdue active goal on its due date', () => {
    const text = head + 'goals:\n' + good('a').replace('2027-03-31', '2026-11-20') + recentWin;
    const [d] = pitfalls(text);
    assert.ok(d);
    assert.equal(d.code, 'pitfall/overdue');
    assert.equal(slice(text, d.range), '2026-11-20');
  });

  it('flags past checkpoints that are not done, on the checkpoint', () => {
    const text = head + 'goals:\n' + good('a').replace('tasks: [{ title: T, done: true }]', 'checkpoints: [{ title: Past, date: 2026-11-20 }, { title: Done, date: 2026-11-01, done: true }, { title: Today, date: 2026-11-21 }]') + recentWin;
    const found = pitfalls(text).filter((d) => d.code === 'pitfall/missed-checkpoint');
    assert.deepEqual(found.map((d) => slice(text, d.range)), ['{ title: Past, date: 2026-11-20 }']);
  });

  it('notes a goal behind its schedule', () => {
    const text = head + 'goals:\n' + good('a').replace('done: true', 'done: false').replace('2027-03-31', '2026-12-31') + recentWin;
    const [d] = pitfalls(text);
    assert.ok(d);
    assert.deepEqual([d.code, d.severity], ['pitfall/behind', 'info']);
  });

  it('reminds to celebrate when no win is logged in 30 days, on the wins key', () => {
    const text = head + 'goals:\n' + good('a') + 'wins:\n  - { date: 2026-10-21, text: Old }\n';
    const [d] = pitfalls(text);
    assert.ok(d);
    assert.equal(d.code, 'pitfall/no-celebration');
    assert.equal(slice(text, d.range), 'wins');
    assert.deepEqual(pitfalls(text.replace('2026-10-21', '2026-10-22')), []);
  });

  it('does not ask for celebration without active goals', () => {
    assert.deepEqual(pitfalls(head + 'goals: []\n'), []);
  });
});
