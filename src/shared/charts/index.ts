/**
 * DOM-free SVG charts for the progress dashboard and the Markdown report export: each
 * builder returns SVG markup (class attributes only, or fixed presentation attributes
 * for a standalone file) and the same numbers as a table. See
 * media/dashboard-charts.css for the classes' theme colours.
 */
export { calendarChart } from './calendar';
export { CHART_CLASSES } from './classes';
export { escapeXml } from './escape';
export { metricChart } from './metric';
export { overallChart } from './overall';
export { BUFFER_BANDS, goalPaceChart, type GoalPaceInput } from './pace';
export { sparkline } from './sparkline';
export type { Chart, ChartOptions, ChartTable } from './types';
export { valuesBalanceChart } from './values';
export { commitsByWeekChart, winsByMonthChart } from './wins';
