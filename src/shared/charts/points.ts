/**
 * Data point markers. A point that says where it came from (a review, a commit,
 * today) is a control: the dashboard opens the journal entry or the commit on click
 * or Enter. It is a focusable `<circle role="button">` rather than an `<a>`, since
 * the webview, not a link, decides what opening means; `data-ref` and `data-source`
 * carry what to open.
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
}

/** A point marker: a button when it has a source, else a plain circle with hover text. */
export function marker(ctx: Ctx, m: MarkerSpec): string {
  const base = { cx: m.x, cy: m.y, r: m.r };
  if (m.source === undefined) return el('circle', { ...paint(ctx, CHART_CLASSES.point, ...m.classes), ...base }, tooltip(m.label));
  return el(
    'circle',
    {
      ...paint(ctx, CHART_CLASSES.point, ...m.classes, CHART_CLASSES.focusable),
      ...base,
      tabindex: 0,
      role: 'button',
      'aria-label': m.label,
      'data-ref': m.ref,
      'data-source': m.source,
    },
    tooltip(m.label),
  );
}
