import * as assert from 'node:assert/strict';
import { parseGoals } from '../../src/core/parse';
import { DIAGNOSTIC_CODES } from '../../src/core/validate-codes';
import { at } from './helpers';

/** The format example from the issue, valid and complete. */
export const EXAMPLE = `version: 1
vision:
  north_star: Staff engineer known for calm, reliable platforms
  values: [craft, mentorship, autonomy]
  narrative: |
    Free text: the story of where you are going and why.
focus:
  quarter: 2026-Q4
  theme: Visibility beyond my team
  goals: [incident-reviews]
goals:
  - id: staff-promo
    title: Become a staff engineer
    horizon: long
    why: Wider impact
    values: [autonomy]
  - id: incident-reviews
    title: Run the monthly incident review
    horizon: short
    status: active
    why: Calm on-call starts with learning from every page
    values: [craft]
    parent: staff-promo
    start: 2026-10-01
    due: 2027-03-31
    metric: { name: reviews run, unit: reviews, start: 0, target: 6, current: 2 }
    checkpoints:
      - { title: First review held, date: 2026-10-30, done: true }
    tasks:
      - { title: Draft the review template, done: true, priority: high, due: 2026-10-15 }
    resources: { time: 2h/week, learning: [Site Reliability Engineering, ch. 15], tools: [incident tracker] }
    flexibility: If incidents become rare, switch to quarterly game days.
    notes: ["[[Incident review notes]]"]
wins:
  - { date: 2026-11-14, text: Review led to a fix that halved pages, goal: incident-reviews }
lessons:
  - { date: 2026-11-01, text: Short reviews get better attendance, goal: incident-reviews }
`;

/** Codes of a parse, for compact assertions. */
export function codes(text: string): string[] {
  return parseGoals(text).diagnostics.map((d) => d.code);
}

/** The one diagnostic with `code`, failing when there is not exactly one. */
export function only(text: string, code: string) {
  const found = parseGoals(text).diagnostics.filter((d) => d.code === code);
  assert.equal(found.length, 1, `expected one ${code}, got ${JSON.stringify(parseGoals(text).diagnostics)}`);
  return at(found, 0);
}

describe('parseGoals: the model', () => {
  it('reads the example without diagnostics', () => {
    const r = parseGoals(EXAMPLE);
    assert.deepEqual(r.diagnostics, []);
    assert.equal(r.syntaxOk, true);
  });

  it('maps every field, snake_case to camelCase, with defaults', () => {
    const { model } = parseGoals(EXAMPLE);
    assert.equal(model.version, 1);
    assert.equal(model.vision?.northStar, 'Staff engineer known for calm, reliable platforms');
    assert.deepEqual(model.vision?.values, ['craft', 'mentorship', 'autonomy']);
    assert.equal(model.vision?.narrative, 'Free text: the story of where you are going and why.\n');
    assert.deepEqual({ q: model.focus?.quarter, t: model.focus?.theme, g: model.focus?.goals }, { q: '2026-Q4', t: 'Visibility beyond my team', g: ['incident-reviews'] });
    const g = at(model.goals, 1);
    assert.equal(g.index, 1);
    assert.equal(g.id, 'incident-reviews');
    assert.equal(g.explicitId, true);
    assert.equal(g.horizon, 'short');
    assert.equal(g.status, 'active');
    assert.equal(g.parent, 'staff-promo');
    assert.equal(g.start, '2026-10-01');
    assert.equal(g.due, '2027-03-31');
    assert.deepEqual({ ...g.metric, range: undefined }, { name: 'reviews run', unit: 'reviews', start: 0, target: 6, current: 2, range: undefined });
    assert.deepEqual(g.checkpoints.map((c) => [c.index, c.title, c.date, c.done]), [[0, 'First review held', '2026-10-30', true]]);
    assert.deepEqual(g.tasks.map((t) => [t.index, t.title, t.done, t.priority, t.due]), [[0, 'Draft the review template', true, 'high', '2026-10-15']]);
    assert.deepEqual(g.resources, { time: '2h/week', learning: ['Site Reliability Engineering', 'ch. 15'], tools: ['incident tracker'] });
    assert.deepEqual(g.notes, ['[[Incident review notes]]']);
    assert.equal(EXAMPLE.slice(g.titleRange.start, g.titleRange.end), 'Run the monthly incident review');
    assert.deepEqual(model.wins.map((w) => [w.date, w.goal]), [['2026-11-14', 'incident-reviews']]);
    assert.equal(at(model.lessons, 0).text, 'Short reviews get better attendance');
  });

  it('derives ids from titles and defaults status, done and metric.current', () => {
    const { model, diagnostics } = parseGoals('version: 1\nvision: { north_star: X }\ngoals:\n  - title: Speak at a Conference!\n    horizon: medium\n    metric: { start: 40, target: 10 }\n    tasks: [{ title: Submit CFP }]\n');
    assert.deepEqual(diagnostics, []);
    const g = at(model.goals, 0);
    assert.deepEqual([g.id, g.explicitId, g.status, g.metric?.current, at(g.tasks, 0).done], ['speak-at-a-conference', false, 'active', 40, false]);
  });

  it('reads unquoted dates as strings (core schema, no timestamps)', () => {
    const { model } = parseGoals('version: 1\nvision: { north_star: X }\ngoals:\n  - { title: A, horizon: short, due: 2026-10-01 }\n');
    assert.equal(at(model.goals, 0).due, '2026-10-01');
  });

  it('every documented code is unique', () => {
    assert.equal(new Set(DIAGNOSTIC_CODES.map((c) => c.code)).size, DIAGNOSTIC_CODES.length);
  });
});

describe('parseGoals: file-level problems', () => {
  it('reports YAML syntax errors at their position and keeps what it can', () => {
    const text = 'version: 1\nvision: { north_star: X\ngoals: []\n';
    const r = parseGoals(text);
    assert.equal(r.syntaxOk, false);
    const d = r.diagnostics.find((x) => x.code === 'yaml-syntax');
    assert.ok(d && d.severity === 'error');
    assert.ok(d.range.start > 0 && d.range.end <= text.length);
  });

  it('reports a top level that is not a mapping', () => {
    assert.deepEqual(codes('- a\n- b\n'), ['not-a-mapping']);
    assert.deepEqual(codes('just text'), ['not-a-mapping']);
  });

  it('reports an empty file once', () => {
    assert.deepEqual(codes(''), ['empty-document']);
    assert.deepEqual(codes('# only a comment\n'), ['empty-document']);
  });

  it('reports a newer version with an update hint', () => {
    const d = only('version: 2\nvision: { north_star: X }\n', 'version-unsupported');
    assert.equal(d.message, 'This file uses format version 2; this build of Career Goals reads version 1. Update the extension.');
    assert.equal(d.range.start, 9);
  });

  it('warns when version is missing and rejects a non-integer one', () => {
    assert.equal(only('vision: { north_star: X }\n', 'version-missing').severity, 'warning');
    assert.equal(only('version: one\nvision: { north_star: X }\n', 'version-invalid').severity, 'error');
  });

  it('requires vision.north_star', () => {
    const text = 'version: 1\nvision:\n  values: [craft]\n';
    const d = only(text, 'missing-required');
    assert.equal(text.slice(d.range.start, d.range.end), 'vision');
    assert.match(only('version: 1\ngoals: []\n', 'missing-required').message, /north_star/);
  });
});

describe('parseGoals: fields', () => {
  const head = 'version: 1\nvision: { north_star: X, values: [craft] }\ngoals:\n';

  it('reports unknown keys at every level with a suggestion', () => {
    const text = 'version: 1\nvision: { northStar: X }\nfocuss: {}\ngoals:\n  - title: A\n    horizon: short\n    tittle: B\n    metric: { target: 3, curent: 1 }\n    tasks: [{ title: T, prio: high }]\nwins: [{ date: 2026-01-01, txt: W }]\n';
    const unknown = parseGoals(text).diagnostics.filter((d) => d.code === 'unknown-key');
    assert.deepEqual(unknown.map((d) => text.slice(d.range.start, d.range.end)), ['northStar', 'focuss', 'tittle', 'curent', 'prio', 'txt']);
    assert.match(at(unknown, 0).message, /Did you mean `north_star`\?/);
    assert.match(at(unknown, 2).message, /Did you mean `title`\?/);
    assert.ok(unknown.every((d) => d.severity === 'warning'));
  });

  it('reports duplicate keys and keeps the first value', () => {
    const r = parseGoals(head + '  - title: A\n    title: B\n    horizon: short\n');
    assert.deepEqual(r.diagnostics.map((d) => d.code), ['duplicate-key']);
    assert.equal(at(r.model.goals, 0).title, 'A');
  });

  it('reports wrong types and says what is expected', () => {
    const text = head + '  - title: [A]\n    horizon: short\n  - title: B\n    horizon: short\n    values: craft\n    metric: { target: six }\n    tasks: { title: T }\n    checkpoints: [{ title: C, done: yes }]\n';
    const r = parseGoals(text);
    const wrong = r.diagnostics.filter((d) => d.code === 'wrong-type').map((d) => text.slice(d.range.start, d.range.end));
    assert.deepEqual(wrong, ['[A]', 'craft', 'six', '{ title: T }', 'yes']);
    assert.deepEqual(r.model.goals.map((g) => g.title), ['B']);
    assert.deepEqual(at(r.model.goals, 0).values, ['craft']);
  });

  it('skips a goal without a title and keeps the others', () => {
    const r = parseGoals(head + '  - horizon: short\n    why: W\n  - title: Kept\n    horizon: long\n');
    assert.deepEqual(r.model.goals.map((g) => [g.title, g.index]), [['Kept', 1]]);
    const d = only(head + '  - horizon: short\n', 'missing-required');
    assert.match(d.message, /no `title`/);
  });

  it('keeps a goal with a bad or missing horizon as short, flagged', () => {
    const text = head + '  - title: A\n    horizon: someday\n  - title: B\n';
    const r = parseGoals(text);
    assert.deepEqual(r.model.goals.map((g) => g.horizon), ['short', 'short']);
    const bad = only(text, 'invalid-enum');
    assert.equal(text.slice(bad.range.start, bad.range.end), 'someday');
    assert.match(bad.message, /`short`, `medium`, `long`/);
    assert.equal(bad.goalId, 'a');
    assert.match(only(text, 'missing-required').message, /horizon/);
  });

  it('falls back to active for an unknown status and drops an unknown priority', () => {
    const text = head + '  - title: A\n    horizon: short\n    status: finished\n    tasks: [{ title: T, priority: urgent }]\n';
    const r = parseGoals(text);
    assert.equal(at(r.model.goals, 0).status, 'active');
    assert.equal(at(at(r.model.goals, 0).tasks, 0).priority, undefined);
    const msgs = r.diagnostics.filter((d) => d.code === 'invalid-enum').map((d) => d.message);
    assert.match(at(msgs, 0), /`active`, `paused`, `done`, `dropped`/);
    assert.match(at(msgs, 1), /`high`, `medium`, `low`/);
  });

  it('rejects malformed and impossible dates', () => {
    const text = head + '  - title: A\n    horizon: short\n    start: 2026-1-5\n    due: 2026-02-30\n    checkpoints: [{ title: C, date: 2026-13-01 }]\n';
    const r = parseGoals(text);
    const found = r.diagnostics.map((d) => [d.code, text.slice(d.range.start, d.range.end)]);
    assert.deepEqual(found, [['invalid-date', '2026-1-5'], ['impossible-date', '2026-02-30'], ['impossible-date', '2026-13-01']]);
    assert.match(at(r.diagnostics, 1).message, /impossible date/);
    assert.equal(at(r.model.goals, 0).due, undefined);
  });

  it('accepts 29 February only in leap years', () => {
    assert.deepEqual(codes(head + '  - { title: A, horizon: short, due: 2028-02-29 }\n'), []);
    assert.deepEqual(codes(head + '  - { title: A, horizon: short, due: 2027-02-29 }\n'), ['impossible-date']);
  });

  it('reports due before start on the due date', () => {
    const text = head + '  - { title: A, horizon: short, start: 2026-05-01, due: 2026-04-01 }\n';
    const d = only(text, 'date-order');
    assert.equal(text.slice(d.range.start, d.range.end), '2026-04-01');
  });

  it('reports a metric whose target equals its start, and one without target', () => {
    assert.equal(only(head + '  - { title: A, horizon: short, metric: { start: 3, target: 3 } }\n', 'metric-target-equals-start').severity, 'error');
    const r = parseGoals(head + '  - { title: A, horizon: short, metric: { start: 3 } }\n');
    assert.deepEqual(r.diagnostics.map((d) => d.code), ['missing-required']);
    assert.equal(at(r.model.goals, 0).metric, undefined);
  });

  it('ignores wins and lessons without a date or text, with an error', () => {
    const r = parseGoals(head + 'wins:\n  - { text: No date }\n  - { date: 2026-01-02, text: Fine }\nlessons:\n  - { date: 2026-01-02 }\n');
    assert.deepEqual(r.diagnostics.map((d) => d.code), ['missing-required', 'missing-required']);
    assert.deepEqual(r.model.wins.map((w) => [w.index, w.text]), [[1, 'Fine']]);
    assert.deepEqual(r.model.lessons, []);
  });
});
