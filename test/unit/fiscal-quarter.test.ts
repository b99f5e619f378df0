/**
 * Fiscal quarters (issue 26, "Year start"): quarters, halves and years of a year that
 * starts in any month, their labels (`2026-Q4` from January, `FY2027-Q3` otherwise, by
 * the year the fiscal year ends in), label round-trips and the words for a label in the
 * wrong convention; with the dates, a year boundary and 2028-02-29, in two zones.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { fiscalQuarterBounds, fiscalQuarterOf, fiscalSpanOf, parseQuarterName, quarterName, readQuarter, shiftQuarterName } from '../../src/core/time/fiscal-quarter';
import { quarterAnchor } from '../../src/core/rhythm';
import { dayToIso, isoToDay, parseIsoDay } from '../../src/core/time/dates';
import './property-seed';
import { inTimeZone } from './helpers';

/** Days from 0002-01-01 to 9997-12-31: every label of them and of the quarter after, FY or not, has four digits. */
const anyDay = fc.integer({ min: -718_797, max: 2_932_166 });
const anyStart = fc.integer({ min: 1, max: 12 });

for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
  describe(`fiscal quarters (in ${zone})`, () => {
    inTimeZone(zone);

    it('keeps calendar labels with a January start, or none', () => {
      assert.equal(fiscalQuarterOf('2026-11-21'), '2026-Q4');
      assert.equal(fiscalQuarterOf('2026-11-21', 1), '2026-Q4');
      assert.deepEqual(fiscalQuarterBounds('2026-Q4', 1), { start: '2026-10-01', end: '2026-12-31' });
    });

    it('names the issue’s quarter: year_starts february, 2026-11-21 is FY2027-Q4, 2026-11-01 … 2027-01-31', () => {
      assert.equal(fiscalQuarterOf('2026-11-21', 2), 'FY2027-Q4');
      assert.deepEqual(fiscalQuarterBounds('FY2027-Q4', 2), { start: '2026-11-01', end: '2027-01-31' });
      assert.equal(fiscalQuarterOf('2027-01-31', 2), 'FY2027-Q4');
      assert.equal(fiscalQuarterOf('2027-02-01', 2), 'FY2028-Q1');
    });

    it('names a quarter by the year its fiscal year ends in: April start', () => {
      assert.equal(fiscalQuarterOf('2026-11-21', 4), 'FY2027-Q3');
      assert.deepEqual(fiscalQuarterBounds('FY2027-Q3', 4), { start: '2026-10-01', end: '2026-12-31' });
      assert.equal(fiscalQuarterOf('2026-03-31', 4), 'FY2026-Q4');
      assert.equal(fiscalQuarterOf('2026-04-01', 4), 'FY2027-Q1');
    });

    it('crosses the year boundary: December start', () => {
      assert.equal(fiscalQuarterOf('2026-12-31', 12), 'FY2027-Q1');
      assert.equal(fiscalQuarterOf('2027-01-01', 12), 'FY2027-Q1');
      assert.deepEqual(fiscalQuarterBounds('FY2027-Q1', 12), { start: '2026-12-01', end: '2027-02-28' });
      assert.equal(fiscalQuarterOf('2026-11-30', 12), 'FY2026-Q4');
    });

    it('holds 2028-02-29 in the quarter that ends with it', () => {
      assert.equal(fiscalQuarterOf('2028-02-29', 12), 'FY2028-Q1');
      assert.deepEqual(fiscalQuarterBounds('FY2028-Q1', 12), { start: '2027-12-01', end: '2028-02-29' });
      assert.equal(fiscalQuarterOf('2028-02-29', 3), 'FY2028-Q4');
      assert.deepEqual(fiscalQuarterBounds('FY2028-Q4', 3), { start: '2027-12-01', end: '2028-02-29' });
      assert.deepEqual(fiscalQuarterBounds('FY2028-Q1', 2), { start: '2027-02-01', end: '2027-04-30' });
      assert.equal(fiscalQuarterOf('2028-02-29', 2), 'FY2029-Q1');
    });

    it('gives halves and years of the fiscal year', () => {
      assert.deepEqual(fiscalSpanOf('2026-11-21', 12, 4), { start: '2026-04-01', end: '2027-03-31', label: 'FY2027' });
      assert.deepEqual(fiscalSpanOf('2026-11-21', 6, 4), { start: '2026-10-01', end: '2027-03-31', label: 'FY2027-H2' });
      assert.deepEqual(fiscalSpanOf('2026-11-21', 6, 2), { start: '2026-08-01', end: '2027-01-31', label: 'FY2027-H2' });
      assert.deepEqual(fiscalSpanOf('2026-11-21', 12), { start: '2026-01-01', end: '2026-12-31', label: '2026' });
      assert.deepEqual(fiscalSpanOf('2026-11-21', 6, 1), { start: '2026-07-01', end: '2026-12-31', label: '2026-H2' });
      assert.deepEqual(fiscalSpanOf('2028-02-29', 12, 3), { start: '2027-03-01', end: '2028-02-29', label: 'FY2028' });
    });

    it('puts every day of every start month in the quarter whose bounds hold it, the next starting the day after', () => {
      fc.assert(
        fc.property(anyDay, anyStart, (day, start) => {
          const iso = dayToIso(day);
          const label = fiscalQuarterOf(iso, start);
          assert.ok(label, iso);
          assert.equal(label.startsWith('FY'), start !== 1, label);
          const b = fiscalQuarterBounds(label, start);
          assert.ok(b && b.start <= iso && iso <= b.end, `${iso} in ${label} from month ${start}: ${JSON.stringify(b)}`);
          // The quarter starts on the first day the cadence's quarterly reset falls due.
          assert.equal(b.start, dayToIso(quarterAnchor(day, start)));
          // It starts in a month 0, 3, 6 or 9 months after the year's start.
          assert.equal((Number(b.start.slice(5, 7)) - start + 12) % 3, 0);
          const next = shiftQuarterName(label, 1) ?? '';
          assert.equal(fiscalQuarterBounds(next, start)?.start, dayToIso((parseIsoDay(b.end) as number) + 1));
          assert.equal(shiftQuarterName(next, -1), label);
          // The label's year is the one the fiscal year ends in: the year of Q4's last day.
          const q4 = fiscalQuarterBounds(label.replace(/Q\d$/, 'Q4'), start);
          assert.equal(q4?.end.slice(0, 4), label.slice(start === 1 ? 0 : 2, start === 1 ? 4 : 6));
          // The half and the year hold the day and the quarter.
          for (const months of [6, 12] as const) {
            const span = fiscalSpanOf(iso, months, start);
            assert.ok(span && span.start <= b.start && b.end <= span.end, `${months} months of ${iso}: ${JSON.stringify(span)}`);
          }
        }),
      );
    });
  });
}

describe('quarter labels', () => {
  it('round-trips every label it writes, in both conventions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const), fc.boolean(), (year, quarter, fiscal) => {
        const label = quarterName({ year, quarter, fiscal });
        assert.deepEqual(parseQuarterName(label), { year, quarter, fiscal });
        assert.deepEqual(parseQuarterName(label.toLowerCase()), { year, quarter, fiscal });
        const r = readQuarter(` ${label.toLowerCase()} `, fiscal ? 7 : 1);
        assert.ok(r.ok && r.label === label, JSON.stringify(r));
      }),
    );
  });

  it('moves across years in the label’s own convention', () => {
    assert.equal(shiftQuarterName('FY2027-Q4', 1), 'FY2028-Q1');
    assert.equal(shiftQuarterName('2026-Q4', 1), '2027-Q1');
    assert.equal(shiftQuarterName('FY2027-Q1', -1), 'FY2026-Q4');
    assert.equal(shiftQuarterName('9999-Q4', 1), undefined);
    assert.equal(shiftQuarterName('Q4', 1), undefined);
  });

  it('reads FY2027-Q3 in an April year, with its days', () => {
    assert.deepEqual(readQuarter('FY2027-Q3', 4), { ok: true, label: 'FY2027-Q3', bounds: { start: '2026-10-01', end: '2026-12-31' } });
  });

  it('says what is wrong with a malformed label, in the plan’s convention', () => {
    const plain = readQuarter('2026-Q5');
    assert.ok(!plain.ok && plain.error.includes('YYYY-Qn, for example 2026-Q4'), JSON.stringify(plain));
    const fiscal = readQuarter('FY27-Q3', 4);
    assert.ok(!fiscal.ok && fiscal.error.includes('for example FY2027-Q3') && fiscal.error.includes('April'), JSON.stringify(fiscal));
  });

  it('offers the same days for a calendar label in an April year', () => {
    const r = readQuarter('2026-Q4', 4);
    assert.ok(!r.ok);
    assert.equal(r.suggestion, 'FY2027-Q3');
    assert.equal(r.sameDays, true);
    assert.match(r.error, /year starts in April/);
    assert.match(r.error, /Did you mean FY2027-Q3 \(2026-10-01 to 2026-12-31\)\?/);
  });

  it('names the quarter holding a calendar label’s first day when the days differ', () => {
    const r = readQuarter('2026-Q4', 2);
    assert.ok(!r.ok);
    assert.equal(r.suggestion, 'FY2027-Q3');
    assert.equal(r.sameDays, false);
    assert.match(r.error, /The quarter holding 2026-10-01 is FY2027-Q3 \(2026-08-01 to 2026-10-31\)\./);
  });

  it('reads an FY label in a January year as the calendar quarter meant', () => {
    const r = readQuarter('FY2026-Q4', 1);
    assert.ok(!r.ok);
    assert.equal(r.suggestion, '2026-Q4');
    assert.equal(r.sameDays, true);
    assert.match(r.error, /without FY/);
    assert.equal(fiscalQuarterBounds('FY2026-Q4', 1), undefined);
    assert.equal(fiscalQuarterBounds('2026-Q4', 4), undefined);
  });

  it('agrees with the day numbers of the cadence on the issue’s date', () => {
    assert.equal(dayToIso(quarterAnchor(isoToDay('2026-11-21'), 2)), fiscalQuarterBounds('FY2027-Q4', 2)?.start);
  });
});
