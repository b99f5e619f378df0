/**
 * Running git from the command line, read-only and with nothing of a repository's
 * configuration able to run a program: no pager, no fsmonitor hook, no textconv or
 * external diff (`log` needs no diff anyway), no signature checks (gpg). The terminal is
 * the person's own choice, so here, unlike in VS Code, git is run directly.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { clip } from '../core/text/clip';
import { IoError } from './errors';

/** Configuration that would run a program or change what `log` prints, turned off for every call. */
const SAFE_CONFIG = ['-c', 'core.fsmonitor=false', '-c', 'log.showSignature=false', '-c', 'core.pager=cat', '-c', 'log.decorate=false'];

/** A repository's output can be large (a quarter of a busy repository's messages): up to this many bytes. */
const MAX_OUTPUT = 1 << 30;

/** What a git call gave back. */
interface GitResult {
  status: number | null;
  stdout: Buffer;
  stderr: string;
}

/**
 * Runs `git -C dir args…` and returns what it printed. Variables that would point git
 * at another repository than `dir` (set when the CLI runs from a git hook) are dropped.
 */
export function git(dir: string, args: readonly string[], input?: string | Buffer): GitResult {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_PAGER: 'cat', PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
  for (const v of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_COMMON_DIR', 'GIT_OBJECT_DIRECTORY', 'GIT_EXTERNAL_DIFF']) delete env[v];
  const r = spawnSync('git', ['--no-pager', ...SAFE_CONFIG, '-C', dir, ...args], { env, input, maxBuffer: MAX_OUTPUT, windowsHide: true });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    throw new IoError(code === 'ENOENT' ? l10n.t('git was not found on PATH: install git to read commits') : l10n.t('git could not run in {0}: {1}', dir, r.error.message));
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

/** The first line of git's complaint, for a message. */
function firstLine(stderr: string): string {
  return clip(stderr.trim().split('\n')[0] ?? '');
}

/** A repository as the command line reads it. */
export interface RepoInfo {
  /** Its top folder (absolute), or its git folder when it is bare. */
  top: string;
  shallow: boolean;
  /** HEAD points at a commit, not a branch. */
  detached: boolean;
  /** HEAD has no commit yet (a new repository). */
  empty: boolean;
}

/**
 * What `dir` is, or an IoError naming it when it is not a git repository. One
 * `rev-parse` and one `symbolic-ref`.
 */
export function repoInfo(dir: string): RepoInfo {
  const r = git(dir, ['rev-parse', '--is-bare-repository', '--absolute-git-dir', '--is-shallow-repository', '--show-toplevel']);
  const lines = r.stdout.toString('utf8').split('\n');
  if (r.status !== 0 || lines.length < 3) {
    const why = firstLine(r.stderr);
    throw new IoError(why ? l10n.t('{0} is not a git repository ({1})', dir, why) : l10n.t('{0} is not a git repository', dir));
  }
  const bare = lines[0] === 'true';
  const top = bare ? (lines[1] ?? dir) : lines[3] || path.resolve(dir);
  const head = git(dir, ['rev-parse', '-q', '--verify', 'HEAD^{commit}']);
  const symbolic = git(dir, ['symbolic-ref', '-q', 'HEAD']);
  return { top, shallow: lines[2] === 'true', detached: symbolic.status !== 0, empty: head.status !== 0 };
}

/** A local configuration value of `dir`'s repository (its own and the person's global ones), or undefined. */
export function gitConfig(dir: string, key: string): string | undefined {
  const r = git(dir, ['config', '--get', key]);
  const value = r.stdout.toString('utf8').trim();
  return r.status === 0 && value !== '' ? value : undefined;
}
