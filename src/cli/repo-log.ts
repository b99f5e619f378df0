/**
 * The person's commits of a period in the repositories named with `--repo`, read with
 * one `git log` per repository (all local branches and HEAD, so a commit on several
 * branches is listed once, and a detached HEAD's commits count too).
 */
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import type { RepositoryLog } from '../core/evidence';
import { commitLinksOf } from '../core/evidence/commit-links';
import { LOG_FORMAT, RECORD_BYTE, readLogRecords } from '../core/evidence/log-records';
import { isoToDay, dayToIso } from '../core/time/dates';
import { IoError } from './errors';
import { git, gitConfig, repoInfo } from './git';

/** Splits `bytes` at the record separator and decodes each piece; a piece that is not UTF-8 is decoded with replacement characters and named on `warn`. */
function* decodedPieces(bytes: Buffer, repo: string, warn: (line: string) => void): Generator<string> {
  const strict = new TextDecoder('utf-8', { fatal: true });
  const lossy = new TextDecoder('utf-8');
  let start = 0;
  for (;;) {
    const end = bytes.indexOf(RECORD_BYTE, start);
    const piece = bytes.subarray(start, end < 0 ? bytes.length : end);
    try {
      yield strict.decode(piece);
    } catch {
      const text = lossy.decode(piece);
      warn(l10n.t('{0}: commit {1}: its message is not UTF-8; shown with replacement characters (set i18n.commitEncoding when committing).', repo, text.slice(0, 12)));
      yield text;
    }
    if (end < 0) return;
    start = end + 1;
  }
}

/**
 * Reads `dir`'s commits committed since the day before `since` (a day of margin for time
 * zones; the evidence keeps the author days of its period). No upper bound: a commit
 * authored in the period may have been committed (rebased) long after it. Throws an IoError naming `dir` when it
 * is not a repository; notes on `warn` what may hide commits (no commits yet, a shallow
 * clone, a detached HEAD, no user.email).
 */
export function readRepo(dir: string, authors: readonly string[], since: string, warn: (line: string) => void): RepositoryLog {
  const info = repoInfo(dir);
  const repo = info.top;
  const name = path.resolve(dir);
  const own = authors.length > 0 ? [...authors] : [gitConfig(dir, 'user.email')].filter((a): a is string => a !== undefined);
  if (own.length === 0) warn(l10n.t('{0}: no user.email is set there and no --author was given, so none of its commits count as yours.', name));
  if (info.empty) {
    warn(l10n.t('{0}: the repository has no commits yet.', name));
    return { repo, commits: [], authors: own };
  }
  if (info.shallow) warn(l10n.t('{0}: a shallow clone; commits older than its depth are not seen.', name));
  if (info.detached) warn(l10n.t('{0}: HEAD is detached; its commits are read along with every local branch.', name));
  const from = dayToIso(isoToDay(since) - 1);
  const r = git(dir, ['log', '--no-textconv', '--no-ext-diff', '--no-color', '--no-show-signature', `--since=${from}T00:00:00`, `--format=${LOG_FORMAT}`, 'HEAD', '--branches', '--']);
  if (r.status !== 0) throw new IoError(l10n.t('{0}: {1} failed: {2}', name, 'git log', r.stderr.trim().split('\n')[0] ?? ''));
  const commits = readLogRecords(decodedPieces(r.stdout, name, warn));
  return { repo, links: commitLinksOf(gitConfig(dir, 'remote.origin.url')), commits, authors: own };
}
