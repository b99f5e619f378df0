/**
 * Axes drawn as plain lines and text. Tick dates come from d3 (`scaleTime().ticks`,
 * `scaleLinear().ticks`) so dates fall on days, weeks, months or years as the span
 * needs, and never from hand-written date arithmetic.
 */
import type { ScaleLinear } from 'd3-scale';
import { CHART_CLASSES } from './classes';
import { el, paint, textEl, type Ctx } from './svg';
import { timeTickLabel, type DayScale } from './time';

/** About how many pixels apart time ticks should be. */
const TIME_TICK_SPACING = 90;

/**
 * A time axis along `y` under the plot: a baseline, tick marks and labels. The tick
 * count follows the width, and ticks are filtered to the domain (d3 may return one
 * right at an edge, which is fine, but never outside).
 */
export function timeAxis(ctx: Ctx, x: DayScale, y: number): string {
  const [r0, r1] = x.range();
  const count = Math.max(2, Math.floor(Math.abs(r1 - r0) / TIME_TICK_SPACING));
  const parts = [el('line', { ...paint(ctx, CHART_CLASSES.axis), x1: r0, y1: y, x2: r1, y2: y })];
  for (const tick of x.ticks(count)) {
    const tx = x(tick);
    parts.push(el('line', { ...paint(ctx, CHART_CLASSES.axis), x1: tx, y1: y, x2: tx, y2: y + 4 }));
    parts.push(textEl('text', { ...paint(ctx, CHART_CLASSES.muted), x: tx, y: y + 15, 'text-anchor': 'middle' }, timeTickLabel(tick, ctx.formats)));
  }
  return el('g', { 'aria-hidden': 'true' }, parts);
}

/**
 * A value axis at the plot's left edge `x0` with grid lines across to `x1`, at d3's
 * ticks for the scale (or the `ticks` given), labelled by `format`.
 */
export function valueAxis(ctx: Ctx, y: ScaleLinear<number, number>, x0: number, x1: number, format: (v: number) => string, ticks: readonly number[] = y.ticks(5)): string {
  const parts: string[] = [];
  for (const t of ticks) {
    const ty = y(t);
    parts.push(el('line', { ...paint(ctx, CHART_CLASSES.grid), x1: x0, y1: ty, x2: x1, y2: ty }));
    parts.push(textEl('text', { ...paint(ctx, CHART_CLASSES.muted), x: x0 - 6, y: ty, 'text-anchor': 'end', 'dominant-baseline': 'middle' }, format(t)));
  }
  const [d0, d1] = y.range() as [number, number];
  parts.push(el('line', { ...paint(ctx, CHART_CLASSES.axis), x1: x0, y1: d0, x2: x0, y2: d1 }));
  return el('g', { 'aria-hidden': 'true' }, parts);
}
