/**
 * The public API `activate()` returns, for other extensions and scripts:
 * `vscode.extensions.getExtension('careergoals.career-goals').exports`.
 * Snapshots are plain JSON, so they can be logged, posted or compared as-is.
 */
import type { ReviewTestHooks } from './review';
import type { DashboardTestHooks } from './dashboard';
import type { AssistantTools } from './assistant/lm-tools';
import type { ExportChoices } from './commands/export-choices';
import type * as vscode from 'vscode';
import { snapshotOfAnalysis, type Snapshot } from './core/snapshot';
import type { History } from './core/history';
import type { Evidence } from './core/evidence';
import type { EvidenceReader } from './host/evidence';
import type { Logger } from './host/log';
import type { FolderState, GoalsStore, StoreCounts } from './host/types';
import type { GoalsStatusBar } from './views/status/statusBar';
import type { GoalsTreeProvider } from './views/tree/provider';
import type { GoalsNode } from './views/tree/nodes';
import type { GoalsViewSummary } from './views/tree/summary';

export type { GoalSnapshot, Snapshot } from './core/snapshot';

/** What `activate()` returns. */
export interface CareerGoalsApi {
  /**
   * The goals file of the folder containing `folder` (any URI inside it works), or of
   * the first folder with a goals file; null when no folder has one.
   */
  getSnapshot(folder?: vscode.Uri): Snapshot | null;
  /**
   * The plan's progress over time for the folder containing `folder` (or the first
   * folder with a goals file): a point per journal entry, per day with commits of the
   * goals file (through VS Code's Git extension, when there is a repository), and
   * today's state last; plus the weekly review streaks. Null when no folder has a
   * goals file. Plain JSON.
   */
  getHistory(folder?: vscode.Uri): Promise<History | null>;
  /**
   * The person's commits linked to goals by `Goal:` trailers, for the plan of the
   * folder containing `folder` (or the first folder with a goals file), from the
   * repositories VS Code's Git extension has open and `careerGoals.evidence.repositories`.
   * The period is this quarter unless `since` and `until` (YYYY-MM-DD, both included)
   * say otherwise; `since` alone runs to today. The same JSON as
   * `career-goals evidence --json`. Null when no folder has a goals file; rejects a
   * date that is not a real day.
   */
  getEvidence(folder?: vscode.Uri, period?: { since?: string; until?: string }): Promise<Evidence | null>;
  /** Resolves once the initial scan and any pending (debounced) refresh are done. */
  whenIdle(): Promise<void>;
  /** Fires whenever a snapshot may have changed. */
  readonly onDidChange: vscode.Event<void>;
  /**
   * Live objects for this extension's own integration tests, present only when the
   * extension runs in VS Code's test mode. UNSTABLE: not part of the public API.
   */
  readonly internals?: CareerGoalsInternals;
}

/**
 * The API as the extension's own tests see it: in test mode, `internals` is always there.
 * @internal For the extension host suites; shipped code does not import it.
 */
export type CareerGoalsTestApi = CareerGoalsApi & { readonly internals: CareerGoalsInternals };

/** UNSTABLE test hooks; see `CareerGoalsApi.internals`. */
interface CareerGoalsInternals {
  store: GoalsStore & { whenIdle(): Promise<void>; recheck(): Promise<void>; readonly lastTypingMs: number | undefined; readonly counts: StoreCounts; readonly trail: readonly { seq: number; line: string }[] };
  tree: GoalsTreeProvider;
  treeView: vscode.TreeView<GoalsNode>;
  statusBar: GoalsStatusBar;
  /** The Goals view's badge and message. */
  viewSummary: GoalsViewSummary;
  log: Logger;
  /** Milliseconds from the start of activate() to the end of the initial scan (undefined before). */
  readonly activationMs: number | undefined;
  /** Milliseconds activate() took to return (it only wires things up). */
  readonly activateReturnedMs: number;
  /** Creates `<folder>/<name>.md` with a heading unless it exists, and returns its URI (what "Create note" does). */
  createNote(folder: vscode.WorkspaceFolder, name: string): Promise<vscode.Uri>;
  /** Live review panels, driven without a browser. */
  reviews: ReviewTestHooks;
  /** Live dashboard panels. */
  dashboards: DashboardTestHooks;
  /** The Language Model tools, to read a tool's confirmation (VS Code skips the dialog in extension tests). */
  assistant: Pick<AssistantTools, 'prepare'>;
  /** The exports' last format and layout, and the prompts a test answers for them. */
  exportChoices: ExportChoices;
  /** Git history as a new session finds it: the points in memory forgotten, those kept in workspaceState read back. */
  restartGitHistory(): void;
  /** How many committed versions were read with `git show` this session. */
  versionsShown(): number;
  /** Git history as a first session finds it: nothing in memory, nothing kept. */
  forgetKeptGitHistory(): Promise<void>;
  /** The evidence reader (this quarter's evidence per plan, and how many logs it read). */
  evidence: EvidenceReader;
  /** How many times this session read the log of a goals file. */
  gitLogsRead(): number;
  /** How many analyses ran in the extension host's thread and how many in the analysis worker. */
  readonly analyses: { readonly thread: number; readonly worker: number };
}

/** Builds the snapshot of one folder state. */
function snapshotOf(state: FolderState): Snapshot {
  return snapshotOfAnalysis(state.analysis, state.uri.toString(), state.folder.name);
}

/** The snapshot function of the API, bound to a store. */
export function snapshotFrom(store: GoalsStore, folder?: vscode.Uri): Snapshot | null {
  if (!folder) return store.states[0] ? snapshotOf(store.states[0]) : null;
  const state = store.find(folder);
  return state ? snapshotOf(state) : null;
}
