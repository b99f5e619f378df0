/**
 * The webviews and the charts speak the display language (issue #27 §3): the host's
 * bundle reaches the page in its initial state, every word goes through `l10n.t`, the
 * German part has an entry for each of them with the same placeholders, and the webview
 * code keeps no English sentence of its own outside `l10n.t(`.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { calendarChart, commitsByWeekChart, goalPaceChart, metricChart, overallChart, sparkline, valuesBalanceChart, winsByMonthChart } from '../../src/shared/charts';
import { readDisplayStrings } from '../../src/shared/display-strings';
import type { CalendarWeek, HistoryPoint } from '../../src/core/history';

const ROOT = path.resolve(__dirname, '../../..');
const GERMAN_PART = path.join(ROOT, 'l10n', 'bundle.l10n.de.json');

/** The German part: English message → German. */
function german(): Record<string, string> {
  return JSON.parse(fs.readFileSync(GERMAN_PART, 'utf8')) as Record<string, string>;
}

/** Every `.ts` file under `dir` (repository-relative). */
function tsFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return tsFiles(rel);
    return e.name.endsWith('.ts') ? [rel] : [];
  });
}

/** The files this part covers: the two pages, the charts and the panels' shells. */
const FILES = [...tsFiles('src/webview'), ...tsFiles('src/shared/charts'), 'src/review/html.ts', 'src/dashboard/html.ts'];

/** A string literal's text ('…' or "…"), unescaped enough for the messages used here. */
const LITERAL = /(['"])((?:\\.|(?!\1)[^\\\n])*)\1/;

/** The literal first arguments of every `l10n.t(` / `vscode.l10n.t(` in `source`. */
function messagesIn(source: string): string[] {
  const out: string[] = [];
  const call = /\bl10n\.t\(\s*/g;
  for (let m = call.exec(source); m; m = call.exec(source)) {
    const lit = LITERAL.exec(source.slice(m.index + m[0].length));
    if (lit && lit.index === 0) out.push((lit[2] ?? '').replace(/\\(['"\\])/g, '$1'));
  }
  return out;
}

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[0]).sort();

describe('webview and chart localization', () => {
  it('has a German entry, with the same placeholders, for every message the pages and charts use', () => {
    const de = german();
    const used = new Set(FILES.flatMap((f) => messagesIn(fs.readFileSync(path.join(ROOT, f), 'utf8'))));
    assert.ok(used.size > 150, `found the messages (${used.size})`);
    const missing = [...used].filter((m) => !(m in de));
    assert.deepEqual(missing, [], 'messages without a German entry in l10n/bundle.l10n.de.json');
    for (const [en, translated] of Object.entries(de).filter(([en]) => used.has(en))) {
      assert.ok(translated.trim() !== '', `German for “${en}” is empty`);
      assert.deepEqual(placeholders(translated), placeholders(en), `placeholders of “${en}” → “${translated}”`);
    }
  });

  it('keeps the visible words at the start of the accessible name (Label in Name), in German too', () => {
    const de = german();
    for (const [visible, named] of [
      ['Show as table', 'Show as table: {0}'],
      ['Hide table', 'Hide table: {0}'],
      ['Add as win', 'Add as win: “{0}”'],
      ['Keep', 'Keep task {0}'],
      ['Drop', 'Drop task {0}'],
      ['Remove', 'Remove new task {0}'],
      ['Remove', 'Remove win “{0}”'],
      ['Remove', 'Remove lesson “{0}”'],
      ['Remove', 'Remove new checkpoint {0}'],
      ['Add task', 'Add task to {0}'],
      ['Add checkpoint', 'Add checkpoint to {0}'],
    ] as const) {
      assert.ok(named.startsWith(visible));
      assert.ok(de[named]?.startsWith(de[visible] ?? '\u0000'), `German “${de[named]}” starts with “${de[visible]}”`);
    }
  });

  it('reads the strings of a host message, dropping what is not a translation or a language tag', () => {
    assert.deepEqual(readDisplayStrings({ bundle: { Summary: 'Zusammenfassung', bad: 3 }, language: 'de' }), { bundle: { Summary: 'Zusammenfassung' }, language: 'de' });
    assert.deepEqual(readDisplayStrings({ bundle: ['x'], language: 'de"><script>' }), { bundle: {}, language: 'en' });
    assert.deepEqual(readDisplayStrings(undefined), { bundle: {}, language: 'en' });
    assert.equal(readDisplayStrings({ bundle: {}, language: 'qps-ploc' }).language, 'qps-ploc');
  });

  describe('charts in German', () => {
    before(() => l10n.config({ contents: german() }));
    after(() => l10n.config({ contents: {} }));

    const points: HistoryPoint[] = [
      { date: '2026-10-05', source: 'review', kind: 'weekly', overall: 0.2, goals: {}, ref: 'reviews/2026-10-05-weekly.md' },
      { date: '2026-11-02', source: 'review', kind: 'monthly', overall: 0.35, goals: {}, ref: 'reviews/2026-11-02-monthly.md' },
      { date: '2026-12-07', source: 'today', overall: 0.5, goals: {} },
    ];

    it('draws the overall chart and its table in German, days as German writes them', () => {
      const chart = overallChart(points, { locale: 'de', pauses: [{ from: '2026-10-20', to: '2026-10-25', note: 'Urlaub' }] });
      assert.match(chart.svg, /<title id="[^"]+">Gesamtfortschritt<\/title>/);
      assert.match(chart.svg, /Wochenrückblick 05\.10\.2026: 20 %/);
      assert.match(chart.svg, />Heute</, 'the legend');
      assert.match(chart.svg, />[^<]*(Okt|Nov)\.</, 'German month names on the time axis');
      assert.equal(chart.table.caption, 'Gesamtfortschritt im Zeitverlauf');
      assert.deepEqual(chart.table.columns, ['Datum', 'Quelle', 'Gesamt']);
      assert.deepEqual(chart.table.rows[0], ['05.10.2026', 'Wochenrückblick', '20 %']);
      assert.ok(
        chart.table.rows.some((r) => r[1] === 'Pausiert vom 20.10.2026 bis 25.10.2026 (Urlaub)'),
        JSON.stringify(chart.table.rows),
      );
    });

    it('draws a goal against its pace, a metric, values, wins and commits in German', () => {
      const pace = goalPaceChart(
        { title: 'Vortrag', start: '2026-10-01', due: '2027-01-31', checkpoints: [{ date: '2026-11-15', title: 'Gliederung', done: true }], points: [{ date: '2026-11-02', progress: 0.4 }], today: '2026-12-07' },
        { locale: 'de' },
      );
      assert.match(pace.svg, /Vortrag: Fortschritt gegenüber dem Tempo/);
      assert.match(pace.svg, />Erwartetes Tempo</);
      assert.deepEqual(pace.table.columns, ['Datum', 'Ereignis', 'Fortschritt', 'Erwartet', 'Puffer']);
      assert.ok(pace.table.rows.some((r) => r[1] === 'Zwischenziel: Gliederung (erledigt)'));
      const metric = metricChart({ title: 'Seiten', unit: 'Seiten', start: 0, target: 100, points: [{ date: '2026-11-02', value: 40 }] }, { locale: 'de' });
      assert.match(metric.svg, /Ziel 100 Seiten/);
      assert.deepEqual(metric.table.columns, ['Datum', 'Wert', 'Bis zum Ziel']);
      assert.deepEqual(metric.table.rows[0], ['02.11.2026', '40 Seiten', 'noch 60 Seiten']);
      const decimals = metricChart({ title: 'Schlaf', unit: 'h', target: 7.5, points: [{ date: '2026-11-02', value: 6.25 }] }, { locale: 'de' });
      assert.deepEqual(decimals.table.rows[0], ['02.11.2026', '6,25 h', 'noch 1,25 h'], 'numbers as German writes them');
      const values = valuesBalanceChart([{ value: 'Lernen', activeGoals: 0, wins: 0 }], { locale: 'de' });
      assert.match(values.svg, /diesem Wert dient nichts/);
      assert.deepEqual(values.table.columns, ['Wert', 'Aktive Ziele', 'Erfolge', 'Anmerkung']);
      const wins = winsByMonthChart([{ date: '2026-11-02' }, { date: '2026-12-01', goal: 'talk' }], { talk: 'Vortrag' }, { locale: 'de' });
      assert.equal(wins.table.caption, 'Erfolge pro Monat');
      assert.deepEqual(wins.table.columns, ['Monat', 'Vortrag', 'Kein Ziel', 'Gesamt']);
      const commits = commitsByWeekChart([{ date: '2026-11-02', goal: 'talk' }], { talk: 'Vortrag' }, { locale: 'de' });
      assert.match(commits.svg, /1 Commit/);
      assert.match(sparkline([0.1, 0.5]), /Fortschritt, älteste zuerst: 10 %, 50 %/);
    });

    it('names each week of the calendar in German', () => {
      const weeks: CalendarWeek[] = [
        { start: '2026-11-23', reviews: ['weekly', 'monthly'], wins: 2 },
        { start: '2026-11-30', reviews: [], wins: 0 },
      ];
      const chart = calendarChart(weeks, { locale: 'de' });
      assert.match(chart.svg, /aria-label="Woche vom 23\.11\.2026: Wochen- und Monatsrückblick, 2 Erfolge"/);
      assert.match(chart.svg, />Kein Rückblick</);
      assert.deepEqual(chart.table.columns, ['Woche vom', 'Rückblicke', 'Erfolge']);
      assert.deepEqual(chart.table.rows[1], ['30.11.2026', 'keine', '0']);
    });
  });

  it('keeps ISO days and English in a chart drawn with no locale and no bundle (the report export)', () => {
    const chart = overallChart([{ date: '2026-10-05', source: 'review', kind: 'weekly', overall: 0.2, goals: {} }]);
    assert.equal(chart.table.caption, 'Overall progress over time');
    assert.deepEqual(chart.table.rows[0], ['2026-10-05', 'Weekly review', '20%']);
  });
});

describe('the webview has no string of its own', () => {
  /**
   * Words a literal may hold outside `l10n.t(`: class names, message types, keys, icon
   * names and the like never read as prose, so the check needs no list for them; this
   * list is for the few that do.
   */
  const ALLOWED: readonly string[] = [];

  /** Source with comments and the first arguments of `l10n.t(` calls blanked out. */
  function withoutMessages(source: string): string {
    return source
      .replace(/\/\*[\s\S]*?\*\//g, ' ')
      .replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
      .replace(/\bl10n\.t\(\s*(['"])(?:\\.|(?!\1)[^\\\n])*\1/g, 'l10n.t(MESSAGE');
  }

  /** Prose: a capitalised word, a space and more letters (`Add win`), or three words in a row (`will be removed`). */
  const PROSE = /[A-Z][a-z’']+ [A-Za-z]|\b[a-z’']{2,} [a-z’']{2,} [a-z’']{2,}/;

  it('finds no English sentence outside l10n.t( in src/webview', () => {
    const found: string[] = [];
    for (const file of tsFiles('src/webview')) {
      const source = withoutMessages(fs.readFileSync(path.join(ROOT, file), 'utf8'));
      for (const m of source.matchAll(/(['"`])((?:\\.|(?!\1)[^\\])*?)\1/g)) {
        // In a template literal only the text outside `${…}` is the page's own.
        const text = m[1] === '`' ? (m[2] ?? '').replace(/\$\{[^}]*\}/g, ' ') : (m[2] ?? '');
        if (PROSE.test(text) && !ALLOWED.includes(text)) found.push(`${file}: ${m[0]}`);
      }
    }
    assert.deepEqual(found, []);
  });

  it('would find one (the check works)', () => {
    const source = withoutMessages(`h('p', null, 'Nothing to review yet'); l10n.t('Fine as a message'); // Not this comment`);
    assert.equal([...source.matchAll(/(['"`])((?:\\.|(?!\1)[^\\])*?)\1/g)].filter((m) => PROSE.test(m[2] ?? '')).length, 1);
  });
});
