/**
 * The plot frame shared by the time-series charts: a legend row on top, the y-axis
 * labels on the left, the time axis below. Sizes are SVG user units; the page scales
 * the whole drawing through its viewBox.
 */
import type { ChartOptions } from './types';

/** Where the data goes inside the drawing. */
export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Default drawing size of the time-series charts. */
const DEFAULT_SIZE = { width: 600, height: 240 } as const;

/**
 * The frame of a chart of `opts`' size whose legend takes `legendHeight`, with
 * `leftLabel` units for the y labels. Sizes below a usable minimum are raised to it.
 */
export function frameOf(opts: ChartOptions, legendHeight: number, leftLabel = 40): Frame {
  const width = Math.max(200, finite(opts.width) ?? DEFAULT_SIZE.width);
  const height = Math.max(120, finite(opts.height) ?? DEFAULT_SIZE.height);
  return { width, height, left: leftLabel, right: width - 16, top: 8 + legendHeight + 6, bottom: height - 24 };
}

function finite(n: number | undefined): number | undefined {
  return n !== undefined && Number.isFinite(n) ? n : undefined;
}
