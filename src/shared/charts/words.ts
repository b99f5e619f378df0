/**
 * The words the charts write into labels, descriptions and tables. Percents come from
 * the core (`percentLabel`), so a chart says 42% where the tree and status bar do.
 */
import * as l10n from '@vscode/l10n';
import type { HistorySource } from '../../core/history';
import type { DisplayFormats } from '../../core/time/display';
import type { ReviewKind } from '../../core/model';

export { percentLabel } from '../../core/words/percent';

/**
 * `12.5`: a metric value with at most two decimals. With no locale the output is plain
 * and deterministic (a file); with the display language's formats, as it writes numbers (`12,5`).
 */
export function numberLabel(n: number, formats?: DisplayFormats): string {
  if (!Number.isFinite(n)) return '–';
  const r = Math.round(n * 100) / 100;
  if (formats) return formats.number(r === 0 ? 0 : r, 2);
  return r === 0 ? '0' : String(r);
}

/** `12 pages`, or just `12` when the metric has no unit. */
export function withUnit(n: number, unit: string | undefined, formats?: DisplayFormats): string {
  const u = unit?.trim();
  return u ? `${numberLabel(n, formats)} ${u}` : numberLabel(n, formats);
}

/** `a`, `a and b`, `a, b and c`. */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return l10n.t('{0} and {1}', items.slice(0, -1).join(', '), items[items.length - 1] ?? '');
}

/** `Weekly review`, `Commit`, `Today`: where a point came from, as its label starts. */
export function sourceWords(source: HistorySource, kind?: ReviewKind): string {
  if (source === 'review') return kind === 'monthly' ? l10n.t('Monthly review') : kind === 'quarterly' ? l10n.t('Quarterly review') : l10n.t('Weekly review');
  return source === 'commit' ? l10n.t('Commit') : l10n.t('Today');
}

/** The same inside a sentence: `weekly review`, `commit`, `today`. */
export function sourceWordsInSentence(source: HistorySource, kind?: ReviewKind): string {
  if (source === 'review') return kind === 'monthly' ? l10n.t('monthly review') : kind === 'quarterly' ? l10n.t('quarterly review') : l10n.t('weekly review');
  return source === 'commit' ? l10n.t('commit') : l10n.t('today');
}

/** `weekly`, `monthly`, `quarterly`: a kind inside a list. */
export function kindWord(kind: ReviewKind): string {
  return kind === 'monthly' ? l10n.t('monthly') : kind === 'quarterly' ? l10n.t('quarterly') : l10n.t('weekly');
}

/** Counted words, a whole phrase for each form: `1 win`, `3 wins`. */
export function winsCount(n: number): string {
  return n === 1 ? l10n.t('1 win') : l10n.t('{0} wins', n);
}

/** `1 week`, `52 weeks`. */
export function weeksCount(n: number): string {
  return n === 1 ? l10n.t('1 week') : l10n.t('{0} weeks', n);
}
