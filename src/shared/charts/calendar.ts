/**
 * The consistency calendar: like GitHub's contribution graph, but one column per ISO
 * week. The top row says which reviews were done that week, the bottom row how many
 * wins were logged. Each week is one focusable group, named in words ("Week of
 * 2026-11-23: weekly and monthly review, 2 wins"), and the table repeats it week by week
 * as GitHub's calendar does for screen readers.
 */
import { timeFormat } from 'd3-time-format';
import type { CalendarWeek } from '../../core/history';
import type { ReviewKind } from '../../core/model';
import { CHART_CLASSES, type ChartClass } from './classes';
import { legend } from './legend';
import { el, makeCtx, paint, svgRoot, textEl, tooltip } from './svg';
import { localDate } from './time';
import type { Chart, ChartOptions } from './types';
import { kindWord, listWords, plural } from './words';

const CELL = 12;
const GAP = 2;
const LEFT = 52;

const KIND_CLASS: Record<ReviewKind, ChartClass> = {
  weekly: CHART_CLASSES.cellWeekly,
  monthly: CHART_CLASSES.cellMonthly,
  quarterly: CHART_CLASSES.cellQuarterly,
};

const WIN_CLASSES = [CHART_CLASSES.wins0, CHART_CLASSES.wins1, CHART_CLASSES.wins2, CHART_CLASSES.wins3] as const;

const formatMonth = timeFormat('%b');

/** The week's review kinds in order, once each, whatever order the caller listed. */
function kindsOf(week: CalendarWeek): ReviewKind[] {
  return (['weekly', 'monthly', 'quarterly'] as const).filter((k) => week.reviews.includes(k));
}

/** Wins as a whole count, 0 for anything that is not a number. */
function winsOf(week: CalendarWeek): number {
  return Number.isFinite(week.wins) ? Math.max(0, Math.floor(week.wins)) : 0;
}

/** `weekly and monthly review`, or `no review`. */
function reviewWords(kinds: readonly ReviewKind[]): string {
  return kinds.length === 0 ? 'no review' : `${listWords(kinds.map(kindWord))} review`;
}

/** `Week of 2026-11-23: weekly and monthly review, 2 wins`. */
function weekLabel(week: CalendarWeek): string {
  return `Week of ${week.start}: ${reviewWords(kindsOf(week))}, ${plural(winsOf(week), 'win')}`;
}

/**
 * One column per week, oldest on the left (pass core `reviewCalendar`'s 52 weeks).
 * The drawing's width follows the number of weeks; `opts.width`/`height` are not used.
 * Focus moves as a roving tab stop: only the newest week has `tabindex="0"`, the
 * others `-1`, so the calendar is one Tab stop and the dashboard moves focus with the
 * arrow keys (the same pattern as a grid).
 */
export function calendarChart(weeks: readonly CalendarWeek[], opts: ChartOptions = {}): Chart {
  const ctx = makeCtx(opts, 'calendar');
  const width = LEFT + Math.max(1, weeks.length) * (CELL + GAP) + 8;
  const leg = legend(ctx, LEFT, 8, Math.max(width - LEFT - 8, 360), [
    { classes: [CHART_CLASSES.cell, CHART_CLASSES.cellNone], label: 'No review', shape: 'rect' },
    { classes: [CHART_CLASSES.cell, CHART_CLASSES.cellWeekly], label: 'Weekly', shape: 'rect' },
    { classes: [CHART_CLASSES.cell, CHART_CLASSES.cellMonthly], label: 'Monthly', shape: 'rect' },
    { classes: [CHART_CLASSES.cell, CHART_CLASSES.cellQuarterly], label: 'Quarterly', shape: 'rect' },
    { classes: [CHART_CLASSES.cell, CHART_CLASSES.wins0], label: '0 wins', shape: 'rect' },
    { classes: [CHART_CLASSES.cell, CHART_CLASSES.wins1], label: '1 win', shape: 'rect' },
    { classes: [CHART_CLASSES.cell, CHART_CLASSES.wins2], label: '2 wins', shape: 'rect' },
    { classes: [CHART_CLASSES.cell, CHART_CLASSES.wins3], label: '3+ wins', shape: 'rect' },
  ]);
  const monthsY = 8 + leg.height + 12;
  const rowY = monthsY + 6;
  const height = rowY + 2 * CELL + GAP + 8;
  const fullWidth = Math.max(width, LEFT + 8 + 360);

  const body: string[] = [leg.svg];
  body.push(textEl('text', { ...paint(ctx, CHART_CLASSES.muted), x: LEFT - 6, y: rowY + CELL / 2, 'text-anchor': 'end', 'dominant-baseline': 'middle', 'aria-hidden': 'true' }, 'Reviews'));
  body.push(textEl('text', { ...paint(ctx, CHART_CLASSES.muted), x: LEFT - 6, y: rowY + CELL + GAP + CELL / 2, 'text-anchor': 'end', 'dominant-baseline': 'middle', 'aria-hidden': 'true' }, 'Wins'));

  // A month label over the first week whose Monday is in a new month, unless it would
  // run into the previous label (a month cut short at the left edge).
  const months: string[] = [];
  let lastMonth = -1;
  let lastX = -Infinity;
  weeks.forEach((week, i) => {
    const date = localDate(week.start);
    if (!date) return;
    const month = date.getFullYear() * 12 + date.getMonth();
    if (month === lastMonth) return;
    lastMonth = month;
    const x = LEFT + i * (CELL + GAP);
    if (x - lastX < 3 * (CELL + GAP)) return;
    lastX = x;
    months.push(textEl('text', { ...paint(ctx, CHART_CLASSES.muted), x, y: monthsY }, formatMonth(date)));
  });
  body.push(el('g', { 'aria-hidden': 'true' }, months));

  const cells = weeks.map((week, i) => {
    const x = LEFT + i * (CELL + GAP);
    const kinds = kindsOf(week);
    const reviewClasses: ChartClass[] = [CHART_CLASSES.cell, ...(kinds.length === 0 ? [CHART_CLASSES.cellNone] : kinds.map((k) => KIND_CLASS[k]))];
    const wins = winsOf(week);
    const winClass = WIN_CLASSES[Math.min(3, wins)] ?? CHART_CLASSES.wins0;
    const label = weekLabel(week);
    return el(
      'g',
      {
        ...paint(ctx, CHART_CLASSES.week, CHART_CLASSES.focusable),
        tabindex: i === weeks.length - 1 ? 0 : -1,
        role: 'img',
        'aria-label': label,
        'data-week': week.start,
      },
      [
        tooltip(label),
        el('rect', { ...paint(ctx, ...reviewClasses), x, y: rowY, width: CELL, height: CELL, rx: 2 }),
        el('rect', { ...paint(ctx, CHART_CLASSES.cell, winClass), x, y: rowY + CELL + GAP, width: CELL, height: CELL, rx: 2 }),
      ],
    );
  });
  body.push(el('g', {}, cells));

  const reviewed = weeks.filter((w) => w.reviews.length > 0).length;
  const byKind = (['weekly', 'monthly', 'quarterly'] as const).map((k) => `${kindWord(k)} ${weeks.filter((w) => kindsOf(w).includes(k)).length}`);
  const wins = weeks.reduce((n, w) => n + winsOf(w), 0);
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  const desc =
    first && last
      ? `${plural(weeks.length, 'week')} from ${first.start} to ${last.start}: a review in ${plural(reviewed, 'week')} (${byKind.join(', ')}), ${plural(wins, 'win')}.`
      : 'No weeks to show.';
  const table = {
    caption: 'Reviews and wins, week by week',
    columns: ['Week of', 'Reviews', 'Wins'],
    rows: weeks.map((w) => {
      const kinds = kindsOf(w);
      return [w.start, kinds.length === 0 ? 'none' : listWords(kinds.map(kindWord)), String(winsOf(w))];
    }),
  };
  return { svg: svgRoot(ctx, { width: fullWidth, height, role: 'group', title: 'Review and win calendar', desc }, body), table };
}
