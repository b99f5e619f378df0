/**
 * The commands of evidence: Add Goal Trailer (the Source Control input box gets
 * `Goal: <id>`, keeping what the person typed) and Open Commit (a commit of the Goals
 * view's evidence, through the Git extension, or its web page). Git is never written:
 * the trailer goes into the input box, and the person commits.
 */
import * as vscode from 'vscode';
import { withGoalTrailer } from '../core/evidence/trailers';
import { pickFolder } from '../host/folder-pick';
import { displayPath } from '../host/fs';
import { gitApi, type GitRepository } from '../host/git-api';
import type { GoalsStore } from '../host/types';
import { statusWord } from '../host/words';

const HASH = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** Only pages on the hosts commit-links.ts makes links for are opened. */
const COMMIT_PAGE = /^https:\/\/(github\.com|gitlab\.com|bitbucket\.org|dev\.azure\.com)\/[A-Za-z0-9._~/-]+\/(-\/)?commits?\/[0-9a-f]{40,64}$/;

/** What Add Goal Trailer may be given: the goal and the repository (a root URI or its path). */
interface TrailerArgs {
  goal?: string;
  repository?: vscode.Uri | string;
  folder?: vscode.Uri;
}

/** The repository an argument names, the one selected in Source Control, the only one, or the person's pick. */
async function pickRepository(repos: readonly GitRepository[], named: vscode.Uri | string | undefined): Promise<GitRepository | undefined> {
  if (named !== undefined) {
    const key = typeof named === 'string' ? named : named.toString();
    return repos.find((r) => r.rootUri.toString() === key || displayPath(r.rootUri) === key);
  }
  if (repos.length <= 1) return repos[0];
  const selected = repos.filter((r) => (r as { ui?: { selected?: boolean } }).ui?.selected);
  if (selected.length === 1) return selected[0];
  const pick = await vscode.window.showQuickPick(repos.map((r) => ({ label: displayPath(r.rootUri), repo: r })), { placeHolder: vscode.l10n.t('Which repository’s commit message?') });
  return pick?.repo;
}

/**
 * Appends `Goal: <id>` to the Source Control input box of a repository, for a goal the
 * person picks (or `args.goal`). Returns the message now in the box, or undefined when
 * nothing was done.
 */
export async function addGoalTrailer(store: GoalsStore, arg: unknown): Promise<string | undefined> {
  const args = (typeof arg === 'object' && arg !== null && !(arg instanceof vscode.Uri) ? arg : {}) as TrailerArgs;
  const api = await gitApi();
  if (!api || api.repositories.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Add Goal Trailer needs a git repository open in VS Code’s Source Control.'));
    return undefined;
  }
  const repo = await pickRepository(api.repositories, args.repository);
  if (!repo?.inputBox) {
    if (args.repository !== undefined) void vscode.window.showWarningMessage(vscode.l10n.t('No repository open in Source Control is {0}.', String(args.repository)));
    return undefined;
  }
  const state = await pickFolder(store, args.folder ?? repo.rootUri, vscode.l10n.t('Which plan’s goals?'), vscode.l10n.t('There is no goals file to pick a goal from yet.'));
  if (!state) return undefined;
  const goals = state.analysis.parse.model.goals;
  let id = typeof args.goal === 'string' ? args.goal : undefined;
  if (id !== undefined && !goals.some((g) => g.id === id)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('There is no goal “{0}” in {1}.', id, displayPath(state.uri)));
    return undefined;
  }
  if (id === undefined) {
    const items = goals
      .filter((g) => g.status === 'active')
      .concat(goals.filter((g) => g.status !== 'active'))
      .map((g) => ({ label: g.title, description: `${g.id}${g.status === 'active' ? '' : ` · ${statusWord(g.status)}`}`, id: g.id }));
    const pick = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Which goal does this commit serve?'), matchOnDescription: true });
    if (!pick) return undefined;
    id = pick.id;
  }
  const value = withGoalTrailer(repo.inputBox.value, id);
  repo.inputBox.value = value;
  // Where the person types the message next.
  await vscode.commands.executeCommand('workbench.view.scm');
  return value;
}

/** What Open Commit is given: a commit of the evidence. */
interface CommitArgs {
  repo?: unknown;
  hash?: unknown;
  url?: unknown;
}

/**
 * Opens a commit: its changes through the Git extension when its repository is open
 * there, else its web page when it has one. Returns how it was opened.
 */
export async function openCommit(arg: unknown): Promise<'changes' | 'page' | undefined> {
  const a = (typeof arg === 'object' && arg !== null ? arg : {}) as CommitArgs;
  const hash = typeof a.hash === 'string' && HASH.test(a.hash) ? a.hash : undefined;
  if (!hash) return undefined;
  const url = typeof a.url === 'string' && COMMIT_PAGE.test(a.url) ? a.url : undefined;
  const api = await gitApi();
  const repo = api?.repositories.find((r) => displayPath(r.rootUri) === a.repo);
  if (api && repo?.getCommit && repo.diffBetween && api.toGitUri) {
    try {
      const commit = await repo.getCommit(hash);
      // Changes against the first parent; a repository's first commit has none to compare with.
      const parent = commit.parents?.[0];
      if (!parent) throw new Error('a first commit');
      const changes = await repo.diffBetween(parent, hash);
      const toGit = api.toGitUri.bind(api);
      const subject = (commit.message ?? '').split('\n', 1)[0] ?? '';
      await vscode.commands.executeCommand('vscode.changes', `${hash.slice(0, 7)} - ${subject}`, changes.map((c) => [c.uri, toGit(c.originalUri, parent), toGit(c.uri, hash)]));
      return 'changes';
    } catch {
      // Fall through to the web page.
    }
  }
  if (url) {
    await vscode.env.openExternal(vscode.Uri.parse(url, true));
    return 'page';
  }
  void vscode.window.showInformationMessage(
    typeof a.repo === 'string'
      ? vscode.l10n.t('Commit {0} in {1}: its repository is not open in Source Control, and it has no web page.', hash.slice(0, 12), a.repo)
      : vscode.l10n.t('Commit {0}: its repository is not open in Source Control, and it has no web page.', hash.slice(0, 12)),
  );
  return undefined;
}
