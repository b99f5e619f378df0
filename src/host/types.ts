/**
 * The host-side state that views and review panels share. Implemented by
 * `src/host/store.ts`; review code depends only on this interface.
 */
import type * as vscode from 'vscode';
import type { JournalRecord } from '../core/history';
import type { ReviewRecord } from '../core/model';
import type { Analysis, GoalOp } from '../core/types';

/** One workspace folder that has a goals file. */
export interface FolderState {
  folder: vscode.WorkspaceFolder;
  /** The goals file. */
  uri: vscode.Uri;
  /** The text analysed: the open editor's text when it is open, else the file on disk. */
  text: string;
  analysis: Analysis;
  /** Completed reviews read from the journal folder. */
  reviews: ReviewRecord[];
  /** The journal entries behind `reviews`, with their figures and paths, oldest first. */
  journal: JournalRecord[];
}

/** Outcome of writing ops to a goals file. */
export interface WriteOutcome {
  /** False when nothing was written (syntax error, every op failed, edit refused). */
  written: boolean;
  applied: GoalOp[];
  failed: { op: GoalOp; reason: string }[];
  /** Set when the whole write was refused, saying why. */
  error?: string;
}

export interface GoalsStore extends vscode.Disposable {
  /** Fires after any folder's state changed (text, journal, settings, folders). */
  readonly onDidChange: vscode.Event<void>;
  /** Folders that have a goals file, in workspace order. */
  readonly states: readonly FolderState[];
  /**
   * The state of the folder that `resource` is, or lies in (its goals file, the folder,
   * or any file inside; the deepest of nested folders). Never another folder's state:
   * undefined when that folder has no goals file.
   */
  find(resource: vscode.Uri): FolderState | undefined;
  /** Resolves once the initial scan is done (states are empty before). */
  ready(): Promise<void>;
  /** Re-reads every folder's goals file and journal. */
  refresh(): Promise<void>;
  /**
   * Applies ops against the goals file's current text as one WorkspaceEdit, then
   * saves. Refuses while the file has a YAML syntax error. The folder's state then
   * adopts the analysis of the text written (nothing is read back) and `onDidChange`
   * fires once; inside `batch`, that happens when the batch ends.
   */
  write(uri: vscode.Uri, ops: readonly GoalOp[]): Promise<WriteOutcome>;
  /**
   * Runs `work`, which writes the files of the folder `resource` is in (its goals file
   * through `write`, its journal), holding that folder's refreshes until it ends. Then
   * the folder alone is brought up to date, once: the journal re-read, the text last
   * written analysed once, the fingerprints taken (so the file events that follow find
   * nothing new), and `onDidChange` fired once.
   */
  batch<T>(resource: vscode.Uri, work: () => Promise<T>): Promise<T>;
}

/** How much work the store has done, for tests that count it (`api.internals.store.counts`). */
export interface StoreCounts {
  /** Full parses of a goals file made to compute edits (see writer.ts). */
  editParses: number;
  /** Analyses of a goals file's text (each parses it once). */
  analyses: number;
  /** `onDidChange` events fired. */
  changes: number;
  /** File watcher events received for goals files. */
  fileEvents: number;
  /** File watcher events received for journal folders and entries. */
  journalEvents: number;
  /** Completed `recheck()` runs. */
  rechecks: number;
}

/**
 * What a tree item, CodeLens or quick fix passes to the editing commands. Tree nodes
 * expose it as their `ref` property; commands accept either a node or a ref, and ask
 * with a quick pick when invoked from the Command Palette without one.
 */
export type ItemRef =
  | { kind: 'goal'; uri: vscode.Uri; goalId: string }
  | { kind: 'metric'; uri: vscode.Uri; goalId: string }
  | { kind: 'task' | 'checkpoint'; uri: vscode.Uri; goalId: string; index: number; title: string };
