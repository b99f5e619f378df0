/**
 * Every class name the charts write, and the fixed light-theme paint each one stands
 * for. In the `theme` palette only the class goes out and media/dashboard-charts.css
 * colours it from `--vscode-charts-*`; in the `fixed` palette the paint below goes out
 * as presentation attributes, so an exported .svg looks right with no stylesheet. Keep
 * the two in step: a test checks that the stylesheet names every class listed here.
 */

/** The class names, by role. One constant, so the dashboard and the stylesheet agree. */
export const CHART_CLASSES = {
  /** The `<svg>` element. */
  root: 'cg-chart',
  /** Text in the foreground colour: legend entries, bar labels. */
  text: 'cg-chart-text',
  /** Secondary text: axis tick labels, notes such as "no pace line". */
  muted: 'cg-chart-muted',
  /** Axis lines and tick marks. */
  axis: 'cg-chart-axis',
  /** Horizontal grid lines behind the data. */
  grid: 'cg-chart-grid',
  /** A legend: swatches with their words. */
  legend: 'cg-chart-legend',
  /** A legend swatch; also carries the class of what it stands for. */
  swatch: 'cg-chart-swatch',
  /** Every element that takes keyboard focus, so one rule draws the focus outline. */
  focusable: 'cg-chart-focusable',
  /** The progress line (overall, one goal's actual progress, a metric's values). */
  line: 'cg-chart-line',
  /** A data point. */
  point: 'cg-chart-point',
  /** A point read from a journal entry. */
  pointReview: 'cg-chart-point-review',
  /** Review points by kind. */
  pointWeekly: 'cg-chart-point-weekly',
  pointMonthly: 'cg-chart-point-monthly',
  pointQuarterly: 'cg-chart-point-quarterly',
  /** A point read from a committed version of goals.yaml. */
  pointCommit: 'cg-chart-point-commit',
  /** Today's point, from the file as it is now. */
  pointToday: 'cg-chart-point-today',
  /** The vertical rule at today. */
  today: 'cg-chart-today',
  /** The shading of a pause (`pauses:`), behind the data. */
  pause: 'cg-chart-pause',
  /** The expected pace line, start to due. */
  pace: 'cg-chart-pace',
  /** The staircase of dated checkpoints along the pace line. */
  steps: 'cg-chart-steps',
  /** A dated checkpoint marker, and the same when done. */
  checkpoint: 'cg-chart-checkpoint',
  checkpointDone: 'cg-chart-checkpoint-done',
  /** Safety-buffer bands: 7+ days, 2–6 days, 1 day, behind. */
  bandSafe: 'cg-chart-band-safe',
  bandOk: 'cg-chart-band-ok',
  bandEdge: 'cg-chart-band-edge',
  bandBehind: 'cg-chart-band-behind',
  /** A metric's target, a horizontal line. */
  target: 'cg-chart-target',
  /** One week of the calendar (a focusable group of its cells). */
  week: 'cg-chart-week',
  /** A calendar cell. */
  cell: 'cg-chart-cell',
  /** The review cell of a week with no review. */
  cellNone: 'cg-chart-cell-none',
  /** The review cell by kind done that week (a week may carry several). */
  cellWeekly: 'cg-chart-cell-weekly',
  cellMonthly: 'cg-chart-cell-monthly',
  cellQuarterly: 'cg-chart-cell-quarterly',
  /** The wins cell of a week: none, one, two, three or more. */
  wins0: 'cg-chart-wins-0',
  wins1: 'cg-chart-wins-1',
  wins2: 'cg-chart-wins-2',
  wins3: 'cg-chart-wins-3',
  /** A bar or bar segment. */
  bar: 'cg-chart-bar',
  /** Bar segments by goal, cycling through six chart colours, and wins with no goal. */
  series0: 'cg-chart-series-0',
  series1: 'cg-chart-series-1',
  series2: 'cg-chart-series-2',
  series3: 'cg-chart-series-3',
  series4: 'cg-chart-series-4',
  series5: 'cg-chart-series-5',
  seriesNone: 'cg-chart-series-none',
  /** A value's bar of active goals, and of wins. */
  barGoals: 'cg-chart-bar-goals',
  barWins: 'cg-chart-bar-wins',
  /** A value that nothing serves: no active goal, no win. */
  unserved: 'cg-chart-unserved',
  /** The sparkline's line and its last point. */
  spark: 'cg-chart-spark',
  sparkDot: 'cg-chart-spark-dot',
} as const;

/** One of the class names in {@link CHART_CLASSES}. */
export type ChartClass = (typeof CHART_CLASSES)[keyof typeof CHART_CLASSES];

/** The six classes bar segments cycle through, one per goal. */
export const SERIES_CLASSES: readonly ChartClass[] = [
  CHART_CLASSES.series0,
  CHART_CLASSES.series1,
  CHART_CLASSES.series2,
  CHART_CLASSES.series3,
  CHART_CLASSES.series4,
  CHART_CLASSES.series5,
];

/** Presentation attributes the `fixed` palette writes for a class. */
export type FixedPaint = Partial<Record<'fill' | 'stroke' | 'stroke-width' | 'stroke-dasharray' | 'fill-opacity' | 'font-size' | 'font-family', string>>;

/**
 * VS Code's Light+ chart colours (`charts.blue` and friends), so an exported chart
 * reads like the dashboard in a light theme.
 */
export const FIXED_COLOURS = {
  foreground: '#1f1f1f',
  muted: '#616161',
  lines: '#b3b3b3',
  blue: '#1a85ff',
  green: '#388a34',
  yellow: '#bf8803',
  orange: '#d18616',
  red: '#e51400',
  purple: '#652d90',
  background: '#ffffff',
} as const;

const C = FIXED_COLOURS;
const lineOf = (stroke: string, width = '2'): FixedPaint => ({ fill: 'none', stroke, 'stroke-width': width });

/** The fixed paint of each class; classes later in an element's list win. */
export const FIXED_PAINT: Record<ChartClass, FixedPaint> = {
  'cg-chart': { 'font-family': 'system-ui, -apple-system, "Segoe UI", sans-serif', 'font-size': '11' },
  'cg-chart-text': { fill: C.foreground },
  'cg-chart-muted': { fill: C.muted },
  'cg-chart-axis': lineOf(C.muted, '1'),
  'cg-chart-grid': lineOf(C.lines, '1'),
  'cg-chart-legend': {},
  'cg-chart-swatch': { stroke: C.muted, 'stroke-width': '0.5' },
  'cg-chart-focusable': {},
  'cg-chart-line': lineOf(C.blue),
  'cg-chart-point': { fill: C.blue, stroke: C.background, 'stroke-width': '1' },
  'cg-chart-point-review': { fill: C.blue },
  'cg-chart-point-weekly': { fill: C.blue },
  'cg-chart-point-monthly': { fill: C.purple },
  'cg-chart-point-quarterly': { fill: C.orange },
  'cg-chart-point-commit': { fill: C.background, stroke: C.muted, 'stroke-width': '1.5' },
  'cg-chart-point-today': { fill: C.green, stroke: C.foreground, 'stroke-width': '1.5' },
  'cg-chart-today': { ...lineOf(C.green, '1'), 'stroke-dasharray': '2 3' },
  'cg-chart-pause': { fill: C.muted, 'fill-opacity': '0.14' },
  'cg-chart-pace': { ...lineOf(C.foreground, '1.5'), 'stroke-dasharray': '6 4' },
  'cg-chart-steps': lineOf(C.muted, '1'),
  'cg-chart-checkpoint': { fill: C.background, stroke: C.foreground, 'stroke-width': '1.5' },
  'cg-chart-checkpoint-done': { fill: C.foreground },
  'cg-chart-band-safe': { fill: C.green, 'fill-opacity': '0.22' },
  'cg-chart-band-ok': { fill: C.blue, 'fill-opacity': '0.18' },
  'cg-chart-band-edge': { fill: C.yellow, 'fill-opacity': '0.25' },
  'cg-chart-band-behind': { fill: C.red, 'fill-opacity': '0.15' },
  'cg-chart-target': { ...lineOf(C.orange, '1.5'), 'stroke-dasharray': '4 3' },
  'cg-chart-week': {},
  'cg-chart-cell': { stroke: C.background, 'stroke-width': '1' },
  'cg-chart-cell-none': { fill: C.lines, 'fill-opacity': '0.35' },
  'cg-chart-cell-weekly': { fill: C.blue, 'fill-opacity': '1' },
  'cg-chart-cell-monthly': { fill: C.purple, 'fill-opacity': '1' },
  'cg-chart-cell-quarterly': { fill: C.orange, 'fill-opacity': '1' },
  'cg-chart-wins-0': { fill: C.lines, 'fill-opacity': '0.35' },
  'cg-chart-wins-1': { fill: C.green, 'fill-opacity': '0.45' },
  'cg-chart-wins-2': { fill: C.green, 'fill-opacity': '0.7' },
  'cg-chart-wins-3': { fill: C.green, 'fill-opacity': '1' },
  'cg-chart-bar': { stroke: C.background, 'stroke-width': '0.5' },
  'cg-chart-series-0': { fill: C.blue },
  'cg-chart-series-1': { fill: C.green },
  'cg-chart-series-2': { fill: C.yellow },
  'cg-chart-series-3': { fill: C.orange },
  'cg-chart-series-4': { fill: C.red },
  'cg-chart-series-5': { fill: C.purple },
  'cg-chart-series-none': { fill: C.lines },
  'cg-chart-bar-goals': { fill: C.blue },
  'cg-chart-bar-wins': { fill: C.green },
  'cg-chart-unserved': { fill: C.red },
  'cg-chart-spark': lineOf(C.blue, '1.5'),
  'cg-chart-spark-dot': { fill: C.blue },
};
