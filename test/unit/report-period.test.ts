import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseIsoDay } from '../../src/core/time/dates';
import { customPeriod, periodOf, quarterPeriod, reportFiles } from '../../src/core/reports';
import { inPeriod } from '../../src/core/reports/period';
import { MAX_REPORT_SUFFIX, reportFileName, uniqueReportFiles } from '../../src/core/reports/file-names';

/** A report's one file name (no companion), never one of `existing`. */
const uniqueFileName = (name: string, existing: Iterable<string>): string | undefined => uniqueReportFiles(name, [], existing)?.[0];

const day = (y: number, m: number, d: number): Date => new Date(y, m - 1, d);

describe('report periods', () => {
  it('names this quarter, last quarter, this half and this year from today, bounds included', () => {
    const today = day(2026, 11, 21);
    assert.deepEqual(periodOf('this-quarter', today), { kind: 'quarter', from: '2026-10-01', to: '2026-12-31', label: '2026-Q4' });
    assert.deepEqual(periodOf('last-quarter', today), { kind: 'quarter', from: '2026-07-01', to: '2026-09-30', label: '2026-Q3' });
    assert.deepEqual(periodOf('this-half', today), { kind: 'half', from: '2026-07-01', to: '2026-12-31', label: '2026-H2' });
    assert.deepEqual(periodOf('this-year', today), { kind: 'year', from: '2026-01-01', to: '2026-12-31', label: '2026' });
  });

  it('turns quarter and half boundaries on the first and last days', () => {
    assert.equal(periodOf('this-quarter', day(2026, 9, 30)).label, '2026-Q3');
    assert.equal(periodOf('this-quarter', day(2026, 10, 1)).label, '2026-Q4');
    assert.equal(periodOf('last-quarter', day(2027, 1, 1)).label, '2026-Q4', 'last quarter of the first day of a year is the previous year Q4');
    assert.equal(periodOf('this-half', day(2026, 6, 30)).label, '2026-H1');
    assert.equal(periodOf('this-half', day(2026, 7, 1)).label, '2026-H2');
  });

  it('counts the last 12 months back from today, leap day included', () => {
    assert.deepEqual(periodOf('last-12-months', day(2026, 11, 30)), { kind: 'custom', from: '2025-12-01', to: '2026-11-30', label: '2025-12-01_2026-11-30' });
    assert.equal(periodOf('last-12-months', day(2028, 2, 29)).from, '2027-03-01');
    assert.equal(periodOf('last-12-months', day(2026, 1, 1)).from, '2025-01-02');
  });

  it('parses YYYY-Qn quarters and says what is wrong with anything else', () => {
    const q = quarterPeriod('2024-Q1');
    assert.ok(q.ok);
    assert.deepEqual(q.period, { kind: 'quarter', from: '2024-01-01', to: '2024-03-31', label: '2024-Q1' });
    const lower = quarterPeriod('2026-q4');
    assert.ok(lower.ok && lower.period.label === '2026-Q4');
    for (const bad of ['2026-Q5', '2026Q4', 'Q4-2026', '', '2026-Q4\n# x']) {
      const r = quarterPeriod(bad);
      assert.ok(!r.ok, bad);
      assert.match(r.error, /is not a quarter: write it as YYYY-Qn/);
      assert.doesNotMatch(r.error, /\n/);
    }
  });

  it('validates custom dates: real days, start on or before end', () => {
    const ok = customPeriod('2026-01-15', '2026-01-15');
    assert.ok(ok.ok && ok.period.label === '2026-01-15_2026-01-15', 'a single day is a period');
    const cases: [string, string, RegExp][] = [
      ['2026-02-30', '2026-03-01', /start date 2026-02-30 is not a real calendar date/],
      ['2026-01-01', '2026-13-01', /end date 2026-13-01 is not a real calendar date/],
      ['2026/01/01', '2026-02-01', /start date "2026\/01\/01" is not written YYYY-MM-DD/],
      ['2026-03-01', '2026-02-01', /start date 2026-03-01 is after the end date 2026-02-01/],
    ];
    for (const [from, to, message] of cases) {
      const r = customPeriod(from, to);
      assert.ok(!r.ok, `${from}..${to}`);
      assert.match(r.error, message);
    }
  });

  it('includes both bounds', () => {
    const p = { from: '2026-10-01', to: '2026-12-31' };
    assert.deepEqual(['2026-09-30', '2026-10-01', '2026-12-31', '2027-01-01'].map((d) => inPeriod(d, p)), [false, true, true, false]);
  });

  it('parses any text without throwing, and a period it accepts is a real span', () => {
    const dateish = fc.oneof(fc.string(), fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`));
    fc.assert(
      fc.property(dateish, dateish, (from, to) => {
        const r = customPeriod(from, to);
        if (!r.ok) return r.error.length > 0 && !r.error.includes('\n');
        return typeof parseIsoDay(r.period.from) === 'number' && typeof parseIsoDay(r.period.to) === 'number' && r.period.from <= r.period.to;
      }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 9 })).map(([y, q]) => `${String(y).padStart(4, '0')}-Q${q}`)), (text) => {
        const r = quarterPeriod(text);
        if (!r.ok) return true;
        // An accepted quarter starts on the 1st of Jan/Apr/Jul/Oct and its label is what was asked for.
        return /^\d{4}-(01|04|07|10)-01$/.test(r.period.from) && r.period.label === text.trim().toUpperCase() && r.period.from < r.period.to;
      }),
    );
  });
});

describe('report file names', () => {
  it('names files by kind and period', () => {
    assert.equal(reportFileName('brag', { label: '2026-Q4' }), 'brag-2026-Q4.md');
    assert.equal(reportFileName('brag', { label: '2026-H2' }), 'brag-2026-H2.md');
    assert.equal(reportFileName('brag', { label: '2026' }), 'brag-2026.md');
    assert.equal(reportFileName('brag', periodOf('last-12-months', day(2026, 11, 30))), 'brag-2025-12-01_2026-11-30.md');
    assert.equal(reportFileName('report', { label: '2026-Q4' }, 'svg'), 'report-2026-Q4.svg');
  });

  it('picks the first free suffix, ignoring case, and never one of the existing names', () => {
    assert.equal(uniqueFileName('brag-2026-Q4.md', []), 'brag-2026-Q4.md');
    assert.equal(uniqueFileName('brag-2026-Q4.md', ['brag-2026-Q4.md']), 'brag-2026-Q4-2.md');
    assert.equal(uniqueFileName('brag-2026-Q4.md', ['BRAG-2026-Q4.MD', 'brag-2026-Q4-2.md']), 'brag-2026-Q4-3.md');
    // The chart beside it shares the suffix: a leftover .svg moves both on.
    assert.deepEqual(reportFiles('brag', { label: '2026-Q4' }, ['brag-2026-Q4.svg']), { markdown: 'brag-2026-Q4-2.md', chart: 'brag-2026-Q4-2.svg' });
    const all = Array.from({ length: MAX_REPORT_SUFFIX }, (_, i) => (i === 0 ? 'x.md' : `x-${i + 1}.md`));
    assert.equal(uniqueFileName('x.md', all), undefined, 'gives up rather than overwrite');
  });

  it('never returns a taken name (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 40 }), (ns) => {
        const existing = ns.map((n) => (n === 1 ? 'brag-2026.md' : `brag-2026-${n}.md`));
        const name = uniqueFileName('brag-2026.md', existing);
        return name !== undefined && !existing.includes(name);
      }),
    );
  });
});
