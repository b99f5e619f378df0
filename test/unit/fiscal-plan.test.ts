/**
 * A plan whose year starts in another month (`rhythm.year_starts`, issue 26 "Year
 * start"): report periods, the quarterly review's focus quarter, `focus.quarter` and
 * its diagnostics and quick fix, the focus edit and the journal's focus headings all
 * use the fiscal quarters, labelled `FY2027-Q3`; without a rhythm nothing changes.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { applyOps } from '../../src/core/edits';
import { parseGoals } from '../../src/core/parse';
import { IncrementalAnalyzer } from '../../src/core/incremental';
import { periodOf, periodOfSpec, quarterPeriod } from '../../src/core/reports';
import { journalFacts } from '../../src/core/reports/journal-body';
import { fiscalQuarterOf } from '../../src/core/time/fiscal-quarter';
import { MONTHS } from '../../src/core/model';
import { fixesFor } from '../../src/editor/quick-fix-rules';
import { buildSession, focusQuarterFor } from '../../src/review/session';
import './property-seed';

const day = (y: number, m: number, d: number): Date => new Date(y, m - 1, d, 12);

/** A plan with `year_starts` (none when undefined) and `focus.quarter` as written. */
const plan = (yearStarts: string | undefined, quarter: string): string => `version: 1
vision:
  north_star: Lead a platform team
${yearStarts ? `rhythm:\n  year_starts: ${yearStarts}\n` : ''}focus:
  quarter: ${quarter}
  theme: Ship it # the theme
  goals: [a]
goals:
  - { id: a, title: Ship the CLI, horizon: short }
`;

const codesOf = (text: string): string[] => parseGoals(text).diagnostics.filter((d) => d.code === 'invalid-quarter' || d.code === 'quarter-year-start').map((d) => d.code);

describe('a fiscal plan', () => {
  describe('report periods', () => {
    it('names the issue’s quarter: year_starts february, on 2026-11-21, FY2027-Q4 from 2026-11-01 to 2027-01-31', () => {
      assert.deepEqual(periodOf('this-quarter', day(2026, 11, 21), 2), { kind: 'quarter', from: '2026-11-01', to: '2027-01-31', label: 'FY2027-Q4' });
      assert.deepEqual(periodOf('last-quarter', day(2026, 11, 21), 2), { kind: 'quarter', from: '2026-08-01', to: '2026-10-31', label: 'FY2027-Q3' });
      assert.deepEqual(periodOf('this-half', day(2026, 11, 21), 2), { kind: 'half', from: '2026-08-01', to: '2027-01-31', label: 'FY2027-H2' });
      assert.deepEqual(periodOf('this-year', day(2026, 11, 21), 2), { kind: 'year', from: '2026-02-01', to: '2027-01-31', label: 'FY2027' });
    });

    it('keeps the calendar with January, or no rhythm', () => {
      for (const start of [undefined, 1]) {
        assert.deepEqual(periodOf('this-quarter', day(2026, 11, 21), start), { kind: 'quarter', from: '2026-10-01', to: '2026-12-31', label: '2026-Q4' });
        assert.equal(periodOf('this-year', day(2026, 11, 21), start).label, '2026');
      }
    });

    it('turns the last quarter across a year boundary, and holds 2028-02-29', () => {
      assert.deepEqual(periodOf('last-quarter', day(2027, 1, 1), 4), { kind: 'quarter', from: '2026-10-01', to: '2026-12-31', label: 'FY2027-Q3' });
      assert.deepEqual(periodOf('this-quarter', day(2028, 2, 29), 12), { kind: 'quarter', from: '2027-12-01', to: '2028-02-29', label: 'FY2028-Q1' });
      assert.deepEqual(periodOf('last-quarter', day(2028, 3, 1), 3), { kind: 'quarter', from: '2027-12-01', to: '2028-02-29', label: 'FY2028-Q4' });
    });

    it('reads --quarter labels against the plan’s year', () => {
      assert.deepEqual(quarterPeriod('FY2027-Q3', 4), { ok: true, period: { kind: 'quarter', from: '2026-10-01', to: '2026-12-31', label: 'FY2027-Q3' } });
      const wrong = periodOfSpec('report', { quarter: '2026-Q4' }, day(2026, 11, 21), 4);
      assert.ok(wrong && !wrong.ok && wrong.problem === 'quarter' && /Did you mean FY2027-Q3/.test(wrong.error), JSON.stringify(wrong));
      const fy = periodOfSpec('report', { quarter: 'FY2027-Q3' }, day(2026, 11, 21));
      assert.ok(fy && !fy.ok && fy.problem === 'quarter' && /without FY/.test(fy.error), JSON.stringify(fy));
    });

    it('gives every start month a quarter holding today, its last quarter ending the day before', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 12 }), fc.date({ min: new Date(1990, 0, 1), max: new Date(2090, 11, 31), noInvalidDate: true }), (start, when) => {
          const today = day(when.getFullYear(), when.getMonth() + 1, when.getDate());
          const q = periodOf('this-quarter', today, start);
          const last = periodOf('last-quarter', today, start);
          const iso = `${String(today.getFullYear()).padStart(4, '0')}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
          assert.ok(q.from <= iso && iso <= q.to);
          assert.equal(q.label, fiscalQuarterOf(iso, start));
          assert.equal(new Date(`${last.to}T00:00:00Z`).getTime() + 86_400_000, new Date(`${q.from}T00:00:00Z`).getTime());
          const year = periodOf('this-year', today, start);
          assert.ok(year.from <= q.from && q.to <= year.to);
          assert.equal(Number(year.from.slice(5, 7)), start);
        }),
      );
    });
  });

  describe('the quarterly review’s focus quarter', () => {
    it('plans the next fiscal quarter, or the one just begun when its focus is not set', () => {
      assert.equal(focusQuarterFor('2026-11-21', 'FY2027-Q4', 2), 'FY2028-Q1');
      assert.equal(focusQuarterFor('2026-11-05', 'FY2027-Q3', 2), 'FY2027-Q4', 'a late reset in the first two weeks');
      assert.equal(focusQuarterFor('2026-11-21', '2026-Q4', 4), 'FY2027-Q4');
      assert.equal(focusQuarterFor('2026-11-21', '2026-Q4'), '2027-Q1');
    });

    it('gives the review page the fiscal quarter, its wins and the quarter it plans', () => {
      const text = `${plan('february', 'FY2027-Q4')}wins:\n  - { date: 2026-10-31, text: Last day of FY2027-Q3 }\n  - { date: 2026-11-01, text: First day of FY2027-Q4 }\n  - { date: 2027-01-31, text: Last day of FY2027-Q4 }\n`;
      const s = buildSession({ kind: 'quarterly', folderName: 'f', folderUri: 'file:///f', analysis: analyze(text, day(2026, 11, 21)), reviews: [], today: '2026-11-21', prompts: [], maxActiveGoals: 5, journalFolder: 'reviews' });
      assert.equal(s.currentQuarter, 'FY2027-Q4');
      assert.equal(s.proposedFocusQuarter, 'FY2028-Q1');
      assert.deepEqual(
        s.quarterWins.map((w) => w.date),
        ['2026-11-01', '2027-01-31'],
      );
    });

    it('writes an FY focus through the focus edit, keeping the theme’s comment', () => {
      const r = applyOps(plan('april', 'FY2027-Q3'), [{ op: 'writeFocus', focus: { quarter: 'FY2027-Q4', theme: 'Ship it', goals: ['a'] } }]);
      assert.deepEqual(r.failed, []);
      assert.match(r.text, /\n {2}quarter: FY2027-Q4\n {2}theme: Ship it # the theme\n/);
    });

    it('reads the journal’s “Focus for FY2027-Q4” heading', () => {
      const text = '---\nkind: quarterly\ndate: 2026-10-28\n---\n\n## Focus for FY2027-Q4\n\nTheme: Ship it\n\nGoals: Ship the CLI\n';
      const facts = journalFacts([{ path: 'reviews/2026-10-28-quarterly.md', entry: { kind: 'quarterly', date: '2026-10-28' }, text }]);
      assert.deepEqual(
        facts.focuses.map((f) => f.quarter),
        ['FY2027-Q4'],
      );
    });
  });

  describe('focus.quarter in goals.yaml', () => {
    it('accepts the label of the plan’s own year, for every start month', () => {
      assert.deepEqual(codesOf(plan(undefined, '2026-Q4')), []);
      for (const [i, month] of MONTHS.entries()) {
        const label = fiscalQuarterOf('2026-11-21', i + 1) ?? '';
        assert.deepEqual(codesOf(plan(month, label)), [], `${month}: ${label}`);
      }
    });

    it('warns of a label that is no quarter, on the value', () => {
      const text = plan(undefined, 'Q4 2026');
      const d = parseGoals(text).diagnostics.find((x) => x.code === 'invalid-quarter');
      assert.ok(d);
      assert.equal(d.severity, 'warning');
      assert.equal(text.slice(d.range.start, d.range.end), 'Q4 2026');
      assert.match(d.message, /^`focus.quarter`: "Q4 2026" is not a quarter: write it as YYYY-Qn, for example 2026-Q4\.$/);
      assert.match(parseGoals(plan('april', 'Q3')).diagnostics.find((x) => x.code === 'invalid-quarter')?.message ?? '', /write it as FYyyyy-Qn[^.]*, for example FY2027-Q3/);
    });

    it('warns of a label in the other convention, naming the quarter meant', () => {
      const april = parseGoals(plan('april', '2026-Q4')).diagnostics.find((x) => x.code === 'quarter-year-start');
      assert.equal(april?.message, '`focus.quarter`: `2026-Q4` is not a quarter of this plan: the year starts in April (`rhythm.year_starts`), so quarters are written FYyyyy-Qn, named by the year the fiscal year ends in. Did you mean FY2027-Q3 (2026-10-01 to 2026-12-31)?');
      assert.deepEqual(codesOf(plan('january', 'FY2026-Q4')), ['quarter-year-start']);
      assert.deepEqual(codesOf(plan('april', 'fy2027-q3')), ['invalid-quarter'], 'read, but never equal to the label a review writes');
    });

    it('offers the FY label as a quick fix when it covers the same days, and nothing when it does not', () => {
      const fixed = (text: string): string | undefined => {
        const a = analyze(text, day(2026, 11, 21));
        const d = a.diagnostics.find((x) => x.code === 'quarter-year-start' || x.code === 'invalid-quarter');
        assert.ok(d, text);
        const [fix] = fixesFor(d, a, '2026-11-21');
        if (!fix) return undefined;
        assert.equal(fix.kind, 'ops');
        const r = applyOps(text, fix.kind === 'ops' ? fix.ops : []);
        assert.deepEqual(r.failed, []);
        return r.text;
      };
      assert.equal(fixed(plan('april', '2026-Q4')), plan('april', 'FY2027-Q3'));
      assert.equal(fixed(plan(undefined, 'FY2026-Q4')), plan(undefined, '2026-Q4'));
      assert.equal(fixed(plan('april', 'fy2027-q3')), plan('april', 'FY2027-Q3'));
      assert.equal(fixed(plan('february', '2026-Q4')), undefined, 'February quarters share no calendar quarter’s days');
      assert.equal(fixed(plan('april', 'next quarter')), undefined);
    });

    it('follows a rhythm written after the focus, and the incremental analysis agrees while it is typed', () => {
      // rhythm after focus: the check runs once both are read.
      const text = plan(undefined, '2026-Q4').replace('goals:\n  - {', 'rhythm: { year_starts: july }\ngoals:\n  - {');
      assert.deepEqual(codesOf(text), ['quarter-year-start']);
      const inc = new IncrementalAnalyzer();
      const steps = [plan('july', '2026-Q4'), plan('july', 'FY2027-Q2'), plan('july', 'FY2027-Q2').replace('Ship the CLI', 'Ship the CLI now'), plan('april', 'FY2027-Q2'), plan('january', 'FY2027-Q2'), text];
      for (const step of steps) {
        const quarterCodes = (ds: readonly { code: string; range: { start: number; end: number } }[]) => ds.filter((d) => d.code.includes('quarter')).map((d) => `${d.code}@${d.range.start}`);
        assert.deepEqual(quarterCodes(inc.analyze(step, day(2026, 11, 21)).diagnostics), quarterCodes(analyze(step, day(2026, 11, 21)).diagnostics), step);
      }
    });
  });
});
