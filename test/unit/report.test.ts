import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { buildHistory, type History } from '../../src/core/history';
import { bragDocument, periodOf, quarterPeriod, quarterlyReport, customPeriod, type ReportPeriod } from '../../src/core/reports';
import { type ReportJournalEntry } from '../../src/core/reports/journal-body';
import { type ReportSources } from '../../src/core/reports/data';
import type { Evidence, EvidenceCommit } from '../../src/core/evidence';
import { readJournal } from '../../src/cli/files';
import { reviewsOf } from '../../src/core/history';
import { reportChartSvg } from '../../src/shared/report-chart';

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/report');
const TODAY = new Date(2026, 10, 21); // 2026-11-21, local

/** The fixture plan and its journal (two quarters), as the CLI reads them. */
function fixtureSources(): ReportSources {
  const file = path.join(FIXTURE, 'goals.yaml');
  const journal = readJournal({ file, journal: { dir: path.join(FIXTURE, 'reviews'), explicit: true }, today: TODAY, maxActiveGoals: 5 }).entries;
  const analysis = analyze(fs.readFileSync(file, 'utf8'), TODAY, { reviews: reviewsOf(journal) });
  return { analysis, history: buildHistory({ journal, commits: [], today: analysis, now: TODAY }), journal, now: TODAY };
}

/** Sources from plan text alone, with an optional journal. */
function sources(text: string, journal: ReportJournalEntry[] = [], now = TODAY): ReportSources {
  const analysis = analyze(text, now);
  return { analysis, history: buildHistory({ journal, commits: [], today: analysis, now }), journal, now };
}

function quarter(label: string): ReportPeriod {
  const r = quarterPeriod(label);
  assert.ok(r.ok);
  return r.period;
}

/** Compares with the golden file; UPDATE_GOLDEN=1 rewrites it. */
function golden(name: string, actual: string): void {
  const file = path.join(FIXTURE, name);
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, actual);
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `${name} differs; run with UPDATE_GOLDEN=1 to accept the new output`);
}

/** The Markdown between `## name` and the next `## ` heading. */
function section(md: string, name: string): string {
  const start = md.indexOf(`\n## ${name}\n`);
  assert.ok(start >= 0, `no section ${name}`);
  const next = md.indexOf('\n## ', start + 4);
  return md.slice(start, next < 0 ? undefined : next);
}

describe('brag document and quarterly report (golden)', () => {
  it('writes the brag document of 2026-Q4', () => {
    golden('brag-2026-Q4.golden.md', bragDocument(fixtureSources(), quarter('2026-Q4'), { chartFile: 'brag-2026-Q4.svg', layout: 'by-goal' }));
  });

  it('writes the quarterly reports of 2026-Q3 and 2026-Q4', () => {
    const src = fixtureSources();
    golden('report-2026-Q3.golden.md', quarterlyReport(src, quarter('2026-Q3')));
    golden('report-2026-Q4.golden.md', quarterlyReport(src, quarter('2026-Q4'), { chartFile: 'report-2026-Q4.svg' }));
  });
});

/** The by-goal layout, whose sections these tests read. */
const BY_GOAL = { layout: 'by-goal' } as const;

const PLAN = `version: 1
vision: { north_star: Grow, values: [craft] }
goals:
  - id: a
    title: Goal A
    horizon: short
    values: [craft]
    start: 2026-07-01
    due: 2026-12-31
    metric: { name: pages, unit: pages, start: 0, target: 10, current: 4 }
  - id: b
    title: Goal B
    horizon: short
    values: [craft]
    due: 2026-12-31
    checkpoints:
      - { title: Planned, date: 2026-10-10, done: true }
wins:
  - { date: 2026-10-01, text: "First day win", goal: b }
  - { date: 2026-11-02, text: "Later win for A", goal: a }
  - { date: 2026-11-02, text: "Same day, later line", goal: a }
  - { date: 2026-10-20, text: "B in between", goal: b }
  - { date: 2026-09-30, text: "Before the quarter", goal: a }
  - { date: 2027-01-01, text: "After the quarter", goal: a }
  - { date: 2026-10-05, text: "Loose win" }
`;

describe('brag document', () => {
  it('never invents a start value: with no record before the period, the change starts at the first record in it', () => {
    const md = bragDocument(sources(PLAN), quarter('2026-Q4'), BY_GOAL);
    assert.match(section(md, 'Summary'), /\*\*Overall progress of active goals:\*\* \d+% today, 2026-11-21\n/);
    assert.match(section(md, 'Progress by goal'), /- pages: 4 pages today, 2026-11-21; target 10 pages\n/);
    assert.doesNotMatch(md, /no record before|no record up to/);
  });

  it('leaves out a figure no record holds, rather than say "no record"', () => {
    const md = bragDocument(sources(PLAN), quarter('2025-Q1'), BY_GOAL);
    assert.doesNotMatch(section(md, 'Summary'), /Overall progress/);
    assert.doesNotMatch(section(md, 'Progress by goal'), /Progress:/);
    // The metric has no record in the period, so the plan's `current` is named with the day it is read.
    assert.match(section(md, 'Progress by goal'), /- pages: goals\.yaml says 4 pages today, 2026-11-21; target 10 pages\n/);
    assert.doesNotMatch(md, /no record before|no record up to/);
  });

  it('takes the start from the last point before the period and the end from the last in it, with the change in points', () => {
    const journal: ReportJournalEntry[] = [
      { entry: { kind: 'weekly', date: '2026-09-30', overall: 10, progress: { a: 10 }, metrics: { a: 1 } }, path: 'reviews/2026-09-30-weekly.md' },
      { entry: { kind: 'weekly', date: '2026-10-01', overall: 20, progress: { a: 20 } }, path: 'reviews/2026-10-01-weekly.md' },
    ];
    const md = bragDocument(sources(PLAN, journal), quarter('2026-Q4'), BY_GOAL);
    assert.match(section(md, 'Summary'), /10% on 2026-09-30 → \d+% today, 2026-11-21 \(\+\d+ points\)/);
    assert.match(section(md, 'Progress by goal'), /pages: 1 pages on 2026-09-30 → 4 pages today, 2026-11-21 \(\+3\); target 10 pages/);
    assert.match(section(md, 'Progress by goal'), /Progress: 10% on 2026-09-30 → 40% today, 2026-11-21 \(\+30 points\)/);
  });

  it('says 1 point, not 1 points, and a fall with a minus sign', () => {
    const journal: ReportJournalEntry[] = [
      { entry: { kind: 'weekly', date: '2026-10-02', overall: 41, progress: { a: 41 } }, path: 'reviews/2026-10-02-weekly.md' },
      { entry: { kind: 'weekly', date: '2026-10-09', overall: 42, progress: { a: 50 } }, path: 'reviews/2026-10-09-weekly.md' },
    ];
    const md = bragDocument(sources(PLAN, journal), customOk('2026-10-01', '2026-10-31'), BY_GOAL);
    assert.match(section(md, 'Summary'), /41% on 2026-10-02 → 42% on 2026-10-09 \(\+1 point\)\n/);
    const falling = bragDocument(sources(PLAN, [journal[1]!, { entry: { kind: 'weekly', date: '2026-10-20', overall: 30 }, path: 'reviews/2026-10-20-weekly.md' }]), customOk('2026-10-01', '2026-10-31'), BY_GOAL);
    assert.match(section(falling, 'Summary'), /42% on 2026-10-09 → 30% on 2026-10-20 \(−12 points\)\n/);
  });

  it('says once that a period wholly in the future has no record yet, and reports nothing for it', () => {
    const md = bragDocument(sources(PLAN), quarter('2027-Q2'), BY_GOAL);
    assert.equal(md.match(/has not started yet/g)?.length, 1, md);
    assert.match(section(md, 'Summary'), /\*\*Period:\*\* 2027-04-01 to 2027-06-30 \(2027-Q2\); it has not started yet \(today is 2026-11-21\), so nothing is recorded for it/);
    assert.doesNotMatch(md, /Overall progress|Goals achieved|Progress by goal|## Wins|No wins|No record/);
    const report = quarterlyReport(sources(PLAN), quarter('2027-Q2'));
    assert.equal(report.match(/has not started yet/g)?.length, 1, report);
    assert.doesNotMatch(report, /What happened|No record shows/);
  });

  it('lists wins in the period newest first, grouped by goal, loose wins last', () => {
    const wins = section(bragDocument(sources(PLAN), quarter('2026-Q4'), BY_GOAL), 'Wins');
    const order = ['### Goal A', 'Same day, later line', 'Later win for A', '### Goal B', 'B in between', 'First day win', '### Not tied to a goal', 'Loose win'];
    const at = order.map((s) => wins.indexOf(s));
    assert.ok(at.every((i) => i >= 0), `all of ${order.join(', ')} in ${wins}`);
    assert.deepEqual([...at].sort((x, y) => x - y), at, 'in this order');
    assert.doesNotMatch(wins, /Before the quarter|After the quarter/);
    assert.match(wins, /- 2026-10-01: First day win/, 'the first day of the period is in it');
  });

  it('shows a done checkpoint by its planned date and says the day it was reached is not recorded', () => {
    const md = bragDocument(sources(PLAN), quarter('2026-Q4'), BY_GOAL);
    assert.match(section(md, 'Checkpoints reached'), /2026-10-10: \*\*Planned\*\* \(Goal B\), planned for this day and marked done; no record of the day it was reached/);
  });

  it('does not date a done goal that no record dates', () => {
    const plan = PLAN.replace('  - id: b\n', '  - id: c\n    title: Goal C\n    horizon: short\n    status: done\n  - id: b\n');
    const md = bragDocument(sources(plan), quarter('2026-Q4'), BY_GOAL);
    const achieved = section(md, 'Goals achieved');
    assert.match(achieved, /No record shows a goal done in this period/);
    assert.match(achieved, /with no record of when: \*\*Goal C\*\*/);
  });

  it('counts a done goal with a win or a checkpoint in the period as achieved then, its evidence under it', () => {
    const plan = PLAN.replace('  - id: b\n', '  - id: b\n    status: done\n');
    const achieved = section(bragDocument(sources(plan), quarter('2026-Q4'), BY_GOAL), 'Goals achieved');
    assert.match(achieved, /^- \*\*Goal B\*\*: done in goals\.yaml; the latest record of it in the period is a win on 2026-10-20\n {2}- Win, 2026-10-20: B in between\n {2}- Checkpoint, 2026-10-10: \*\*Planned\*\*, planned for this day and marked done; no record of the day it was reached\n {2}- Win, 2026-10-01: First day win$/m);
    assert.doesNotMatch(achieved, /no record of when/);
  });

  it('in the brag layout, lists each goal\'s commits under it in What I shipped, an achieved goal\'s with its evidence, each once', () => {
    const plan = PLAN.replace('  - id: b\n', '  - id: b\n    status: done\n').replace('wins:\n', '  - id: c\n    title: Goal C\n    horizon: medium\nwins:\n');
    const commit = (hash: string, date: string, subject: string, url: string | null = `https://github.com/me/p/commit/${hash}`): EvidenceCommit => ({ repo: '/src/p', hash, date, subject, url });
    const hostile = commit('3'.repeat(40), '2026-11-03', 'Ship <img src=x onerror=alert(1)> [x](javascript:alert(1))', null);
    const evidence: Evidence = {
      since: '2026-10-01',
      until: '2026-12-31',
      goals: [
        { id: 'a', title: 'Goal A', commits: [hostile, commit('1'.repeat(40), '2026-10-02', 'Draft A')] },
        { id: 'b', title: 'Goal B', commits: [commit('2'.repeat(40), '2026-10-15', 'Finish B')] },
        { id: 'c', title: 'Goal C', commits: [commit('4'.repeat(40), '2026-11-10', 'Start C'), commit('5'.repeat(40), '2026-09-01', 'Before the period')] },
      ],
      unknownGoals: [],
      unlinked: [{ repo: '/src/p', count: 0 }],
    };
    const shipped = section(bragDocument({ ...sources(plan), evidence }, quarter('2026-Q4')), 'What I shipped and its impact');
    const expected = [
      '',
      '## What I shipped and its impact',
      '',
      '### Goals achieved',
      '',
      '- **Goal B**: done in goals.yaml; the latest record of it in the period is a win on 2026-10-20',
      '  - Win, 2026-10-20: B in between',
      '  - Checkpoint, 2026-10-10: **Planned**, planned for this day and marked done; no record of the day it was reached',
      '  - Win, 2026-10-01: First day win',
      `  - Commit, 2026-10-15: Finish B ([2222222](https://github.com/me/p/commit/${'2'.repeat(40)}))`,
      '',
      '### Goal A',
      '',
      '- 2026-11-02: Same day, later line',
      '- 2026-11-02: Later win for A',
      '- Commits (2):',
      '  - 2026-11-03: Ship \\<img src=x onerror=alert(1)> \\[x\\](javascript:alert(1)) (3333333 in /src/p)',
      `  - 2026-10-02: Draft A ([1111111](https://github.com/me/p/commit/${'1'.repeat(40)}))`,
      '',
      '### Not tied to a goal',
      '',
      '- 2026-10-05: Loose win',
      '',
      '### Goal C',
      '',
      '- Commits (1):',
      `  - 2026-11-10: Start C ([4444444](https://github.com/me/p/commit/${'4'.repeat(40)}))`,
      '',
    ];
    assert.deepEqual(shipped.split('\n'), expected);
    // Without git, the section is as it was: no commit lines, no empty goal headings.
    assert.doesNotMatch(section(bragDocument(sources(plan), quarter('2026-Q4')), 'What I shipped and its impact'), /Commit|### Goal C/);
  });

  it('keeps win text as written, links and wiki links included, and a hostile title cannot break the structure', () => {
    const plan = `version: 1
vision: { north_star: "Line one\\n# Not a heading", values: [craft] }
goals:
  - id: h
    title: "# Evil\\n---\\n## Injected"
    horizon: short
    values: [craft]
    due: 2026-12-31
wins:
  - { date: 2026-11-01, text: "See [the doc](https://example.com/a_b) and [[Team notes]] *now*", goal: h }
  - { date: 2026-11-02, text: "1. looks like a list\\n> and a quote", goal: h }
`;
    const md = bragDocument(sources(plan), customOk('2026-10-01', '2026-11-30'), BY_GOAL);
    assert.match(md, /- 2026-11-01: See \[the doc\]\(https:\/\/example\.com\/a_b\) and \[\[Team notes\]\] \*now\*/);
    assert.match(md, /- 2026-11-02: 1\. looks like a list > and a quote/);
    // Only our own headings start lines; the title is one heading line, its markers escaped.
    const headings = md.split('\n').filter((l) => /^#{1,6} /.test(l));
    assert.ok(headings.includes('### \\# Evil --- ## Injected'), headings.join('\n'));
    assert.ok(!headings.some((l) => /^## Injected/.test(l)));
    assert.equal(md.split('\n').filter((l) => l === '---').length, 2, 'only the front matter fences');
    assert.match(md, /\*\*North star:\*\* Line one # Not a heading/);
  });

  it('writes the front matter and links the chart only when there is one', () => {
    const md = bragDocument(sources(PLAN), quarter('2026-Q4'), { chartFile: 'brag-2026-Q4.svg' });
    assert.ok(md.startsWith('---\nkind: brag\nperiod: 2026-Q4\nfrom: 2026-10-01\nto: 2026-12-31\ngenerated: 2026-11-21\n---\n'));
    assert.match(md, /\n\n!\[Overall progress\]\(brag-2026-Q4\.svg\)\n\n/);
    assert.doesNotMatch(bragDocument(sources(PLAN), quarter('2026-Q4'), BY_GOAL), /!\[Overall progress\]/);
  });
});

function customOk(from: string, to: string): ReportPeriod {
  const r = customPeriod(from, to);
  assert.ok(r.ok);
  return r.period;
}

describe('quarterly report', () => {
  it('takes what I set out to do from the reset before the quarter, and the reasons from the journal', () => {
    const md = quarterlyReport(fixtureSources(), quarter('2026-Q4'));
    assert.match(section(md, 'What I set out to do'), /Planned in the quarterly review of 2026-09-28\. Theme: Ship the CLI\. Goals: Ship the CLI, Mentor two engineers\./);
    assert.match(section(md, 'What changed and why'), /Give a conference talk\*\*: paused since the quarterly review of 2026-09-28, because no CFP fits before spring/);
    assert.match(section(md, "Next quarter's focus"), /Not set yet for 2027-Q1/);
  });

  it('says when there is no record of a focus', () => {
    const md = quarterlyReport(sources(PLAN), quarter('2026-Q4'));
    assert.match(section(md, 'What I set out to do'), /No record of a focus for 2026-Q4/);
  });
});

describe('report chart', () => {
  it('is a standalone SVG with fixed colours, no theme variables and no buttons', () => {
    const src = fixtureSources();
    const svg = reportChartSvg(src.history, periodOf('this-quarter', TODAY));
    assert.ok(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'));
    assert.doesNotMatch(svg, /--vscode|var\(|style=|role="button"|tabindex/);
    assert.match(svg, /fill="#1a85ff"/);
    // The quarter's two points plus the last one before it (2026-09-28) start the line.
    assert.match(svg, /2026-09-28/);
    assert.doesNotMatch(svg, /2026-08-31/);
  });

  it('says so when the period has no point', () => {
    const h: History = { points: [], reviews: { current: 0, best: 0 }, pauses: [] };
    assert.match(reportChartSvg(h, { from: '2026-10-01', to: '2026-12-31' }), /No progress recorded yet/);
  });
});
