/**
 * One goal against its schedule, the way Beeminder draws a goal: the expected pace
 * line from start (0%) to due (100%), the dated checkpoints as steps along it, the
 * actual progress, and safety-buffer bands around the line. A point's buffer is the
 * tree's (core `safetyBuffer`): how many days the goal could stand still before it
 * turns behind, which is when it falls more than PACE_TOLERANCE (10 points) below
 * the line. So the bands lie under the line, shifted down by that tolerance, and a
 * goal the tree calls on track never sits in the "behind" band.
 */
import * as l10n from '@vscode/l10n';
import { scaleLinear } from 'd3-scale';
import { area, curveStepAfter, line } from 'd3-shape';
import { timeDay } from 'd3-time';
import type { HistorySource } from '../../core/history';
import type { IsoDate } from '../../core/model';
import { PACE_TOLERANCE, safetyBuffer } from '../../core/analysis/pace';
import { timeAxis, valueAxis } from './axes';
import { CHART_CLASSES, type ChartClass } from './classes';
import { frameOf } from './layout';
import { legend, type LegendEntry } from './legend';
import { pauseLegend, pauseShading, pausesWithin, pauseWords } from './pauses';
import { markerGroup } from './points';
import { el, makeCtx, num, paint, svgRoot, textEl, tooltip, type Ctx } from './svg';
import { pausedDays, pauseSpans, type DaySpan } from '../../core/rhythm';
import { dayOf, isoToDay } from '../../core/time/dates';
import { dayScale, localDate, timeDomain } from './time';
import type { Chart, ChartOptions, ChartPause } from './types';
import { percentLabel } from './words';

/** A checkpoint with a date. */
interface PaceCheckpoint {
  date: IsoDate;
  title: string;
  done: boolean;
}

/** One measurement of the goal's progress. */
interface PacePoint {
  date: IsoDate;
  /** 0–1. */
  progress: number;
  /** What to open for it (journal path or commit hash), as on a history point. */
  ref?: string;
  /** Where it came from; with it the point is a focusable button. */
  source?: HistorySource;
}

/** What {@link goalPaceChart} draws. */
export interface GoalPaceInput {
  /** The goal's title. */
  title: string;
  /**
   * Start of the schedule. Pass what the core's `startDay` uses (the goal's `start`,
   * else its earliest dated checkpoint) so the chart and the tree agree.
   */
  start?: IsoDate;
  due?: IsoDate;
  /** Checkpoints with a date; undated ones have no place on a time axis. */
  checkpoints: PaceCheckpoint[];
  points: PacePoint[];
  today: IsoDate;
}

/**
 * The four safety-buffer bands, most buffer first.
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export const BUFFER_BANDS = [
  { key: 'safe', label: '7+ days buffer', className: CHART_CLASSES.bandSafe, minDays: 7 },
  { key: 'ok', label: '2–6 days buffer', className: CHART_CLASSES.bandOk, minDays: 2 },
  { key: 'edge', label: '1 day buffer', className: CHART_CLASSES.bandEdge, minDays: 0 },
  { key: 'behind', label: 'behind', className: CHART_CLASSES.bandBehind, minDays: -Infinity },
] as const;

/** One of {@link BUFFER_BANDS}. */
type BufferBand = (typeof BUFFER_BANDS)[number];

/** A band's words in the display language (BUFFER_BANDS keeps the English, for the tests). */
function bandWords(band: BufferBand): string {
  switch (band.key) {
    case 'safe':
      return l10n.t('7+ days buffer');
    case 'ok':
      return l10n.t('2–6 days buffer');
    case 'edge':
      return l10n.t('1 day buffer');
    case 'behind':
      return l10n.t('behind');
  }
}

/** The band of a buffer of `days` (fractional days count: on the line is 0). */
function bandOf(days: number): BufferBand {
  return BUFFER_BANDS.find((b) => days >= b.minDays) ?? BUFFER_BANDS[3];
}

interface Schedule {
  start: Date;
  due: Date;
  startDay: number;
  span: number;
  /** The pauses, as day spans: days in them do not count as elapsed. */
  spans: readonly DaySpan[];
}

/** The schedule, or why there is no pace line. */
function scheduleOf(input: GoalPaceInput, pauses: readonly ChartPause[] | undefined): Schedule | string {
  const start = input.start === undefined ? undefined : localDate(input.start);
  const due = input.due === undefined ? undefined : localDate(input.due);
  if (!start && !due) return l10n.t('the goal has no start date and no due date');
  if (!start) return input.start === undefined ? l10n.t('the goal has no start date') : l10n.t('the start date is not a valid date');
  if (!due) return input.due === undefined ? l10n.t('the goal has no due date') : l10n.t('the due date is not a valid date');
  const startDay = dayOf(start);
  const span = dayOf(due) - startDay;
  if (span <= 0) return l10n.t('the due date is not after the start date');
  return { start, due, startDay, span, spans: pauseSpans((pauses ?? []).map((p) => ({ from: p.from, to: p.to }))) };
}

/**
 * The schedule's own day on day number `day` (fractions too): the day less the paused
 * days since the start, as the core's pace counts it. Flat through a pause.
 */
function scheduleDay(s: Schedule, day: number): number {
  return s.spans.length === 0 ? day : day - pausedDays(s.startDay, Math.ceil(day), s.spans);
}

/** The first day whose schedule day reaches `t`: where a boundary turns, paused days skipped. */
function dayOfScheduleDay(s: Schedule, t: number): number {
  let d = t;
  // scheduleDay(d) ≤ d and it grows by one a day outside pauses, so this climbs to t.
  for (let i = 0; i < 10_000; i++) {
    const at = scheduleDay(s, d);
    if (at >= t) break;
    d += t - at;
  }
  return d;
}

/** Elapsed fraction on schedule day `t`, clamped to 0–1. */
function expectedAtScheduleDay(s: Schedule, t: number): number {
  return Math.min(1, Math.max(0, (t - s.startDay) / s.span));
}

/** Expected progress on day number `day`, clamped to 0–1; it stands still through a pause. */
function expected(s: Schedule, day: number): number {
  return expectedAtScheduleDay(s, scheduleDay(s, day));
}

/** The safety buffer in days of progress `p` on day number `day` (negative: behind). */
function bufferOf(s: Schedule, day: number, p: number): number {
  const buffer = safetyBuffer(s.startDay, s.startDay + s.span, scheduleDay(s, day), clamp01(p));
  // At most the calendar days left, as the core counts them: after a pause the schedule's days left outnumber them.
  return buffer < 0 ? buffer : Math.min(buffer, s.startDay + s.span - day);
}

/** The days where the pace line turns: its ends, and each pause's first and last day inside it. */
function paceTurns(s: Schedule): number[] {
  const end = s.startDay + s.span;
  const days = [s.startDay, end];
  for (const p of s.spans) days.push(p.from - 1, p.to);
  return [...new Set(days.map((d) => Math.min(end, Math.max(s.startDay, d))))].sort((a, b) => a - b);
}

/** `5 days of buffer`, `less than a day of buffer`, `3 days behind`: a buffer as words. */
function bufferWords(days: number): string {
  if (days < 0) {
    const behind = Math.max(1, Math.ceil(-days - 1e-9));
    return behind === 1 ? l10n.t('1 day behind') : l10n.t('{0} days behind', behind);
  }
  const whole = Math.floor(days + 1e-9);
  return whole === 0 ? l10n.t('less than a day of buffer') : whole === 1 ? l10n.t('1 day of buffer') : l10n.t('{0} days of buffer', whole);
}

interface Placed {
  point: PacePoint;
  date: Date;
  day: number;
}

/**
 * One goal's progress points against the expected pace (a straight line from 0% at
 * `start` to 100% at `due`), the dated checkpoints as steps on that line, and the
 * four buffer bands, each named in the legend. Without a usable start and due there
 * is no pace line and no band; the description and the table say why.
 */
export function goalPaceChart(input: GoalPaceInput, opts: ChartOptions = {}): Chart {
  const ctx = makeCtx(opts, 'pace');
  const schedule = scheduleOf(input, opts.pauses);
  const hasPace = typeof schedule !== 'string';
  const today = localDate(input.today);
  const placed: Placed[] = [];
  for (const point of input.points) {
    const date = localDate(point.date);
    if (date) placed.push({ point, date, day: dayOf(date) });
  }
  placed.sort((a, b) => a.day - b.day);
  const checkpoints = input.checkpoints.flatMap((c) => {
    const date = localDate(c.date);
    return date ? [{ c, date, day: dayOf(date) }] : [];
  });
  checkpoints.sort((a, b) => a.day - b.day);

  const entries: LegendEntry[] = [];
  if (hasPace) {
    for (const b of BUFFER_BANDS) entries.push({ classes: [b.className], label: bandWords(b), shape: 'rect' });
    entries.push({ classes: [CHART_CLASSES.pace], label: l10n.t('Expected pace'), shape: 'line' });
  }
  entries.push({ classes: [CHART_CLASSES.line], label: l10n.t('Progress'), shape: 'line' });
  if (checkpoints.length > 0) entries.push({ classes: [CHART_CLASSES.checkpoint], label: l10n.t('Checkpoint'), shape: 'rect' });
  const dates = [...placed.map((p) => p.date), ...checkpoints.map((c) => c.date)];
  if (today) dates.push(today);
  if (hasPace) dates.push(schedule.start, schedule.due);
  const domain = timeDomain(dates, new Date(0));
  const pauses = pausesWithin(opts.pauses, domain[0], domain[1]);
  if (pauses.length > 0) entries.push(pauseLegend());
  const leg = legend(ctx, 40, 8, frameOf(opts, 0).width - 56, entries);
  const f = frameOf(opts, leg.height);
  const x = dayScale(domain, [f.left, f.right]);
  const y = scaleLinear().domain([0, 1]).range([f.bottom, f.top]);
  const xDay = (day: number): number => x(timeDay.offset(new Date(1970, 0, 1), day));

  const body: string[] = [leg.svg];
  if (hasPace) body.push(bands(ctx, schedule, xDay, y));
  body.push(pauseShading(ctx, pauses, x, f.top, f.bottom));
  body.push(valueAxis(ctx, y, f.left, f.right, (v) => `${Math.round(v * 100)}%`), timeAxis(ctx, x, f.bottom));
  if (today) {
    const tx = x(today);
    body.push(el('line', { ...paint(ctx, CHART_CLASSES.today), x1: tx, y1: f.top, x2: tx, y2: f.bottom, 'aria-hidden': 'true' }));
    body.push(textEl('text', { ...paint(ctx, CHART_CLASSES.muted), x: tx + 3, y: f.top + 10, 'aria-hidden': 'true' }, l10n.t('today')));
  }
  if (hasPace) {
    const s = schedule;
    // Straight from 0% at start to 100% at due, flat through each pause.
    const pace = line<number>()
      .x((day) => xDay(day))
      .y((day) => y(expected(s, day)))
      .digits(2)(paceTurns(s));
    body.push(el('path', { ...paint(ctx, CHART_CLASSES.pace), d: pace ?? '', 'aria-hidden': 'true' }));
    const inside = checkpoints.filter((c) => c.day > s.startDay && c.day < s.startDay + s.span);
    if (inside.length > 0) {
      const stairs: [number, number][] = [[s.startDay, 0], ...inside.map((c): [number, number] => [c.day, expected(s, c.day)]), [s.startDay + s.span, expected(s, s.startDay + s.span)]];
      const d = line<[number, number]>()
        .x(([day]) => xDay(day))
        .y(([, v]) => y(v))
        .curve(curveStepAfter)
        .digits(2)(stairs);
      body.push(el('path', { ...paint(ctx, CHART_CLASSES.steps), d: d ?? '', 'aria-hidden': 'true' }));
    }
  }
  // Checkpoints sit on the pace line at their date, or on the 0% line without one.
  for (const { c, date, day } of checkpoints) {
    const cx = x(date);
    const cy = y(hasPace ? expected(schedule, day) : 0);
    const classes: ChartClass[] = [CHART_CLASSES.checkpoint];
    if (c.done) classes.push(CHART_CLASSES.checkpointDone);
    body.push(el('rect', { ...paint(ctx, ...classes), x: cx - 4, y: cy - 4, width: 8, height: 8, transform: `rotate(45 ${num(cx)} ${num(cy)})` }, tooltip(checkpointWords(ctx, c))));
  }
  if (placed.length > 1) {
    const d = line<Placed>()
      .x((p) => x(p.date))
      .y((p) => y(clamp01(p.point.progress)))
      .digits(2)(placed);
    body.push(el('path', { ...paint(ctx, CHART_CLASSES.line), d: d ?? '', 'aria-hidden': 'true' }));
  }
  body.push(markerGroup(ctx, placed, (p) => x(p.date), (p) => p.point.source, (p, px) => ({ x: px, y: y(clamp01(p.point.progress)), r: 4, classes: [], label: pointWords(ctx, p, hasPace ? schedule : undefined), ref: p.point.ref, source: p.point.source })));

  const interactive = placed.some((p) => p.point.source !== undefined);
  const title = l10n.t('{0}: progress against pace', input.title);
  const paused = pauses.length > 0 ? ` ${l10n.t('{0}: the pace line stands still.', pauses.map(({ pause }) => pauseWords(pause, ctx.day)).join('; '))}` : '';
  const svg = svgRoot(ctx, { width: f.width, height: f.height, role: interactive ? 'group' : 'img', title, desc: `${describe(ctx, input, schedule, placed, checkpoints.length)}${paused}` }, body);
  return { svg, table: tableOf(ctx, input, schedule, placed, checkpoints, pauses.map((p) => p.pause)) };
}

/**
 * The four bands as areas between boundaries: a buffer of at least `shift` days needs
 * progress of at least expected(day + shift) − tolerance, clamped to 0–100%. In the
 * last `shift` days before due no progress short of done gives that buffer (the days
 * left are fewer), so there the boundary steps up to 100%.
 */
function bands(ctx: Ctx, s: Schedule, xDay: (day: number) => number, y: (v: number) => number): string {
  const end = s.startDay + s.span;
  const STEP = 1e-6;
  // Each boundary is linear in the day except at its step, at due − 7, due − 2 and due (a sample each side).
  // With pauses the boundaries also turn at each pause's edges, and step where the schedule day (not the calendar's) reaches due − 7, due − 2 and due.
  const steps = [7, 2, 0].map((d) => dayOfScheduleDay(s, end - d));
  const days = [...new Set([...paceTurns(s), ...steps.flatMap((d) => [d - STEP, d])].map((d) => Math.min(end, Math.max(s.startDay, d))))].sort((a, b) => a - b);
  const boundary = (shift: number) => (day: number) => {
    const t = scheduleDay(s, day) + shift;
    return t >= end ? 1 : Math.max(0, expectedAtScheduleDay(s, t) - PACE_TOLERANCE);
  };
  const limits: [BufferBand, (day: number) => number, (day: number) => number][] = [
    [BUFFER_BANDS[0], boundary(7), () => 1],
    [BUFFER_BANDS[1], boundary(2), boundary(7)],
    [BUFFER_BANDS[2], boundary(0), boundary(2)],
    [BUFFER_BANDS[3], () => 0, boundary(0)],
  ];
  const parts = limits.map(([band, lo, hi]) => {
    const d = area<number>()
      .x((day) => xDay(day))
      .y0((day) => y(lo(day)))
      .y1((day) => y(hi(day)))
      .digits(2)(days);
    return el('path', { ...paint(ctx, band.className), d: d ?? '', 'data-band': band.key }, tooltip(bandWords(band)));
  });
  return el('g', { 'aria-hidden': 'true' }, parts);
}

function clamp01(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}

function checkpointWords(ctx: Ctx, c: PaceCheckpoint): string {
  return c.done ? l10n.t('Checkpoint {0}: {1} (done)', ctx.day(c.date), c.title) : l10n.t('Checkpoint {0}: {1} (open)', ctx.day(c.date), c.title);
}

/** `2026-11-21: 42%, expected 38%, 5 days ahead (2–6 days buffer)`. */
function pointWords(ctx: Ctx, p: Placed, s: Schedule | undefined): string {
  const head = l10n.t('{0}: {1}', ctx.day(p.point.date), percentLabel(p.point.progress));
  if (!s) return head;
  const buffer = bufferOf(s, p.day, p.point.progress);
  return l10n.t('{0}, expected {1}, {2} ({3})', head, percentLabel(expected(s, p.day)), bufferWords(buffer), bandWords(bandOf(buffer)));
}

function describe(ctx: Ctx, input: GoalPaceInput, schedule: Schedule | string, placed: readonly Placed[], checkpointCount: number): string {
  const parts: string[] = [];
  const last = placed[placed.length - 1];
  if (typeof schedule === 'string') parts.push(l10n.t('No pace line: {0}.', schedule));
  else parts.push(l10n.t('Expected pace from 0% on {0} to 100% on {1}.', ctx.day(input.start ?? ''), ctx.day(input.due ?? '')));
  parts.push(last ? l10n.t('Latest {0}.', pointWords(ctx, last, typeof schedule === 'string' ? undefined : schedule)) : l10n.t('No progress recorded yet.'));
  if (checkpointCount > 0) {
    const done = input.checkpoints.filter((c) => c.done && localDate(c.date)).length;
    parts.push(checkpointCount === 1 ? l10n.t('{0} of 1 dated checkpoint done.', done) : l10n.t('{0} of {1} dated checkpoints done.', done, checkpointCount));
  }
  return parts.join(' ');
}

function tableOf(ctx: Ctx, input: GoalPaceInput, schedule: Schedule | string, placed: readonly Placed[], checkpoints: readonly { c: PaceCheckpoint; day: number }[], pauses: readonly ChartPause[]): Chart['table'] {
  const s = typeof schedule === 'string' ? undefined : schedule;
  const rows: { day: number; order: number; cells: string[] }[] = [];
  for (const p of placed) {
    const buffer = s ? bufferOf(s, p.day, p.point.progress) : undefined;
    rows.push({
      day: p.day,
      order: 0,
      cells: [ctx.day(p.point.date), l10n.t('Progress'), percentLabel(p.point.progress), s ? percentLabel(expected(s, p.day)) : '—', buffer === undefined ? '—' : l10n.t('{0} ({1})', bufferWords(buffer), bandWords(bandOf(buffer)))],
    });
  }
  for (const { c, day } of checkpoints) {
    rows.push({ day, order: 1, cells: [ctx.day(c.date), c.done ? l10n.t('Checkpoint: {0} (done)', c.title) : l10n.t('Checkpoint: {0} (open)', c.title), '—', s ? percentLabel(expected(s, day)) : '—', '—'] });
  }
  for (const p of pauses) {
    const day = isoToDay(p.from);
    rows.push({ day, order: 2, cells: [ctx.day(p.from), pauseWords(p, ctx.day), '—', s ? l10n.t('{0} (stands still)', percentLabel(expected(s, day))) : '—', '—'] });
  }
  rows.sort((a, b) => a.day - b.day || a.order - b.order);
  const caption =
    typeof schedule === 'string'
      ? l10n.t('{0}: progress (no pace line: {1})', input.title, schedule)
      : l10n.t('{0}: progress against the expected pace from {1} to {2}', input.title, ctx.day(input.start ?? ''), ctx.day(input.due ?? ''));
  return { caption, columns: [l10n.t('Date'), l10n.t('Event'), l10n.t('Progress'), l10n.t('Expected'), l10n.t('Buffer')], rows: rows.map((r) => r.cells) };
}
