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
const JOURNAL_DIAGNOSTIC_SOURCE = 'Career Goals';
/** Stable code of a journal entry whose front matter can't be read. */
const JOURNAL_DIAGNOSTIC_CODE = 'journal/malformed';

/** A parsed entry as last read, by file URI: re-read only when its `stat` fingerprint changes. */
interface CachedEntry {
  sig: string;
  parsed: ReturnType<typeof parseJournalEntry> | { readError: string };
}
/** Bounds the cache when journal folders come and go: past this, it starts again. */
const MAX_CACHED = 20_000;

/** A journal as read: its records, and the fingerprint of what was read (see `journalSignature`). */
export interface JournalRead {
  records: JournalRecord[];
  /** Equal to `journalSignature` of the folder as it was read: every stat was taken before its file was read. */
  signature: string;
}

/**
 * The journals of the workspace as read: each entry parsed once per `stat` fingerprint,
 * and the warnings on entries that can't be read. The store creates one and disposes it.
 */
export class JournalIndex {
  private collection: vscode.DiagnosticCollection | undefined;
  /** Files we reported, per journal folder, so fixed or deleted files lose their diagnostic. */
  private readonly reported = new Map<string, vscode.Uri[]>();
  /** Journal folders in use, as last told by `keepDiagnostics` (undefined before: all are). */
  private inUse: Set<string> | undefined;
  private readonly cache = new Map<string, CachedEntry>();

  /**
   * Reads the journal entries in `<folder>/<journalFolder>/*.md`, oldest first, each
   * with its front matter and folder-relative path. A missing folder is an empty
   * journal. Entries are cached by their `stat` fingerprint (type, mtime, size), so a
   * second read stats every file but reads and parses only the ones that changed; those
   * stats also make the signature, so the store needn't stat every entry again.
   */
  async read(folder: vscode.Uri, journalFolder: string): Promise<JournalRead> {
    const dir = journalDir(folder, journalFolder);
    if (!dir) return { records: [], signature: 'none' };
    const key = dir.toString();
    const segments = journalSegments(journalFolder);
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      this.report(key, []);
      return { records: [], signature: 'missing' };
    }
    if (this.cache.size > MAX_CACHED) this.cache.clear();
    const records: JournalRecord[] = [];
    const problems: [vscode.Uri, vscode.Diagnostic[]][] = [];
    const names = entries.filter(([name, type]) => isJournalEntryName(name, type)).map(([name]) => name).sort();
    const sigs = new Map<string, string>();
    await Promise.all(
      names.map(async (name) => {
        const uri = vscode.Uri.joinPath(dir, name);
        const { sig, parsed: read } = await this.readEntry(uri);
        sigs.set(name, sig);
        if ('readError' in read) problems.push([uri, [diagnostic(0, vscode.l10n.t("Couldn't read this journal entry: {0}", read.readError))]]);
        else if (read.ok) records.push({ entry: read.entry, path: [...segments, name].join('/') });
        else problems.push([uri, [diagnostic(read.line, vscode.l10n.t('{0} This file is skipped when working out which review is due.', read.error))]]);
      }),
    );
    const sorted = records.sort(byEntryDate);
    this.report(key, problems);
    return { records: sorted, signature: names.map((name) => `${name}=${sigs.get(name) ?? 'missing'}`).join('\n') };
  }

  /**
   * Clears the warnings of every journal folder not in `dirs` (a workspace folder was
   * removed, or `careerGoals.journalFolder` now points elsewhere): nothing reads those
   * files any more, so nothing would ever clear them.
   */
  keepDiagnostics(dirs: readonly vscode.Uri[]): void {
    const keep = new Set(dirs.map((d) => d.toString()));
    this.inUse = keep;
    for (const [key, uris] of this.reported) {
      if (keep.has(key)) continue;
      for (const uri of uris) this.collection?.delete(uri);
      this.reported.delete(key);
    }
  }

  /** Disposes the diagnostic collection and forgets what was read (on deactivation). */
  dispose(): void {
    this.collection?.dispose();
    this.collection = undefined;
    this.reported.clear();
    this.cache.clear();
    this.inUse = undefined;
  }

  /** The journal's diagnostic collection, created on first use. */
  private diagnostics(): vscode.DiagnosticCollection {
    this.collection ??= vscode.languages.createDiagnosticCollection('careerGoals.journal');
    return this.collection;
  }

  /** Replaces the warnings of the journal folder `key` with `problems`. */
  private report(key: string, problems: readonly [vscode.Uri, vscode.Diagnostic[]][]): void {
    // A read that was under way when its folder stopped being the journal must not bring
    // back warnings that were just cleared: nothing would ever clear them again.
    if (this.inUse && !this.inUse.has(key)) return;
    const diagnostics = this.diagnostics();
    for (const uri of this.reported.get(key) ?? []) diagnostics.delete(uri);
    for (const [uri, list] of problems) diagnostics.set(uri, list);
    this.reported.set(
      key,
      problems.map(([uri]) => uri),
    );
  }

  /** One entry, from the cache when its fingerprint is unchanged, with that fingerprint. */
  private async readEntry(uri: vscode.Uri): Promise<{ sig: string; parsed: CachedEntry['parsed'] }> {
    const key = uri.toString();
    const sig = await fileSignature(uri);
    const hit = this.cache.get(key);
    if (hit && hit.sig === sig && sig !== 'missing') return { sig, parsed: hit.parsed };
    let parsed: CachedEntry['parsed'];
    try {
      parsed = parseJournalEntry(new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)));
    } catch (e) {
      parsed = { readError: e instanceof Error ? e.message : String(e) };
    }
    // A failed read may be passing (a file being written); only what was read is kept.
    if (!('readError' in parsed)) this.cache.set(key, { sig, parsed });
    return { sig, parsed };
  }
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
