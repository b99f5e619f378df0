import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseGoals } from '../../src/core/parse';
import { fillTemplate, monthsToPresent, quarterOf, remapValues, splitFlowList, yamlScalar } from '../../src/commands/template-fill';

const TEMPLATE = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'examples', 'goals.yaml'), 'utf8');

describe('commands: Career Planning Template fill', () => {
  it('quotes scalars only when plain YAML would read them differently', () => {
    assert.equal(yamlScalar('Staff engineer'), 'Staff engineer');
    assert.equal(yamlScalar('Lead: platform'), '"Lead: platform"');
    assert.equal(yamlScalar('yes'), '"yes"');
    assert.equal(yamlScalar('2027'), '"2027"');
    assert.equal(yamlScalar('# first'), '"# first"');
    assert.equal(yamlScalar('a, b', true), '"a, b"');
    assert.equal(yamlScalar('a, b', false), 'a, b');
    assert.equal(yamlScalar('say "hi"'), 'say "hi"');
  });

  it('splits a flow list with quoted items', () => {
    assert.deepEqual(splitFlowList('craft, "a, b", \'it\'\'s\', balance'), ['craft', 'a, b', "it's", 'balance']);
    assert.deepEqual(splitFlowList(''), []);
  });

  it('keeps values the person chose and maps the others by position', () => {
    const old = ['craft', 'mentorship', 'curiosity', 'balance'];
    assert.deepEqual(remapValues(['craft', 'balance'], old, ['Balance', 'impact']), ['Balance']);
    assert.deepEqual(remapValues(['curiosity', 'balance'], old, ['Balance', 'impact']), ['Balance']);
    assert.deepEqual(remapValues(['mentorship', 'balance'], old, ['Balance', 'impact']), ['impact', 'Balance']);
    assert.deepEqual(remapValues(['mentorship'], old, ['impact']), ['impact']);
    assert.deepEqual(remapValues(['craft', 'curiosity'], old, ['impact', 'family']), ['impact']);
  });

  it('moves dates by whole months so the latest win is not in the future', () => {
    const t = 'wins:\n  - { date: 2026-11-20, text: a }\n';
    assert.equal(monthsToPresent(t, '2026-11-21'), 0);
    assert.equal(monthsToPresent(t, '2027-02-19'), 2);
    assert.equal(monthsToPresent(t, '2027-02-20'), 3);
    assert.equal(monthsToPresent(t, '2026-01-01'), 0);
    assert.equal(quarterOf('2027-02-19'), '2027-Q1');
  });

  it('fills the north star and values and leaves a file with no errors', () => {
    const text = fillTemplate(TEMPLATE, { northStar: 'Head of platform: calm systems', values: ['impact', 'family, first'], today: '2026-11-21' });
    const parsed = parseGoals(text);
    assert.ok(parsed.syntaxOk);
    assert.deepEqual(parsed.diagnostics.filter((d) => d.severity === 'error'), []);
    assert.equal(parsed.model.vision?.northStar, 'Head of platform: calm systems');
    assert.deepEqual(parsed.model.vision?.values, ['impact', 'family, first']);
    for (const g of parsed.model.goals) for (const v of g.values) assert.ok(['impact', 'family, first'].includes(v), `${g.id}: ${v}`);
    assert.ok(parsed.model.goals.length >= 3, 'the example goals stay');
    // Comments and the rest of the template are untouched.
    assert.ok(text.startsWith('# Career Planning Template'));
    assert.equal(text.split('\n').length, TEMPLATE.split('\n').length);
  });

  it('moves the example plan to the present a year later, focus quarter included', () => {
    const text = fillTemplate(TEMPLATE, { northStar: 'x', values: ['y'], today: '2027-11-25' });
    const parsed = parseGoals(text);
    assert.deepEqual(parsed.diagnostics.filter((d) => d.severity === 'error'), []);
    assert.equal(parsed.model.focus?.quarter, '2027-Q4');
    for (const w of parsed.model.wins) assert.ok(w.date <= '2027-11-25', w.date);
    const latest = parsed.model.wins.map((w) => w.date).sort().at(-1)!;
    assert.ok(latest >= '2027-10-25', `the latest win ${latest} is recent`);
  });

  it('refuses a template without a one-line north star', () => {
    assert.throws(() => fillTemplate('version: 1\nvision:\n  north_star: |\n    long\n', { northStar: 'x', values: ['y'] }), /north_star|values/);
  });
});
