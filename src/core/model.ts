/**
 * The goals.yaml v1 model: plain data, produced by `parseGoals` and read by every
 * other part of the core and the host. Ranges are character offsets into the source
 * text so the host can map them with `TextDocument.positionAt`.
 */
import * as l10n from '@vscode/l10n';

/** The newest format version this build understands. */
export const FORMAT_VERSION = 1;

/** A half-open span `[start, end)` of character offsets in the source text. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** Planning horizons from the framework. */
export const HORIZONS = ['short', 'medium', 'long'] as const;
export type Horizon = (typeof HORIZONS)[number];

/** Lifecycle of a goal. Only `active` goals count towards overall progress and pace. */
export const GOAL_STATUSES = ['active', 'paused', 'done', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Human labels for horizons, shared by the tree, webviews and messages. */
export const HORIZON_LABELS: Readonly<Record<Horizon, string>> = Object.freeze({
  // Getters: the words are read in the display language when used, not when the module loads.
  get short(): string {
    return l10n.t('Short-term (3–6 months)');
  },
  get medium(): string {
    return l10n.t('Medium-term (6–18 months)');
  },
  get long(): string {
    return l10n.t('Long-term (2–5 years)');
  },
});

/** ISO calendar date `YYYY-MM-DD`, already validated as a real date. */
export type IsoDate = string;

export interface Metric {
  name?: string;
  unit?: string;
  start: number;
  target: number;
  current: number;
  range: Range;
}

export interface Checkpoint {
  /** Position in the goal's `checkpoints` sequence in the file (stable for edits). */
  index: number;
  title: string;
  date?: IsoDate;
  done: boolean;
  range: Range;
}

export interface Task {
  /** Position in the goal's `tasks` sequence in the file (stable for edits). */
  index: number;
  title: string;
  done: boolean;
  priority?: Priority;
  due?: IsoDate;
  range: Range;
}

/**
 * One entry of a goal's `adjustments:`: on `date` the due date moved from `from` to
 * `to`, for `reason`. Kept as a record so the reviews and the quarterly report can say
 * what was eased and why; "Adjust Due Date" appends one as it changes `due`.
 */
export interface Adjustment {
  /** Position in the goal's `adjustments` sequence in the file. */
  index: number;
  date: IsoDate;
  from: IsoDate;
  to: IsoDate;
  reason?: string;
  range: Range;
}

export interface Resources {
  time?: string;
  learning: string[];
  tools: string[];
}

export interface Goal {
  /** Position in the `goals` sequence in the file. */
  index: number;
  /** Explicit `id`, or a slug of the title when absent. */
  id: string;
  /** True when `id` was written in the file, false when derived from the title. */
  explicitId: boolean;
  title: string;
  horizon: Horizon;
  status: GoalStatus;
  why?: string;
  values: string[];
  parent?: string;
  start?: IsoDate;
  due?: IsoDate;
  /** `adjustments:`, when the goal has any that read cleanly (each with real dates), in file order. */
  adjustments?: Adjustment[];
  metric?: Metric;
  checkpoints: Checkpoint[];
  tasks: Task[];
  resources?: Resources;
  flexibility?: string;
  notes: string[];
  /** Range of the whole goal mapping. */
  range: Range;
  /** Range of the title scalar (falls back to the goal range). */
  titleRange: Range;
}

export interface Vision {
  northStar: string;
  values: string[];
  narrative?: string;
  range: Range;
}

export interface Focus {
  quarter?: string;
  theme?: string;
  goals: string[];
  range: Range;
}

/** A logged win or lesson. */
export interface Entry {
  index: number;
  date: IsoDate;
  text: string;
  goal?: string;
  /** Words the person sorts wins by (`design`, `mentoring`), as written, without repeats; never required. */
  tags?: string[];
  range: Range;
}

/** Days of the week, in date-fns's order (`getDay`: Sunday is 0). */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Months of the year, January first. */
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;

/** The day of each month the monthly deep dive falls due: `1`–`28`, `last`, `first-friday`, `last-friday`. */
export type MonthlyDay = { kind: 'day'; day: number } | { kind: 'last-day' } | { kind: 'first' | 'last'; weekday: Weekday };

/**
 * `rhythm:`, the person's own review days. Each key governs its own review; a review
 * whose key is absent keeps the rules without a rhythm (see analysis/cadence.ts).
 */
export interface Rhythm {
  /** The weekly review falls due on this day each week. */
  weekly?: Weekday;
  monthly?: MonthlyDay;
  /** The month (1–12) the (fiscal) year starts; quarters follow it. */
  yearStarts?: number;
  range: Range;
}

/** One entry of `pauses:`: days, both included, on which nothing falls due or drains. */
export interface Pause {
  index: number;
  from: IsoDate;
  to: IsoDate;
  note?: string;
  range: Range;
}

export interface GoalsModel {
  version: number;
  vision?: Vision;
  focus?: Focus;
  /** `rhythm:`, when the file has one. */
  rhythm?: Rhythm;
  /** `pauses:`, when the file has any (each read cleanly, `from` on or before `to`). */
  pauses?: Pause[];
  goals: Goal[];
  wins: Entry[];
  lessons: Entry[];
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A problem found in goals.yaml, pointing at the offending node. */
export interface Diagnostic {
  severity: Severity;
  /** Stable, documented code such as `unknown-key` or `pitfall/too-many-goals`. */
  code: string;
  /** Says what is wrong and how to fix it. */
  message: string;
  range: Range;
  /** The goal the problem belongs to, when there is one (quick fixes use it). */
  goalId?: string;
}

export interface ParseResult {
  model: GoalsModel;
  diagnostics: Diagnostic[];
  /**
   * False when edits are refused: a YAML syntax error (`yaml-syntax`) or a key repeated
   * in a mapping (`duplicate-key`), which YAML forbids and the edit module refuses.
   */
  syntaxOk: boolean;
}

/** Kinds of review, shallowest first. */
export const REVIEW_KINDS = ['weekly', 'monthly', 'quarterly'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

/** A completed review, as read back from the journal. */
export interface ReviewRecord {
  kind: ReviewKind;
  date: IsoDate;
}

/** The goal with model id `goalId` (as the parser assigned it), if the plan has one. */
export function findGoal(model: Pick<GoalsModel, 'goals'>, goalId: string): Goal | undefined {
  return model.goals.find((g) => g.id === goalId);
}
