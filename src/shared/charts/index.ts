/**
 * DOM-free SVG charts for the progress dashboard and the Markdown report export: each
 * builder returns SVG markup (class attributes only, or fixed presentation attributes
 * for a standalone file) and the same numbers as a table. See
 * media/dashboard-charts.css for the classes' theme colours.
 */
export { calendarChart } from './calendar';
export { metricChart } from './metric';
export { overallChart } from './overall';
export { goalPaceChart } from './pace';
export { sparkline } from './sparkline';
export type { Chart, ChartTable } from './types';
export { valuesBalanceChart } from './values';
export { commitsByWeekChart, winsByMonthChart } from './wins';
