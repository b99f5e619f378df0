/**
 * Pauses on a time chart: each span of `pauses:` shaded from its first day to the end
 * of its last, behind the data, with its words as hover text, a "Paused" legend entry
 * and a row in the chart's table. During a pause the pace line stands still (core
 * analysis/pace.ts); the shading shows why a line is flat there.
 */
import * as l10n from '@vscode/l10n';
import { CHART_CLASSES } from './classes';
import type { LegendEntry } from './legend';
import { el, paint, tooltip, type Ctx } from './svg';
import { localDate, type DayScale } from './time';
import type { ChartPause } from './types';

/** The legend entry of the shading (a function: its words are looked up when a chart is drawn). */
export function pauseLegend(): LegendEntry {
  return { classes: [CHART_CLASSES.pause], label: l10n.t('Paused'), shape: 'rect' };
}

/** `Paused 2026-12-21 to 2027-01-03 (Winter break)`: a pause in words, days as `day` writes them. */
export function pauseWords(p: ChartPause, day: (iso: string) => string = (iso) => iso): string {
  return p.note ? l10n.t('Paused {0} to {1} ({2})', day(p.from), day(p.to), p.note) : l10n.t('Paused {0} to {1}', day(p.from), day(p.to));
}

/** The pauses with real days, first day first; one whose end comes before its start is left out. */
function validPauses(pauses: readonly ChartPause[] | undefined): { pause: ChartPause; from: Date; to: Date }[] {
  const out: { pause: ChartPause; from: Date; to: Date }[] = [];
  for (const pause of pauses ?? []) {
    const from = localDate(pause.from);
    const to = localDate(pause.to);
    if (from && to && from <= to) out.push({ pause, from, to });
  }
  return out.sort((a, b) => a.from.getTime() - b.from.getTime());
}

/** The pauses that overlap the domain `[lo, hi]` of a chart. */
export function pausesWithin(pauses: readonly ChartPause[] | undefined, lo: Date, hi: Date): { pause: ChartPause; from: Date; to: Date }[] {
  return validPauses(pauses).filter((p) => p.to >= lo && p.from <= hi);
}

/**
 * The shading of `pauses` between `top` and `bottom`, clipped to the scale's range: a
 * pause's last day is shaded to its end (the next midnight), as the calendar reads it.
 */
export function pauseShading(ctx: Ctx, pauses: readonly { pause: ChartPause; from: Date; to: Date }[], x: DayScale, top: number, bottom: number): string {
  if (pauses.length === 0) return '';
  const [left, right] = x.range();
  const dayWidth = Math.abs(x(new Date(2000, 0, 2)) - x(new Date(2000, 0, 1)));
  const rects = pauses.map(({ pause, from, to }) => {
    const x0 = Math.max(left, x(from));
    const x1 = Math.min(right, x(to) + dayWidth);
    return el('rect', { ...paint(ctx, CHART_CLASSES.pause), x: x0, y: top, width: Math.max(1, x1 - x0), height: bottom - top, 'data-pause': pause.from }, tooltip(pauseWords(pause, ctx.day)));
  });
  return el('g', { 'aria-hidden': 'true' }, rects);
}
