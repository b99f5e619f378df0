/**
 * parseGoals on files that are legal but hostile or odd: repeated keys anywhere,
 * YAML 1.1 merge keys, aliases (how they resolve and what they may cost) and
 * nesting deep enough to overflow a recursive reader.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { analyze } from '../../src/core/analyze';
import { applyOp } from '../../src/core/edits';
import { MAX_YAML_ERRORS_READ, MAX_YAML_REPORTS, parseGoals } from '../../src/core/parse';
import { MAX_ALIAS_NODES } from '../../src/core/parse/readers';
import { at } from './helpers';

const head = 'version: 1\nvision: { north_star: X }\n';
const today = new Date(2026, 10, 21);

describe('parseGoals: duplicate keys', () => {
  it('says edits are refused, reports an error and clears syntaxOk, as the edit module refuses the file', () => {
    const text = head + 'goals:\n  - id: a\n    title: A\n    title: B\n    horizon: short\n';
    const r = parseGoals(text);
    const d = r.diagnostics.filter((x) => x.code === 'duplicate-key');
    assert.equal(d.length, 1);
    assert.equal(at(d, 0).severity, 'error');
    assert.match(at(d, 0).message, /refuses to edit this file until the duplicate is removed/);
    assert.equal(text.slice(at(d, 0).range.start, at(d, 0).range.end), 'title');
    assert.equal(r.syntaxOk, false);
    assert.equal(at(r.model.goals, 0).title, 'A');
    const edit = applyOp(text, { op: 'setGoalStatus', goalId: 'a', status: 'done' });
    assert.equal(edit.ok, false);
  });

  it('reports a repeated key in a mapping the format does not read (an unknown key, a nested mapping)', () => {
    const text = head + 'extra: { a: 1, a: 2 }\ngoals:\n  - title: A\n    horizon: short\n    colour: red\n    colour: blue\n';
    const r = parseGoals(text);
    const dups = r.diagnostics.filter((x) => x.code === 'duplicate-key').map((x) => text.slice(x.range.start, x.range.end));
    assert.deepEqual(dups.sort(), ['a', 'colour']);
    assert.equal(r.syntaxOk, false);
  });

  it('reports a repeated key once even when its mapping is aliased', () => {
    const text = head + 'goals:\n  - &g { title: A, horizon: short, horizon: long }\n  - *g\n';
    const r = parseGoals(text);
    assert.equal(r.diagnostics.filter((x) => x.code === 'duplicate-key').length, 1);
  });

  it('keeps keys that only look alike (yaml compares values: 1 and "1" differ)', () => {
    const r = parseGoals(head + 'extra: { 1: a, "1": b }\ngoals: []\n');
    assert.equal(r.syntaxOk, true);
    assert.ok(!r.diagnostics.some((x) => x.code === 'duplicate-key'));
  });

  /** The example with lines dropped or repeated, which makes duplicate keys at every level. */
  const LINES = (head + 'focus: { quarter: 2026-Q4, goals: [a] }\ngoals:\n  - id: a\n    title: A\n    horizon: short\n    metric: { start: 0, target: 6, current: 2 }\n    tasks:\n      - { title: T, done: true }\n      - title: U\n        done: false\n  - title: B\n    horizon: long\nwins:\n  - { date: 2026-11-14, text: W, goal: a }\n').split('\n');
  const shuffled = fc.array(fc.record({ dup: fc.boolean(), at: fc.nat() }), { minLength: 1, maxLength: 5 }).map((ops) => {
    const ls = [...LINES];
    for (const op of ops) {
      const i = op.at % ls.length;
      if (op.dup) ls.splice(i, 0, at(ls, i));
      else ls.splice(i, 1);
    }
    return ls.join('\n');
  });

  it('syntaxOk is false exactly when yaml (with its unique-keys check, as edits parse) reports an error', () => {
    fc.assert(
      fc.property(shuffled, (text) => {
        const strict = parseDocument(text);
        assert.equal(parseGoals(text).syntaxOk, strict.errors.length === 0, text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseGoals: merge keys', () => {
  const text = '%YAML 1.1\n---\nversion: 1\nvision: { north_star: X }\nbase: &base { horizon: short, why: W }\ngoals:\n  - title: A\n    <<: *base\n';

  it('names `<<` under YAML 1.1 and never prints Symbol(…)', () => {
    const r = parseGoals(text);
    assert.ok(r.diagnostics.every((d) => !d.message.includes('Symbol(')), JSON.stringify(r.diagnostics));
    const merge = r.diagnostics.filter((d) => d.code === 'merge-key');
    assert.equal(merge.length, 1);
    assert.match(at(merge, 0).message, /Merge keys \(`<<`\) are not supported/);
    assert.equal(text.slice(at(merge, 0).range.start, at(merge, 0).range.end), '<<');
    assert.equal(at(merge, 0).severity, 'warning');
    assert.equal(at(r.model.goals, 0).title, 'A');
  });

  it('reads a plain `<<` under YAML 1.2 the same way', () => {
    const r = parseGoals(text.replace('%YAML 1.1\n---\n', ''));
    assert.deepEqual(
      r.diagnostics.filter((d) => d.code === 'merge-key' || d.code === 'unknown-key').map((d) => d.code),
      ['unknown-key', 'merge-key'], // `base` is unknown; `<<` is a merge key
    );
  });

  it('names timestamp keys by their text under YAML 1.1', () => {
    const r = parseGoals('%YAML 1.1\n---\nversion: 1\nvision: { north_star: X }\n2026-01-01: x\ngoals: []\n');
    const d = r.diagnostics.find((x) => x.code === 'unknown-key');
    assert.match(d?.message ?? '', /Unknown key `2026-01-01`/);
  });
});

describe('parseGoals: aliases', () => {
  it('resolves each alias to the last anchor of its name before it', () => {
    const text = head + 'goals:\n  - { id: a, title: &t First, horizon: short }\n  - { id: b, title: *t, horizon: short }\n  - { id: c, title: &t Second, horizon: short }\n  - { id: d, title: *t, horizon: short }\n  - { id: e, title: *nope, horizon: short }\n';
    const r = parseGoals(text);
    assert.deepEqual(r.model.goals.map((g) => `${g.id}:${g.title}`), ['a:First', 'b:First', 'c:Second', 'd:Second']);
  });

  it('stops following aliases once they would repeat more than MAX_ALIAS_NODES values', () => {
    // One anchored goal with 110,000 notes (as many nodes), aliased 99 times: small
    // enough to read (under MAX_PLAN_CHARS), but millions of values if every alias were followed.
    const notes = Array.from({ length: 110_000 }, () => 'n').join(', ');
    const text = head + `goals:\n  - &big\n    title: Big\n    horizon: short\n    notes: [${notes}]\n` + '  - *big\n'.repeat(99) + '  - { id: last, title: Last, horizon: short }\n';
    const r = parseGoals(text);
    const limit = r.diagnostics.filter((d) => d.code === 'alias-limit');
    assert.equal(limit.length, 1);
    assert.match(at(limit, 0).message, new RegExp(`more than ${MAX_ALIAS_NODES.toLocaleString('en')} values`));
    assert.deepEqual(r.model.goals.map((g) => g.title), ['Big', 'Last']);
    assert.equal(at(r.model.goals, 1).index, 100);
  });

  it('follows aliases of small nodes as before', () => {
    const text = head + 'goals:\n  - &g { title: A, horizon: short, tasks: [{ title: T }] }\n' + '  - *g\n'.repeat(50);
    const r = parseGoals(text);
    assert.equal(r.model.goals.length, 51);
    assert.ok(r.model.goals.every((g) => g.tasks.length === 1));
  });
});

describe('parseGoals and analyze: deep nesting', () => {
  for (const [name, open, close] of [
    ['flow lists', '[', ']'],
    ['flow mappings', '{a: ', '}'],
  ] as const) {
    it(`report 10,000-deep ${name} as too deeply nested, without throwing`, () => {
      const text = head + 'goals: ' + open.repeat(10_000) + close.repeat(10_000) + '\n';
      const r = parseGoals(text);
      assert.equal(r.syntaxOk, false);
      const syntax = r.diagnostics.filter((d) => d.code === 'yaml-syntax');
      assert.ok(syntax.length > 0);
      assert.ok(syntax.every((d) => /nested too deeply/.test(d.message) && !/call stack/i.test(d.message)), JSON.stringify(syntax.map((d) => d.message)));
      const a = analyze(text, today);
      assert.equal(a.parse.syntaxOk, false);
    });
  }

  it('reads a file whose unknown key holds a nested value as deep as yaml can compose', () => {
    const text = head + 'extra: ' + '['.repeat(500) + ']'.repeat(500) + '\ngoals:\n  - { title: A, horizon: short }\n';
    const r = parseGoals(text);
    assert.equal(r.syntaxOk, true);
    assert.equal(r.model.goals.length, 1);
  });
});

describe('parseGoals: many syntax errors', () => {
  it('lists at most MAX_YAML_REPORTS YAML errors and says how many more, still reading the goals', () => {
    // Each broken line makes one or two errors: a few hundred stay under MAX_YAML_ERRORS_READ.
    const r = parseGoals(head + 'goals:\n' + '  - { title: "x }\n'.repeat(300));
    assert.equal(r.syntaxOk, false);
    const syntax = r.diagnostics.filter((d) => d.code === 'yaml-syntax');
    assert.equal(syntax.length, MAX_YAML_REPORTS);
    assert.match(at(syntax, syntax.length - 1).message, /[\d,]+ more YAML errors after this one are not listed/);
    assert.ok(r.model.goals.length > 0);
  });

  it('stops reading a file of 50k broken lines after MAX_YAML_ERRORS_READ errors, and says so', function () {
    this.timeout(60_000);
    // 50k lines keep the file under MAX_PLAN_CHARS, so it is parsed, not refused for its size.
    const text = head + 'goals:\n' + '  - { title: "x }\n'.repeat(50_000);
    const r = parseGoals(text);
    assert.equal(r.syntaxOk, false);
    const syntax = r.diagnostics.filter((d) => d.code === 'yaml-syntax');
    assert.equal(syntax.length, MAX_YAML_REPORTS);
    assert.deepEqual(r.diagnostics, syntax, 'nothing but the YAML errors from a file that was not read');
    assert.match(at(syntax, syntax.length - 1).message, new RegExp(`More than ${MAX_YAML_ERRORS_READ.toLocaleString('en')} YAML errors: Career Goals stopped reading the file there`));
    // The first error is on the first broken line, where yaml puts it.
    const line = text.indexOf('  - { title');
    const start = at(syntax, 0).range.start;
    assert.ok(start >= line && start <= text.indexOf('\n', line), `first error at ${start}`);
    assert.deepEqual(r.model.goals, []);
    // The stop hooks yaml's composer (see parseQuietly): a few hundred errors are read in full, as above.
  });
});
