/**
 * The review panel's message protocol, shared by the host (src/review/) and the
 * webview (src/webview/). Pure data: no vscode, no DOM.
 *
 * Flow: the webview posts `ready`; the host answers `init` with the session (a
 * read-only view of the plan) and, when the panel was restored, the saved draft. The
 * person edits a draft (everything they may change); the webview persists it with
 * `setState` and reports it with `draftChanged`. `complete` turns the draft into
 * GoalOps (`draftToOps`) that the host applies to goals.yaml, writes a journal entry
 * and answers `completed`. Every message is a discriminated union on `type`; the host
 * checks every incoming message with `validateWebviewMessage` first.
 *
 * Stability: changes after v1 are additive only and listed here.
 * - v1 (initial).
 * - v1, additive: the Summary section shows exactly what the journal will say, with
 *   `buildSummary` / `summaryMarkdown` from src/shared/summary.ts.
 *
 * A leaf module: message types only. Validation lives in message-validation.ts, the
 * draft's logic in draft.ts and ops.ts, so nothing here imports back into them.
 * - v1, additive: `ReviewSession.work` (the weekly review's "From your work": the week's
 *   commits linked to goals) and the `addWorkWin` message, which the host turns into a
 *   win from its own copy of the commit, never from text the page sends.
 * - v1, additive: `ReviewSession.adjustments` (monthly and quarterly: the due dates moved
 *   since the last review of that kind, from the goals' `adjustments:`), read-only.
 * - v1, clarified: the host rejects drafts naming goal ids the session never showed
 *   (`error` "unknown goal id"); ids that disappeared mid-session become reported
 *   failures in `completed.failed` instead.
 * - v1, additive: `init` carries `bundle` and `language`, the display language's strings
 *   (src/shared/display-strings.ts); the page shows no words of its own.
 */
import type { GoalStatus, Horizon, IsoDate, Priority, ReviewKind } from '../core/model';
import type { Pace } from '../core/types';
import type { AdjustmentRecord } from '../core/analysis/adjustments';
import type { DisplayBundle } from './display-strings';

/** Bumped only if a change could not be additive (never so far). */
export const PROTOCOL_VERSION = 1;

// ---------------------------------------------------------------------------
// Session: what the host knows and shows. Read-only for the webview.
// ---------------------------------------------------------------------------

interface MetricView {
  name?: string;
  unit?: string;
  start: number;
  target: number;
  current: number;
}

export interface CheckpointView {
  /** Position in the file; with `title` it addresses the item in draft changes. */
  index: number;
  title: string;
  date?: IsoDate;
  done: boolean;
}

export interface TaskView {
  index: number;
  title: string;
  done: boolean;
  priority?: Priority;
  due?: IsoDate;
}

export interface ResourcesView {
  time?: string;
  learning: string[];
  tools: string[];
}

export interface PaceView {
  kind: Pace['kind'];
  /** Days of buffer before an on-track goal turns behind. */
  bufferDays?: number;
  /** Expected progress today (0–1) when the goal is scheduled. */
  expected?: number;
}

/** One goal as the panel shows it. */
export interface GoalView {
  id: string;
  title: string;
  /** Progress (0–1) at the last reviews that recorded this goal and today, oldest first, at most 8: the Check progress sparkline. */
  recent?: number[];
  horizon: Horizon;
  /** e.g. `Short-term (3–6 months)`. */
  horizonLabel: string;
  status: GoalStatus;
  /** 0–1. */
  progress: number;
  pace: PaceView;
  /** One human sentence about progress and pace (the core's describeInsight). */
  insight: string;
  why?: string;
  values: string[];
  start?: IsoDate;
  due?: IsoDate;
  metric?: MetricView;
  checkpoints: CheckpointView[];
  tasks: TaskView[];
  resources?: ResourcesView;
  flexibility?: string;
  /** Listed in the current `focus.goals`. */
  inFocus: boolean;
}

/** One of the person's commits of the week, as "From your work" lists it. */
export interface WorkCommitView {
  /** The repository's folder. */
  repo: string;
  /** The full hash. */
  hash: string;
  /** The author's day. */
  date: IsoDate;
  /** The subject line, shown as text. */
  subject: string;
  /** The commit's web page, or null. */
  url: string | null;
  /** A win already holds this commit's link (or hash): "Add as win" is done. */
  added: boolean;
}

/** The weekly review's "From your work": the week's commits linked to goals, and the rest counted. */
export interface WorkView {
  since: IsoDate;
  until: IsoDate;
  /** Goals with linked commits in the week, in plan order, newest commit first. */
  goals: { id: string; title: string; commits: WorkCommitView[] }[];
  /** Per repository, the person's commits of the week with no `Goal:` trailer. */
  unlinked: { repo: string; count: number }[];
}

export interface EntryView {
  date: IsoDate;
  text: string;
  goalId?: string;
}

/** One moved due date, from a goal's `adjustments:`: the core's record, as the page shows it. */
export type AdjustmentView = AdjustmentRecord;

/** Everything the panel needs to render one review. Rebuilt whenever goals.yaml changes. */
export interface ReviewSession {
  protocol: number;
  kind: ReviewKind;
  /** Human title, e.g. `Weekly Review`. */
  title: string;
  folderName: string;
  /** `folder.uri.toString()`; identifies the session together with `kind`. */
  folderUri: string;
  today: IsoDate;
  northStar?: string;
  values: string[];
  narrative?: string;
  focus?: { quarter?: string; theme?: string; goals: string[] };
  /** Every goal in file order, including paused/done/dropped (filter on `status`). */
  goals: GoalView[];
  /** Mean progress of active goals, 0–1. */
  overall: number;
  activeCount: number;
  maxActiveGoals: number;
  /** Wins dated after the last review (all wins when there was none). */
  winsSinceLastReview: EntryView[];
  /** Wins dated in the current quarter. */
  quarterWins: EntryView[];
  /** Goals with status `done` (the quarterly reset celebrates them). */
  completedGoals: { id: string; title: string }[];
  /** Lessons dated after the last review. */
  lessonsSinceLastReview: EntryView[];
  /**
   * Monthly and quarterly only: due dates moved on or after the day of the last review of
   * this kind (a quarterly reset counts as a monthly deep dive; all of them when there was
   * none), oldest first.
   */
  adjustments?: AdjustmentView[];
  /** Reflection prompts for this kind, built-ins merged with the setting. */
  prompts: string[];
  lastReview?: { kind: ReviewKind; date: IsoDate };
  /** e.g. `2026-Q4`. */
  currentQuarter: string;
  /** The quarter a quarterly reset plans, e.g. `2027-Q1`: the next one. */
  proposedFocusQuarter: string;
  /**
   * False while goals.yaml can't be edited safely (YAML syntax error, untrusted
   * folder); `problem` says why. The panel then offers journal-only saving.
   */
  canWrite: boolean;
  problem?: string;
  /** Folder-relative journal folder, e.g. `reviews`. */
  journalFolder: string;
  /** Weekly only, once read: the week's work from git. Absent without git (the web, an untrusted folder). */
  work?: WorkView;
}

// ---------------------------------------------------------------------------
// Draft: everything the person can change. Absent fields mean "unchanged".
// ---------------------------------------------------------------------------

export interface TaskChange {
  /** Addresses the task; `title` guards against the file changing under the session. */
  index: number;
  title: string;
  done?: boolean;
  /** Remove the task from the file. */
  dropped?: boolean;
  /** `null` clears the field. */
  priority?: Priority | null;
  due?: IsoDate | null;
}

interface NewTaskDraft {
  title: string;
  priority?: Priority;
  due?: IsoDate;
}

export interface CheckpointChange {
  index: number;
  title: string;
  done?: boolean;
  date?: IsoDate;
}

interface NewCheckpointDraft {
  title: string;
  date: IsoDate;
}

export interface MetricChange {
  current?: number;
  target?: number;
  unit?: string;
}

export interface NewMetricDraft {
  name: string;
  unit?: string;
  start: number;
  target: number;
  current?: number;
}

export const ALIGNMENT_DECISIONS = ['keep', 'adjust', 'let-go'] as const;
export type AlignmentDecision = (typeof ALIGNMENT_DECISIONS)[number];

export const GOAL_DECISIONS = ['keep', 'revise', 'done', 'pause', 'drop'] as const;
export type GoalDecisionKind = (typeof GOAL_DECISIONS)[number];

export interface GoalDecision {
  decision: GoalDecisionKind;
  reason?: string;
  /** Only with `revise`: new values; absent means unchanged. */
  title?: string;
  due?: IsoDate;
  target?: number;
}

/** Changes to one goal, keyed by goal id in `ReviewDraft.goals`. */
export interface GoalDraft {
  tasks?: TaskChange[];
  newTasks?: NewTaskDraft[];
  checkpoints?: CheckpointChange[];
  newCheckpoints?: NewCheckpointDraft[];
  metric?: MetricChange;
  /** Only for goals without a metric. */
  newMetric?: NewMetricDraft;
  /** Monthly: is the goal still aligned with the values? `let-go` drops it unless `decision` says otherwise. */
  alignment?: { decision: AlignmentDecision; note?: string };
  /** Quarterly: what happens to the goal. */
  decision?: GoalDecision;
  /** Replaces the listed resource fields. */
  resources?: { time?: string; learning?: string[]; tools?: string[] };
  flexibility?: string;
}

export interface NewEntryDraft {
  text: string;
  goalId?: string;
}

export interface ReviewDraft {
  goals: Record<string, GoalDraft>;
  /** Dated `session.today` when written. */
  wins: NewEntryDraft[];
  lessons: NewEntryDraft[];
  /** Answer per prompt, keyed by the prompt text (journal only). */
  answers: Record<string, string>;
  /** Quarterly: next quarter's focus. Written as `focus:` for `session.proposedFocusQuarter`. */
  focus?: { goals: string[]; theme?: string };
  /** Free notes (journal only). */
  notes?: string;
}

// ---------------------------------------------------------------------------
// Messages.
// ---------------------------------------------------------------------------

/** Webview → host. */
export type WebviewMessage =
  /** The webview is listening; the host answers `init`. */
  | { type: 'ready' }
  | { type: 'draftChanged'; draft: ReviewDraft; dirty: boolean }
  /** Apply the draft to goals.yaml and write the journal entry. */
  | { type: 'complete'; draft: ReviewDraft }
  /** Copy the Markdown summary to the clipboard (uses the last known draft when absent). */
  | { type: 'copySummary'; draft?: ReviewDraft }
  /** Write only the journal entry, leaving goals.yaml alone (e.g. while it has a syntax error). */
  | { type: 'saveJournalOnly'; draft?: ReviewDraft }
  /** Reveal a goal in goals.yaml. */
  | { type: 'openGoal'; goalId: string }
  /** "Add as win": write the commit `hash` listed under goal `goalId` in `session.work` as a win, now. */
  | { type: 'addWorkWin'; goalId: string; hash: string }
  /** Open the journal entry written by `completed`. */
  | { type: 'openJournal'; path: string }
  /** Close the panel, dropping the draft (the webview confirmed already). */
  | { type: 'discard' };

export interface CompletedFailure {
  /** Human line from `describeOp`. */
  change: string;
  reason: string;
}

/** Host → webview. */
export type HostMessage =
  /** `bundle` and `language`: the display language's strings (display-strings.ts), which the page configures before it draws. */
  | { type: 'init'; session: ReviewSession; draft?: ReviewDraft; bundle: DisplayBundle; language: string }
  /** goals.yaml (or the journal) changed while the panel is open; the draft is kept. */
  | { type: 'sessionUpdated'; session: ReviewSession }
  | {
      type: 'completed';
      /** Folder-relative path of the journal entry, e.g. `reviews/2026-11-21-weekly.md`; empty when it couldn't be written. */
      journalPath: string;
      applied: string[];
      failed: CompletedFailure[];
      /** True when goals.yaml was deliberately left alone. */
      journalOnly: boolean;
    }
  /** Something went wrong; the draft is kept. */
  | { type: 'error'; message: string }
  /** Informational, e.g. `Summary copied to the clipboard.` */
  | { type: 'notice'; message: string };

/** Panel state persisted by the webview (`setState`) and restored by the serializer. */
export interface PersistedReviewState {
  kind: ReviewKind;
  folderUri: string;
  draft?: ReviewDraft;
  dirty?: boolean;
}
