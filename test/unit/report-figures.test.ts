/**
 * The figures a brag document states: the fixture period (seven journal
 * entries, the first on 2026-09-04) sentence by sentence, and properties over any plan
 * and journal: no line that only says "no record", and every figure comes from a record.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { buildHistory, reviewsOf, type HistoryPoint } from '../../src/core/history';
import { bragDocument, customPeriod, quarterlyReport, type ReportPeriod } from '../../src/core/reports';
import type { ReportJournalEntry } from '../../src/core/reports/journal-body';
import type { ReportSources } from '../../src/core/reports/data';
import { readJournal } from '../../src/cli/files';
import { percent } from '../../src/core/words/percent';
import { dayToIso, isoToDay } from '../../src/core/time/dates';

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/brag-period');
const TODAY = new Date(2026, 11, 6); // 2026-12-06, after the period

function period(from: string, to: string): ReportPeriod {
  const r = customPeriod(from, to);
  assert.ok(r.ok, `${from} to ${to} is a period`);
  return r.period;
}

function fixture(): ReportSources {
  const file = path.join(FIXTURE, 'goals.yaml');
  const journal = readJournal({ file, journal: { dir: path.join(FIXTURE, 'reviews'), explicit: true }, today: TODAY, maxActiveGoals: 5 }).entries;
  assert.equal(journal.length, 7, 'the fixture has seven journal entries');
  const analysis = analyze(fs.readFileSync(file, 'utf8'), TODAY, { reviews: reviewsOf(journal) });
  return { analysis, history: buildHistory({ journal, commits: [], today: analysis, now: TODAY }), journal, now: TODAY };
}

/** The lines of `md` between `## name` and the next `## `. */
function section(md: string, name: string): string[] {
  const lines = md.split('\n');
  const start = lines.indexOf(`## ${name}`);
  assert.ok(start >= 0, `no section ${name} in\n${md}`);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((l) => l !== '');
}

describe('brag document figures (the 2026-09-01 to 2026-11-30 fixture)', () => {
  const md = bragDocument(fixture(), period('2026-09-01', '2026-11-30'), { layout: 'by-goal' });
  const brag = bragDocument(fixture(), period('2026-09-01', '2026-11-30'));

  it('matches the golden documents, in both layouts', () => {
    for (const [name, text] of [['by-goal.golden.md', md], ['brag.golden.md', brag]] as const) {
      const file = path.join(FIXTURE, name);
      if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, text);
      assert.equal(text, fs.readFileSync(file, 'utf8'), `${name} differs; run with UPDATE_GOLDEN=1 to accept the new output`);
    }
  });

  it('lays the brag layout out as reviewers read it: goals, what I shipped, growing others, design and documentation, what I learned', () => {
    const headings = brag.split('\n').filter((l) => l.startsWith('## '));
    assert.deepEqual(headings, ['## Summary', '## Goals for this period', '## What I shipped and its impact', '## Growing others', '## Design and documentation', '## What I learned']);
    assert.deepEqual(section(brag, 'Growing others'), [
      '1 win on goals that serve mentorship or mentoring, or tagged with one of them.',
      '- 2026-10-12: Sam led the payments retro \\<script>alert(1)\\</script> (Grow two engineers into project leads)',
    ]);
    assert.deepEqual(section(brag, 'Design and documentation'), [
      '2 wins tagged design, documentation, docs or writing.',
      '- 2026-11-25: Wrote the ADR template the team now uses (tags: documentation, adr)',
      '- 2026-09-18: Billing API design approved by the architecture group (tags: design) (Ship the billing API)',
    ]);
    const shipped = section(brag, 'What I shipped and its impact');
    assert.deepEqual(shipped.slice(0, 3), [
      '### Goals achieved',
      '- **Give a talk at the local meetup**: done in goals.yaml; the latest record of it in the period is a win on 2026-10-30',
      '  - Win, 2026-10-30: Gave the talk: [slides](https://example.com/slides)',
    ]);
    // Each win is told once.
    for (const win of ['Five billing endpoints live', 'Gave the talk', 'Sam led', 'ADR template', 'design approved']) assert.equal(brag.split(win).length - 1, 1, `${win} once in\n${brag}`);
  });

  it('states the overall change from the first record in the period to the last, in points', () => {
    assert.deepEqual(section(md, 'Summary'), [
      '- **North star:** Senior engineer who ships calmly and grows the people around her',
      '- **Period:** 2026-09-01 to 2026-11-30',
      // Before: "no record before 2026-09-01 → 43% (monthly review, 2026-10-30)".
      '- **Overall progress of active goals:** 30% on 2026-09-04 → 43% on 2026-10-30 (+13 points)',
      '- **Logged in the period:** 5 wins, 2 lessons',
    ]);
  });

  it('counts the done talk as achieved on the day of its win, with the win under it', () => {
    // Before: "No record shows a goal marked done in this period. Marked done in goals.yaml, with no record of when: Give a talk".
    assert.deepEqual(section(md, 'Goals achieved'), [
      '- **Give a talk at the local meetup**: done in goals.yaml; the latest record of it in the period is a win on 2026-10-30',
      '  - Win, 2026-10-30: Gave the talk: [slides](https://example.com/slides)',
    ]);
  });

  it('names each goal’s figures by record and drops lines that would only say "no record"', () => {
    assert.deepEqual(section(md, 'Progress by goal'), [
      '### Ship the billing API',
      '- Short-term (3–6 months) · active · due 2026-12-31',
      '- Serves: craft',
      '- Progress: 20% on 2026-09-04 → 60% on 2026-10-30 (+40 points)',
      '- endpoints live: 1 endpoints on 2026-09-04 → 3 endpoints on 2026-10-30 (+2); target 6 endpoints',
      '### Grow two engineers into project leads',
      '- Medium-term (6–18 months) · active · due 2027-06-30',
      '- Serves: mentorship',
      // Before: "mentees leading a project: no record before 2026-09-01 → no record up to 2026-11-30; target 2 people".
      '- mentees leading a project: goals.yaml says 1 people today, 2026-12-06; target 2 people',
      '### Give a talk at the local meetup',
      '- Short-term (3–6 months) · done · due 2026-10-30',
      // Before: "Progress: no record before 2026-09-01 → no record up to 2026-11-30".
      '- Serves: writing',
      '### Write the on-call handbook',
      '- Short-term (3–6 months) · active · due 2027-01-31',
      '- Serves: writing, craft',
      '- Progress: 10% on 2026-09-04 → 30% on 2026-10-30 (+20 points)',
    ]);
    assert.doesNotMatch(md, /no record before|no record up to/);
  });

  it('keeps a hostile win as text', () => {
    assert.ok(section(md, 'Wins').includes('- 2026-10-12: Sam led the payments retro \\<script>alert(1)\\</script>'), section(md, 'Wins').join('\n'));
  });
});

/** A journal entry with figures: overall and a progress per goal, any of them missing. */
const entryArb = fc.record({
  day: fc.integer({ min: 0, max: 200 }),
  overall: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  a: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  b: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  metric: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
});

/** What one generated journal entry records. */
type JournalDraft = typeof entryArb extends fc.Arbitrary<infer T> ? T : never;

const BASE = isoToDay('2026-06-01');

const PLAN = `version: 1
vision: { north_star: Grow, values: [craft] }
goals:
  - id: a
    title: Goal A
    horizon: short
    values: [craft]
    start: 2026-06-01
    due: 2027-06-30
    metric: { name: pages, unit: pages, start: 0, target: 20, current: 7 }
  - id: b
    title: Goal B
    horizon: short
    values: [craft]
    due: 2027-06-30
    tasks:
      - { title: One, done: true }
      - { title: Two, done: false }
`;

function sourcesOf(entries: readonly JournalDraft[], now: Date): ReportSources {
  const journal: ReportJournalEntry[] = entries.map((e, i) => {
    const progress: Record<string, number> = {};
    if (e.a !== undefined) progress.a = e.a;
    if (e.b !== undefined) progress.b = e.b;
    const date = dayToIso(BASE + e.day);
    return {
      entry: { kind: 'weekly', date, ...(e.overall !== undefined && { overall: e.overall }), progress, ...(e.metric !== undefined && e.a !== undefined && { metrics: { a: e.metric } }) },
      path: `reviews/${date}-${i}-weekly.md`,
    };
  });
  journal.sort((x, y) => (x.entry.date < y.entry.date ? -1 : x.entry.date > y.entry.date ? 1 : x.path < y.path ? -1 : 1));
  const analysis = analyze(PLAN, now);
  return { analysis, history: buildHistory({ journal, commits: [], today: analysis, now }), journal, now };
}

/** Every figure a sentence names, with the day it names: `43% on 2026-10-30`, `3 pages today, 2026-12-06`, `goals.yaml says 7 pages today, …`. */
function namedFigures(md: string): { value: number; unit: '%' | 'pages'; date: string; today: boolean; line: string }[] {
  const out: { value: number; unit: '%' | 'pages'; date: string; today: boolean; line: string }[] = [];
  for (const line of md.split('\n')) {
    for (const m of line.matchAll(/(\d+)(%| pages) (on|today,) (\d{4}-\d{2}-\d{2})/g)) {
      out.push({ value: Number(m[1]), unit: m[2] === '%' ? '%' : 'pages', date: m[4]!, today: m[3] === 'today,', line });
    }
  }
  return out;
}

/** Whether some point of the day `date` holds `value` for a figure of `unit`. */
function recorded(points: readonly HistoryPoint[], f: { value: number; unit: '%' | 'pages'; date: string; today: boolean }): boolean {
  return points.some(
    (p) =>
      p.date === f.date &&
      (p.source === 'today') === f.today &&
      (f.unit === '%' ? [p.overall, ...Object.values(p.goals).map((g) => g.progress)].some((v) => percent(v) === f.value) : Object.values(p.goals).some((g) => g.metric === f.value)),
  );
}

describe('brag document figures (property)', () => {
  it('never writes a "no record" line, and names only figures a record in or before the period holds (today’s plan only when today is in the period)', () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 8 }), fc.integer({ min: 0, max: 240 }), fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 260 }), (entries, fromDay, length, todayDay) => {
        const from = dayToIso(BASE + fromDay);
        const to = dayToIso(BASE + fromDay + length);
        const todayIso = dayToIso(BASE + todayDay);
        const now = new Date(Number(todayIso.slice(0, 4)), Number(todayIso.slice(5, 7)) - 1, Number(todayIso.slice(8, 10)));
        const src = sourcesOf(entries, now);
        const p = period(from, to);
        for (const md of [bragDocument(src, p), quarterlyReport(src, p)]) {
          assert.doesNotMatch(md, /no record before|no record up to|no record → /, md);
          for (const f of namedFigures(md)) {
            checked++;
            assert.ok(recorded(src.history.points, f), `"${f.line}" names ${f.value}${f.unit === '%' ? '%' : ' pages'} on ${f.date}, which no record holds`);
            // A change's figures are from records up to the period's end; only the plan's `current`, said apart, is later.
            if (!f.line.includes('goals.yaml says')) assert.ok(f.date <= to, `"${f.line}" names a figure of ${f.date}, after the period's end ${to}`);
          }
          if (from > todayIso) assert.equal(md.match(/has not started yet/g)?.length, 1, `a future period says so once:\n${md}`);
        }
      }),
      { numRuns: 150 },
    );
    assert.ok(checked > 300, `the generated documents named only ${checked} figures: the property checked too little`);
  });
});
