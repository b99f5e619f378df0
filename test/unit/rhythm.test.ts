/**
 * A rhythm that fits a life (rhythm:, pauses:): review days, the (fiscal) quarter's first
 * day, pauses in the cadence, the streak, the pace and the pitfalls, with the dates the
 * format's documentation uses, on week, month and leap-day boundaries, in two time zones.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { reviewCadence, type CadencePlan } from '../../src/core/analysis/cadence';
import { goalPace } from '../../src/core/analysis/pace';
import { parseGoals } from '../../src/core/parse';
import { reviewStreaks } from '../../src/core/history/streaks';
import { monthlyAnchor, pauseSpans, quarterAnchor, weeklyAnchor } from '../../src/core/rhythm';
import { readMonth, readMonthlyDay, readWeekday } from '../../src/core/rhythm/spec';
import { dayToIso, isoToDay } from '../../src/core/time/dates';
import type { Goal, Pause, ReviewKind } from '../../src/core/model';
import { inTimeZone } from './helpers';

const r = (kind: ReviewKind, date: string) => ({ kind, date });
/** Noon on a local day, so no zone moves it to another date. */
const on = (iso: string): Date => new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)), 12);
const pause = (from: string, to: string, note?: string): Pause => ({ index: 0, from, to, range: { start: 0, end: 0 }, ...(note ? { note } : {}) });
const iso = (day: number): string => dayToIso(day);

for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
  describe(`rhythm (in ${zone})`, () => {
    inTimeZone(zone);

    it('makes the weekly review due from each review day until a review on or after it', () => {
      const plan: CadencePlan = { rhythm: { weekly: 'friday', range: { start: 0, end: 0 } } };
      const reviews = [r('weekly', '2026-11-18')];
      // Thursday 19th: the Wednesday review came after Friday the 13th.
      assert.deepEqual(reviewCadence(reviews, on('2026-11-19'), plan).due, []);
      // Friday 20th and Saturday 21st: no review since Friday the 20th.
      assert.deepEqual(reviewCadence(reviews, on('2026-11-20'), plan).due, ['weekly']);
      assert.deepEqual(reviewCadence(reviews, on('2026-11-21'), plan).due, ['weekly']);
      // A monthly review on the Friday counts as the weekly one.
      assert.deepEqual(reviewCadence([...reviews, r('monthly', '2026-11-20')], on('2026-11-21'), plan).due, []);
    });

    it('finds review days across week, month and leap-day boundaries', () => {
      assert.equal(iso(weeklyAnchor(isoToDay('2026-11-21'), 'friday')), '2026-11-20');
      assert.equal(iso(weeklyAnchor(isoToDay('2026-11-20'), 'friday')), '2026-11-20');
      assert.equal(iso(weeklyAnchor(isoToDay('2028-03-01'), 'tuesday')), '2028-02-29');
      assert.equal(iso(weeklyAnchor(isoToDay('2027-01-01'), 'sunday')), '2026-12-27');
      const last = readMonthlyDay('last', 'm');
      const lastFriday = readMonthlyDay('last-friday', 'm');
      const firstMonday = readMonthlyDay('First-Monday', 'm');
      const fifteenth = readMonthlyDay(15, 'm');
      assert.ok(last.ok && lastFriday.ok && firstMonday.ok && fifteenth.ok);
      assert.equal(iso(monthlyAnchor(isoToDay('2028-02-29'), last.value)), '2028-02-29');
      assert.equal(iso(monthlyAnchor(isoToDay('2028-02-28'), last.value)), '2028-01-31');
      assert.equal(iso(monthlyAnchor(isoToDay('2026-11-30'), lastFriday.value)), '2026-11-27');
      assert.equal(iso(monthlyAnchor(isoToDay('2026-11-26'), lastFriday.value)), '2026-10-30');
      assert.equal(iso(monthlyAnchor(isoToDay('2026-12-06'), firstMonday.value)), '2026-11-02');
      assert.equal(iso(monthlyAnchor(isoToDay('2026-12-07'), firstMonday.value)), '2026-12-07');
      assert.equal(iso(monthlyAnchor(isoToDay('2027-01-14'), fifteenth.value)), '2026-12-15');
      assert.equal(iso(quarterAnchor(isoToDay('2026-11-21'), 2)), '2026-11-01');
      assert.equal(iso(quarterAnchor(isoToDay('2027-01-31'), 2)), '2026-11-01');
      assert.equal(iso(quarterAnchor(isoToDay('2027-02-01'), 2)), '2027-02-01');
      assert.equal(iso(quarterAnchor(isoToDay('2026-11-21'), 1)), '2026-10-01');
      assert.equal(iso(quarterAnchor(isoToDay('2026-03-31'), 4)), '2026-01-01');
    });

    it('makes the monthly and quarterly reviews due from their days, until a review deep enough', () => {
      const plan: CadencePlan = { rhythm: { monthly: { kind: 'last', weekday: 'friday' }, yearStarts: 2, range: { start: 0, end: 0 } } };
      const base = [r('weekly', '2026-09-01'), r('weekly', '2026-11-28')];
      // On 2026-11-28 the last Friday (27th) has passed with no monthly review; the quarter began on 11-01.
      assert.deepEqual(reviewCadence(base, on('2026-11-28'), plan).due, ['quarterly', 'monthly']);
      assert.deepEqual(reviewCadence([...base, r('monthly', '2026-11-27')], on('2026-11-28'), plan).due, ['quarterly']);
      assert.deepEqual(reviewCadence([...base, r('quarterly', '2026-11-02')], on('2026-11-28'), plan).due, ['monthly']);
      // Someone whose first review comes after the day owes no deep dive yet.
      assert.deepEqual(reviewCadence([r('weekly', '2026-11-28')], on('2026-11-28'), plan).due, []);
    });

    it('owes nothing during a pause, and a day that fell in it falls due when it ends', () => {
      const plan: CadencePlan = { rhythm: { weekly: 'friday', range: { start: 0, end: 0 } }, pauses: [pause('2026-12-21', '2027-01-03', 'Winter break')] };
      const reviews = [r('weekly', '2026-12-18')];
      assert.deepEqual(reviewCadence(reviews, on('2026-12-28'), plan), { due: [], last: reviews[0], paused: { until: '2027-01-03', note: 'Winter break' } });
      // Friday 2027-01-01 fell in the pause: due from Monday the 4th.
      assert.deepEqual(reviewCadence(reviews, on('2027-01-04'), plan).due, ['weekly']);
      // Without a rhythm, paused days do not count towards the 7.
      const days: CadencePlan = { pauses: plan.pauses };
      // 19th and 20th, then 4th to 8th January: the 7th unpaused day after the 18th is the 8th.
      assert.deepEqual(reviewCadence(reviews, on('2027-01-07'), days).due, []);
      assert.deepEqual(reviewCadence(reviews, on('2027-01-08'), days).due, ['weekly']);
    });

    it('keeps the weekly streak through paused weeks', () => {
      const dates = ['2026-10-30', '2026-11-06', '2026-12-04'];
      const spans = pauseSpans([pause('2026-11-09', '2026-11-29')]);
      assert.deepEqual(reviewStreaks(dates, on('2026-12-04'), spans), { current: 3, best: 3 });
      assert.deepEqual(reviewStreaks(dates, on('2026-12-04')), { current: 1, best: 2 }, 'without the pause the gap breaks it');
      // The next week, no review yet: the streak holds.
      assert.deepEqual(reviewStreaks(dates, on('2026-12-08'), spans), { current: 3, best: 3 });
    });

    it('stands the pace line still through a pause, so the buffer does not drain', () => {
      const goal = { status: 'active', start: '2026-01-01', due: '2026-12-31', checkpoints: [] } as unknown as Goal;
      const spans = pauseSpans([pause('2026-06-01', '2026-06-30')]);
      const first = goalPace(goal, 0.5, on('2026-06-01'), spans);
      const last = goalPace(goal, 0.5, on('2026-06-30'), spans);
      const unpaused = goalPace(goal, 0.5, on('2026-06-30'));
      assert.ok(first.kind === 'on-track' && last.kind === 'on-track' && unpaused.kind === 'on-track', JSON.stringify({ first, last, unpaused }));
      assert.equal(last.bufferDays, first.bufferDays);
      // The pause's first day is already paused: the line stood at 31 May all month.
      assert.equal(unpaused.bufferDays, first.bufferDays - 30);
    });
  });
}

describe('rhythm in goals.yaml', () => {
  const PLAN = (extra: string) => `version: 1\nvision:\n  north_star: Staff engineer\n${extra}goals:\n  - title: Ship\n    horizon: short\n    start: 2026-01-01\n    due: 2026-12-31\n    checkpoints:\n      - title: Half\n        date: 2026-06-15\n`;

  it('reads the rhythm and the pauses', () => {
    const { model, diagnostics } = parseGoals(PLAN('rhythm:\n  weekly: Friday\n  monthly: last-friday\n  year_starts: april\npauses:\n  - {from: 2026-12-21, to: 2027-01-03, note: Winter break}\n'));
    assert.deepEqual(diagnostics, []);
    assert.deepEqual({ ...model.rhythm, range: undefined }, { weekly: 'friday', monthly: { kind: 'last', weekday: 'friday' }, yearStarts: 4, range: undefined });
    assert.deepEqual(model.pauses?.map((p) => [p.from, p.to, p.note]), [['2026-12-21', '2027-01-03', 'Winter break']]);
  });

  it('reports a wrong day, month or pause on its own line, and leaves it out', () => {
    const text = PLAN('rhythm:\n  weekly: fryday\n  monthly: 31\n  year_starts: smarch\npauses:\n  - {from: 2026-12-21, to: 2026-12-01}\n  - {from: 2026-12-01, to: 2026-12-10}\n  - {from: 2026-12-05, to: 2026-12-12}\n  - {from: 2026-12-05}\n');
    const { model, diagnostics } = parseGoals(text);
    const lineOf = (offset: number): number => text.slice(0, offset).split('\n').length;
    assert.deepEqual(
      diagnostics.map((d) => [d.code, lineOf(d.range.start)]),
      [
        ['invalid-rhythm', 5],
        ['invalid-rhythm', 6],
        ['invalid-rhythm', 7],
        ['pause-order', 9],
        ['pause-overlap', 11],
        ['missing-required', 12],
      ],
    );
    assert.match(diagnostics[0]?.message ?? '', /day of the week.*`fryday`/);
    assert.match(diagnostics[1]?.message ?? '', /1 to 28.*use `last`/);
    assert.deepEqual({ ...model.rhythm, range: undefined }, { range: undefined });
    assert.deepEqual(model.pauses?.map((p) => p.from), ['2026-12-01', '2026-12-05']);
  });

  it('holds off the pitfalls of time passing during a pause', () => {
    const busy = PLAN('');
    const paused = PLAN('pauses:\n  - {from: 2026-06-01, to: 2026-12-31}\n');
    const codes = (text: string) => analyze(text, on('2026-11-21')).pitfalls.map((p) => p.code).filter((c) => /behind|missed|celebration/.test(c));
    assert.deepEqual(codes(busy), ['pitfall/missed-checkpoint', 'pitfall/behind', 'pitfall/no-celebration']);
    assert.deepEqual(codes(paused), []);
    assert.deepEqual(analyze(paused, on('2026-11-21')).cadence.paused, { until: '2026-12-31' });
  });

  it('reads the words of the rhythm, whatever their case', () => {
    assert.deepEqual(readWeekday('SUNDAY', 'w'), { ok: true, value: 'sunday' });
    assert.deepEqual(readMonth('December', 'y'), { ok: true, value: 12 });
    assert.equal(readMonthlyDay(0, 'm').ok, false);
    assert.equal(readMonthlyDay(2.5, 'm').ok, false);
    assert.equal(readMonthlyDay('first-funday', 'm').ok, false);
    assert.deepEqual(readMonthlyDay('28', 'm'), { ok: true, value: { kind: 'day', day: 28 } });
  });
});
