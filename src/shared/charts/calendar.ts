/**
 * The consistency calendar: like GitHub's contribution graph, but one column per ISO
 * week. The top row says which reviews were done that week, the bottom row how many
 * wins were logged. Each week is one focusable group, named in words ("Week of
 * 2026-11-23: weekly and monthly review, 2 wins"), and the table repeats it week by week
 * as GitHub's calendar does for screen readers.
 */
import * as l10n from '@vscode/l10n';
import type { CalendarWeek } from '../../core/history';
import type { ReviewKind } from '../../core/model';
import { CHART_CLASSES, type ChartClass } from './classes';
import { legend } from './legend';
import { el, makeCtx, paint, svgRoot, textEl, tooltip } from './svg';
import { localDate, monthLabel } from './time';
import type { Chart, ChartOptions } from './types';
import { kindWord, listWords, weeksCount, winsCount } from './words';

const CELL = 12;
const GAP = 2;
const LEFT = 52;

const KIND_CLASS: Record<ReviewKind, ChartClass> = {
  weekly: CHART_CLASSES.cellWeekly,
  monthly: CHART_CLASSES.cellMonthly,
  quarterly: CHART_CLASSES.cellQuarterly,
};

const WIN_CLASSES = [CHART_CLASSES.wins0, CHART_CLASSES.wins1, CHART_CLASSES.wins2, CHART_CLASSES.wins3] as const;


/** The week's review kinds in order, once each, whatever order the caller listed. */
function kindsOf(week: CalendarWeek): ReviewKind[] {
  return (['weekly', 'monthly', 'quarterly'] as const).filter((k) => week.reviews.includes(k));
}

/** Wins as a whole count, 0 for anything that is not a number. */
function winsOf(week: CalendarWeek): number {
  return Number.isFinite(week.wins) ? Math.max(0, Math.floor(week.wins)) : 0;
}

/** `weekly and monthly review`, or `no review`: a whole phrase for each combination (German joins the words, „Wochen- und Monatsrückblick“). */
function reviewWords(kinds: readonly ReviewKind[]): string {
  const w = kinds.includes('weekly');
  const m = kinds.includes('monthly');
  const q = kinds.includes('quarterly');
  if (w && m && q) return l10n.t('weekly, monthly and quarterly review');
  if (w && m) return l10n.t('weekly and monthly review');
  if (w && q) return l10n.t('weekly and quarterly review');
  if (m && q) return l10n.t('monthly and quarterly review');
  if (w) return l10n.t('weekly review');
  if (m) return l10n.t('monthly review');
  if (q) return l10n.t('quarterly review');
  return l10n.t('no review');
}

/** `Week of 2026-11-23: weekly and monthly review, 2 wins`. */
function weekLabel(week: CalendarWeek, day: (iso: string) => string): string {
  return l10n.t('Week of {0}: {1}, {2}', day(week.start), reviewWords(kindsOf(week)), winsCount(winsOf(week)));
}

/** `weekly 3`: how many weeks had a review of the kind. */
function kindCount(kind: ReviewKind, n: number): string {
  return kind === 'monthly' ? l10n.t('monthly {0}', n) : kind === 'quarterly' ? l10n.t('quarterly {0}', n) : l10n.t('weekly {0}', n);
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
    { classes: [CHART_CLASSES.cell, CHART_CLASSES.cellNone], label: l10n.t('No review'), shape: 'rect' },
    { classes: [CHART_CLASSES.cell, CHART_CLASSES.cellWeekly], label: l10n.t('Weekly'), shape: 'rect' },
    { classes: [CHART_CLASSES.cell, CHART_CLASSES.cellMonthly], label: l10n.t('Monthly'), shape: 'rect' },
    { classes: [CHART_CLASSES.cell, CHART_CLASSES.cellQuarterly], label: l10n.t('Quarterly'), shape: 'rect' },
    { classes: [CHART_CLASSES.cell, CHART_CLASSES.wins0], label: winsCount(0), shape: 'rect' },
    { classes: [CHART_CLASSES.cell, CHART_CLASSES.wins1], label: winsCount(1), shape: 'rect' },
    { classes: [CHART_CLASSES.cell, CHART_CLASSES.wins2], label: winsCount(2), shape: 'rect' },
    { classes: [CHART_CLASSES.cell, CHART_CLASSES.wins3], label: l10n.t('3+ wins'), shape: 'rect' },
  ]);
  const monthsY = 8 + leg.height + 12;
  const rowY = monthsY + 6;
  const height = rowY + 2 * CELL + GAP + 8;
  const fullWidth = Math.max(width, LEFT + 8 + 360);

  const body: string[] = [leg.svg];
  body.push(textEl('text', { ...paint(ctx, CHART_CLASSES.muted), x: LEFT - 6, y: rowY + CELL / 2, 'text-anchor': 'end', 'dominant-baseline': 'middle', 'aria-hidden': 'true' }, l10n.t('Reviews')));
  body.push(textEl('text', { ...paint(ctx, CHART_CLASSES.muted), x: LEFT - 6, y: rowY + CELL + GAP + CELL / 2, 'text-anchor': 'end', 'dominant-baseline': 'middle', 'aria-hidden': 'true' }, l10n.t('Wins')));

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
    months.push(textEl('text', { ...paint(ctx, CHART_CLASSES.muted), x, y: monthsY }, monthLabel(date, ctx.formats)));
  });
  body.push(el('g', { 'aria-hidden': 'true' }, months));

  const cells = weeks.map((week, i) => {
    const x = LEFT + i * (CELL + GAP);
    const kinds = kindsOf(week);
    const reviewClasses: ChartClass[] = [CHART_CLASSES.cell, ...(kinds.length === 0 ? [CHART_CLASSES.cellNone] : kinds.map((k) => KIND_CLASS[k]))];
    const wins = winsOf(week);
    const winClass = WIN_CLASSES[Math.min(3, wins)] ?? CHART_CLASSES.wins0;
    const label = weekLabel(week, ctx.day);
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
  const byKind = (['weekly', 'monthly', 'quarterly'] as const).map((k) => kindCount(k, weeks.filter((w) => kindsOf(w).includes(k)).length));
  const wins = weeks.reduce((n, w) => n + winsOf(w), 0);
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  const desc =
    first && last
      ? l10n.t('{0} from {1} to {2}: a review in {3} ({4}), {5}.', weeksCount(weeks.length), ctx.day(first.start), ctx.day(last.start), weeksCount(reviewed), byKind.join(', '), winsCount(wins))
      : l10n.t('No weeks to show.');
  const table = {
    caption: l10n.t('Reviews and wins, week by week'),
    columns: [l10n.t('Week of'), l10n.t('Reviews'), l10n.t('Wins')],
    rows: weeks.map((w) => {
      const kinds = kindsOf(w);
      return [ctx.day(w.start), kinds.length === 0 ? l10n.t('none') : listWords(kinds.map(kindWord)), String(winsOf(w))];
    }),
  };
  return { svg: svgRoot(ctx, { width: fullWidth, height, role: 'group', title: l10n.t('Review and win calendar'), desc }, body), table };
}
