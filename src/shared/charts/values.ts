/**
 * Values balance: for each of the person's values, how many active goals serve it and
 * how many wins it has. A value nothing serves (no active goal, no win) is flagged in
 * words, not only in colour: "nothing serves this value".
 */
import type { ValueBalance } from '../../core/history/dashboard-model';
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { CHART_CLASSES } from './classes';
import { clip } from './escape';
import { legend } from './legend';
import { el, makeCtx, notice, paint, svgRoot, textEl, tooltip } from './svg';
import type { Chart, ChartOptions } from './types';
import { listWords, plural } from './words';


/** The words a value nothing serves is flagged with, in the chart and the table. */
const UNSERVED_WORDS = 'nothing serves this value';

const ROW = 34;
const LABEL = 170;

const count = (n: number): number => (Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0);

/**
 * Two horizontal bars per value, active goals above wins, on one count scale so the
 * lengths compare. The drawing's height follows the number of values.
 */
export function valuesBalanceChart(values: readonly ValueBalance[], opts: ChartOptions = {}): Chart {
  const ctx = makeCtx(opts, 'values');
  const width = Math.max(320, opts.width !== undefined && Number.isFinite(opts.width) ? opts.width : 600);
  const leg = legend(ctx, LABEL, 8, width - LABEL - 16, [
    { classes: [CHART_CLASSES.bar, CHART_CLASSES.barGoals], label: 'Active goals', shape: 'rect' },
    { classes: [CHART_CLASSES.bar, CHART_CLASSES.barWins], label: 'Wins', shape: 'rect' },
  ]);
  const top = 8 + leg.height + 8;
  const rows = values.map((v) => ({ value: v.value, goals: count(v.activeGoals), wins: count(v.wins) }));
  const height = top + Math.max(1, rows.length) * ROW + 8;
  const title = 'Values balance';
  const unserved = rows.filter((r) => r.goals === 0 && r.wins === 0);
  const table = {
    caption: 'Active goals and wins per value',
    columns: ['Value', 'Active goals', 'Wins', 'Note'],
    rows: rows.map((r) => [r.value, String(r.goals), String(r.wins), r.goals === 0 && r.wins === 0 ? UNSERVED_WORDS : '']),
  };
  if (rows.length === 0) {
    const desc = 'No values in the plan yet.';
    return { svg: svgRoot(ctx, { width, height: 120, role: 'img', title, desc }, [notice(ctx, width, 60, desc)]), table };
  }

  // Room on the right for the count labels after the longest bar.
  const x = scaleLinear()
    .domain([0, Math.max(1, max(rows, (r) => Math.max(r.goals, r.wins)) ?? 1)])
    .range([LABEL, width - 60]);
  const bars = rows.map((r, i) => {
    const y0 = top + i * ROW;
    const flagged = r.goals === 0 && r.wins === 0;
    const label = clip(r.value, 24);
    const words = `${r.value}: ${plural(r.goals, 'active goal')}, ${plural(r.wins, 'win')}${flagged ? ` (${UNSERVED_WORDS})` : ''}`;
    const labelClasses = flagged ? [CHART_CLASSES.text, CHART_CLASSES.unserved] : [CHART_CLASSES.text];
    const parts = [
      tooltip(words),
      textEl('text', { ...paint(ctx, ...labelClasses), x: LABEL - 8, y: y0 + ROW / 2 - 2, 'text-anchor': 'end', 'dominant-baseline': 'middle' }, label),
    ];
    if (flagged) parts.push(textEl('text', { ...paint(ctx, CHART_CLASSES.muted, CHART_CLASSES.unserved), x: LABEL + 4, y: y0 + ROW / 2 - 2, 'dominant-baseline': 'middle' }, UNSERVED_WORDS));
    const bar = (n: number, by: number, cls: typeof CHART_CLASSES.barGoals | typeof CHART_CLASSES.barWins, unit: string): void => {
      if (flagged) return;
      const w = x(n) - x(0);
      if (w > 0) parts.push(el('rect', { ...paint(ctx, CHART_CLASSES.bar, cls), x: LABEL, y: by, width: w, height: 11 }));
      parts.push(textEl('text', { ...paint(ctx, CHART_CLASSES.muted), x: LABEL + w + 4, y: by + 5.5, 'dominant-baseline': 'middle' }, plural(n, unit)));
    };
    bar(r.goals, y0 + 4, CHART_CLASSES.barGoals, 'goal');
    bar(r.wins, y0 + 17, CHART_CLASSES.barWins, 'win');
    // The row carries the flag too, so the stylesheet can mark the whole row (high contrast: an outline).
    return el('g', flagged ? paint(ctx, CHART_CLASSES.unserved) : {}, parts);
  });
  const desc =
    unserved.length === 0
      ? `${plural(rows.length, 'value')}; every one has an active goal or a win.`
      : `${plural(rows.length, 'value')}; ${UNSERVED_WORDS}: ${listWords(unserved.map((r) => r.value))}.`;
  return { svg: svgRoot(ctx, { width, height, role: 'img', title, desc }, [leg.svg, el('g', {}, bars)]), table };
}

export type { ValueBalance };
