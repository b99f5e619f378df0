/**
 * The stable diagnostic codes of the core. Codes are part of the public contract:
 * quick fixes, the README and tests key on them, so never rename one; add new ones.
 */
import type { Severity } from './model';

/** One documented diagnostic code. */
export interface DiagnosticCodeInfo {
  readonly code: string;
  readonly severity: Severity;
  readonly description: string;
}

/** Every code parseGoals and findPitfalls can emit, with its severity and meaning. */
export const DIAGNOSTIC_CODES = [
  { code: 'yaml-syntax', severity: 'error', description: 'The text is not valid YAML. Edits are disabled until it is fixed; the rest of the file is still read as far as possible.' },
  { code: 'file-too-large', severity: 'error', description: 'The file is larger than Career Goals reads (1 MB); it is neither read nor edited. Move older wins and lessons into another file.' },
  { code: 'invalid-encoding', severity: 'error', description: 'The file has bytes that are not UTF-8; the message names the line and column of the first. It is not edited until it is saved as UTF-8, so no byte turns into a replacement character.' },
  { code: 'yaml-warning', severity: 'warning', description: 'The YAML parser accepted the text but flagged something suspicious.' },
  { code: 'empty-document', severity: 'warning', description: 'The file is empty: start from `version: 1` and a `vision:`.' },
  { code: 'not-a-mapping', severity: 'error', description: 'The top level of the file (or of a section) must be a mapping of `key: value` lines.' },
  { code: 'unknown-key', severity: 'warning', description: 'A key the format does not know, usually a typo; the message suggests the closest known key.' },
  { code: 'duplicate-key', severity: 'error', description: 'The same key appears twice in one mapping; only the first is used. YAML forbids it, so Career Goals refuses edits (and `syntaxOk` is false) until the duplicate is removed.' },
  { code: 'merge-key', severity: 'warning', description: 'A merge key (`<<: *name`); merges are not supported, so the merged keys are ignored. Write them out instead.' },
  { code: 'wrong-type', severity: 'error', description: 'A value has the wrong type (text, number, true/false, list or mapping).' },
  { code: 'missing-required', severity: 'error', description: 'A required field is missing: `vision.north_star`, a goal `title` or `horizon`, a metric `target`, a checkpoint, task, win or lesson `title`/`text`/`date`.' },
  { code: 'invalid-enum', severity: 'error', description: 'An unknown `horizon`, `status` or `priority`; the message lists the allowed values.' },
  { code: 'invalid-date', severity: 'error', description: 'A date that is not written `YYYY-MM-DD`.' },
  { code: 'impossible-date', severity: 'error', description: 'A `YYYY-MM-DD` date that does not exist, such as 2026-02-30.' },
  { code: 'date-order', severity: 'error', description: 'A goal whose `due` date is before its `start` date.' },
  { code: 'duplicate-id', severity: 'error', description: 'Two goals share an id, written or derived from the same title slug. The later goal gets a numbered id until fixed.' },
  { code: 'unknown-parent', severity: 'error', description: '`parent` names no goal in the file.' },
  { code: 'parent-self', severity: 'error', description: 'A goal names itself as its `parent`.' },
  { code: 'parent-cycle', severity: 'error', description: 'Goals whose `parent` links form a loop.' },
  { code: 'parent-horizon', severity: 'info', description: 'A goal serves a parent on a shorter horizon; parents are usually the longer-term goal.' },
  { code: 'unknown-value', severity: 'error', description: 'A goal value that is not listed in `vision.values`.' },
  { code: 'metric-target-equals-start', severity: 'error', description: 'A metric whose `target` equals its `start`, so progress cannot be measured.' },
  { code: 'version-unsupported', severity: 'error', description: 'The file uses a newer format version than this build reads.' },
  { code: 'version-invalid', severity: 'error', description: '`version` is not a positive whole number.' },
  { code: 'version-missing', severity: 'warning', description: 'No `version:` line; the file is read as version 1.' },
  { code: 'invalid-rhythm', severity: 'error', description: 'A `rhythm` value that is no day or month: an unknown weekday or month, or a monthly day out of 1–28.' },
  { code: 'pause-order', severity: 'error', description: 'A pause whose `to` date comes before its `from` date; it is ignored until fixed.' },
  { code: 'pause-overlap', severity: 'warning', description: 'Two pauses share days; they are read as one.' },
  { code: 'invalid-quarter', severity: 'warning', description: '`focus.quarter` is not a quarter label: `2026-Q4`, or `FY2027-Q3` when `rhythm.year_starts` is not January. It never matches the quarter the reviews and reports name.' },
  { code: 'quarter-year-start', severity: 'warning', description: '`focus.quarter` is written in the other convention than `rhythm.year_starts`: `FY…` with a January start, or a plain `2026-Q4` with any other. The message names the quarter meant; a quick fix writes it when it covers the same days.' },
  { code: 'unknown-focus-goal', severity: 'warning', description: '`focus.goals` names a goal id that does not exist.' },
  { code: 'unknown-entry-goal', severity: 'warning', description: 'A win or lesson names a goal id that does not exist.' },
  { code: 'alias-limit', severity: 'error', description: 'Too many YAML aliases (`*name`), more than 100 or repeating more than 100,000 values in all; the rest are ignored to keep the file fast and safe to read.' },
  { code: 'analysis-failed', severity: 'error', description: 'The file was read, but working out progress, pace or pitfalls failed unexpectedly; goals are shown without them. Please report it.' },
  { code: 'pitfall/too-many-goals', severity: 'warning', description: 'More active goals than `careerGoals.maxActiveGoals` (default 5).' },
  { code: 'pitfall/not-measurable', severity: 'warning', description: 'An active goal with no metric, checkpoints, tasks or child goals.' },
  { code: 'pitfall/not-time-bound', severity: 'warning', description: 'An active goal without a `due` date.' },
  { code: 'pitfall/not-meaningful', severity: 'warning', description: 'An active goal with neither a `why` nor `values`.' },
  { code: 'pitfall/no-flexibility', severity: 'hint', description: 'An active goal without a `flexibility` plan B.' },
  { code: 'pitfall/overdue', severity: 'warning', description: 'An active goal past its `due` date.' },
  { code: 'pitfall/missed-checkpoint', severity: 'warning', description: 'A checkpoint of an active goal whose date has passed and is not done.' },
  { code: 'pitfall/behind', severity: 'info', description: 'An active goal behind its schedule: time to adjust the plan to changed circumstances.' },
  { code: 'pitfall/no-celebration', severity: 'info', description: 'Goals are active but no win was logged in the last 30 days.' },
] as const satisfies readonly DiagnosticCodeInfo[];

/** A code listed in DIAGNOSTIC_CODES. */
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number]['code'];

const SEVERITY: ReadonlyMap<string, Severity> = new Map<string, Severity>(DIAGNOSTIC_CODES.map((c) => [c.code, c.severity]));

/** The documented severity of a code (diagnostics always use it, so the table stays true). */
export function severityOf(code: DiagnosticCode): Severity {
  return SEVERITY.get(code) ?? 'error';
}
