/**
 * The records of the command line's `git log` stream (the format is {@link LOG_FORMAT}):
 * one per commit, started by a record separator, its fields split by unit separators.
 * A message may itself hold those control characters (git stores what it is given), so
 * a piece that does not start with a hash and a date belongs to the message before it.
 */
import { dayOf, dayToIso } from '../time/dates';
import type { LoggedCommit } from './index';
import { goalIdsOf } from './trailers';

/** `git log --format` of the stream: RS, then hash, author date (strict ISO 8601), author e-mail and the raw message, split by US. */
export const LOG_FORMAT = '%x1e%H%x1f%aI%x1f%ae%x1f%B';

const RECORD = '\x1e';
// eslint-disable-next-line no-control-regex -- the unit separator is the stream's field separator
const HEAD = /^([0-9a-f]{40}(?:[0-9a-f]{24})?)\x1f([^\x1f]*)\x1f([^\x1f]*)\x1f/;

/** The record separator's byte, for splitting the stream's bytes before they are decoded. */
export const RECORD_BYTE = 0x1e;

/** The local day of a git ISO 8601 date, or undefined when it is not one. */
function localDay(iso: string): string | undefined {
  const when = new Date(iso);
  return Number.isNaN(when.getTime()) ? undefined : dayToIso(dayOf(when));
}

/**
 * Reads decoded pieces of the stream (split at the record separator, in order) into
 * commits, joining a piece that is not a record's start to the message before it. Each
 * commit's `Goal:` ids are read once, here.
 */
export function readLogRecords(pieces: Iterable<string>): LoggedCommit[] {
  const out: LoggedCommit[] = [];
  let first = true;
  for (const piece of pieces) {
    if (first) {
      first = false;
      // Before the first separator there is nothing (the format starts with one).
      if (piece === '') continue;
    }
    const m = HEAD.exec(piece);
    const day = m ? localDay(m[2] ?? '') : undefined;
    if (!m || day === undefined) {
      const last = out[out.length - 1];
      if (last) last.message += RECORD + piece.replace(/\n$/, '');
      continue;
    }
    // git ends each record's %B with a newline of its own.
    out.push({ hash: m[1] ?? '', date: day, authorEmail: m[3] ?? '', message: piece.slice(m[0].length).replace(/\n$/, '') });
  }
  for (const c of out) c.goalIds = goalIdsOf(c.message);
  return out;
}
