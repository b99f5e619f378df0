/**
 * Adjusted deadlines, on record: `adjustments:` read with its diagnostics (bad dates on
 * their own values, entries that record no move or come out of order), incrementally as
 * in full, and listed where a person looks back: the monthly and quarterly reviews (since
 * the last review of that kind), the journal entry, and the quarterly report's "What
 * changed and why" (Markdown and HTML).
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { adjustmentsBetween } from '../../src/core/analysis/adjustments';
import { buildHistory } from '../../src/core/history';
import { IncrementalAnalyzer } from '../../src/core/incremental';
import { findGoal } from '../../src/core/model';
import { parseGoals } from '../../src/core/parse';
import { quarterPeriod, quarterlyReport } from '../../src/core/reports';
import type { ReportSources } from '../../src/core/reports/data';
import { adjustmentSentence } from '../../src/core/words/adjustment-words';
import { buildSession, lastOfKind } from '../../src/review/session';
import { emptyDraft } from '../../src/shared/draft';
import { reportHtml } from '../../src/shared/report-html';
import { buildSummary } from '../../src/shared/summary';

const TODAY = new Date(2026, 10, 21); // 2026-11-21, local

const PLAN = `version: 1
vision: { north_star: Grow, values: [craft] }
goals:
  - id: cli
    title: Ship the CLI
    horizon: short
    why: Users asked
    values: [craft]
    start: 2026-07-01
    due: 2027-02-28
    adjustments:
      - { date: 2026-09-10, from: 2026-10-31, to: 2026-12-31, reason: Beta feedback }
      - date: 2026-11-02
        from: 2026-12-31
        to: 2027-02-28
        reason: "Team reorg: two people moved"
  - id: talk
    title: "# Give a <b>talk</b>"
    horizon: medium
    values: [craft]
    due: 2027-06-30
    adjustments: [{ date: 2026-10-05, from: 2027-03-31, to: 2027-06-30, reason: "CFP moved\\nto spring [x](javascript:alert(1))" }]
`;

/** The diagnostics of `text` with `code`, as `line:message` pairs for readable failures. */
function codes(text: string): string[] {
  return parseGoals(text).diagnostics.map((d) => `${d.code}@${text.slice(d.range.start, d.range.end)}`);
}

describe('adjustments: reading', () => {
  it('reads each entry with its dates and reason, in file order', () => {
    const { model, diagnostics } = parseGoals(PLAN);
    assert.deepEqual(diagnostics, []);
    const cli = findGoal(model, 'cli');
    assert.deepEqual(
      cli?.adjustments?.map(({ range: _r, ...a }) => a),
      [
        { index: 0, date: '2026-09-10', from: '2026-10-31', to: '2026-12-31', reason: 'Beta feedback' },
        { index: 1, date: '2026-11-02', from: '2026-12-31', to: '2027-02-28', reason: 'Team reorg: two people moved' },
      ],
    );
    assert.equal(findGoal(parseGoals('version: 1\ngoals:\n  - { title: A, horizon: short }\n').model, 'a')?.adjustments, undefined, 'no list: no key in the model');
  });

  it('reports a bad date on its own value, and leaves the entry out', () => {
    const text = PLAN.replace('to: 2026-12-31, reason: Beta', 'to: 31/12/2026, reason: Beta').replace('date: 2026-11-02', 'date: 2026-11-31');
    const found = codes(text);
    assert.ok(found.includes('invalid-date@31/12/2026'), found.join('\n'));
    assert.ok(found.includes('impossible-date@2026-11-31'), found.join('\n'));
    assert.match(parseGoals(text).diagnostics.find((d) => d.code === 'invalid-date')!.message, /`adjustments\.to` must be a date written `YYYY-MM-DD`/);
    assert.equal(findGoal(parseGoals(text).model, 'cli')?.adjustments, undefined);
  });

  it('reports a missing date, an unknown key, a move to the same day and an entry out of order', () => {
    const text = `version: 1
goals:
  - id: g
    title: G
    horizon: short
    due: 2027-01-31
    adjustments:
      - { date: 2026-11-01, to: 2027-01-31 }
      - { date: 2026-11-10, from: 2027-01-31, to: 2027-01-31, why: typo }
      - { date: 2026-11-05, from: 2026-12-31, to: 2027-01-31 }
      - just text
`;
    const found = codes(text);
    assert.ok(found.some((c) => c.startsWith('missing-required@{ date: 2026-11-01')), found.join('\n'));
    assert.ok(found.includes('unknown-key@why'), found.join('\n'));
    assert.ok(found.includes('adjustment-unchanged@2027-01-31'), found.join('\n'));
    assert.ok(found.includes('adjustment-order@2026-11-05'), found.join('\n'));
    assert.ok(found.includes('wrong-type@just text'), found.join('\n'));
    assert.deepEqual(findGoal(parseGoals(text).model, 'g')?.adjustments?.map((a) => a.index), [1, 2], 'entries that read are kept');
  });

  it('reads the same incrementally as in full, when an edit above moves the goal', () => {
    const inc = new IncrementalAnalyzer();
    inc.analyze(PLAN, TODAY);
    let text = PLAN;
    for (const typed of ['Grow', 'Grow further', 'Grow']) {
      text = text.replace(/north_star: [^,}]+/, `north_star: ${typed}`);
      assert.deepStrictEqual(inc.analyze(text, TODAY), analyze(text, TODAY));
    }
    text = text.replace('reason: Beta feedback', 'reason: Beta feedback, again');
    assert.deepStrictEqual(inc.analyze(text, TODAY), analyze(text, TODAY));
  });
});

describe('adjustments: in the reviews and the journal', () => {
  const session = (kind: 'weekly' | 'monthly' | 'quarterly', reviews: { kind: 'weekly' | 'monthly' | 'quarterly'; date: string }[]) =>
    buildSession({ kind, folderName: 'f', folderUri: 'file:///f', analysis: analyze(PLAN, TODAY, { reviews }), reviews, today: '2026-11-21', prompts: [], maxActiveGoals: 5, journalFolder: 'reviews' });

  it('finds the last review of a kind, deeper kinds counting', () => {
    const reviews = [
      { kind: 'quarterly', date: '2026-09-28' },
      { kind: 'monthly', date: '2026-10-05' },
      { kind: 'weekly', date: '2026-11-14' },
    ] as const;
    assert.equal(lastOfKind(reviews, 'weekly'), '2026-11-14');
    assert.equal(lastOfKind(reviews, 'monthly'), '2026-10-05');
    assert.equal(lastOfKind(reviews, 'quarterly'), '2026-09-28');
    assert.equal(lastOfKind([], 'monthly'), undefined);
  });

  it('lists, for monthly and quarterly reviews, the adjustments since the last review of that kind, that day included', () => {
    const reviews = [
      { kind: 'quarterly' as const, date: '2026-09-28' },
      { kind: 'monthly' as const, date: '2026-10-05' },
      { kind: 'weekly' as const, date: '2026-11-14' },
    ];
    assert.equal(session('weekly', reviews).adjustments, undefined, 'the weekly review has no such list');
    assert.deepEqual(
      session('monthly', reviews).adjustments?.map((a) => `${a.goalId} ${a.date}`),
      ['talk 2026-10-05', 'cli 2026-11-02'],
    );
    assert.deepEqual(
      session('quarterly', reviews).adjustments?.map((a) => `${a.goalId} ${a.date}`),
      ['talk 2026-10-05', 'cli 2026-11-02'],
    );
    assert.deepEqual(session('quarterly', []).adjustments?.map((a) => a.date), ['2026-09-10', '2026-10-05', '2026-11-02'], 'no review yet: the whole record');
    assert.deepEqual(session('monthly', reviews).adjustments?.[1], { goalId: 'cli', goalTitle: 'Ship the CLI', date: '2026-11-02', from: '2026-12-31', to: '2027-02-28', reason: 'Team reorg: two people moved' });
  });

  it('writes them into the journal entry as Adjusted deadlines', () => {
    const s = session('monthly', [{ kind: 'monthly', date: '2026-10-06' }]);
    const adjusted = buildSummary(s, emptyDraft()).find((x) => x.heading === 'Adjusted deadlines');
    assert.equal(adjusted?.body, '- Ship the CLI: due moved from 2026-12-31 to 2027-02-28 on 2026-11-02 — Team reorg: two people moved');
    assert.equal(buildSummary(session('weekly', []), emptyDraft()).find((x) => x.heading === 'Adjusted deadlines')?.body, '', 'empty sections are dropped by renderers');
  });
});

describe('adjustments: in the quarterly report', () => {
  function sources(now = TODAY): ReportSources {
    const analysis = analyze(PLAN, now);
    return { analysis, history: buildHistory({ journal: [], commits: [], today: analysis, now }), journal: [], now };
  }
  const q = (label: string) => {
    const r = quarterPeriod(label);
    assert.ok(r.ok);
    return r.period;
  };
  /** The Markdown between `## name` and the next `## ` heading. */
  const section = (md: string, name: string): string => {
    const start = md.indexOf(`\n## ${name}\n`);
    assert.ok(start >= 0, `no section ${name}`);
    const next = md.indexOf('\n## ', start + 4);
    return md.slice(start, next < 0 ? undefined : next);
  };

  it('gives each adjustment in the quarter a What changed and why entry, the person’s text kept inert', () => {
    const changed = section(quarterlyReport(sources(), q('2026-Q4')), 'What changed and why');
    const lines = changed.split('\n').filter((l) => l.startsWith('- '));
    assert.deepEqual(lines, [
      '- **\\# Give a \\<b>talk\\</b>**: due moved from 2027-03-31 to 2027-06-30 on 2026-10-05 — CFP moved to spring \\[x\\](javascript:alert(1))',
      '- **Ship the CLI**: due moved from 2026-12-31 to 2027-02-28 on 2026-11-02 — Team reorg: two people moved',
    ]);
    assert.doesNotMatch(changed, /No review in this quarter recorded a change of course/);
  });

  it('leaves out adjustments outside the quarter', () => {
    const changed = section(quarterlyReport(sources(), q('2026-Q3')), 'What changed and why');
    assert.match(changed, /- \*\*Ship the CLI\*\*: due moved from 2026-10-31 to 2026-12-31 on 2026-09-10 — Beta feedback/);
    assert.doesNotMatch(changed, /2026-11-02|2026-10-05/);
  });

  it('shows them in the HTML export as text, never as markup', () => {
    const src = sources();
    const md = quarterlyReport(src, q('2026-Q4'));
    const html = reportHtml({ markdown: md, history: src.history, period: q('2026-Q4'), goals: src.analysis.parse.model.goals });
    assert.match(html, /<strong>Ship the CLI<\/strong>: due moved from 2026-12-31 to 2027-02-28 on 2026-11-02 — Team reorg: two people moved/);
    assert.doesNotMatch(html, /<b>talk/);
    assert.doesNotMatch(html, /href="javascript/);
  });
});

describe('adjustments: the words', () => {
  it('says one sentence, with or without a reason, and lists them oldest first within bounds', () => {
    const a = { goalTitle: 'G', date: '2026-11-21', from: '2026-12-31', to: '2027-01-31' };
    assert.equal(adjustmentSentence(a), 'G: due moved from 2026-12-31 to 2027-01-31 on 2026-11-21');
    assert.equal(adjustmentSentence({ ...a, reason: '  Why  ' }), 'G: due moved from 2026-12-31 to 2027-01-31 on 2026-11-21 — Why');
    const goals = parseGoals(PLAN).model.goals;
    assert.deepEqual(adjustmentsBetween(goals).map((x) => x.date), ['2026-09-10', '2026-10-05', '2026-11-02']);
    assert.deepEqual(adjustmentsBetween(goals, '2026-10-05', '2026-11-01').map((x) => x.goalId), ['talk']);
  });
});
