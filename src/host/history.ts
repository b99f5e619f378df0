/**
 * The history of a folder's plan, as the public API and the dashboard get it: the
 * store's journal records and today's analysis, plus the commit points from git.
 * Computed on demand; the journal is already read (and cached by mtime) by the store.
 */
import type * as vscode from 'vscode';
import { buildHistory, commitDayCounts, type History } from '../core/history';
import type { CommitHistory } from './git-history';
import type { Logger } from './log';
import type { FolderState } from './types';

/** The history of `state`'s plan on the person's local today. */
export async function historyOf(state: FolderState, git: CommitHistory, log: Logger, now = new Date()): Promise<History> {
  const commits = await git.points(state.uri, state.folder.uri, log, commitDayCounts(state.journal, now));
  return buildHistory({ journal: state.journal, commits, today: state.analysis, now });
}

/**
 * The history with only the commit points read before (no `git show`, no analysis), and
 * whether that was all of them: what the dashboard draws at once while the rest are read.
 */
export async function quickHistoryOf(state: FolderState, git: CommitHistory, log: Logger, now = new Date()): Promise<{ history: History; complete: boolean }> {
  const { points, complete } = await git.cachedPoints(state.uri, state.folder.uri, log, commitDayCounts(state.journal, now));
  return { history: buildHistory({ journal: state.journal, commits: points, today: state.analysis, now }), complete };
}

/** The history for `folder` (any URI inside it), or of the first folder with a goals file; null when there is none. */
export async function historyFor(states: readonly FolderState[], find: (uri: vscode.Uri) => FolderState | undefined, git: CommitHistory, log: Logger, folder?: vscode.Uri): Promise<History | null> {
  const state = folder ? find(folder) : states[0];
  return state ? historyOf(state, git, log) : null;
}
