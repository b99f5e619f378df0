import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { GOAL_STATUSES, HORIZONS } from '../../src/core/model';
import { parseGoals } from '../../src/core/parse';
import { DIAGNOSTIC_CODES } from '../../src/core/validate-codes';
import { at } from './helpers';

const VALID = `version: 1
vision:
  north_star: Staff engineer
  values: [craft, mentorship]
focus: { quarter: 2026-Q4, goals: [a] }
goals:
  - id: a
    title: Run reviews
    horizon: short
    values: [craft]
    parent: be-staff
    start: 2026-10-01
    due: 2027-03-31
    metric: { start: 0, target: 6, current: 2 }
    checkpoints:
      - { title: First, date: 2026-10-30, done: true }
    tasks:
      - { title: Template, done: true, priority: high }
  - title: Be staff
    horizon: long
    why: impact
wins:
  - { date: 2026-11-14, text: Fix, goal: a }
lessons:
  - { date: 2026-11-01, text: Short, goal: a }
`;

const KNOWN_CODES = new Set<string>(DIAGNOSTIC_CODES.map((c) => c.code));
const today = new Date(2026, 10, 21);

/** Invariants every parse must satisfy, whatever the input. */
function checkInvariants(text: string): void {
  const r = parseGoals(text);
  for (const d of r.diagnostics) {
    assert.ok(KNOWN_CODES.has(d.code), `undocumented code ${d.code}`);
    assert.ok(d.range.start >= 0 && d.range.start <= d.range.end && d.range.end <= text.length, `range ${JSON.stringify(d.range)} outside [0, ${text.length}]`);
    assert.ok(d.message.length > 0);
  }
  const ids = r.model.goals.map((g) => g.id);
  assert.equal(new Set(ids).size, ids.length, 'goal ids are unique');
  for (const g of r.model.goals) {
    assert.ok(g.title.length > 0);
    assert.ok(HORIZONS.includes(g.horizon) && GOAL_STATUSES.includes(g.status));
    assert.ok(g.parent === undefined || ids.includes(g.parent), 'parent is a known goal');
  }
  if (!r.syntaxOk) assert.ok(r.diagnostics.some((d) => d.code === 'yaml-syntax' || d.code === 'duplicate-key'));
  const a = analyze(text, today);
  for (const i of a.insights) assert.ok(i.progress >= 0 && i.progress <= 1);
  assert.ok(a.overall >= 0 && a.overall <= 1);
}

const lines = VALID.split('\n');
/** A valid document with lines dropped, duplicated or characters changed. */
const mutated = fc
  .array(
    fc.oneof(
      fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('dup' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('char' as const), at: fc.nat(), ch: fc.constantFrom(' ', ':', '-', '[', ']', '{', '}', '#', '&', '*', '!', '"', "'", '\t', '\n', 'x', '0', '|', '>') }),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((ops) => {
    let ls = [...lines];
    for (const op of ops) {
      const i = op.at % ls.length;
      if (op.kind === 'drop') ls = ls.filter((_, j) => j !== i);
      else if (op.kind === 'dup') ls.splice(i, 0, at(ls, i));
      else {
        const line = at(ls, i);
        const c = op.at % (line.length + 1);
        ls[i] = line.slice(0, c) + op.ch + line.slice(c + 1);
      }
      if (ls.length === 0) ls = [''];
    }
    return ls.join('\n');
  });

/** Documents built from the format's own keys and values, nested at random. */
const yamlish = fc
  .array(
    fc.tuple(
      fc.integer({ min: 0, max: 4 }),
      fc.constantFrom('version', 'vision', 'north_star', 'values', 'goals', 'focus', 'wins', 'id', 'title', 'horizon', 'status', 'parent', 'due', 'start', 'metric', 'target', 'tasks', 'done', 'date', 'text', 'goal', 'zzz'),
      fc.constantFrom('', ' 1', ' 2', ' short', ' long', ' active', ' done', ' true', ' yes', ' 2026-02-30', ' 2026-10-01', ' [a, b]', ' {title: x}', ' &x a', ' *x', ' a', ' -1', ' .inf', ' ~', ' "q"'),
      fc.boolean(),
    ),
    { maxLength: 30 },
  )
  .map((rows) => rows.map(([depth, key, value, item]) => `${'  '.repeat(depth)}${item ? '- ' : ''}${key}:${value}`).join('\n'));

describe('parseGoals: properties', () => {
  it('never throws on random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => checkInvariants(s)), { numRuns: 300 });
  });

  it('never throws on random YAML-ish documents', () => {
    fc.assert(fc.property(yamlish, (s) => checkInvariants(s)), { numRuns: 400 });
  });

  it('never throws on mutations of a valid document', () => {
    fc.assert(fc.property(mutated, (s) => checkInvariants(s)), { numRuns: 400 });
  });

  it('reads the unmutated document cleanly', () => {
    const r = parseGoals(VALID);
    assert.deepEqual(r.diagnostics, []);
    assert.equal(r.model.goals.length, 2);
  });
});
