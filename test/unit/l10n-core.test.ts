/**
 * The core's words in German (l10n/bundle.l10n.de.json), through @vscode/l10n as the
 * extension configures it: diagnostics, pace and status words, the brag document's
 * headings, and the journal a German review writes, which must read back as the same
 * report facts as an English one.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { analyze } from '../../src/core/analyze';
import { buildHistory } from '../../src/core/history';
import { renderJournalEntry } from '../../src/core/history/journal';
import { bragDocument, quarterPeriod, quarterlyReport } from '../../src/core/reports';
import { journalFacts } from '../../src/core/reports/journal-body';
import { JOURNAL_TRANSLATIONS } from '../../src/core/reports/journal-translations';
import { applyOps } from '../../src/core/edits';
import { parseGoals } from '../../src/core/parse';
import { bufferWords, paceLabel, paceTitle } from '../../src/core/words/pace-words';
import { statusLine } from '../../src/core/words/status-line';
import { describeOp } from '../../src/shared/ops';
import { buildSummary } from '../../src/shared/summary';
import type { GoalView, ReviewDraft, ReviewSession } from '../../src/shared/protocol';
import { emptyDraft } from '../../src/shared/draft';

const ROOT = path.resolve(__dirname, '../../..');
const GERMAN = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n/bundle.l10n.de.json'), 'utf8')) as Record<string, string>;
const TODAY = new Date(2026, 10, 21); // 2026-11-21, local

const PLAN = `version: 1
vision:
  north_star: Staff engineer
goals:
  - id: cli
    title: Ship the CLI
    horizon: short
    start: 2026-10-01
    due: 2026-12-31
    checkpoints:
      - title: Beta
        date: 2026-11-01
        done: true
    tasky: 1
wins:
  - date: 2026-11-02
    text: Beta out
    goal: cli
`;

function goalView(id: string, title: string): GoalView {
  return {
    id,
    title,
    horizon: 'short',
    horizonLabel: 'Short-term (3–6 months)',
    status: 'active',
    progress: 0.5,
    pace: { kind: 'on-track', bufferDays: 3 },
    insight: '50% · on track · 3d buffer',
    values: [],
    checkpoints: [{ index: 0, title: 'Beta', date: '2026-11-01', done: false }],
    tasks: [],
    inFocus: false,
  };
}

const SESSION: ReviewSession = {
  protocol: 1,
  kind: 'quarterly',
  title: 'Quarterly Reset',
  folderName: 'plan',
  folderUri: 'file:///plan',
  today: '2026-11-21',
  values: [],
  goals: [goalView('cli', 'Ship the CLI'), goalView('talk', 'Give a talk'), goalView('blog', 'Write a blog')],
  overall: 0.5,
  activeCount: 3,
  maxActiveGoals: 5,
  winsSinceLastReview: [],
  quarterWins: [],
  completedGoals: [],
  lessonsSinceLastReview: [],
  prompts: [],
  currentQuarter: '2026-Q4',
  proposedFocusQuarter: '2027-Q1',
  canWrite: true,
  journalFolder: 'reviews',
};

const DRAFT: ReviewDraft = {
  ...emptyDraft(),
  goals: {
    cli: { decision: { decision: 'done', reason: 'Shipped — at last' } },
    talk: { alignment: { decision: 'let-go', note: 'Not for me' } },
    blog: { decision: { decision: 'pause' } },
  },
  focus: { goals: ['cli', 'blog'], theme: 'Depth' },
};

/** The journal entry a quarterly review writes, in the language configured now. */
function journalText(): string {
  const titleOf = (id: string) => SESSION.goals.find((g) => g.id === id)?.title;
  const applied = [describeOp({ op: 'setGoalStatus', goalId: 'blog', status: 'paused' }, titleOf), describeOp({ op: 'setCheckpointDone', goalId: 'cli', index: 0, expectTitle: 'Beta', done: true }, titleOf)];
  const sections = buildSummary(SESSION, DRAFT, { applied, failed: [], journalOnly: false });
  return renderJournalEntry({ kind: 'quarterly', date: '2026-11-21', title: 'Quarterly Reset — 2026-11-21', sections });
}

function factsOf(text: string) {
  return journalFacts([{ path: 'reviews/2026-11-21-quarterly.md', entry: { kind: 'quarterly', date: '2026-11-21' }, text }]);
}

function quarter(label: string) {
  const r = quarterPeriod(label);
  assert.ok(r.ok);
  return r.period;
}

/** `{0}`, `{name}`: the placeholders of a message, sorted. */
function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\d+|[A-Za-z_]\w*)\}/g)].map((m) => m[1] ?? '').sort();
}

describe('l10n: the core in German', () => {
  let english: string;
  before(() => {
    english = journalText();
    l10n.config({ contents: GERMAN });
  });
  after(() => l10n.config({ contents: {} }));

  it('has the same placeholders in every German entry as in its English message', () => {
    for (const [key, german] of Object.entries(GERMAN)) {
      // A `message/comment` key: the message is before the comment.
      const message = key.includes('/A decision about a goal') ? key.slice(0, key.indexOf('/')) : key;
      assert.deepEqual(placeholders(german), placeholders(message), `placeholders of “${key}”`);
      assert.notEqual(german.trim(), '', `“${key}” has German`);
    }
  });

  it('writes diagnostics in German', () => {
    const { diagnostics } = parseGoals(PLAN);
    const unknown = diagnostics.find((d) => d.code === 'unknown-key');
    assert.ok(unknown);
    assert.match(unknown.message, /^Unbekannter Schlüssel `tasky` in Ziel 1\. Meinten Sie `tasks`\?$/);
    const pitfalls = analyze(PLAN, TODAY).diagnostics.filter((d) => d.code.startsWith('pitfall/'));
    assert.ok(pitfalls.some((d) => d.code === 'pitfall/not-meaningful' && d.message.startsWith('Warum ist Ihnen „Ship the CLI“ wichtig?')));
  });

  it('says in German why an edit was refused', () => {
    const missing = applyOps(PLAN, [{ op: 'setGoalStatus', goalId: 'nope', status: 'done' }]);
    assert.deepEqual(
      missing.failed.map((f) => f.reason),
      ['In goals.yaml gibt es kein Ziel mit der ID „nope“.'],
    );
    const broken = applyOps('goals:\n  - title: [x\n', [{ op: 'setGoalStatus', goalId: 'x', status: 'done' }]);
    assert.match(broken.failed[0]?.reason ?? '', /^goals\.yaml hat in Zeile \d+ einen YAML-Syntaxfehler: .+\. Beheben Sie ihn vor dem Bearbeiten\.$/);
  });

  it('writes the pace and status words in German', () => {
    assert.equal(paceLabel({ kind: 'on-track' }), 'im Plan');
    assert.equal(paceTitle({ kind: 'behind' }), 'Im Rückstand');
    assert.equal(bufferWords(1, 'long'), '1 Tag Puffer');
    assert.equal(bufferWords(12, 'long'), '12 Tage Puffer');
    assert.equal(statusLine({ progress: 0.46, active: 4, review: 'weekly' }), '46 % · 4 Ziele · Wochenrückblick fällig');
    assert.equal(statusLine({ progress: 0.46, active: 1, pausedUntil: '2027-01-03' }), '46 % · 1 Ziel · pausiert bis 2027-01-03');
    assert.equal(statusLine({ progress: 0.46, active: 1, pausedUntil: '2027-01-03' }, 'de'), '46 % · 1 Ziel · pausiert bis 03.01.2027');
  });

  it('writes the brag document and the quarterly report in German, with the front matter unchanged', () => {
    const analysis = analyze(PLAN, TODAY);
    const src = { analysis, history: buildHistory({ journal: [], commits: [], today: analysis, now: TODAY }), journal: [], now: TODAY };
    const brag = bragDocument(src, quarter('2026-Q4'));
    assert.match(brag, /^---\nkind: brag\nperiod: 2026-Q4\nfrom: 2026-10-01\nto: 2026-12-31\ngenerated: 2026-11-21\n---\n/);
    assert.match(brag, /^# Erfolgsdokument: 2026-Q4$/m);
    assert.match(brag, /^## Zusammenfassung$/m);
    assert.match(brag, /^## Ziele für diesen Zeitraum$/m);
    assert.match(brag, /\*\*Im Zeitraum festgehalten:\*\* 1 Erfolg, 0 Erkenntnisse/);
    const report = quarterlyReport(src, quarter('2026-Q4'));
    assert.match(report, /^kind: report$/m);
    assert.match(report, /^# Quartalsbericht: 2026-Q4$/m);
    assert.match(report, /^## Was sich geändert hat und warum$/m);
  });

  it('reads a German journal entry as the same facts as an English one', () => {
    const german = journalText();
    assert.match(german, /^## Entscheidungen zu Zielen$/m);
    assert.match(german, /^- Ship the CLI: Erledigt — Shipped — at last$/m);
    assert.match(german, /^- Write a blog: als pausiert markiert$/m);
    assert.match(german, /^## Fokus für 2027-Q1$/m);
    assert.match(german, /^kind: quarterly$/m);
    const facts = factsOf(german);
    assert.deepEqual(facts, factsOf(english));
    // And the facts are all there, not two empty readings.
    assert.deepEqual(
      facts.decisions.map((d) => [d.goal, d.decision, d.reason]),
      [
        ['Give a talk', 'Let go', 'Not for me'],
        ['Ship the CLI', 'Done', 'Shipped — at last'],
        ['Write a blog', 'Pause', undefined],
      ],
    );
    assert.deepEqual(
      facts.changes.map((c) => [c.goal, c.change]),
      [
        ['Write a blog', { kind: 'status', status: 'paused' }],
        ['Ship the CLI', { kind: 'checkpoint', title: 'Beta' }],
      ],
    );
    assert.deepEqual(
      facts.focuses.map((f) => [f.quarter, f.theme, f.goals]),
      [['2027-Q1', 'Depth', ['Ship the CLI', 'Write a blog']]],
    );
  });

  it('still reads an English journal entry while the display language is German', () => {
    assert.deepEqual(factsOf(english), factsOf(journalText()));
    assert.match(english, /^## Goal decisions$/m);
  });
});

describe('l10n: a journal written in another language', () => {
  it('reads a German entry as the same facts while the display language is English', () => {
    const englishText = journalText();
    l10n.config({ contents: GERMAN });
    const germanText = journalText();
    l10n.config({ contents: {} });
    assert.match(germanText, /^## Entscheidungen zu Zielen$/m);
    assert.deepEqual(factsOf(germanText), factsOf(englishText));
  });

  it('knows the journal words of every shipped translation, as its bundle has them', () => {
    const shipped = fs.readdirSync(path.join(ROOT, 'l10n')).filter((f) => /^bundle\.l10n\.[a-z]{2}(-[a-z]+)?\.json$/.test(f));
    assert.deepEqual(Object.keys(JOURNAL_TRANSLATIONS).sort(), shipped.map((f) => f.split('.')[2]).sort(), 'one table per shipped bundle');
    for (const [language, words] of Object.entries(JOURNAL_TRANSLATIONS)) {
      const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', `bundle.l10n.${language}.json`), 'utf8')) as Record<string, string>;
      const differ = Object.entries(words).filter(([key, text]) => bundle[key] !== text).map(([key, text]) => `${key}: table “${text}”, bundle “${bundle[key]}”`);
      assert.deepEqual(differ, [], `src/core/reports/journal-translations.ts matches l10n/bundle.l10n.${language}.json`);
    }
  });
});
