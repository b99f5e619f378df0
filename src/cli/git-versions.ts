/**
 * The commit points of `career-goals history --git`: the goals file's committed
 * versions over its whole life, one per day (the day's last commit), as the extension's
 * history has them. Two git processes whatever the history's length: one `git log` of
 * the file, and one `git cat-file --batch` that streams every chosen version.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import type { HistoryPoint } from '../core/history';
import type { IsoDate } from '../core/model';
import { VersionReader } from '../core/history/version-point';
import { dayOf, dayToIso } from '../core/time/dates';
import { IoError } from './errors';
import { git, repoInfo } from './git';

/** A commit of the file: its hash and its committer date. */
interface FileCommit {
  hash: string;
  when: Date;
  day: IsoDate;
}

/** Reads the blobs `git cat-file --batch` printed, in the order asked; undefined for one that is missing. */
function readBatch(out: Buffer, count: number): (Buffer | undefined)[] {
  const blobs: (Buffer | undefined)[] = [];
  let at = 0;
  for (let i = 0; i < count && at < out.length; i++) {
    const eol = out.indexOf(0x0a, at);
    if (eol < 0) break;
    const header = out.subarray(at, eol).toString('utf8');
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) {
      // `<object> missing` (the file did not exist at that commit) or ambiguous: nothing to read.
      blobs.push(undefined);
      at = eol + 1;
      continue;
    }
    const size = Number(m[2]);
    blobs.push(m[1] === 'blob' ? out.subarray(eol + 1, eol + 1 + size) : undefined);
    at = eol + 1 + size + 1;
  }
  return blobs;
}

/**
 * The points of `file`'s committed versions, oldest first; `counts` says which days'
 * points the history keeps (not a review's day, not today), and only those versions
 * are read. Throws an IoError when the file is not in a git repository; notes on
 * `warn` what hides history (no commits yet, a shallow clone).
 */
export function gitPointsOf(file: string, counts: (day: IsoDate) => boolean, warn: (line: string) => void): HistoryPoint[] {
  const dir = path.dirname(path.resolve(file));
  let info;
  try {
    info = repoInfo(dir);
  } catch (e) {
    if (e instanceof IoError) throw new IoError(l10n.t('{0} is not in a git repository, so --git has no commits to read', file));
    throw e;
  }
  if (info.empty) {
    warn(l10n.t('{0}: the repository has no commits yet.', info.top));
    return [];
  }
  if (info.shallow) warn(l10n.t("{0}: a shallow clone; the goals file's commits older than its depth are not seen.", info.top));
  const rel = path
    .relative(fs.realpathSync(info.top), fs.realpathSync(path.resolve(file)))
    .split(path.sep)
    .join('/');
  if (rel.includes('\n')) throw new IoError(l10n.t('{0}: a path with a line break cannot be read from git', file));
  const log = git(info.top, ['log', '--no-textconv', '--no-ext-diff', '--no-color', '--no-show-signature', '--format=%H %cI', 'HEAD', '--', rel]);
  if (log.status !== 0) throw new IoError(l10n.t('{0}: {1} failed: {2}', file, 'git log', log.stderr.trim().split('\n')[0] ?? ''));
  const lastOfDay = new Map<IsoDate, FileCommit>();
  for (const line of log.stdout.toString('utf8').split('\n')) {
    const [hash, iso] = line.split(' ');
    if (!hash || !iso) continue;
    const when = new Date(iso);
    if (Number.isNaN(when.getTime())) continue;
    const day = dayToIso(dayOf(when));
    // Newest first: the first commit seen of a day is its last.
    if (!lastOfDay.has(day) && counts(day)) lastOfDay.set(day, { hash, when, day });
  }
  const chosen = [...lastOfDay.values()].reverse();
  if (chosen.length === 0) return [];
  const batch = git(info.top, ['cat-file', '--batch'], chosen.map((c) => `${c.hash}:${rel}\n`).join(''));
  if (batch.status !== 0) throw new IoError(l10n.t('{0}: {1} failed: {2}', file, 'git cat-file', batch.stderr.trim().split('\n')[0] ?? ''));
  const blobs = readBatch(batch.stdout, chosen.length);
  const reader = new VersionReader();
  const decoder = new TextDecoder('utf-8');
  return chosen.flatMap((c, i) => {
    const blob = blobs[i];
    return blob ? [reader.point(decoder.decode(blob), c.when, c.day, c.hash)] : [];
  });
}
