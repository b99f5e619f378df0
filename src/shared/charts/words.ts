/**
 * The words the charts write into labels, descriptions and tables. Percents come from
 * the core (`percentLabel`), so a chart says 42% where the tree and status bar do.
 */
import type { HistorySource } from '../../core/history';
import type { ReviewKind } from '../../core/model';

export { percentLabel } from '../../core/words/percent';

/** `12.5`: a metric value with at most two decimals, no locale (the output is deterministic). */
export function numberLabel(n: number): string {
  if (!Number.isFinite(n)) return '–';
  const r = Math.round(n * 100) / 100;
  return r === 0 ? '0' : String(r);
}

/** `12 pages`, or just `12` when the metric has no unit. */
export function withUnit(n: number, unit: string | undefined): string {
  const u = unit?.trim();
  return u ? `${numberLabel(n)} ${u}` : numberLabel(n);
}

/** `1 win`, `2 wins`: the core's one plural helper. */
export { plural } from '../../core/words/plural';

/** `a`, `a and b`, `a, b and c`. */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

const KIND_WORDS: Record<ReviewKind, string> = { weekly: 'Weekly', monthly: 'Monthly', quarterly: 'Quarterly' };

/** `Weekly review`, `Commit`, `Today`: where a point came from, as its label starts. */
export function sourceWords(source: HistorySource, kind?: ReviewKind): string {
  if (source === 'review') return `${KIND_WORDS[kind ?? 'weekly']} review`;
  return source === 'commit' ? 'Commit' : 'Today';
}

/** `weekly`, `monthly`, `quarterly`: a kind inside a sentence. */
export function kindWord(kind: ReviewKind): string {
  return KIND_WORDS[kind].toLowerCase();
}
