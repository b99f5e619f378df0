import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { validateDashboardMessage } from '../../src/shared/message-validation';

describe('dashboard messages from the webview', () => {
  it('accepts the three message types and nothing more', () => {
    assert.deepEqual(validateDashboardMessage({ type: 'ready', extra: 1 }), { ok: true, message: { type: 'ready' } });
    assert.deepEqual(validateDashboardMessage({ type: 'openPoint', source: 'review', ref: 'reviews/2026-11-21-weekly.md' }), { ok: true, message: { type: 'openPoint', source: 'review', ref: 'reviews/2026-11-21-weekly.md' } });
    assert.deepEqual(validateDashboardMessage({ type: 'openPoint', source: 'commit', ref: 'a1b2c3d4' }), { ok: true, message: { type: 'openPoint', source: 'commit', ref: 'a1b2c3d4' } });
    assert.deepEqual(validateDashboardMessage({ type: 'startReview', kind: 'weekly' }), { ok: true, message: { type: 'startReview', kind: 'weekly' } });
  });

  const bad: [string, unknown, RegExp][] = [
    ['null', null, /message must be an object/],
    ['an unknown type', { type: 'deleteEverything' }, /Unknown message type "deleteEverything"/],
    ['a point of today', { type: 'openPoint', source: 'today', ref: 'x' }, /source must be "review" or "commit"/],
    ['a commit that is not a hash', { type: 'openPoint', source: 'commit', ref: 'HEAD~1:goals.yaml' }, /ref must be a commit hash/],
    ['an empty ref', { type: 'openPoint', source: 'review', ref: '' }, /ref/],
    ['a daily review', { type: 'startReview', kind: 'daily' }, /kind must be weekly, monthly or quarterly/],
  ];
  for (const [name, raw, error] of bad) {
    it(`refuses ${name} with a message saying what is wrong`, () => {
      const r = validateDashboardMessage(raw);
      assert.equal(r.ok, false);
      if (!r.ok) assert.match(r.error, error);
    });
  }

  it('never throws, whatever the page sends', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const r = validateDashboardMessage(raw);
        assert.equal(typeof r.ok, 'boolean');
      }),
      { numRuns: 500 },
    );
  });
});
