/**
 * Data point markers. A point that says where it came from (a review, a commit,
 * today) is a control: the dashboard opens the journal entry or the commit on click
 * or Enter. It is a focusable `<circle role="button">` rather than an `<a>`, since
 * the webview, not a link, decides what opening means; `data-ref` and `data-source`
 * carry what to open. A chart is one tab stop, its newest point: the arrow keys move
 * between its points (the dashboard page does that), as in the review calendar.
 */
import { CHART_CLASSES, type ChartClass } from './classes';
import { el, paint, tooltip, type Ctx } from './svg';

/** What one marker shows. */
export interface MarkerSpec {
  x: number;
  y: number;
  r: number;
  classes: readonly ChartClass[];
  /** Its accessible name and hover text: `Weekly review 2026-11-21: 42%`. */
  label: string;
  /** The journal entry's folder-relative path or the commit hash. */
  ref?: string;
  /** `review`, `commit`, `today`; with it the marker is a focusable button. */
  source?: string;
  /** Whether it is its chart's tab stop (markerGroup sets it); the others are focused with the arrow keys. */
  tabStop?: boolean;
}

/**
 * Pixels between two drawn markers' centres, at least. Two years of daily commits on a
 * chart a few hundred pixels wide put points under a pixel apart: drawn every one,
 * they are a smear of overlapping circles no pointer can pick, and thirty such charts
 * are a page too heavy to draw.
 *
 * @internal Exported for the unit tests, which check the spacing; shipped code does not import it.
 */
export const MARKER_GAP = 6;

/**
 * The markers of one chart's `points` (sorted oldest first, at `xOf`) as one group:
 * where points crowd closer than MARKER_GAP, only those at least that far from the
 * next one drawn, walking back from the newest, which is always drawn and is the tab
 * stop. A review's point and today's are always drawn (a review done today sits on
 * today's point, and reviews are a week apart at most). Every point stays in the
 * line, the description and the table; `specOf` (its words) runs only for the points
 * drawn.
 */
export function markerGroup<T>(ctx: Ctx, points: readonly T[], xOf: (point: T) => number, sourceOf: (point: T) => string | undefined, specOf: (point: T, x: number) => MarkerSpec): string {
  const drawn: string[] = [];
  let lastX = Infinity;
  for (let i = points.length - 1; i >= 0; i--) {
    const x = xOf(points[i] as T);
    const source = sourceOf(points[i] as T);
    if (drawn.length > 0 && lastX - x < MARKER_GAP && source !== 'review' && source !== 'today') continue;
    lastX = x;
    drawn.push(marker(ctx, { ...specOf(points[i] as T, x), tabStop: drawn.length === 0 }));
  }
  return el('g', {}, drawn.reverse());
}

/** A point marker: a button when it has a source, else a plain circle with hover text. */
function marker(ctx: Ctx, m: MarkerSpec): string {
  const base = { cx: m.x, cy: m.y, r: m.r };
  if (m.source === undefined) return el('circle', { ...paint(ctx, CHART_CLASSES.point, ...m.classes), ...base }, tooltip(m.label));
  return el(
    'circle',
    {
      ...paint(ctx, CHART_CLASSES.point, ...m.classes, CHART_CLASSES.focusable),
      ...base,
      tabindex: m.tabStop === false ? -1 : 0,
      role: 'button',
      'aria-label': m.label,
      'data-ref': m.ref,
      'data-source': m.source,
    },
    tooltip(m.label),
  );
}
