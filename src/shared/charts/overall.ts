/**
 * Overall progress over time: the history's series as a line, with one marker per
 * point shaped by where it came from (a review of a kind, a commit, today).
 */
import * as l10n from '@vscode/l10n';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { History, HistoryPoint } from '../../core/history';
import { timeAxis, valueAxis } from './axes';
import { CHART_CLASSES, type ChartClass } from './classes';
import { frameOf } from './layout';
import { legend, type LegendEntry } from './legend';
import { pauseLegend, pauseShading, pausesWithin, pauseWords } from './pauses';
import { markerGroup } from './points';
import { el, makeCtx, notice, paint, svgRoot, type Ctx } from './svg';
import { dayScale, localDate, timeDomain } from './time';
import type { Chart, ChartOptions } from './types';
import { percentLabel, sourceWords, sourceWordsInSentence } from './words';

interface Placed {
  point: HistoryPoint;
  date: Date;
}

/** Marker classes of a point: its source, and for a review its kind. */
function classesOf(p: HistoryPoint): ChartClass[] {
  if (p.source === 'commit') return [CHART_CLASSES.pointCommit];
  if (p.source === 'today') return [CHART_CLASSES.pointToday];
  const kind = p.kind ?? 'weekly';
  const byKind = kind === 'monthly' ? CHART_CLASSES.pointMonthly : kind === 'quarterly' ? CHART_CLASSES.pointQuarterly : CHART_CLASSES.pointWeekly;
  return [CHART_CLASSES.pointReview, byKind];
}

/** The legend's entries in order (a function: the words are looked up when a chart is drawn). */
const legendOrder = (): readonly { key: string; classes: ChartClass[]; label: string }[] => [
  { key: 'review:weekly', classes: [CHART_CLASSES.pointReview, CHART_CLASSES.pointWeekly], label: sourceWords('review', 'weekly') },
  { key: 'review:monthly', classes: [CHART_CLASSES.pointReview, CHART_CLASSES.pointMonthly], label: sourceWords('review', 'monthly') },
  { key: 'review:quarterly', classes: [CHART_CLASSES.pointReview, CHART_CLASSES.pointQuarterly], label: sourceWords('review', 'quarterly') },
  { key: 'commit', classes: [CHART_CLASSES.pointCommit], label: sourceWords('commit') },
  { key: 'today', classes: [CHART_CLASSES.pointToday], label: sourceWords('today') },
];

const keyOf = (p: HistoryPoint): string => (p.source === 'review' ? `review:${p.kind ?? 'weekly'}` : p.source);

/** `Weekly review 2026-11-21: 42%`: a point's accessible name. */
function labelOf(ctx: Ctx, p: HistoryPoint): string {
  return l10n.t('{0} {1}: {2}', sourceWords(p.source, p.kind), ctx.day(p.date), percentLabel(p.overall));
}

/**
 * Overall progress (0–1, shown in %) over time. Points keep the history's order
 * (oldest first; a stable sort by date guards against a caller's unsorted list);
 * points with an invalid date are left out of the drawing and the table. One point
 * alone sits in the middle of a 15-day axis; no point at all gives a notice.
 */
export function overallChart(points: readonly HistoryPoint[] | History, opts: ChartOptions = {}): Chart {
  const list = 'points' in points ? points.points : points;
  const ctx = makeCtx(opts, 'overall');
  const placed: Placed[] = [];
  for (const point of list) {
    const date = localDate(point.date);
    if (date) placed.push({ point, date });
  }
  placed.sort((a, b) => a.date.getTime() - b.date.getTime());

  const spanDates = (opts.span ?? []).map(localDate).filter((d): d is Date => d !== undefined);
  const domain = timeDomain([...placed.map((p) => p.date), ...spanDates], new Date(0));
  // Only the pauses the axis reaches: a pause planned for next month has no place yet.
  const pauses = placed.length > 0 ? pausesWithin(opts.pauses, domain[0], domain[1]) : [];

  const present = new Set(placed.map((p) => keyOf(p.point)));
  const entries: LegendEntry[] = legendOrder().filter((e) => present.has(e.key)).map((e) => ({ classes: [CHART_CLASSES.point, ...e.classes], label: e.label, shape: 'circle' }));
  if (pauses.length > 0) entries.push(pauseLegend());
  const width0 = frameOf(opts, 0).width;
  const leg = legend(ctx, 40, 8, width0 - 56, entries);
  const f = frameOf(opts, leg.height);

  const title = l10n.t('Overall progress');
  const table = {
    caption: l10n.t('Overall progress over time'),
    columns: [l10n.t('Date'), l10n.t('Source'), l10n.t('Overall')],
    rows: [
      ...placed.map(({ point }) => ({ date: point.date, cells: [ctx.day(point.date), sourceWords(point.source, point.kind), percentLabel(point.overall)] })),
      ...pauses.map(({ pause }) => ({ date: pause.from, cells: [ctx.day(pause.from), pauseWords(pause, ctx.day), '—'] })),
    ]
      // Stable: a pause's row follows the points of its first day.
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((r) => r.cells),
  };
  if (placed.length === 0) {
    const desc = l10n.t('No progress recorded yet.');
    return { svg: svgRoot(ctx, { width: f.width, height: f.height, role: 'img', title, desc }, [notice(ctx, f.width, f.height, desc)]), table };
  }

  const x = dayScale(domain, [f.left, f.right]);
  const y = scaleLinear().domain([0, 1]).range([f.bottom, f.top]);
  const px = (p: Placed): number => x(p.date);
  const py = (p: Placed): number => y(clamp01(p.point.overall));

  const body = [leg.svg, pauseShading(ctx, pauses, x, f.top, f.bottom), valueAxis(ctx, y, f.left, f.right, (v) => `${Math.round(v * 100)}%`), timeAxis(ctx, x, f.bottom)];
  if (placed.length > 1) {
    const d = line<Placed>().x(px).y(py).digits(2)(placed) ?? '';
    body.push(el('path', { ...paint(ctx, CHART_CLASSES.line), d, 'aria-hidden': 'true' }));
  }
  body.push(
    markerGroup(ctx, placed, px, (p) => p.point.source, (p, x) => ({ x, y: py(p), r: p.point.source === 'today' ? 5 : 4, classes: classesOf(p.point), label: labelOf(ctx, p.point), ...(opts.interactive !== false && { ref: p.point.ref, source: p.point.source }) })),
  );
  const paused = pauses.length > 0 ? ` ${l10n.t('{0}.', pauses.map(({ pause }) => pauseWords(pause, ctx.day)).join('; '))}` : '';
  return { svg: svgRoot(ctx, { width: f.width, height: f.height, role: 'group', title, desc: `${describe(ctx, placed)}${paused}` }, body), table };
}

function clamp01(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}

/** The numbers in a sentence or two, for `<desc>`. */
function describe(ctx: Ctx, placed: readonly Placed[]): string {
  const first = placed[0]?.point;
  const last = placed[placed.length - 1]?.point;
  if (!first || !last) return l10n.t('No progress recorded yet.');
  const best = placed.reduce((m, p) => Math.max(m, clamp01(p.point.overall)), 0);
  if (placed.length === 1) return l10n.t('One point: {0}.', labelOf(ctx, last));
  return l10n.t(
    '{0} points from {1} to {2}. First {3}, latest {4} ({5}), highest {6}.',
    placed.length,
    ctx.day(first.date),
    ctx.day(last.date),
    percentLabel(first.overall),
    percentLabel(last.overall),
    sourceWordsInSentence(last.source, last.kind),
    percentLabel(best),
  );
}
