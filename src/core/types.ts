/**
 * Result types shared across the core's modules and the host. Implementations live
 * in parse/, analysis/ (progress, pace, cadence, pitfalls), analyze.ts and edits/.
 */
import type { Diagnostic, Goal, GoalStatus, Horizon, IsoDate, ParseResult, Priority, ReviewKind, ReviewRecord } from './model';

/** Where an active goal stands against its schedule. */
export type Pace =
  | { kind: 'on-track'; expected: number; /** Days before it turns `behind` at its current progress. */ bufferDays: number }
  | { kind: 'behind'; expected: number }
  | { kind: 'overdue' }
  | { kind: 'unscheduled' }
  /** Not active (paused, done, dropped), or active without a start or checkpoint date: no pace applies. */
  | { kind: 'none' };

/** Which reviews are due, deepest first in `due`. */
export interface Cadence {
  due: ReviewKind[];
  /** The deepest due review, the one to suggest. */
  suggested?: ReviewKind;
  last?: ReviewRecord;
  /** Today falls in a pause: nothing is due until the day after `until`. */
  paused?: { until: IsoDate; note?: string };
}

/** Progress and pace of one goal. */
export interface GoalInsight {
  goal: Goal;
  progress: number;
  pace: Pace;
}

/** Everything the host shows, computed in one pass from the text. */
export interface Analysis {
  parse: ParseResult;
  insights: GoalInsight[];
  byId: Map<string, GoalInsight>;
  /** Mean progress of active goals (0 when none). */
  overall: number;
  activeCount: number;
  cadence: Cadence;
  pitfalls: Diagnostic[];
  /** parse.diagnostics followed by pitfalls. */
  diagnostics: Diagnostic[];
}

export interface AnalyzeOptions {
  /** Too-many-goals limit (default 5). */
  maxActiveGoals?: number;
  /** Completed reviews from the journal. */
  reviews?: ReviewRecord[];
}

/** A replacement of `length` characters at `offset` by `text`. */
export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

export type EditResult = { ok: true; edits: TextEdit[] } | { ok: false; reason: string };

export interface NewTask {
  title: string;
  priority?: Priority;
  due?: string;
}
interface NewCheckpoint {
  title: string;
  date: string;
}
export interface NewEntry {
  date: string;
  text: string;
  goal?: string;
}
export interface NewMetric {
  name: string;
  unit?: string;
  start: number;
  target: number;
  current?: number;
}
export interface NewGoal {
  id?: string;
  title: string;
  horizon: Horizon;
  why?: string;
  values?: string[];
  parent?: string;
  start?: string;
  due?: string;
  metric?: NewMetric;
}

/**
 * One semantic change to goals.yaml. Ops are data, so a review session can hold them
 * until completion and apply them against whatever the text is then. Items inside a
 * goal are addressed by index plus their title (`expectTitle`): when the title at that
 * index differs, the op finds the item by title or fails with a reason.
 */
export type GoalOp =
  | { op: 'setTaskDone'; goalId: string; index: number; expectTitle?: string; done: boolean }
  | { op: 'setCheckpointDone'; goalId: string; index: number; expectTitle?: string; done: boolean }
  | { op: 'setMetricCurrent'; goalId: string; value: number }
  | { op: 'setMetricField'; goalId: string; field: 'name' | 'unit' | 'start' | 'target'; value: string | number }
  /** Inserts a metric where the goal has none. */
  | { op: 'addMetric'; goalId: string; metric: NewMetric }
  | { op: 'addTask'; goalId: string; task: NewTask }
  | { op: 'updateTask'; goalId: string; index: number; expectTitle?: string; changes: Partial<NewTask> }
  | { op: 'removeTask'; goalId: string; index: number; expectTitle?: string }
  | { op: 'addCheckpoint'; goalId: string; checkpoint: NewCheckpoint }
  | { op: 'updateCheckpoint'; goalId: string; index: number; expectTitle?: string; changes: Partial<NewCheckpoint> }
  /** Sets or inserts a top-level scalar of a goal. */
  | { op: 'setGoalField'; goalId: string; field: 'title' | 'why' | 'start' | 'due' | 'flexibility'; value: string }
  | { op: 'setGoalStatus'; goalId: string; status: GoalStatus }
  /**
   * Moves a goal's `due` to `to` and appends `{date, from, to, reason}` to its
   * `adjustments:` (`from` is the due date the file holds; `date` is the caller's today).
   */
  | { op: 'adjustDue'; goalId: string; to: string; date: string; reason: string }
  | { op: 'setResources'; goalId: string; resources: { time?: string; learning?: string[]; tools?: string[] } }
  | { op: 'addWin'; win: NewEntry }
  | { op: 'addLesson'; lesson: NewEntry }
  | { op: 'addGoal'; goal: NewGoal }
  /** Replaces the `focus:` block, or inserts it after `vision:`. */
  | { op: 'writeFocus'; focus: { quarter: string; theme?: string; goals: string[] } };

/** Outcome of applying several ops in order. */
export interface ApplyOpsResult {
  /** The text after every op that applied. */
  text: string;
  /** Minimal edits against the original text that produce `text`. */
  edits: TextEdit[];
  applied: GoalOp[];
  failed: { op: GoalOp; reason: string }[];
}
