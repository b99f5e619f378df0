/**
 * The review history: completed reviews read back from the journal folder. The
 * cadence (which review is due) follows it, so the person's journal is the single
 * source of truth. Malformed entries get a diagnostic on the .md file and are
 * skipped; reading never throws.
 */
import * as vscode from 'vscode';
import { parseJournalEntry } from '../core/history/journal';
import { byEntryDate, type JournalRecord } from '../core/history';
import type { ReportJournalEntry } from '../core/reports/journal-body';
import { fileSignature, isJournalEntryName } from './file-signature';
import { journalDir, journalSegments } from './journal-path';

/** Source shown on journal diagnostics. */
export const JOURNAL_DIAGNOSTIC_SOURCE = 'Career Goals';
/** Stable code of a journal entry whose front matter can't be read. */
export const JOURNAL_DIAGNOSTIC_CODE = 'journal/malformed';

let collection: vscode.DiagnosticCollection | undefined;
/** Files we reported, per journal folder, so fixed or deleted files lose their diagnostic. */
const reported = new Map<string, vscode.Uri[]>();
/** Journal folders in use, as last told by `keepJournalDiagnostics` (undefined before: all are). */
let inUse: Set<string> | undefined;

/** The journal's diagnostic collection, created on first use; `registerReviews` disposes it. */
export function journalDiagnostics(): vscode.DiagnosticCollection {
  collection ??= vscode.languages.createDiagnosticCollection('careerGoals.journal');
  return collection;
}

/** Disposes the collection (on deactivation). */
export function disposeJournalDiagnostics(): void {
  collection?.dispose();
  collection = undefined;
  reported.clear();
  cache.clear();
  inUse = undefined;
}

/**
 * Clears the warnings of every journal folder not in `dirs` (a workspace folder was
 * removed, or `careerGoals.journalFolder` now points elsewhere): nothing reads those
 * files any more, so nothing would ever clear them.
 */
export function keepJournalDiagnostics(dirs: readonly vscode.Uri[]): void {
  const keep = new Set(dirs.map((d) => d.toString()));
  inUse = keep;
  for (const [key, uris] of reported) {
    if (keep.has(key)) continue;
    for (const uri of uris) collection?.delete(uri);
    reported.delete(key);
  }
}

/** A parsed entry as last read, by file URI: re-read only when its `stat` fingerprint changes. */
interface CachedEntry {
  sig: string;
  parsed: ReturnType<typeof parseJournalEntry> | { readError: string };
}
const cache = new Map<string, CachedEntry>();
/** Bounds the cache when journal folders come and go: past this, it starts again. */
const MAX_CACHED = 20_000;

/** A journal as read: its records, and the fingerprint of what was read (see `journalSignature`). */
export interface JournalRead {
  records: JournalRecord[];
  /** Equal to `journalSignature` of the folder as it was read: every stat was taken before its file was read. */
  signature: string;
}

/**
 * Reads the journal entries in `<folder>/<journalFolder>/*.md`, oldest first, each
 * with its front matter and folder-relative path. A missing folder is an empty
 * journal. Entries are cached by their `stat` fingerprint (type, mtime, size), so a
 * second read stats every file but reads and parses only the ones that changed; those
 * stats also make the signature, so the store needn't stat every entry again.
 */
export async function readJournal(folder: vscode.Uri, journalFolder: string): Promise<JournalRead> {
  const dir = journalDir(folder, journalFolder);
  if (!dir) return { records: [], signature: 'none' };
  const key = dir.toString();
  const segments = journalSegments(journalFolder);
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(dir);
  } catch {
    keepDiagnostics(key, []);
    return { records: [], signature: 'missing' };
  }
  if (cache.size > MAX_CACHED) cache.clear();
  const records: JournalRecord[] = [];
  const problems: [vscode.Uri, vscode.Diagnostic[]][] = [];
  const names = entries.filter(([name, type]) => isJournalEntryName(name, type)).map(([name]) => name).sort();
  const sigs = new Map<string, string>();
  await Promise.all(
    names.map(async (name) => {
      const uri = vscode.Uri.joinPath(dir, name);
      const { sig, parsed: read } = await readEntry(uri);
      sigs.set(name, sig);
      if ('readError' in read) problems.push([uri, [diagnostic(0, `Couldn't read this journal entry: ${read.readError}`)]]);
      else if (read.ok) records.push({ entry: read.entry, path: [...segments, name].join('/') });
      else problems.push([uri, [diagnostic(read.line, `${read.error} This file is skipped when working out which review is due.`)]]);
    }),
  );
  const sorted = records.sort(byEntryDate);
  keepDiagnostics(key, problems);
  return { records: sorted, signature: names.map((name) => `${name}=${sigs.get(name) ?? 'missing'}`).join('\n') };
}

/** Replaces the warnings of the journal folder `key` with `problems`. */
function keepDiagnostics(key: string, problems: readonly [vscode.Uri, vscode.Diagnostic[]][]): void {
  // A read that was under way when its folder stopped being the journal must not bring
  // back warnings that were just cleared: nothing would ever clear them again.
  if (inUse && !inUse.has(key)) return;
  const diagnostics = journalDiagnostics();
  for (const uri of reported.get(key) ?? []) diagnostics.delete(uri);
  for (const [uri, list] of problems) diagnostics.set(uri, list);
  reported.set(
    key,
    problems.map(([uri]) => uri),
  );
}

/** One entry, from the cache when its fingerprint is unchanged, with that fingerprint. */
async function readEntry(uri: vscode.Uri): Promise<{ sig: string; parsed: CachedEntry['parsed'] }> {
  const key = uri.toString();
  const sig = await fileSignature(uri);
  const hit = cache.get(key);
  if (hit && hit.sig === sig && sig !== 'missing') return { sig, parsed: hit.parsed };
  let parsed: CachedEntry['parsed'];
  try {
    parsed = parseJournalEntry(new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)));
  } catch (e) {
    parsed = { readError: e instanceof Error ? e.message : String(e) };
  }
  // A failed read may be passing (a file being written); only what was read is kept.
  if (!('readError' in parsed)) cache.set(key, { sig, parsed });
  return { sig, parsed };
}

function diagnostic(line: number, message: string): vscode.Diagnostic {
  const d = new vscode.Diagnostic(new vscode.Range(line, 0, line, 1000), message, vscode.DiagnosticSeverity.Warning);
  d.source = JOURNAL_DIAGNOSTIC_SOURCE;
  d.code = JOURNAL_DIAGNOSTIC_CODE;
  return d;
}

/**
 * The journal's records with each entry's full text, for reports, which read the
 * decisions and focus a review wrote (the store keeps only the front matter). An
 * entry that can no longer be read keeps its record without text.
 */
export async function withJournalText(folder: vscode.Uri, records: readonly JournalRecord[]): Promise<ReportJournalEntry[]> {
  return Promise.all(
    records.map(async (record): Promise<ReportJournalEntry> => {
      try {
        const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, ...record.path.split('/')));
        return { ...record, text: new TextDecoder('utf-8').decode(bytes) };
      } catch {
        return { ...record };
      }
    }),
  );
}
