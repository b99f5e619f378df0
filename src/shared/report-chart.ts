/**
 * The overall-progress chart of a brag document or quarterly report, as a standalone
 * .svg file written beside the Markdown: the dashboard's own builder, in the fixed
 * palette (no `--vscode-*` variables exist outside VS Code), on a white background so
 * it reads the same in a dark Markdown viewer. Here, not in the core, because the core
 * can't import the chart builders; the CLI and the VS Code command both reach it.
 */
import type { History, HistoryPoint } from '../core/history';
import type { ReportPeriod } from '../core/reports/period';
import { FIXED_COLOURS } from './charts/classes';
import { overallChart } from './charts/overall';
import type { Chart } from './charts/types';

/**
 * The period's points, with the last one before it so the line starts from the value
 * the period began with (when the history has one).
 */
export function reportChartPoints(history: History, period: Pick<ReportPeriod, 'from' | 'to'>): HistoryPoint[] {
  let before: HistoryPoint | undefined;
  const inside: HistoryPoint[] = [];
  for (const p of history.points) {
    if (p.date < period.from) before = p;
    else if (p.date <= period.to) inside.push(p);
  }
  return before ? [before, ...inside] : inside;
}

/** The overall chart of the period in the fixed palette on a white background: its `<svg>` element and its table. */
export function reportChart(history: History, period: Pick<ReportPeriod, 'from' | 'to'>): Chart {
  const chart = overallChart(reportChartPoints(history, period), { palette: 'fixed', interactive: false, idPrefix: 'cg-report', width: 720, height: 300, span: [period.from, period.to], pauses: history.pauses });
  return { ...chart, svg: withBackground(chart.svg) };
}

/** A background first in the drawing order, after <title> and <desc> (which stay the first children for assistive technology). */
export function withBackground(svg: string): string {
  return svg.replace('</desc>', `</desc><rect width="100%" height="100%" fill="${FIXED_COLOURS.background}"/>`);
}

/** The chart as a complete SVG file: an XML declaration, then one `<svg>` element. */
export function reportChartSvg(history: History, period: Pick<ReportPeriod, 'from' | 'to'>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${reportChart(history, period).svg}\n`;
}
