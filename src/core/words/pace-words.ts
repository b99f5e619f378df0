/**
 * The words every surface uses for pace: the tree, CodeLens, status bar tooltip, quick
 * picks and the review page all take them from here, so one goal on one day reads the
 * same everywhere ("on track · 17d buffer" short, "17 days of buffer" long). A leaf
 * with no imports but types, so the review page's browser bundle can use it.
 */
import * as l10n from '@vscode/l10n';
import type { Pace } from '../types';

/** Short words for a pace (lower case, as inside a summary line); undefined for `none`. */
export function paceLabel(pace: Pace | { kind: Pace['kind'] }): string | undefined {
  switch (pace.kind) {
    case 'on-track':
      return l10n.t('on track');
    case 'behind':
      return l10n.t('behind');
    case 'overdue':
      return l10n.t('overdue');
    case 'unscheduled':
      return l10n.t('unscheduled');
    case 'none':
      return undefined;
  }
}

/** The same words for a badge standing on its own (`On track`). */
export function paceTitle(pace: { kind: Pace['kind'] }): string {
  switch (pace.kind) {
    case 'on-track':
      return l10n.t('On track');
    case 'behind':
      return l10n.t('Behind');
    case 'overdue':
      return l10n.t('Overdue');
    case 'unscheduled':
      return l10n.t('Unscheduled');
    case 'none':
      return '';
  }
}

/** The safety buffer: `17d buffer` in a summary line, `17 days of buffer` in a sentence. */
export function bufferWords(days: number, style: 'short' | 'long'): string {
  if (style === 'short') return l10n.t('{0}d buffer', days);
  return days === 1 ? l10n.t('1 day of buffer') : l10n.t('{0} days of buffer', days);
}
