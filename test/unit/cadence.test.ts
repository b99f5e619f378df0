import * as assert from 'node:assert/strict';
import { reviewCadence } from '../../src/core/analysis/cadence';
import type { ReviewKind } from '../../src/core/model';

const today = new Date(2026, 10, 21); // 2026-11-21
const r = (kind: ReviewKind, date: string) => ({ kind, date });

describe('review cadence', () => {
  it('with no history, only the weekly review is due', () => {
    assert.deepEqual(reviewCadence([], today), { due: ['weekly'], suggested: 'weekly' });
  });

  it('weekly is due 7 days after the last review of any kind', () => {
    assert.deepEqual(reviewCadence([r('weekly', '2026-11-15')], today).due, []);
    assert.deepEqual(reviewCadence([r('weekly', '2026-11-14')], today).due, ['weekly']);
    assert.deepEqual(reviewCadence([r('weekly', '2026-11-01'), r('quarterly', '2026-11-18')], today).due, []);
  });

  it('monthly is due more than 30 days after the last monthly or quarterly', () => {
    const base = [r('weekly', '2026-11-20')];
    // 2026-10-22 is 30 days before today; 2026-10-21 is 31.
    assert.deepEqual(reviewCadence([...base, r('monthly', '2026-10-22')], today).due, []);
    assert.deepEqual(reviewCadence([...base, r('monthly', '2026-10-21')], today).due, ['monthly']);
    assert.deepEqual(reviewCadence([...base, r('quarterly', '2026-11-01')], today).due, []);
  });

  it('monthly is due when none happened and the first review is more than 30 days old', () => {
    assert.deepEqual(reviewCadence([r('weekly', '2026-10-20'), r('weekly', '2026-11-20')], today).due, ['monthly']);
    assert.deepEqual(reviewCadence([r('weekly', '2026-10-25'), r('weekly', '2026-11-20')], today).due, []);
  });

  it('quarterly counts only quarterly reviews, after 91 days', () => {
    const recent = [r('weekly', '2026-11-20'), r('monthly', '2026-11-10')];
    assert.deepEqual(reviewCadence([...recent, r('quarterly', '2026-08-22')], today).due, []);
    assert.deepEqual(reviewCadence([...recent, r('quarterly', '2026-08-21')], today).due, ['quarterly']);
    assert.deepEqual(reviewCadence([...recent, r('monthly', '2026-08-01')], today).due, ['quarterly']);
  });

  it('lists due reviews deepest first and suggests the deepest', () => {
    const c = reviewCadence([r('weekly', '2026-06-01')], today);
    assert.deepEqual(c.due, ['quarterly', 'monthly', 'weekly']);
    assert.equal(c.suggested, 'quarterly');
    assert.deepEqual(c.last, r('weekly', '2026-06-01'));
  });

  it('reports the latest review as last, deepest on a tie, and ignores invalid dates', () => {
    const c = reviewCadence([r('weekly', '2026-11-20'), r('monthly', '2026-11-20'), r('quarterly', 'soon')], today);
    assert.deepEqual(c.last, r('monthly', '2026-11-20'));
  });
});
