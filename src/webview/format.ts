/**
 * Pure formatting for the review page (no DOM), shared by the sections and unit-tested
 * in Node.
 */
import * as l10n from '@vscode/l10n';
import type { GoalView } from '../shared/protocol';
import { displayDay, displayNumber } from '../core/time/display';
import { percent } from '../core/words/percent';

/** Pace in words, next to the badge: how much buffer, how far behind, when it was due (days as `locale` writes them). */
export function paceDetail(goal: GoalView, locale: string): string {
  const p = goal.pace;
  const due = goal.due ? l10n.t('due {0}', displayDay(goal.due, locale)) : '';
  switch (p.kind) {
    case 'on-track':
      return [p.bufferDays !== undefined && (p.bufferDays === 1 ? l10n.t('1 day of buffer') : l10n.t('{0} days of buffer', p.bufferDays)), due].filter(Boolean).join(' · ');
    case 'behind':
      return [p.expected !== undefined && l10n.t('about {0}% expected by now', percent(p.expected)), due].filter(Boolean).join(' · ');
    case 'overdue':
    case 'unscheduled':
    case 'none':
      return due;
  }
}

/** Formats a metric value with its unit, the number as `locale` writes it. */
export function withUnit(value: number, unit: string | undefined, locale: string): string {
  const n = displayNumber(value, locale, 2);
  return unit ? `${n} ${unit}` : n;
}

/** Formats `2026-11-21` as `locale` writes a day in full, e.g. "Saturday, November 21, 2026" (UTC so the day never shifts). */
export function longDate(iso: string, locale: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(d.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  try {
    return d.toLocaleDateString(locale, options);
  } catch {
    // A tag Intl does not know (a pseudo-locale): English.
    return d.toLocaleDateString('en', options);
  }
}
