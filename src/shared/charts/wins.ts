/**
 * Wins by month and commits by week, stacked by goal. A goal keeps its colour across
 * charts: its class is picked by its place in `goalTitles` (the plan's order), cycling
 * through six chart colours; items with no goal, or a goal the plan no longer has, have
 * their own class.
 */
import * as l10n from '@vscode/l10n';
import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import { timeMonday, timeMonth, type CountableTimeInterval } from 'd3-time';
import { timeFormat } from 'd3-time-format';
import type { IsoDate } from '../../core/model';
import type { DisplayFormats } from '../../core/time/display';
import { valueAxis } from './axes';
import { CHART_CLASSES, SERIES_CLASSES, type ChartClass } from './classes';
import { clip } from './escape';
import { frameOf } from './layout';
import { legend } from './legend';
import { el, makeCtx, notice, paint, svgRoot, textEl, tooltip } from './svg';
import { formatMonthYear, localDate, localeDate, monthLabel } from './time';
import type { Chart, ChartOptions } from './types';
import { winsCount } from './words';

/** A logged win: its date and, when it was logged against one, the goal's id. */
export interface WinInput {
  date: IsoDate;
  goal?: string;
}

/** The series key of wins with no goal; not a valid goal id, so it never clashes. */
const NO_GOAL = ' no goal';

interface Series {
  key: string;
  title: string;
  className: ChartClass;
}

interface MonthRow {
  /** The start of the row's month or week. */
  month: Date;
  counts: Map<string, number>;
  total: number;
}

const formatWeek = timeFormat('%b %-d');
const formatWeekYear = timeFormat('%b %-d, %Y');

/** How a chart cuts time into bars and names things. */
interface Buckets {
  interval: CountableTimeInterval;
  /** A bar's label under the axis; `long` for the first and at a new year. */
  label(d: Date, long: boolean): string;
  /** A bar in words (tooltips, the description). */
  words(d: Date): string;
  /** A bar in the table's first column. */
  cell(d: Date): string;
  /** The table's first column. */
  column: string;
  title: string;
  /** `3 wins`, `1 commit`. */
  count(n: number): string;
  /** Said when there is nothing to draw. */
  empty: string;
  weekly: boolean;
}

/** By month, its words in the display language (`formats` for the month names). */
function months(formats: DisplayFormats | undefined): Buckets {
  return {
    interval: timeMonth,
    label: (d, long) => (long || d.getMonth() === 0 ? formatMonthYear(d, formats) : monthLabel(d, formats)),
    words: (d) => formatMonthYear(d, formats),
    cell: (d) => formatMonthYear(d, formats),
    column: l10n.t('Month'),
    title: l10n.t('Wins by month'),
    count: winsCount,
    empty: l10n.t('No wins logged yet.'),
    weekly: false,
  };
}

/** By week (from Monday), its words in the display language. */
function weeks(formats: DisplayFormats | undefined): Buckets {
  const weekYear = (d: Date) => localeDate(d, formats, { month: 'short', day: 'numeric', year: 'numeric' }, formatWeekYear);
  return {
    interval: timeMonday,
    label: (d, long) => (long || (d.getMonth() === 0 && d.getDate() <= 7) ? weekYear(d) : localeDate(d, formats, { month: 'short', day: 'numeric' }, formatWeek)),
    words: (d) => l10n.t('week of {0}', weekYear(d)),
    cell: weekYear,
    column: l10n.t('Week of'),
    title: l10n.t('Commits by week'),
    count: (n) => (n === 1 ? l10n.t('1 commit') : l10n.t('{0} commits', n)),
    empty: l10n.t('No commits of yours name a goal in this period.'),
    weekly: true,
  };
}

/**
 * Stacked bars of wins per month, from the month of the first win to the month of the
 * last, empty months included. Month ticks come from d3-time's `timeMonth`. A goal id
 * missing from `goalTitles` is shown by its id, in the no-goal colour.
 */
export function winsByMonthChart(wins: readonly WinInput[], goalTitles: Readonly<Record<string, string>>, opts: ChartOptions = {}): Chart {
  return countsChart(wins, goalTitles, opts, 'wins', months);
}

/**
 * Stacked bars of the person's commits linked to goals per week (weeks start on
 * Monday), from the first week with one to the last, empty weeks included: the
 * dashboard's evidence. A commit linked to two goals counts once for each.
 */
export function commitsByWeekChart(commits: readonly WinInput[], goalTitles: Readonly<Record<string, string>>, opts: ChartOptions = {}): Chart {
  return countsChart(commits, goalTitles, opts, 'commits', weeks);
}

function countsChart(wins: readonly WinInput[], goalTitles: Readonly<Record<string, string>>, opts: ChartOptions, kind: 'wins' | 'commits', bucketsOf: (formats: DisplayFormats | undefined) => Buckets): Chart {
  const ctx = makeCtx(opts, kind);
  const b = bucketsOf(ctx.formats);
  const planOrder = Object.keys(goalTitles);
  const seriesByKey = new Map<string, Series>();
  const dated: { month: Date; key: string }[] = [];
  for (const w of wins) {
    const date = localDate(w.date);
    if (!date) continue;
    const key = w.goal === undefined || w.goal === '' ? NO_GOAL : w.goal;
    dated.push({ month: b.interval.floor(date), key });
  }
  for (const { key } of dated) {
    if (seriesByKey.has(key)) continue;
    const index = key === NO_GOAL ? -1 : planOrder.indexOf(key);
    const title = key === NO_GOAL ? l10n.t('No goal') : Object.hasOwn(goalTitles, key) ? (goalTitles[key] ?? key) : key;
    seriesByKey.set(key, { key, title, className: index < 0 ? CHART_CLASSES.seriesNone : (SERIES_CLASSES[index % SERIES_CLASSES.length] ?? CHART_CLASSES.seriesNone) });
  }
  // Plan order first, then goals the plan does not know (by id), then no goal.
  const rank = (s: Series): [number, string] => (s.key === NO_GOAL ? [2, ''] : planOrder.includes(s.key) ? [0, String(planOrder.indexOf(s.key)).padStart(6, '0')] : [1, s.key]);
  const series = [...seriesByKey.values()].sort((a, b) => {
    const [ra, ka] = rank(a);
    const [rb, kb] = rank(b);
    return ra - rb || (ka < kb ? -1 : ka > kb ? 1 : 0);
  });

  const leg = legend(
    ctx,
    40,
    8,
    frameOf(opts, 0).width - 56,
    series.map((s) => ({ classes: [CHART_CLASSES.bar, s.className], label: s.title, shape: 'rect' })),
  );
  const f = frameOf(opts, leg.height);
  const title = b.title;
  const columns = [b.column, ...series.map((s) => s.title), l10n.t('Total')];
  if (dated.length === 0) {
    const desc = b.empty;
    return { svg: svgRoot(ctx, { width: f.width, height: f.height, role: 'img', title, desc }, [notice(ctx, f.width, f.height, desc)]), table: { caption: title, columns: [b.column, l10n.t('Total')], rows: [] } };
  }

  const first = dated.reduce((m, d) => (d.month < m ? d.month : m), dated[0]?.month ?? new Date(0));
  const last = dated.reduce((m, d) => (d.month > m ? d.month : m), first);
  const rows: MonthRow[] = b.interval.range(first, b.interval.offset(last, 1)).map((month) => ({ month, counts: new Map(), total: 0 }));
  const rowOf = new Map(rows.map((r) => [r.month.getTime(), r]));
  for (const d of dated) {
    const row = rowOf.get(d.month.getTime());
    if (!row) continue;
    row.counts.set(d.key, (row.counts.get(d.key) ?? 0) + 1);
    row.total++;
  }

  const x = scaleBand<number>()
    .domain(rows.map((r) => r.month.getTime()))
    .range([f.left, f.right])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const top = max(rows, (r) => r.total) ?? 1;
  const y = scaleLinear().domain([0, top]).nice().range([f.bottom, f.top]);
  const ticks = y.ticks(Math.min(5, top)).filter((t) => Number.isInteger(t));

  const stacked = stack<MonthRow, string>()
    .keys(series.map((s) => s.key))
    .value((row, key) => row.counts.get(key) ?? 0)(rows);
  const segments: string[] = [];
  stacked.forEach((layer, si) => {
    const s = series[si];
    if (!s) return;
    for (const seg of layer) {
      const [y0, y1] = seg;
      if (y1 - y0 <= 0) continue;
      const bx = x(seg.data.month.getTime()) ?? 0;
      const words = l10n.t('{0} · {1}: {2}', b.words(seg.data.month), s.title, b.count(y1 - y0));
      segments.push(el('rect', { ...paint(ctx, CHART_CLASSES.bar, s.className), x: bx, y: y(y1), width: x.bandwidth(), height: y(y0) - y(y1) }, tooltip(words)));
    }
  });

  // Labels under the bars, thinned so they never overlap; the first and January carry the year.
  const every = Math.max(1, Math.ceil((rows.length * (b.weekly ? 64 : 44)) / (f.right - f.left)));
  const labels = rows.flatMap((r, i) => {
    if (i % every !== 0) return [];
    const text = b.label(r.month, i === 0);
    return [textEl('text', { ...paint(ctx, CHART_CLASSES.muted), x: (x(r.month.getTime()) ?? 0) + x.bandwidth() / 2, y: f.bottom + 15, 'text-anchor': 'middle' }, text)];
  });
  const body = [
    leg.svg,
    valueAxis(ctx, y, f.left, f.right, (v) => String(v), ticks),
    el('g', { 'aria-hidden': 'true' }, [el('line', { ...paint(ctx, CHART_CLASSES.axis), x1: f.left, y1: f.bottom, x2: f.right, y2: f.bottom }), ...labels]),
    el('g', {}, segments),
  ];

  const total = dated.length;
  const busiest = rows.reduce((m, r) => (r.total > m.total ? r : m), rows[0] ?? { month: first, counts: new Map(), total: 0 });
  const perGoal = series.map((s) => `${clip(s.title, 40)} ${rows.reduce((n, r) => n + (r.counts.get(s.key) ?? 0), 0)}`);
  const desc = l10n.t('{0} from {1} to {2}; most in {3} ({4}). By goal: {5}.', b.count(total), b.words(first), b.words(last), b.words(busiest.month), busiest.total, perGoal.join(', '));
  const table = {
    caption: title,
    columns,
    rows: rows.map((r) => [b.cell(r.month), ...series.map((s) => String(r.counts.get(s.key) ?? 0)), String(r.total)]),
  };
  return { svg: svgRoot(ctx, { width: f.width, height: f.height, role: 'img', title, desc }, body), table };
}
