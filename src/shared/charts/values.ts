/**
 * Values balance: for each of the person's values, how many active goals serve it and
 * how many wins it has. A value nothing serves (no active goal, no win) is flagged in
 * words, not only in colour: "nothing serves this value".
 */
import * as l10n from '@vscode/l10n';
import type { ValueBalance } from '../../core/history/dashboard-model';
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { CHART_CLASSES } from './classes';
import { clip } from './escape';
import { legend } from './legend';
import { el, makeCtx, notice, paint, svgRoot, textEl, tooltip } from './svg';
import type { Chart, ChartOptions } from './types';
import { listWords, winsCount } from './words';


/** The words a value nothing serves is flagged with, in the chart and the table. */
const unservedWords = (): string => l10n.t('nothing serves this value');

/** `1 active goal`, `2 active goals`. */
const activeGoals = (n: number): string => (n === 1 ? l10n.t('1 active goal') : l10n.t('{0} active goals', n));
/** `1 goal`, `2 goals`. */
const goalsCount = (n: number): string => (n === 1 ? l10n.t('1 goal') : l10n.t('{0} goals', n));
/** `1 value`, `5 values`. */
const valuesCount = (n: number): string => (n === 1 ? l10n.t('1 value') : l10n.t('{0} values', n));

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
    { classes: [CHART_CLASSES.bar, CHART_CLASSES.barGoals], label: l10n.t('Active goals'), shape: 'rect' },
    { classes: [CHART_CLASSES.bar, CHART_CLASSES.barWins], label: l10n.t('Wins'), shape: 'rect' },
  ]);
  const top = 8 + leg.height + 8;
  const rows = values.map((v) => ({ value: v.value, goals: count(v.activeGoals), wins: count(v.wins) }));
  const height = top + Math.max(1, rows.length) * ROW + 8;
  const title = l10n.t('Values balance');
  const unserved = rows.filter((r) => r.goals === 0 && r.wins === 0);
  const table = {
    caption: l10n.t('Active goals and wins per value'),
    columns: [l10n.t('Value'), l10n.t('Active goals'), l10n.t('Wins'), l10n.t('Note')],
    rows: rows.map((r) => [r.value, String(r.goals), String(r.wins), r.goals === 0 && r.wins === 0 ? unservedWords() : '']),
  };
  if (rows.length === 0) {
    const desc = l10n.t('No values in the plan yet.');
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
    const words = flagged
      ? l10n.t('{0}: {1}, {2} ({3})', r.value, activeGoals(r.goals), winsCount(r.wins), unservedWords())
      : l10n.t('{0}: {1}, {2}', r.value, activeGoals(r.goals), winsCount(r.wins));
    const labelClasses = flagged ? [CHART_CLASSES.text, CHART_CLASSES.unserved] : [CHART_CLASSES.text];
    const parts = [
      tooltip(words),
      textEl('text', { ...paint(ctx, ...labelClasses), x: LABEL - 8, y: y0 + ROW / 2 - 2, 'text-anchor': 'end', 'dominant-baseline': 'middle' }, label),
    ];
    if (flagged) parts.push(textEl('text', { ...paint(ctx, CHART_CLASSES.muted, CHART_CLASSES.unserved), x: LABEL + 4, y: y0 + ROW / 2 - 2, 'dominant-baseline': 'middle' }, unservedWords()));
    const bar = (n: number, by: number, cls: typeof CHART_CLASSES.barGoals | typeof CHART_CLASSES.barWins, words: (n: number) => string): void => {
      if (flagged) return;
      const w = x(n) - x(0);
      if (w > 0) parts.push(el('rect', { ...paint(ctx, CHART_CLASSES.bar, cls), x: LABEL, y: by, width: w, height: 11 }));
      parts.push(textEl('text', { ...paint(ctx, CHART_CLASSES.muted), x: LABEL + w + 4, y: by + 5.5, 'dominant-baseline': 'middle' }, words(n)));
    };
    bar(r.goals, y0 + 4, CHART_CLASSES.barGoals, goalsCount);
    bar(r.wins, y0 + 17, CHART_CLASSES.barWins, winsCount);
    // The row carries the flag too, so the stylesheet can mark the whole row (high contrast: an outline).
    return el('g', flagged ? paint(ctx, CHART_CLASSES.unserved) : {}, parts);
  });
  const desc =
    unserved.length === 0
      ? l10n.t('{0}; every one has an active goal or a win.', valuesCount(rows.length))
      : l10n.t('{0}; nothing serves this value: {1}.', valuesCount(rows.length), listWords(unserved.map((r) => r.value)));
  return { svg: svgRoot(ctx, { width, height, role: 'img', title, desc }, [leg.svg, el('g', {}, bars)]), table };
}

export type { ValueBalance };
