import { MAX_PLAN_CHARS } from '../../src/core/parse/plan-size';
import * as assert from 'node:assert/strict';
import { parseGoals } from '../../src/core/parse';
import { editDistance, suggestKey } from '../../src/core/parse/validate-keys';
import { at } from './helpers';

const head = 'version: 1\nvision: { north_star: X, values: [craft, mentorship] }\n';

function diag(text: string, code: string) {
  return parseGoals(text).diagnostics.filter((d) => d.code === code);
}

function slice(text: string, r: { start: number; end: number }): string {
  return text.slice(r.start, r.end);
}

describe('validate: ids', () => {
  it('reports a duplicate written id on the later goal and renumbers it', () => {
    const text = head + 'goals:\n  - { id: a, title: First, horizon: short }\n  - { id: a, title: Second, horizon: short }\n';
    const r = parseGoals(text);
    const [d] = diag(text, 'duplicate-id');
    assert.ok(d);
    assert.equal(slice(text, d.range), 'a');
    assert.equal(d.range.start, text.lastIndexOf('id: a') + 4);
    assert.match(d.message, /already used by “First”/);
    assert.deepEqual(r.model.goals.map((g) => g.id), ['a', 'a-2']);
    assert.equal(d.goalId, 'a-2');
  });

  it('reports titles that slug to the same id, pointing at the title', () => {
    const text = head + 'goals:\n  - { title: Ship it!, horizon: short }\n  - { title: ship IT, horizon: short }\n';
    const [d] = diag(text, 'duplicate-id');
    assert.ok(d);
    assert.equal(slice(text, d.range), 'ship IT');
    assert.match(d.message, /Add a distinct `id:`/);
  });

  it('lets a written id win over an earlier derived one', () => {
    const r = parseGoals(head + 'goals:\n  - { title: Ship it, horizon: short }\n  - { id: ship-it, title: Other, horizon: short }\n');
    assert.deepEqual(r.model.goals.map((g) => g.id), ['ship-it-2', 'ship-it']);
  });
});

describe('validate: parents', () => {
  it('reports an unknown parent with a suggestion and clears it', () => {
    const text = head + 'goals:\n  - { id: staff-promo, title: P, horizon: long }\n  - { title: C, horizon: short, parent: staff-promos }\n';
    const [d] = diag(text, 'unknown-parent');
    assert.ok(d);
    assert.equal(slice(text, d.range), 'staff-promos');
    assert.match(d.message, /Did you mean `staff-promo`\?/);
    assert.equal(at(parseGoals(text).model.goals, 1).parent, undefined);
  });

  it('reports a goal that is its own parent', () => {
    const text = head + 'goals:\n  - { id: a, title: A, horizon: short, parent: a }\n';
    assert.equal(diag(text, 'parent-self').length, 1);
    assert.equal(at(parseGoals(text).model.goals, 0).parent, undefined);
  });

  it('reports every goal of a parent loop and breaks it', () => {
    const text = head + 'goals:\n  - { id: a, title: A, horizon: long, parent: c }\n  - { id: b, title: B, horizon: long, parent: a }\n  - { id: c, title: C, horizon: long, parent: b }\n  - { id: d, title: D, horizon: short, parent: a }\n';
    const ds = diag(text, 'parent-cycle');
    assert.deepEqual(ds.map((d) => d.goalId).sort(), ['a', 'b', 'c']);
    const goals = parseGoals(text).model.goals;
    assert.deepEqual(goals.map((g) => g.parent), [undefined, undefined, undefined, 'a']);
  });

  it('notes a parent on a shorter horizon', () => {
    const text = head + 'goals:\n  - { id: a, title: A, horizon: short }\n  - { id: b, title: B, horizon: long, parent: a }\n';
    assert.equal(at(diag(text, 'parent-horizon'), 0).severity, 'info');
  });

  it('does not report a parent whose goal was skipped for another error', () => {
    const text = head + 'goals:\n  - { id: a, horizon: long }\n  - { id: b, title: B, horizon: short, parent: a }\n';
    assert.deepEqual(parseGoals(text).diagnostics.map((d) => d.code), ['missing-required']);
  });
});

describe('validate: references', () => {
  it('reports goal values missing from vision.values', () => {
    const text = head + 'goals:\n  - { title: A, horizon: short, values: [craft, kraft] }\n';
    const [d] = diag(text, 'unknown-value');
    assert.ok(d);
    assert.equal(slice(text, d.range), 'kraft');
    assert.match(d.message, /`craft`, `mentorship`/);
  });

  it('reports unknown focus goals and unknown win or lesson goals', () => {
    const text = head + 'focus: { quarter: 2026-Q4, goals: [a, zz] }\ngoals:\n  - { id: a, title: A, horizon: short }\nwins:\n  - { date: 2026-01-01, text: W, goal: b }\nlessons:\n  - { date: 2026-01-01, text: L, goal: a }\n';
    assert.equal(slice(text, at(diag(text, 'unknown-focus-goal'), 0).range), 'zz');
    const [e] = diag(text, 'unknown-entry-goal');
    assert.ok(e);
    assert.equal(slice(text, e.range), 'b');
    assert.equal(e.severity, 'warning');
  });
});

describe('validate: key suggestions', () => {
  it('suggests across case, separators and small typos', () => {
    assert.equal(suggestKey('vision', 'northStar'), 'north_star');
    assert.equal(suggestKey('vision', 'north-star'), 'north_star');
    assert.equal(suggestKey('goal', 'titel'), 'title');
    assert.equal(suggestKey('goal', 'deadline'), undefined);
    assert.equal(suggestKey('top', 'goal'), 'goals');
  });

  it('computes edit distance', () => {
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('titel', 'title'), 1);
  });
});

describe('validate: resource bounds', () => {
  it('reports a billion-laughs document instead of expanding it', () => {
    const lines = ['version: 1', 'vision:', '  north_star: X', '  values: &v0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i <= 9; i++) lines.push(`l${i}: &v${i} [${Array(10).fill(`*v${i - 1}`).join(', ')}]`);
    lines.push('goals:');
    for (let i = 0; i < 150; i++) lines.push(`  - { title: G${i}, horizon: short, values: *v9 }`);
    const r = parseGoals(lines.join('\n'));
    assert.ok(r.diagnostics.some((d) => d.code === 'alias-limit'));
    assert.equal(r.model.goals.length, 150);
  });

  it('reports the alias budget once and skips the aliases past it', () => {
    const text = head + 'goals:\n  - &g { title: A, horizon: short }\n' + '  - *g\n'.repeat(150) + '  - { id: last, title: Last, horizon: short }\n';
    const r = parseGoals(text);
    assert.equal(r.diagnostics.filter((d) => d.code === 'alias-limit').length, 1);
    assert.ok(r.diagnostics.every((d) => d.code === 'alias-limit' || d.code === 'duplicate-id'));
    assert.equal(r.model.goals.length, 102);
    assert.equal(at(r.model.goals, 101).index, 151);
  });

  it('parses a file just under the size limit', function () {
    // Generous: the machine is shared, and this checks boundedness, not speed.
    this.timeout(120_000);
    const goal = (i: number) => `  - id: g${i}\n    title: Goal ${i}\n    horizon: medium\n    tasks:\n${'      - { title: A task with some words in it, done: false, priority: low }\n'.repeat(20)}`;
    const parts = ['version: 1\nvision: { north_star: X }\ngoals:\n'];
    let size = at(parts, 0).length;
    for (let i = 0; size < MAX_PLAN_CHARS - 3_000; i++) {
      parts.push(goal(i));
      size += at(parts, parts.length - 1).length;
    }
    const r = parseGoals(parts.join(''));
    assert.equal(r.syntaxOk, true);
    assert.deepEqual(r.diagnostics, []);
    assert.ok(r.model.goals.length > 500);
  });
});
