/**
 * A metric in its own unit over time, with its target as a horizontal line. Works
 * the same for a falling target (pages of backlog from 40 down to 10): the y domain
 * spans start, target and every value, whichever way the goal runs.
 */
import * as l10n from '@vscode/l10n';
import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { HistorySource } from '../../core/history';
import type { IsoDate } from '../../core/model';
import { timeAxis, valueAxis } from './axes';
import { CHART_CLASSES } from './classes';
import { frameOf } from './layout';
import { legend } from './legend';
import { markerGroup } from './points';
import { el, makeCtx, notice, paint, svgRoot, textEl } from './svg';
import { dayScale, localDate, timeDomain } from './time';
import type { Chart, ChartOptions } from './types';
import { numberLabel, withUnit } from './words';

/** One recorded value of the metric. */
interface MetricPoint {
  date: IsoDate;
  value: number;
  /** What to open for it (journal path or commit hash). */
  ref?: string;
  /** Where it came from; with it the point is a focusable button. */
  source?: HistorySource;
}

/** What {@link metricChart} draws. */
export interface MetricChartInput {
  /** The goal's (or metric's) title. */
  title: string;
  /** `pages`, `talks`, `%`; may be empty. */
  unit?: string;
  /** The value the goal started from; tells a falling goal from a rising one. */
  start?: number;
  target: number;
  points: MetricPoint[];
}

interface Placed {
  point: MetricPoint;
  date: Date;
}

/**
 * The metric's values over time and the target line. The direction comes from
 * `start` against `target`, else from the first value against the target; a falling
 * goal reaches its target at or below it. Points with an invalid date or a value that
 * is not a finite number are left out.
 */
export function metricChart(input: MetricChartInput, opts: ChartOptions = {}): Chart {
  const ctx = makeCtx(opts, 'metric');
  const unit = input.unit;
  const placed: Placed[] = [];
  for (const point of input.points) {
    const date = localDate(point.date);
    if (date && Number.isFinite(point.value)) placed.push({ point, date });
  }
  placed.sort((a, b) => a.date.getTime() - b.date.getTime());
  const target = Number.isFinite(input.target) ? input.target : 0;
  const start = input.start !== undefined && Number.isFinite(input.start) ? input.start : undefined;
  const from = start ?? placed[0]?.point.value;
  const falling = from !== undefined && target < from;
  const reached = (v: number): boolean => (falling ? v <= target : v >= target);
  const num = (v: number): string => withUnit(v, unit, ctx.formats);
  const targetWords = l10n.t('target {0}', num(target));

  const leg = legend(ctx, 48, 8, frameOf(opts, 0).width - 64, [
    { classes: [CHART_CLASSES.line], label: input.unit?.trim() ? l10n.t('Value ({0})', input.unit.trim()) : l10n.t('Value'), shape: 'line' },
    { classes: [CHART_CLASSES.target], label: targetWords, shape: 'line' },
  ]);
  const f = frameOf(opts, leg.height, 48);

  const values = [target, ...(start === undefined ? [] : [start]), ...placed.map((p) => p.point.value)];
  let [lo, hi] = extent(values) as [number, number];
  if (hi - lo < 1e-9) {
    // One distinct value: open the domain around it so the line is not on an edge.
    const pad = Math.abs(lo) > 1 ? Math.abs(lo) * 0.1 : 1;
    lo -= pad;
    hi += pad;
  }
  const y = scaleLinear().domain([lo, hi]).nice().range([f.bottom, f.top]);
  const x = dayScale(timeDomain(placed.map((p) => p.date), new Date(0)), [f.left, f.right]);

  const body: string[] = [leg.svg, valueAxis(ctx, y, f.left, f.right, (v) => numberLabel(v, ctx.formats))];
  if (placed.length > 0) body.push(timeAxis(ctx, x, f.bottom));
  else body.push(notice(ctx, f.width, (f.top + f.bottom) / 2, l10n.t('No values recorded yet.')));
  const ty = y(target);
  body.push(el('line', { ...paint(ctx, CHART_CLASSES.target), x1: f.left, y1: ty, x2: f.right, y2: ty, 'aria-hidden': 'true' }));
  body.push(textEl('text', { ...paint(ctx, CHART_CLASSES.text), x: f.right, y: ty + (falling ? 12 : -4), 'text-anchor': 'end', 'aria-hidden': 'true' }, targetWords));
  if (placed.length > 1) {
    const d = line<Placed>()
      .x((p) => x(p.date))
      .y((p) => y(p.point.value))
      .digits(2)(placed);
    body.push(el('path', { ...paint(ctx, CHART_CLASSES.line), d: d ?? '', 'aria-hidden': 'true' }));
  }
  const labelOf = (p: MetricPoint): string => l10n.t('{0}: {1}', ctx.day(p.date), num(p.value));
  const toGo = (v: number): string => l10n.t('{0} to go', num(Math.abs(target - v)));
  body.push(markerGroup(ctx, placed, (p) => x(p.date), (p) => p.point.source, (p, px) => ({ x: px, y: y(p.point.value), r: 4, classes: [], label: labelOf(p.point), ref: p.point.ref, source: p.point.source })));

  const direction = falling ? l10n.t('lower is better') : l10n.t('higher is better');
  const last = placed[placed.length - 1]?.point;
  const desc = [
    l10n.t('{0}: {1} ({2}).', input.title, targetWords, direction),
    start === undefined ? '' : l10n.t('Started at {0}.', num(start)),
    last ? (reached(last.value) ? l10n.t('Latest {0}, target reached.', labelOf(last)) : l10n.t('Latest {0}, {1}.', labelOf(last), toGo(last.value))) : l10n.t('No values recorded yet.'),
  ]
    .filter((s) => s !== '')
    .join(' ');
  const table = {
    caption: l10n.t('{0}: {1} ({2})', input.title, targetWords, direction),
    columns: [l10n.t('Date'), l10n.t('Value'), l10n.t('To target')],
    rows: placed.map(({ point }) => [ctx.day(point.date), num(point.value), reached(point.value) ? l10n.t('target reached') : toGo(point.value)]),
  };
  const interactive = placed.some((p) => p.point.source !== undefined);
  return { svg: svgRoot(ctx, { width: f.width, height: f.height, role: interactive ? 'group' : 'img', title: l10n.t('{0} ({1})', input.title, targetWords), desc }, body), table };
}
