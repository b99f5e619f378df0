import * as assert from 'node:assert/strict';
import { BUILT_IN_PROMPTS, resolvePrompts } from '../../src/core/words/prompts';
import { nextQuarter, quarterBounds, quarterOf } from '../../src/core/time/quarter';

describe('reflection prompts', () => {
  it('has three to five built-in prompts per kind', () => {
    for (const list of Object.values(BUILT_IN_PROMPTS)) assert.ok(list.length >= 3 && list.length <= 5);
  });

  it('uses the built-ins without a setting', () => {
    assert.deepEqual(resolvePrompts('weekly', undefined), { prompts: [...BUILT_IN_PROMPTS.weekly], warnings: [] });
    assert.deepEqual(resolvePrompts('weekly', {}).prompts, [...BUILT_IN_PROMPTS.weekly]);
  });

  it('replaces the built-ins with a list', () => {
    assert.deepEqual(resolvePrompts('monthly', { monthly: ['  Mine? ', 'Mine?', ''] }), { prompts: ['Mine?'], warnings: [] });
  });

  it('extends the built-ins when the list starts with "..."', () => {
    const r = resolvePrompts('quarterly', { quarterly: ['...', 'Extra?'] });
    assert.deepEqual(r.prompts, [...BUILT_IN_PROMPTS.quarterly, 'Extra?']);
  });

  it('skips malformed values with a warning and never ends up empty', () => {
    const r = resolvePrompts('weekly', { weekly: [42, 'Ok?'] });
    assert.deepEqual(r.prompts, ['Ok?']);
    assert.match(r.warnings[0]!, /weekly\[0\] is not text/);
    assert.deepEqual(resolvePrompts('weekly', { weekly: 'nope' }).prompts, [...BUILT_IN_PROMPTS.weekly]);
    assert.match(resolvePrompts('weekly', 'nope').warnings[0]!, /must be an object/);
    const empty = resolvePrompts('weekly', { weekly: [7] });
    assert.deepEqual(empty.prompts, [...BUILT_IN_PROMPTS.weekly]);
    assert.equal(empty.warnings.length, 2);
  });
});

describe('quarters', () => {
  it('labels, steps and bounds quarters', () => {
    assert.equal(quarterOf('2026-11-21'), '2026-Q4');
    assert.equal(quarterOf('2026-01-01'), '2026-Q1');
    assert.equal(quarterOf('nope'), undefined);
    assert.equal(nextQuarter('2026-Q4'), '2027-Q1');
    assert.equal(nextQuarter('2026-Q2'), '2026-Q3');
    assert.equal(nextQuarter('Q5'), undefined);
    assert.deepEqual(quarterBounds('2026-Q4'), { start: '2026-10-01', end: '2026-12-31' });
    assert.deepEqual(quarterBounds('2028-Q1'), { start: '2028-01-01', end: '2028-03-31' });
    assert.ok(quarterOf('2026-12-31') === '2026-Q4');
    assert.ok(quarterOf('2027-01-01') !== '2026-Q4');
  });
});
