/**
 * Reading the plan and the journal from disk, as the extension does through VS Code's
 * file system: UTF-8 with the BOM dropped (as VS Code's documents do, so offsets and
 * columns match the Problems panel), and the `*.md` files directly inside the journal
 * folder, each parsed with the core's `parseJournalEntry`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { analyze } from '../core/analyze';
import { byEntryDate, reviewsOf } from '../core/history';
import { isJournalEntryFile, parseJournalEntry } from '../core/history/journal';
import type { ReportJournalEntry } from '../core/reports/journal-body';
import type { Analysis } from '../core/types';
import { IoError, ioMessage } from './errors';
import { firstInvalidUtf8, invalidUtf8Message, type InvalidUtf8 } from '../core/text/utf8';
import type { CommonOptions } from './options';

/** A file's text, and where its bytes stop being UTF-8 when they do. */
export interface FileText {
  /** The text, each byte that is not UTF-8 read as U+FFFD (so the rest can still be checked). */
  text: string;
  /** The first byte that is not UTF-8; the caller must not report or write the text as if it were whole. */
  invalid?: InvalidUtf8;
}

/**
 * Reads a file as UTF-8 (a BOM dropped), or throws an IoError saying what is wrong with
 * the path: missing, a folder, a symbolic link loop, or not a regular file at all (a
 * FIFO or a device, which would block or never end).
 */
export function readFileText(file: string): FileText {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (!stat.isFile()) throw new IoError(l10n.t('{0}: not a regular file (a pipe, socket or device); give a file', file));
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw e instanceof IoError ? e : new IoError(ioMessage(file, e));
  }
  const invalid = firstInvalidUtf8(bytes);
  return { text: new TextDecoder('utf-8').decode(bytes), ...(invalid && { invalid }) };
}

/** Reads a text file, or throws an IoError saying what is wrong with it. */
export function readText(file: string): string {
  return readFileText(file).text;
}

/**
 * A journal as read: its entries (oldest first) and the files that were skipped, with why.
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export interface JournalRead {
  entries: ReportJournalEntry[];
  skipped: string[];
}

/**
 * Reads the journal folder. A missing default folder is an empty journal, as in VS
 * Code; a folder named with --journal must exist. Entries' paths are relative to the
 * plan's folder, with forward slashes, like the extension's.
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export function readJournal(opts: CommonOptions): JournalRead {
  const dir = opts.journal.dir;
  let names: string[];
  try {
    names = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() && isJournalEntryFile(e.name))
      .map((e) => e.name)
      .sort();
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? e.code : undefined;
    if (!opts.journal.explicit && code === 'ENOENT') return { entries: [], skipped: [] };
    throw new IoError(ioMessage(l10n.t('journal folder {0}', dir), e));
  }
  const base = path.dirname(path.resolve(opts.file));
  const entries: ReportJournalEntry[] = [];
  const skipped: string[] = [];
  for (const name of names) {
    const full = path.join(dir, name);
    const rel = path.relative(base, path.resolve(full)).split(path.sep).join('/');
    let text: string;
    try {
      text = readText(full);
    } catch (e) {
      skipped.push(l10n.t('{0}: skipped ({1})', full, e instanceof Error ? e.message : String(e)));
      continue;
    }
    const parsed = parseJournalEntry(text);
    if (parsed.ok) entries.push({ entry: parsed.entry, path: rel, text });
    else skipped.push(`${full}:${parsed.line + 1}: ${l10n.t('skipped: {0}', parsed.error)}`);
  }
  entries.sort(byEntryDate);
  return { entries, skipped };
}

/** The plan and its journal, analysed on the chosen today. */
export interface LoadedPlan {
  text: string;
  /** The first byte of the plan that is not UTF-8, when there is one. */
  invalid?: InvalidUtf8;
  analysis: Analysis;
  journal: JournalRead;
}

/** `goals.yaml:2:21: This file is not valid UTF-8: …`, the line a command prints for bytes that are not UTF-8. */
export function invalidUtf8Line(file: string, invalid: InvalidUtf8): string {
  return `${file}:${invalid.line}:${invalid.column}: ${invalidUtf8Message(invalid)}`;
}

/**
 * Reads and analyses the plan with its journal; journal files that were skipped are
 * reported on `warn`. Bytes of the plan that are not UTF-8 are the caller's to report
 * (`invalid`): an export refuses the plan, `status` and `history` warn.
 */
export function loadPlan(opts: CommonOptions, warn: (line: string) => void): LoadedPlan {
  const { text, invalid } = readFileText(opts.file);
  const journal = readJournal(opts);
  for (const s of journal.skipped) warn(`career-goals: ${s}`);
  const analysis = analyze(text, opts.today, { maxActiveGoals: opts.maxActiveGoals, reviews: reviewsOf(journal.entries) });
  return { text, analysis, journal, ...(invalid && { invalid }) };
}
