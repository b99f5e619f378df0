import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { pointOf } from '../../src/core/history';
import { slicePlan } from '../../src/core/incremental/plan-slices';
import { VersionReader } from '../../src/core/history/version-point';
import { at } from './helpers';

const WHEN = new Date(2026, 10, 21, 12);
const DAY = '2026-11-21';

/** The point a whole analysis gives: what the fast reader must always match. */
const expected = (text: string, ref = 'c') => pointOf(analyze(text, WHEN), DAY, 'commit', ref);

const PLAN = `version: 1
# my plan
vision:
  north_star: Staff engineer
  values: [craft, mentorship]
goals:
  # the first one
  - id: a
    title: Run reviews
    horizon: short
    parent: b
    metric: { start: 0, target: 6, current: 2 }
    notes: |
      - not an entry
      still notes

  - title: Be staff
    horizon: long
    tasks:
      - { title: One, done: true }
      - title: Two
        done: false
  - title: Be staff
    status: done
  - id: c
    title: Ship it
    checkpoints: [{ title: x, done: true }, { title: y, done: false }]
wins:
  - { date: 2026-11-14, text: Fix, goal: a }
`;

describe('slicePlan', () => {
  it('cuts the goals list into entries, comments following the entry before them', () => {
    const s = slicePlan(PLAN);
    assert.ok(s);
    assert.equal(s.entries.length, 4);
    assert.ok(s.entries[0]?.startsWith('  - id: a'));
    assert.ok(s.entries[0]?.includes('- not an entry'), 'a block scalar line is inside its entry');
    assert.ok(s.entries[1]?.startsWith('  - title: Be staff'));
    assert.ok(s.rest.includes('goals:') && s.rest.includes('wins:') && !s.rest.includes('Run reviews') && !s.rest.includes('Fix'));
    assert.deepEqual(s.others, ['  - { date: 2026-11-14, text: Fix, goal: a }\n']);
  });

  it('cuts entries written at the start of the line, and CRLF files', () => {
    const s = slicePlan('goals:\n- title: A\n  horizon: short\n- title: B\nwins: []\n'.replace(/\n/g, '\r\n'));
    assert.deepEqual(s?.entries.map((e) => e.trim()), ['- title: A\r\n  horizon: short', '- title: B']);
  });

  it('refuses layouts it cannot cut safely', () => {
    for (const text of ['---\ngoals:\n  - title: A\n', 'goals: [{ title: A }]\n', 'goals:\n  - title: A\ngoals:\n  - title: B\n', 'goals:\n  - title: A\n x: 1\n', 'goals:\n\t- title: A\n', '"goals":\n  - title: A\n', '\ufeffgoals:\n  - title: A\n', 'goals:\n  a: 1\n', '- a\n']) {
      assert.equal(slicePlan(text), undefined, JSON.stringify(text));
    }
  });
});

describe('VersionReader: the point of a committed version', () => {
  it('matches the whole analysis, reading each entry text once across versions', () => {
    const reader = new VersionReader();
    const versions = [PLAN, PLAN.replace('current: 2', 'current: 5'), PLAN.replace('status: done', 'status: active'), PLAN.replace('parent: b', 'parent: be-staff')];
    for (const [i, v] of versions.entries()) assert.deepEqual(reader.point(v, WHEN, DAY, `c${i}`), expected(v, `c${i}`));
    assert.equal(reader.counts.sliced, versions.length, 'every version took the fast path');
  });

  it('analyses a version whole when a piece does not read on its own', () => {
    const reader = new VersionReader();
    for (const text of [
      PLAN.replace('title: Ship it', 'title: "Ship\n  - it"'),
      PLAN.replace('  - id: c', '  - &g\n    id: c').replace('wins:', 'focus: *g\nwins:'),
      PLAN.replace('wins:\n', 'wins:\n  - { date: 2026-11-14, text: "broken\n'),
      PLAN.replace('north_star: Staff engineer', 'north_star: "Staff engineer'),
    ]) {
      assert.deepEqual(reader.point(text, WHEN, DAY, 'c'), expected(text));
    }
    assert.equal(reader.counts.sliced, 0);
    assert.equal(reader.counts.whole, 4);
  });

  const lines = PLAN.split('\n');
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('dup' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('line' as const), at: fc.nat(), line: fc.constantFrom('  - title: New', '  - id: a', '    parent: c', '    parent: a', '    status: done', '    status: dropped', '    horizon: medium', '    metric: { start: 10, target: 0, current: 4 }', '- title: Zero', '  -', '    tasks: [{ title: t, done: true }]', '  # note', '', 'lessons:', '    values: &v [a]', '    why: *v') }),
    fc.record({ kind: fc.constant('char' as const), at: fc.nat(), ch: fc.constantFrom(' ', ':', '-', '[', ']', '{', '}', '#', '&', '*', '!', '"', "'", '\t', '\n', '\r', 'x', '0', '|', '>') }),
  );
  const apply = (ls: readonly string[], op: { kind: 'drop' | 'dup' | 'line' | 'char'; at: number; line?: string; ch?: string }): string[] => {
    const i = op.at % Math.max(1, ls.length);
    const next = [...ls];
    if (op.kind === 'drop') next.splice(i, 1);
    else if (op.kind === 'dup') next.splice(i, 0, at(next, i));
    else if (op.kind === 'line') next.splice(i, 0, op.line ?? '');
    else {
      const line = at(next, i);
      const c = op.at % (line.length + 1);
      next[i] = line.slice(0, c) + (op.ch ?? '') + line.slice(c + 1);
    }
    return next.length ? next : [''];
  };

  it('property: random edit sequences give the whole analysis’s point after every step, with one reader throughout', function () {
    // CPU-bound and fixed in size (the seed fixes the cases): on a loaded 2-core machine it
    // was seen to pass 20 s, mocha's default; its speed is the bench's business, not a limit here.
    this.timeout(0);
    let sliced = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (ops) => {
        const reader = new VersionReader();
        let ls = lines;
        for (const op of ops) {
          ls = apply(ls, op);
          const text = ls.join('\n');
          assert.deepEqual(reader.point(text, WHEN, DAY, 'c'), expected(text), text);
        }
        sliced += reader.counts.sliced;
      }),
      { numRuns: Number(process.env.CAREER_GOALS_PROPERTY_RUNS ?? 600) },
    );
    assert.ok(sliced > 600, `the fast path was taken often enough to be tested (${sliced} times)`);
  });
});
