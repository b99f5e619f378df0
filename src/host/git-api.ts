/**
 * The part of VS Code's built-in Git extension's API (`vscode.git`, version 1,
 * extensions/git/src/api/git.d.ts) this extension uses, and the API once it is ready.
 * Git is only ever read, and only through this API: never by running git ourselves, so
 * it works wherever that extension does and stays out of the way where it doesn't (the
 * web, an untrusted workspace, the Git extension disabled).
 */
import * as vscode from 'vscode';

/** A commit as the API's `log` lists it. */
export interface GitCommit {
  readonly hash: string;
  readonly message?: string;
  readonly parents?: readonly string[];
  readonly authorDate?: Date;
  readonly authorEmail?: string;
  readonly commitDate?: Date;
}

/** A ref; `type` 0 is a local branch. */
interface GitRef {
  readonly type: number;
  readonly name?: string;
  readonly commit?: string;
}

/** What `diffBetween` reports per file. */
interface GitChange {
  readonly uri: vscode.Uri;
  readonly originalUri: vscode.Uri;
}

/** One repository. */
export interface GitRepository {
  readonly rootUri: vscode.Uri;
  readonly inputBox?: { value: string };
  readonly state: {
    readonly HEAD?: { readonly commit?: string; readonly name?: string };
    readonly remotes?: readonly { readonly name: string; readonly fetchUrl?: string; readonly pushUrl?: string }[];
    readonly refs?: readonly GitRef[];
    readonly onDidChange?: vscode.Event<void>;
  };
  log(options?: { maxEntries?: number; path?: string; range?: string; refNames?: string[] }): Promise<GitCommit[]>;
  show(ref: string, path: string): Promise<string>;
  /** The bytes of `path` at `ref` (a Node Buffer), undecoded. */
  buffer?(ref: string, path: string): Promise<Uint8Array>;
  getConfig?(key: string): Promise<string>;
  getGlobalConfig?(key: string): Promise<string>;
  getRefs?(query: { pattern?: string | string[] }): Promise<GitRef[]>;
  getCommit?(ref: string): Promise<GitCommit>;
  getMergeBase?(ref1: string, ref2: string): Promise<string | undefined>;
  diffBetween?(ref1: string, ref2: string): Promise<GitChange[]>;
}

/** The API. */
export interface GitApi {
  readonly state: 'uninitialized' | 'initialized';
  readonly onDidChangeState?: vscode.Event<'uninitialized' | 'initialized'>;
  readonly repositories: readonly GitRepository[];
  readonly onDidOpenRepository?: vscode.Event<GitRepository>;
  readonly onDidCloseRepository?: vscode.Event<GitRepository>;
  getRepository(uri: vscode.Uri): GitRepository | null;
  openRepository?(root: vscode.Uri): Promise<GitRepository | null>;
  toGitUri?(uri: vscode.Uri, ref: string): vscode.Uri;
}

interface GitExtension {
  readonly enabled: boolean;
  getAPI(version: 1): GitApi;
}

/**
 * The Git extension's API whether or not it has finished starting (for its events), or
 * undefined without it.
 */
export async function gitApiStarting(): Promise<GitApi | undefined> {
  const ext = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!ext) return undefined;
  const exports = ext.isActive ? ext.exports : await ext.activate();
  if (!exports?.enabled) return undefined;
  try {
    return exports.getAPI(1);
  } catch {
    return undefined;
  }
}

/** The Git extension's API once it is ready, or undefined without it. */
export async function gitApi(): Promise<GitApi | undefined> {
  const ext = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!ext) return undefined;
  const exports = ext.isActive ? ext.exports : await ext.activate();
  if (!exports?.enabled) return undefined;
  let api: GitApi;
  try {
    api = exports.getAPI(1);
  } catch {
    // "Git model not found": the extension is enabled but has no model (git missing, or still starting).
    return undefined;
  }
  // Not waited for: until the Git extension has scanned the workspace, there are no
  // commits to read, and the next read (every change asks again) has them.
  return api.state === 'initialized' ? api : undefined;
}
