/**
 * What every chart builder takes and returns. The builders are pure and DOM-free: the
 * dashboard webview inserts the markup, the Markdown report export writes it to a file.
 */
import type { DisplayFormats } from '../../core/time/display';

/**
 * How the chart gets its colours.
 * - `theme`: class attributes only; media/dashboard-charts.css colours them from the
 *   `--vscode-charts-*` variables, so every theme (high contrast too) works.
 * - `fixed`: literal `fill`/`stroke` presentation attributes in light-theme colours, for
 *   an SVG file that is read outside VS Code with no stylesheet.
 */
export type Palette = 'theme' | 'fixed';

/** Options every chart accepts. */
export interface ChartOptions {
  /** Default `theme`. */
  palette?: Palette;
  /**
   * Prefix of every `id` in the chart, so two charts on one page never share an id
   * (the `aria-labelledby` of one would name the other). Characters other than
   * letters, digits, `-` and `_` are dropped. Default: the chart's kind (`cg-overall`).
   */
  idPrefix?: string;
  /** Width of the drawing in SVG user units (the `viewBox`); the page scales it. */
  width?: number;
  /** Height of the drawing in SVG user units. */
  height?: number;
  /**
   * Whether points that name their source are focusable buttons (default true). A
   * standalone file has nothing to open, so the report export turns it off and its
   * points are plain circles with hover text.
   */
  interactive?: boolean;
  /**
   * Days (`YYYY-MM-DD`, inclusive) the time axis covers at least, whatever the points:
   * a report's period, so a lone point sits where it falls in the period.
   */
  span?: readonly [string, string];
  /**
   * The plan's pauses (`pauses:`): the time charts shade them, and the pace line stands
   * still through them, as the core's pace does.
   */
  pauses?: readonly ChartPause[];
  /**
   * The display language's tag (`en`, `de`): days are written as it writes them
   * (`displayDay`) and the time axis names months in it. Without it, days stay ISO and
   * the axis English, as in a file that is read back (the report export).
   */
  locale?: string;
  /**
   * The display language's formats, when a screen draws many charts: made once for all
   * of them, rather than once per chart from `locale` (which this overrides).
   */
  formats?: DisplayFormats;
}

/** A pause as the charts take it: days `YYYY-MM-DD`, inclusive, and its note. */
export interface ChartPause {
  from: string;
  to: string;
  note?: string | null;
}

/**
 * The chart's numbers as text, for the "Show as table" alternative and the report.
 * Every row has one cell per column.
 */
export interface ChartTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

/** A built chart: SVG markup (one `<svg>` element, no style attributes) and its table. */
export interface Chart {
  svg: string;
  table: ChartTable;
}
