/**
 * Pure rules behind the editing commands' prompts: suggested due dates, date and
 * number validation, value lists and the metric prompt text. No vscode here, so the
 * rules are unit-tested in plain Node and shared with the quick fixes.
 */
import * as l10n from '@vscode/l10n';
import { addMonths as addCalendarMonths } from 'date-fns';
import { dayAsDate, dayOfDate, dayToIso, parseIsoDay } from '../time/dates';
import type { Horizon, Metric } from '../model';

/** How far ahead a goal on each horizon is suggested to be due, in months. */
export const HORIZON_MONTHS: Record<Horizon, number> = { short: 6, medium: 18, long: 60 };

/**
 * `iso` moved by whole months, keeping the day of month where it exists and using the
 * month's last day otherwise (2026-08-31 + 6 months is 2027-02-28), as date-fns does.
 * Text that is no real `YYYY-MM-DD` day is no date to move, so it comes back as it is.
 */
export function addMonths(iso: string, months: number): string {
  const day = parseIsoDay(iso);
  return typeof day === 'number' ? dayToIso(dayOfDate(addCalendarMonths(dayAsDate(day), months))) : iso;
}

/** The due date suggested for a new goal on `horizon`: short +6 months, medium +18, long +5 years. */
export function suggestDueDate(horizon: Horizon, today: string): string {
  return addMonths(today, HORIZON_MONTHS[horizon]);
}

/**
 * Why `text` is not an acceptable due date, or undefined when it is: a real
 * `YYYY-MM-DD` date that is not before `today`.
 */
export function dueDateProblem(text: string, today: string): string | undefined {
  const value = text.trim();
  const day = parseIsoDay(value);
  if (day === 'format') return l10n.t('Write the date as YYYY-MM-DD, for example 2027-05-31.');
  if (day === 'impossible') return l10n.t('{0} is not a real date. Check the month and the day.', value);
  if (value < today) return l10n.t('{0} is in the past. Pick today ({1}) or a later date.', value, today);
  return undefined;
}

/**
 * Why `text` is not an acceptable new due date for a goal due on `current`, or
 * undefined when it is: a due date by dueDateProblem's rules that moves the date.
 */
export function adjustedDueProblem(text: string, current: string, today: string): string | undefined {
  const problem = dueDateProblem(text, today);
  if (problem !== undefined) return problem;
  return text.trim() === current ? l10n.t('The goal is already due on {0}. Type the new date.', current) : undefined;
}

/**
 * The comma-separated values a person typed, trimmed, without empties and without
 * repeats (compared case-insensitively, first spelling wins).
 */
export function parseValues(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[,;\n]/)) {
    const v = raw.trim().replace(/\s+/g, ' ');
    if (!v || seen.has(v.toLowerCase())) continue;
    seen.add(v.toLowerCase());
    out.push(v);
  }
  return out;
}

/** Why a typed values list is not usable, or undefined when it is. */
export function valuesProblem(text: string): string | undefined {
  const values = parseValues(text);
  if (values.length === 0) return l10n.t('Name at least one value, separated by commas: craft, mentorship, balance.');
  const long = values.find((v) => v.length > 40);
  if (long) return l10n.t('“{0}…” is long for a value. Use a word or two per value, separated by commas.', long.slice(0, 40));
  return undefined;
}

/**
 * The prompt of the metric update box: `reviews run: 0 → 6 pages (now 2)`, falling
 * back to the goal title when the metric has no name.
 */
export function metricRangeLabel(metric: Pick<Metric, 'name' | 'unit' | 'start' | 'target' | 'current'>, goalTitle: string): string {
  const name = metric.name ?? goalTitle;
  return metric.unit ? l10n.t('{0}: {1} → {2} {3} (now {4})', name, metric.start, metric.target, metric.unit, metric.current) : l10n.t('{0}: {1} → {2} (now {3})', name, metric.start, metric.target, metric.current);
}

/** A goal id for `title` that no goal in `taken` uses yet: the slug, then slug-2, slug-3… */
export function uniqueId(slug: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(slug)) return slug;
  for (let n = 2; ; n++) if (!used.has(`${slug}-${n}`)) return `${slug}-${n}`;
}
