/**
 * DOM-free SVG charts for the progress dashboard and the Markdown report export: each
 * builder returns SVG markup (class attributes only, or fixed presentation attributes
 * for a standalone file) and the same numbers as a table. See
 * media/dashboard-charts.css for the classes' theme colours.
 */
export { calendarChart, weekLabel } from './calendar';
export { CHART_CLASSES, CHART_CLASS_NAMES, FIXED_COLOURS, SERIES_CLASSES, type ChartClass } from './classes';
export { escapeXml } from './escape';
export { metricChart, type MetricChartInput, type MetricPoint } from './metric';
export { overallChart } from './overall';
export { BUFFER_BANDS, bandOf, goalPaceChart, type BufferBand, type GoalPaceInput, type PaceCheckpoint, type PacePoint } from './pace';
export { SPARKLINE_POINTS, sparkline } from './sparkline';
export type { Chart, ChartOptions, ChartTable, Palette } from './types';
export { UNSERVED_WORDS, valuesBalanceChart, type ValueBalance } from './values';
export { winsByMonthChart, type WinInput } from './wins';
