/**
 * Whether a plan can be reported on. A report of a plan that was not read (too large,
 * not YAML, not a mapping, empty) would say "0 wins, 0%" as if that were the plan: an
 * export names the problem instead, as `check` and the Problems panel do.
 */
import type { Diagnostic } from '../model';
import type { Analysis } from '../types';

/** Problems that leave nothing true to report, whatever else the file holds. */
const ALWAYS_UNREADABLE: ReadonlySet<string> = new Set(['file-too-large', 'invalid-encoding', 'yaml-syntax']);

/** Problems that leave nothing to report when the plan read no vision, goal, win or lesson. */
const UNREADABLE_WHEN_EMPTY: ReadonlySet<string> = new Set(['not-a-mapping', 'empty-document']);

/**
 * The problem that stops a report of this plan, or undefined when it can be reported on.
 * A YAML syntax error stops it even when part of the plan was read: the report would
 * leave out whatever the error hides, and look complete.
 */
export function unreadableProblem(analysis: Analysis): Diagnostic | undefined {
  const blocking = analysis.diagnostics.find((d) => ALWAYS_UNREADABLE.has(d.code));
  if (blocking) return blocking;
  const m = analysis.parse.model;
  const empty = m.vision === undefined && m.goals.length === 0 && m.wins.length === 0 && m.lessons.length === 0;
  return empty ? analysis.diagnostics.find((d) => UNREADABLE_WHEN_EMPTY.has(d.code)) : undefined;
}
