/**
 * Legends with words: every colour in a chart is named in text next to its swatch, so
 * no meaning rests on colour alone (WCAG 1.4.1), and high contrast themes still read.
 */
import { CHART_CLASSES, type ChartClass } from './classes';
import { clip } from './escape';
import { el, paint, textEl, textWidth, type Ctx } from './svg';

/** One legend entry: the classes of what it stands for, its words and the swatch shape. */
export interface LegendEntry {
  classes: readonly ChartClass[];
  label: string;
  shape: 'rect' | 'circle' | 'line';
}

const ROW = 16;
const SWATCH = 10;

/**
 * Entries laid out left to right from (`x`, `y`), wrapping before `maxWidth`. Returns
 * the markup and the height it takes, so the plot can start below it.
 */
export function legend(ctx: Ctx, x: number, y: number, maxWidth: number, entries: readonly LegendEntry[]): { svg: string; height: number } {
  if (entries.length === 0) return { svg: '', height: 0 };
  const parts: string[] = [];
  let cx = x;
  let cy = y;
  for (const e of entries) {
    const label = clip(e.label, 32);
    const w = SWATCH + 4 + textWidth(label) + 14;
    if (cx > x && cx + w > x + maxWidth) {
      cx = x;
      cy += ROW;
    }
    const mid = cy + ROW / 2;
    const swatch =
      e.shape === 'circle'
        ? el('circle', { ...paint(ctx, ...e.classes), cx: cx + SWATCH / 2, cy: mid, r: 4 })
        : e.shape === 'line'
          ? el('line', { ...paint(ctx, ...e.classes), x1: cx, y1: mid, x2: cx + SWATCH, y2: mid })
          : el('rect', { ...paint(ctx, ...e.classes, CHART_CLASSES.swatch), x: cx, y: mid - SWATCH / 2, width: SWATCH, height: SWATCH });
    parts.push(swatch, textEl('text', { ...paint(ctx, CHART_CLASSES.text), x: cx + SWATCH + 4, y: mid, 'dominant-baseline': 'middle' }, label));
    cx += w;
  }
  return { svg: el('g', paint(ctx, CHART_CLASSES.legend), parts), height: cy - y + ROW };
}
