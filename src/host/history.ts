/**
 * The history of a folder's plan, as the public API and the dashboard get it: the
 * store's journal records and today's analysis, plus the commit points from git.
 * Computed on demand; the journal is already read (and cached by mtime) by the store.
 */
import type * as vscode from 'vscode';
import { buildHistory, commitDayCounts, type History, type HistoryPoint } from '../core/history';
import type { CommitHistory } from './git-history';
import type { Logger } from './log';
import type { FolderState } from './types';

/** The history of `state`'s plan on the person's local today. */
export async function historyOf(state: FolderState, git: CommitHistory, log: Logger, now = new Date()): Promise<History> {
  const commits = await git.points(state.uri, state.folder.uri, log, commitDayCounts(state.journal, now));
  return buildHistory({ journal: state.journal, commits, today: state.analysis, now });
}

/** How far the reading of committed versions has come. */
export interface HistoryProgress {
  done: number;
  total: number;
}

/**
 * The history in steps, for the dashboard: the log of the goals file is read once;
 * `step` gets the history with the points at hand at once (when versions remain to be
 * read), then now and then as older versions are read, with the progress; the promise
 * resolves with the whole history. `cancelled` stops the reading early (the panel
 * closed, or a newer update took over).
 */
export async function historyInSteps(state: FolderState, git: CommitHistory, log: Logger, now: Date, step: (history: History, progress: HistoryProgress) => void, cancelled: () => boolean): Promise<History> {
  const read = await git.begin(state.uri, state.folder.uri, log, commitDayCounts(state.journal, now));
  const historyWith = (commits: HistoryPoint[]) => buildHistory({ journal: state.journal, commits, today: state.analysis, now });
  if (read.missing === 0) return historyWith(read.cached);
  step(historyWith(read.cached), { done: 0, total: read.missing });
  const points = await read.rest((partial, done, total) => step(historyWith(partial), { done, total }), cancelled);
  return historyWith(points);
}

/** The history for `folder` (any URI inside it), or of the first folder with a goals file; null when there is none. */
export async function historyFor(states: readonly FolderState[], find: (uri: vscode.Uri) => FolderState | undefined, git: CommitHistory, log: Logger, folder?: vscode.Uri): Promise<History | null> {
  const state = folder ? find(folder) : states[0];
  return state ? historyOf(state, git, log) : null;
}
