/**
 * A word-sized progress line for the weekly review: the last eight figures, about
 * 80×20, read out as its list of percents.
 */
import * as l10n from '@vscode/l10n';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { CHART_CLASSES } from './classes';
import { el, makeCtx, paint, svgRoot } from './svg';
import type { ChartOptions } from './types';
import { percentLabel } from './words';

/** How many of the latest values the sparkline shows. */
const SPARKLINE_POINTS = 8;

/**
 * A sparkline of the last {@link SPARKLINE_POINTS} values (0–1, oldest first), as SVG
 * markup alone: its `aria-label` lists the percents, so it needs no table. Default
 * size 80×20; `opts.width`/`height` change it.
 */
export function sparkline(values: readonly number[], opts: ChartOptions = {}): string {
  const ctx = makeCtx(opts, 'spark');
  const width = opts.width !== undefined && Number.isFinite(opts.width) ? Math.max(20, opts.width) : 80;
  const height = opts.height !== undefined && Number.isFinite(opts.height) ? Math.max(8, opts.height) : 20;
  const shown = values.slice(-SPARKLINE_POINTS).map((v) => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0));
  const label = shown.length === 0 ? l10n.t('Progress: no figures yet') : l10n.t('Progress, oldest first: {0}', shown.map(percentLabel).join(', '));
  const x = scaleLinear()
    .domain([0, Math.max(1, shown.length - 1)])
    .range(shown.length === 1 ? [width / 2, width / 2] : [3, width - 3]);
  const y = scaleLinear().domain([0, 1]).range([height - 3, 3]);
  const body: string[] = [];
  if (shown.length > 1) {
    const d = line<number>()
      .x((_, i) => x(i))
      .y((v) => y(v))
      .digits(2)(shown);
    body.push(el('path', { ...paint(ctx, CHART_CLASSES.spark), d: d ?? '' }));
  }
  const last = shown[shown.length - 1];
  if (last !== undefined) body.push(el('circle', { ...paint(ctx, CHART_CLASSES.sparkDot), cx: x(shown.length - 1), cy: y(last), r: 2 }));
  return svgRoot(ctx, { width, height, role: 'img', title: label, desc: label, ariaLabel: label }, body);
}
