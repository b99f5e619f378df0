import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { buildHistory, commitDayCounts, isHistoryPoint, pointOf, reviewCalendar, reviewPoint, type HistoryPoint, type JournalRecord } from '../../src/core/history';
import { reviewStreaks, weekStart } from '../../src/core/history/streaks';
import { isoToDay, dayToIso } from '../../src/core/time/dates';
import type { ReviewKind } from '../../src/core/model';
import { at } from './helpers';

const PLAN = `version: 1
vision:
  north_star: Staff engineer
goals:
  - id: read
    title: Read books
    horizon: short
    metric: { name: pages, unit: pages, start: 0, target: 100, current: 40 }
  - id: talk
    title: Give a talk
    horizon: medium
    tasks:
      - { title: Pick a topic, done: true }
      - { title: Write it, done: false }
`;

const NOW = new Date(2026, 11, 1, 9, 30); // Tuesday 2026-12-01, local time
const today = analyze(PLAN, NOW);

function record(date: string, kind: ReviewKind, extra: Partial<JournalRecord['entry']> = {}): JournalRecord {
  return { entry: { kind, date, ...extra }, path: `reviews/${date}-${kind}.md` };
}

function commit(date: string, overall: number, ref: string): HistoryPoint {
  return { date, source: 'commit', overall, goals: {}, ref };
}

describe('history: points from the journal', () => {
  it('reads overall, goal percents and metric values; entries written before metrics still count', () => {
    const withMetrics = reviewPoint(record('2026-11-21', 'weekly', { overall: 42, progress: { read: 40, talk: 50 }, metrics: { read: 40, gone: 3 } }));
    assert.deepEqual(withMetrics, {
      date: '2026-11-21',
      source: 'review',
      kind: 'weekly',
      overall: 0.42,
      goals: { read: { progress: 0.4, metric: 40 }, talk: { progress: 0.5 } },
      ref: 'reviews/2026-11-21-weekly.md',
    });
    const older = reviewPoint(record('2026-10-31', 'monthly', { progress: { read: 20, talk: 40 } }));
    assert.ok(older);
    assert.ok(Math.abs(older.overall - 0.3) < 1e-12, 'the mean of the goal percents when overall is missing');
    assert.deepEqual(older.goals, { read: { progress: 0.2 }, talk: { progress: 0.4 } });
    assert.equal(reviewPoint(record('2026-10-01', 'weekly')), undefined, 'no figure, no point');
  });

  it("takes today's point from the analysis, with each goal's metric in its unit", () => {
    const p = pointOf(today, '2026-12-01', 'today');
    assert.equal(p.source, 'today');
    assert.deepEqual(p.goals, { read: { progress: 0.4, metric: 40 }, talk: { progress: 0.5 } });
    assert.equal(p.overall, today.overall);
  });
});

describe('history: merging sources', () => {
  it('keeps a review over a commit of the same day, the last commit of a day, and today last', () => {
    const h = buildHistory({
      journal: [record('2026-11-21', 'weekly', { overall: 42 }), record('2026-11-28', 'monthly', { overall: 45 }), record('2026-11-28', 'weekly', { overall: 45 })],
      commits: [commit('2026-11-10', 0.1, 'a1'), commit('2026-11-10', 0.2, 'a2'), commit('2026-11-21', 0.3, 'b'), commit('2026-12-01', 0.5, 'c')],
      today,
      now: NOW,
    });
    assert.deepEqual(
      h.points.map((p) => [p.date, p.source, p.kind ?? '', p.ref ?? '']),
      [
        ['2026-11-10', 'commit', '', 'a2'],
        ['2026-11-21', 'review', 'weekly', 'reviews/2026-11-21-weekly.md'],
        ['2026-11-28', 'review', 'weekly', 'reviews/2026-11-28-weekly.md'],
        ['2026-11-28', 'review', 'monthly', 'reviews/2026-11-28-monthly.md'],
        ['2026-12-01', 'today', '', ''],
      ],
    );
  });

  it('leaves out points dated after today', () => {
    const h = buildHistory({ journal: [record('2026-12-02', 'weekly', { overall: 1 })], commits: [commit('2027-01-01', 1, 'x')], today, now: NOW });
    assert.deepEqual(
      h.points.map((p) => p.source),
      ['today'],
    );
    assert.deepEqual(h.reviews, { current: 0, best: 0 });
  });

  it('gives a sorted series that ends with today, whatever the inputs', () => {
    const day = fc.integer({ min: isoToDay('2025-01-01'), max: isoToDay('2027-01-01') }).map(dayToIso);
    const kind = fc.constantFrom<ReviewKind>('weekly', 'monthly', 'quarterly');
    fc.assert(
      fc.property(fc.array(fc.tuple(day, kind, fc.option(fc.nat(100), { nil: undefined }))), fc.array(fc.tuple(day, fc.double({ min: 0, max: 1, noNaN: true }))), (rs, cs) => {
        const journal = rs.map(([d, k, o]) => record(d, k, o === undefined ? {} : { overall: o }));
        const h = buildHistory({ journal, commits: cs.map(([d, o], i) => commit(d, o, `c${i}`)), today, now: NOW });
        const last = at(h.points, h.points.length - 1);
        assert.equal(last.source, 'today');
        assert.equal(last.date, '2026-12-01');
        for (let i = 1; i < h.points.length; i++) assert.ok(at(h.points, i - 1).date <= at(h.points, i).date);
        const reviewDays = new Set(h.points.filter((p) => p.source === 'review').map((p) => p.date));
        const commitDays = h.points.filter((p) => p.source === 'commit').map((p) => p.date);
        assert.equal(new Set(commitDays).size, commitDays.length, 'one commit point per day');
        for (const d of commitDays) assert.ok(!reviewDays.has(d) && d < '2026-12-01');
        for (const p of h.points) assert.ok(p.overall >= 0 && p.overall <= 1);
        assert.ok(h.reviews.current <= h.reviews.best);
        // JSON-safe: what the API hands out survives a round trip unchanged.
        assert.deepEqual(JSON.parse(JSON.stringify(h)), h);
      }),
      { numRuns: 300 },
    );
  });
});

describe('history: which commits are read', () => {
  it('skips commits of days with a review point and of today or later: their points would be dropped', () => {
    const journal = [record('2026-11-21', 'weekly', { overall: 42 }), record('2026-11-14', 'weekly'), record('2026-12-05', 'weekly', { overall: 1 })];
    const counts = commitDayCounts(journal, NOW);
    assert.deepEqual(
      ['2026-11-10', '2026-11-14', '2026-11-21', '2026-11-30', '2026-12-01', '2026-12-05'].filter(counts),
      ['2026-11-10', '2026-11-14', '2026-11-30'],
      'a review without figures adds no point, so its day keeps its commit',
    );
  });

  it('gives the same history from only the commits it counts', () => {
    const day = fc.integer({ min: isoToDay('2026-10-01'), max: isoToDay('2026-12-10') }).map(dayToIso);
    fc.assert(
      fc.property(fc.array(fc.tuple(day, fc.option(fc.nat(100), { nil: undefined }))), fc.array(day), (rs, cs) => {
        const journal = rs.map(([d, o]) => record(d, 'weekly', o === undefined ? {} : { overall: o }));
        const commits = cs.map((d, i) => commit(d, 0.5, `c${i}`));
        const counts = commitDayCounts(journal, NOW);
        assert.deepEqual(buildHistory({ journal, commits: commits.filter((c) => counts(c.date)), today, now: NOW }), buildHistory({ journal, commits, today, now: NOW }));
      }),
      { numRuns: 200 },
    );
  });
});

describe('history: points kept between sessions', () => {
  it('accepts the points the history makes, after a JSON round trip', () => {
    const h = buildHistory({ journal: [record('2026-11-21', 'weekly', { overall: 42, progress: { read: 40 }, metrics: { read: 40 } })], commits: [commit('2026-11-10', 0.2, 'a')], today, now: NOW });
    for (const p of h.points) assert.ok(isHistoryPoint(JSON.parse(JSON.stringify(p))), JSON.stringify(p));
  });

  it('refuses anything else: wrong types, figures out of range, a bad date or source', () => {
    const good = { date: '2026-11-10', source: 'commit', overall: 0.5, goals: { a: { progress: 0.5, metric: 3 } }, ref: 'abc' };
    assert.ok(isHistoryPoint(good));
    for (const bad of [
      null,
      'point',
      [],
      { ...good, date: '10/11/2026' },
      { ...good, source: 'guess' },
      { ...good, overall: 1.5 },
      { ...good, overall: '0.5' },
      { ...good, kind: 'daily' },
      { ...good, ref: 7 },
      { ...good, goals: [] },
      { ...good, goals: { a: { progress: -0.1 } } },
      { ...good, goals: { a: { progress: 0.1, metric: 'ten' } } },
      { ...good, goals: { a: null } },
    ]) {
      assert.equal(isHistoryPoint(bad), false, JSON.stringify(bad));
    }
  });
});

describe('history: review streaks', () => {
  it('counts ISO weeks across a year end, and a missing week breaks the run', () => {
    // Mondays: 2026-12-14, 12-21, 12-28 (ISO week 53 of 2026), 2027-01-04; then a gap, then 01-25.
    const dates = ['2026-12-17', '2026-12-20', '2026-12-27', '2027-01-01', '2027-01-04', '2027-01-26'];
    assert.deepEqual(reviewStreaks(dates, new Date(2027, 0, 28)), { current: 1, best: 4 });
    assert.deepEqual(reviewStreaks(dates, new Date(2027, 0, 5)), { current: 4, best: 4 }, 'before the gap');
  });

  it('keeps the current streak alive while this week has no review yet, and ends it a week later', () => {
    const dates = ['2026-11-16', '2026-11-23'];
    assert.deepEqual(reviewStreaks(dates, new Date(2026, 11, 1)), { current: 2, best: 2 }, 'Tuesday of the next week');
    assert.deepEqual(reviewStreaks(dates, new Date(2026, 11, 7)), { current: 0, best: 2 }, 'the Monday after');
  });

  it('counts a week once however many reviews it has, and skips dates it cannot read', () => {
    assert.deepEqual(reviewStreaks(['2026-11-23', '2026-11-24', '2026-11-29', 'soon', '2026-02-30'], new Date(2026, 10, 30)), { current: 1, best: 1 });
  });

  it('starts weeks on Monday', () => {
    assert.equal(dayToIso(weekStart(isoToDay('2026-12-01'))), '2026-11-30');
    assert.equal(dayToIso(weekStart(isoToDay('2026-11-30'))), '2026-11-30');
    assert.equal(dayToIso(weekStart(isoToDay('2026-11-29'))), '2026-11-23');
    assert.equal(dayToIso(weekStart(isoToDay('1969-12-31'))), '1969-12-29');
  });
});

describe('history: the consistency calendar', () => {
  it('lists 52 weeks ending with this one, with the kinds of review and the wins of each', () => {
    const weeks = reviewCalendar(
      [
        { kind: 'monthly', date: '2026-11-28' },
        { kind: 'weekly', date: '2026-11-28' },
        { kind: 'weekly', date: '2026-11-27' },
        { kind: 'weekly', date: '2025-01-01' },
      ],
      ['2026-12-01', '2026-11-24', '2026-11-25', '1999-01-01'],
      NOW,
    );
    assert.equal(weeks.length, 52);
    assert.equal(at(weeks, 51).start, '2026-11-30');
    assert.equal(at(weeks, 0).start, dayToIso(isoToDay('2026-11-30') - 51 * 7));
    assert.deepEqual(at(weeks, 50), { start: '2026-11-23', reviews: ['weekly', 'monthly'], wins: 2 });
    assert.deepEqual(at(weeks, 51), { start: '2026-11-30', reviews: [], wins: 1 });
    assert.equal(
      weeks.reduce((n, w) => n + w.reviews.length, 0),
      2,
    );
  });
});
