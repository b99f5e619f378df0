/**
 * The words every surface uses for pace: the tree, CodeLens, status bar tooltip, quick
 * picks and the review page all take them from here, so one goal on one day reads the
 * same everywhere ("on track · 17d buffer" short, "17 days of buffer" long). A leaf
 * with no imports but types, so the review page's browser bundle can use it.
 */
import type { Pace } from '../types';

/** Short words for a pace (lower case, as inside a summary line); undefined for `none`. */
export function paceLabel(pace: Pace | { kind: Pace['kind'] }): string | undefined {
  switch (pace.kind) {
    case 'on-track':
      return 'on track';
    case 'behind':
      return 'behind';
    case 'overdue':
      return 'overdue';
    case 'unscheduled':
      return 'unscheduled';
    case 'none':
      return undefined;
  }
}

/** The same words capitalised, for a badge standing on its own (`On track`). */
export function paceTitle(pace: { kind: Pace['kind'] }): string {
  const words = paceLabel(pace) ?? '';
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The safety buffer: `17d buffer` in a summary line, `17 days of buffer` in a sentence. */
export function bufferWords(days: number, style: 'short' | 'long'): string {
  return style === 'short' ? `${days}d buffer` : `${days} day${days === 1 ? '' : 's'} of buffer`;
}
