/**
 * The extension host's German (l10n/bundle.l10n.de.json): every entry keeps the English
 * message's placeholders, and the pure parts of the Goals view, the status bar and the
 * quick fixes speak German, with German days, once @vscode/l10n has the German bundle.
 * Unit tests otherwise run in English, with no bundle.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { analyze } from '../../src/core/analyze';
import type { Task } from '../../src/core/model';
import { fixesFor } from '../../src/editor/quick-fix-rules';
import { formatStatus } from '../../src/views/status/format';
import { checkpointDescription, goalTooltip, taskDescription } from '../../src/views/tree/present';
import { viewSummary } from '../../src/views/tree/summary-words';

const ROOT = path.resolve(__dirname, '../../..');
const GERMAN = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n/bundle.l10n.de.json'), 'utf8')) as Record<string, string>;

/** `{0}`, `{name}`: what l10n.t replaces (a `{ name, start, target }` in backticks is text, not a placeholder). */
const placeholders = (message: string): string[] => [...message.matchAll(/\{(\d+|[A-Za-z_]\w*)\}/g)].map((m) => m[0]).sort();
/** `$(star-full)`: codicons render only when written exactly. */
const codicons = (message: string): string[] => [...message.matchAll(/\$\([\w-]+\)/g)].map((m) => m[0]).sort();

const TODAY = new Date(2026, 11, 28);
const task = (extra: Partial<Task>): Task => ({ index: 0, title: 't', done: false, range: { start: 0, end: 0 }, ...extra });

describe('the extension host in German', () => {
  it('has a German entry for its messages, each with the English placeholders and codicons', () => {
    const entries = Object.entries(GERMAN);
    assert.ok(entries.length > 300, `the host's part holds its messages (${entries.length})`);
    for (const [english, german] of entries) {
      assert.ok(german.trim() !== '', `“${english}” has a German text`);
      assert.deepEqual(placeholders(german), placeholders(english), `“${german}” keeps the placeholders of “${english}”`);
      assert.deepEqual(codicons(german), codicons(english), `“${german}” keeps the codicons of “${english}”`);
    }
  });

  describe('with the German bundle loaded', () => {
    before(() => l10n.config({ contents: GERMAN }));
    after(() => l10n.config({ contents: {} }));

    it('describes tasks and checkpoints in German, with German days', () => {
      assert.equal(taskDescription(task({ priority: 'high', due: '2027-01-05' }), '2026-12-28', 'de'), 'hoch · fällig am 05.01.2027');
      assert.equal(taskDescription(task({ due: '2026-12-01' }), '2026-12-28', 'de'), 'überfällig seit 01.12.2026');
      assert.equal(checkpointDescription({ index: 0, title: 'c', done: false, date: '2026-12-01', range: { start: 0, end: 0 } }, '2026-12-28', 'de'), '01.12.2026 · verpasst');
    });

    it('writes the goal tooltip in German', () => {
      const a = analyze('version: 1\ngoals:\n  - { id: g, title: Rust, horizon: short, why: Fun, due: 2027-01-01 }\n', TODAY);
      const tip = goalTooltip(a.insights[0]!, 'x', true, 'de');
      assert.match(tip, /Fokus in diesem Quartal/);
      assert.match(tip, /- \*\*Messbar:\*\* \*— fehlt\*/);
      assert.match(tip, /- \*\*Terminiert:\*\* \? → 01\\\.01\\\.2027/);
      assert.match(tip, / · aktiv$/m);
    });

    it('says a pause in German in the status bar and the Goals view, with the German day', () => {
      const plan = 'version: 1\ngoals:\n  - { id: g, title: G, horizon: short, start: 2026-10-01, due: 2027-06-01 }\npauses:\n  - {from: 2026-12-21, to: 2027-01-03, note: Winterpause}\n';
      const analysis = analyze(plan, TODAY);
      const view = formatStatus([{ name: 'w', analysis }], TODAY, 'de');
      assert.match(view.tooltip, /Pausiert bis 03\\\.01\\\.2027 \(Winterpause\): Es wird kein Rückblick fällig/);
      assert.match(view.tooltip, /\[\$\(graph-line\) Dashboard öffnen\]\(command:/);
      assert.match(view.ariaLabel, /insgesamt \d+ ?%, 1 aktives Ziel/);
      assert.equal(viewSummary([{ name: 'w', analysis }], 'de').message, 'Pausiert bis 03.01.2027 (Winterpause). Es wird kein Rückblick fällig, und die Tempo-Linie steht still.');
    });

    it('titles the quick fixes in German', () => {
      const analysis = analyze('version: 1\ngoals:\n  - { id: g, title: Rust, horizon: short, due: 2027-01-01 }\n', TODAY);
      const d = analysis.diagnostics.find((x) => x.code === 'pitfall/not-measurable');
      assert.ok(d, 'the goal has no metric');
      assert.equal(fixesFor(d, analysis, '2026-12-28')[0]?.title, 'Kennzahl zu „Rust“ hinzufügen');
    });
  });

  it('is English again once the bundle is gone', () => {
    assert.equal(taskDescription(task({ priority: 'high', due: '2027-01-05' }), '2026-12-28', 'en'), 'high · due Jan 5, 2027');
  });
});
