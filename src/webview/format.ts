/**
 * Pure formatting for the review page (no DOM), shared by the sections and unit-tested
 * in Node.
 */
import type { GoalView } from '../shared/protocol';
import { bufferWords } from '../core/words/pace-words';
import { percent } from '../core/words/percent';

/** Pace in words, next to the badge: how much buffer, how far behind, when it was due. */
export function paceDetail(goal: GoalView): string {
  const p = goal.pace;
  const due = goal.due ? `due ${goal.due}` : '';
  switch (p.kind) {
    case 'on-track':
      return [p.bufferDays !== undefined && bufferWords(p.bufferDays, 'long'), due].filter(Boolean).join(' · ');
    case 'behind':
      return [p.expected !== undefined && `about ${percent(p.expected)}% expected by now`, due].filter(Boolean).join(' · ');
    case 'overdue':
    case 'unscheduled':
    case 'none':
      return due;
  }
}

/** Formats a metric value with its unit. */
export function withUnit(value: number, unit?: string): string {
  return unit ? `${value} ${unit}` : String(value);
}

/** Formats `2026-11-21` as e.g. "Saturday, 21 November 2026" (UTC so the day never shifts). */
export function longDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
