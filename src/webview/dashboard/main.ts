/**
 * The progress dashboard page. Draws everything from the host's `model` message:
 * the charts come as SVG markup from src/shared/charts (parsed with DOMParser, never
 * through innerHTML), and every chart has a "Show as table" alternative holding the
 * same numbers. Points that came from a review or a commit open it on click or Enter.
 */
import * as l10n from '@vscode/l10n';
import { displayFormats } from '../../core/time/display';
import { paceLabel } from '../../core/words/pace-words';
import type { Pace } from '../../core/types';
import type { DashboardGoal, DashboardModel } from '../../core/history/dashboard-model';
import { readDisplayStrings } from '../../shared/display-strings';
import { calendarChart, commitsByWeekChart, goalPaceChart, metricChart, overallChart, valuesBalanceChart, winsByMonthChart, type Chart, type ChartTable } from '../../shared/charts';
import type { DashboardHostMessage } from '../../shared/dashboard-protocol';
import { h, replaceChildren, type Child } from '../dom';
import { loadState, post, saveState, type DashboardState } from './host';

const app = document.getElementById('app') as HTMLElement;
let state: DashboardState = loadState() ?? { folderUri: '', tables: [] };

/**
 * Width the charts are drawn at, in CSS pixels: the width of a chart's place on the
 * page, measured after each render. Drawing at the shown width keeps chart text at
 * the theme's size (a drawing scaled up to fill the card made it half as large again)
 * and lets the time axis add ticks where there is room.
 */
let drawWidth = 600;
const MIN_WIDTH = 280;
const MAX_WIDTH = 1600;
/** The model last drawn, to draw again at a new width. */
let shown: { folderName: string; folderUri: string; model: DashboardModel; git: boolean; progress?: { done: number; total: number } } | undefined;
/** The display language's tag, from the host's first message (`en` until then). */
let language = 'en';
/** Days and numbers in the display language, for every chart of the page (made once: see displayFormats). */
let formats = displayFormats(language);
/** Whether the host's bundle has been handed to @vscode/l10n (once per load). */
let configured = false;

const percent = (n: number): string => l10n.t('{0}%', Math.floor(Math.max(0, Math.min(1, n)) * 100));
const weeks = (n: number): string => (n === 1 ? l10n.t('1 week') : l10n.t('{0} weeks', n));
const days = (n: number): string => (n === 1 ? l10n.t('1 day of buffer') : l10n.t('{0} days of buffer', n));

/** Takes the display language's words from a host message, before anything is drawn. */
function configure(m: { bundle?: unknown; language?: unknown }): void {
  if (configured) return;
  const strings = readDisplayStrings(m);
  l10n.config({ contents: strings.bundle });
  language = strings.language;
  formats = displayFormats(language);
  document.documentElement.lang = language;
  configured = true;
}

/** A pace in words, as the badge in the review says it: the core's words, or the kind itself for one this build does not know. */
const paceWords = (pace: string): string => paceLabel({ kind: pace as Pace['kind'] }) ?? pace.replace('-', ' ');

/** A chart's SVG markup as a node of this document; a paragraph when it does not parse. */
function svgNode(markup: string): Node {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName !== 'svg' || doc.getElementsByTagName('parsererror').length > 0) return h('p', { class: 'chart-error' }, l10n.t('This chart could not be drawn; its table below has the numbers.'));
  return document.importNode(root, true);
}

/**
 * A chart's table, its rows written when it is first shown: a history of two years has
 * a thousand rows per chart, and a dashboard of thirty goals sixty charts, most of
 * whose tables no one opens.
 */
function tableOf(t: ChartTable, id: string, hidden: boolean): { table: HTMLTableElement; fill: () => void } {
  const body = h('tbody', null);
  const table = h('table', { id, class: 'chart-table', hidden }, h('caption', null, t.caption), h('thead', null, h('tr', null, t.columns.map((c) => h('th', { scope: 'col' }, c)))), body);
  let filled = false;
  const fill = (): void => {
    if (filled) return;
    filled = true;
    body.append(...t.rows.map((r) => h('tr', null, r.map((cell, i) => (i === 0 ? h('th', { scope: 'row' }, cell) : h('td', null, cell))))));
  };
  if (!hidden) fill();
  return { table, fill };
}

/** A chart with its "Show as table" toggle; which tables are open survives a reload. */
function chartBlock(key: string, chart: Chart): HTMLElement {
  const tableId = `table-${key}`;
  const open = state.tables.includes(key);
  const { table, fill } = tableOf(chart.table, tableId, !open);
  // The accessible name starts with the visible words, so "click Show as table" works by voice (WCAG 2.5.3).
  const words = (isOpen: boolean): string => (isOpen ? l10n.t('Hide table') : l10n.t('Show as table'));
  const name = (isOpen: boolean): string => (isOpen ? l10n.t('Hide table: {0}', chart.table.caption) : l10n.t('Show as table: {0}', chart.table.caption));
  const button = h('button', { type: 'button', class: 'table-toggle', 'aria-expanded': String(open), 'aria-controls': tableId }, words(open));
  button.setAttribute('aria-label', name(open));
  button.addEventListener('click', () => {
    const nowOpen = table.hidden;
    if (nowOpen) fill();
    table.hidden = !nowOpen;
    button.setAttribute('aria-expanded', String(nowOpen));
    button.textContent = words(nowOpen);
    button.setAttribute('aria-label', name(nowOpen));
    state = { ...state, tables: nowOpen ? [...state.tables.filter((t) => t !== key), key] : state.tables.filter((t) => t !== key) };
    saveState(state);
  });
  return h('figure', { class: 'chart' }, h('div', { class: 'chart-drawing' }, svgNode(chart.svg)), button, table);
}

function section(id: string, heading: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'card', 'aria-labelledby': `h-${id}` }, h('h2', { id: `h-${id}` }, heading), ...children);
}

function startReviewButton(): HTMLElement {
  return h('button', { type: 'button', class: 'primary', on: { click: () => post({ type: 'startReview', kind: 'weekly' }) } }, l10n.t('Start Weekly Review'));
}

function goalBlock(g: DashboardGoal, model: DashboardModel, i: number): HTMLElement {
  const charts: Child[] = [
    chartBlock(`pace-${i}`, goalPaceChart({ title: g.title, start: g.start, due: g.due, checkpoints: g.checkpoints, points: g.points, today: model.today }, { idPrefix: `pace-${i}`, width: drawWidth, pauses: model.pauses, formats })),
  ];
  if (g.metric) {
    charts.push(chartBlock(`metric-${i}`, metricChart({ title: g.metric.name ?? g.title, unit: g.metric.unit, start: g.metric.start, target: g.metric.target, points: g.metric.points }, { idPrefix: `metric-${i}`, width: drawWidth, formats })));
  }
  const pace = g.bufferDays !== undefined ? `${paceWords(g.pace)} · ${days(g.bufferDays)}` : paceWords(g.pace);
  return h('article', { class: 'goal', 'aria-labelledby': `goal-${i}` }, h('h3', { id: `goal-${i}` }, g.title), h('p', { class: 'muted' }, pace), ...charts);
}

function render(folderName: string, folderUri: string, model: DashboardModel, git: boolean, progress?: { done: number; total: number }): void {
  // The first time, measure the charts' place with an empty one before drawing: drawing
  // at a guessed width and again at the measured one doubles the first load's work.
  if (!shown) {
    replaceChildren(app, section('overall', l10n.t('Overall progress over time'), h('figure', { class: 'chart' }, h('div', { class: 'chart-drawing' }))));
    fitWidth();
  }
  shown = { folderName, folderUri, model, git, progress };
  state = { ...state, folderUri };
  saveState(state);
  document.title = l10n.t('Career Goals Dashboard — {0}', folderName);
  const today = model.points.at(-1);
  const header = h(
    'header',
    { class: 'page-header' },
    h('h1', null, l10n.t('Progress — {0}', folderName)),
    model.northStar && h('p', { class: 'north-star' }, model.northStar),
    h('p', { class: 'summary' }, l10n.t('Today: {0} overall · weekly review streak {1} (best {2})', percent(today ? today.overall : 0), weeks(model.streaks.current), weeks(model.streaks.best))),
    // While older committed versions are read, the charts fill in towards the past.
    h('p', { class: 'muted progress', role: 'status' }, progress ? l10n.t('Reading older versions of the goals file from git: {0} of {1}…', progress.done, progress.total) : ''),
  );
  const blocks: Child[] = [header];
  if (model.empty) {
    blocks.push(
      section('start', l10n.t('Your progress starts here'), h('p', null, startWords(git)), startReviewButton()),
    );
  }
  blocks.push(section('overall', l10n.t('Overall progress over time'), chartBlock('overall', overallChart(model.points, { idPrefix: 'overall', width: drawWidth, pauses: model.pauses, formats }))));
  const active = model.goals.filter((g) => g.status === 'active');
  if (active.length > 0) blocks.push(section('goals', l10n.t('Goals against their pace'), ...active.map((g) => goalBlock(g, model, model.goals.indexOf(g)))));
  blocks.push(
    section(
      'consistency',
      l10n.t('Consistency'),
      h('p', null, l10n.t('Current weekly review streak: {0}. Best: {1}.', weeks(model.streaks.current), weeks(model.streaks.best))),
      chartBlock('calendar', calendarChart(model.calendar, { idPrefix: 'calendar', formats })),
    ),
  );
  blocks.push(
    section(
      'wins',
      l10n.t('Wins per month'),
      model.wins.length > 0 ? chartBlock('wins', winsByMonthChart(model.wins, model.goalTitles, { idPrefix: 'wins', width: drawWidth, formats })) : h('p', null, l10n.t('No wins logged yet. Log one with “Career Goals: Log a Win”.')),
    ),
  );
  if (model.commits) {
    const c = model.commits;
    blocks.push(
      section(
        'evidence',
        l10n.t('Your work: commits per goal per week'),
        h('p', { class: 'muted' }, l10n.t('Your commits from {0} to {1} whose messages name a goal in a “Goal:” trailer.', formats.day(c.since), formats.day(c.until))),
        c.items.length > 0
          ? chartBlock('evidence', commitsByWeekChart(c.items, model.goalTitles, { idPrefix: 'evidence', width: drawWidth, formats }))
          : h('p', null, l10n.t('None yet this quarter. Add “Goal: <id>” as the last line of a commit message, or use “Career Goals: Add Goal Trailer” in Source Control.')),
      ),
    );
  }
  if (model.values.length > 0) blocks.push(section('values', l10n.t('Values balance'), chartBlock('values', valuesBalanceChart(model.values, { idPrefix: 'values', width: drawWidth, formats }))));
  // Keep focus where it was across a live update, when that element is drawn again.
  const focused = document.activeElement instanceof Element ? focusKey(document.activeElement) : undefined;
  replaceChildren(app, ...blocks);
  app.removeAttribute('aria-busy');
  if (focused) app.querySelector<HTMLElement | SVGElement>(focused)?.focus();
  // The first render guesses the width; when the page shows charts wider or narrower, draw again at that width.
  if (fitWidth()) render(folderName, folderUri, model, git, progress);
}

/** The empty state's words: where points come from, here. */
function startWords(git: boolean): string {
  return git
    ? l10n.t('Each review you complete adds a point to these charts, and so does each commit of goals.yaml in a git repository. This is today’s point.')
    : l10n.t('Each review you complete adds a point to these charts. This is today’s point. (In VS Code desktop, each commit of goals.yaml in a git repository adds one too.)');
}

/** Takes the measured width of the charts' place; true when it changed enough to draw again. */
function fitWidth(): boolean {
  const drawing = app.querySelector('.chart-drawing');
  if (!drawing) return false;
  const width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.floor(drawing.clientWidth)));
  if (drawing.clientWidth === 0 || Math.abs(width - drawWidth) < 2) return false;
  drawWidth = width;
  return true;
}

// The panel resized (a split editor, the window): draw at the new width, once per frame.
let resizeFrame = 0;
new ResizeObserver(() => {
  cancelAnimationFrame(resizeFrame);
  resizeFrame = requestAnimationFrame(() => {
    if (shown && fitWidth()) render(shown.folderName, shown.folderUri, shown.model, shown.git, shown.progress);
  });
}).observe(app);

/** A selector that finds the same control after a redraw. */
function focusKey(el: Element): string | undefined {
  if (el.id) return `#${CSS.escape(el.id)}`;
  const ref = el.getAttribute('data-ref');
  if (ref) return `[data-ref="${CSS.escape(ref)}"]`;
  const week = el.getAttribute('data-week');
  return week ? `[data-week="${CSS.escape(week)}"]` : undefined;
}

/** Opens the review or commit behind a point. */
function activate(target: Element | null): boolean {
  const point = target?.closest('[data-source][data-ref]');
  const source = point?.getAttribute('data-source');
  const ref = point?.getAttribute('data-ref');
  if (!ref || (source !== 'review' && source !== 'commit')) return false;
  post({ type: 'openPoint', source, ref });
  return true;
}

app.addEventListener('click', (e) => {
  activate(e.target as Element | null);
});
app.addEventListener('keydown', (e) => {
  const target = e.target as Element | null;
  if ((e.key === 'Enter' || e.key === ' ') && activate(target)) {
    e.preventDefault();
    return;
  }
  // The calendar and each chart's points are one tab stop: arrows move between its weeks or points.
  const week = target?.closest('[data-week]');
  const cell = week ?? target?.closest('[data-source]');
  if (!cell || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight' && e.key !== 'Home' && e.key !== 'End')) return;
  const cells = [...(cell.parentElement?.querySelectorAll(week ? '[data-week]' : '[data-source]') ?? [])];
  const at = cells.indexOf(cell);
  const next = e.key === 'Home' ? 0 : e.key === 'End' ? cells.length - 1 : at + (e.key === 'ArrowLeft' ? -1 : 1);
  const to = cells[Math.max(0, Math.min(cells.length - 1, next))] as HTMLElement | SVGElement | undefined;
  if (!to || to === cell) return;
  e.preventDefault();
  cell.setAttribute('tabindex', '-1');
  to.setAttribute('tabindex', '0');
  to.focus();
});

window.addEventListener('message', (e: MessageEvent<unknown>) => {
  const m = e.data as DashboardHostMessage | null;
  if (!m || typeof m !== 'object') return;
  if (m.type !== 'model' && m.type !== 'gone') return;
  // The words first: every message the page draws from carries them.
  configure(m);
  if (m.type === 'model') render(m.folderName, m.folderUri, m.model, m.git, m.progress);
  else {
    replaceChildren(app, h('h1', null, l10n.t('Career Goals Dashboard')), h('p', null, m.message));
    app.removeAttribute('aria-busy');
  }
});

post({ type: 'ready' });
