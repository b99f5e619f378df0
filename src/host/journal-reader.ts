/**
 * The review history: completed reviews read back from the journal folder. The
 * cadence (which review is due) follows it, so the person's journal is the single
 * source of truth. Malformed entries get a diagnostic on the .md file and are
 * skipped; reading never throws.
 */
import * as vscode from 'vscode';
import { parseJournalEntry } from '../core/journal';
import type { ReviewRecord } from '../core/model';
import { isJournalEntryName } from './file-signature';
import { journalDir } from './journal-path';

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

/**
 * Reads completed reviews from `<folder>/<journalFolder>/*.md`. A missing folder is
 * an empty history.
 */
export async function readReviewHistory(folder: vscode.Uri, journalFolder: string): Promise<ReviewRecord[]> {
  const dir = journalDir(folder, journalFolder);
  if (!dir) return [];
  const key = dir.toString();
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(dir);
  } catch {
    entries = [];
  }
  const records: ReviewRecord[] = [];
  const problems: [vscode.Uri, vscode.Diagnostic[]][] = [];
  await Promise.all(
    entries
      .filter(([name, type]) => isJournalEntryName(name, type))
      .map(async ([name]) => {
        const uri = vscode.Uri.joinPath(dir, name);
        let text: string;
        try {
          text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
        } catch (e) {
          problems.push([uri, [diagnostic(0, `Couldn't read this journal entry: ${e instanceof Error ? e.message : String(e)}`)]]);
          return;
        }
        const parsed = parseJournalEntry(text);
        if (parsed.ok) records.push({ kind: parsed.entry.kind, date: parsed.entry.date });
        else problems.push([uri, [diagnostic(parsed.line, `${parsed.error} This file is skipped when working out which review is due.`)]]);
      }),
  );
  const sorted = records.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  // A read that was under way when its folder stopped being the journal must not bring
  // back warnings that were just cleared: nothing would ever clear them again.
  if (inUse && !inUse.has(key)) return sorted;
  const diagnostics = journalDiagnostics();
  for (const uri of reported.get(key) ?? []) diagnostics.delete(uri);
  for (const [uri, list] of problems) diagnostics.set(uri, list);
  reported.set(
    key,
    problems.map(([uri]) => uri),
  );
  return sorted;
}

function diagnostic(line: number, message: string): vscode.Diagnostic {
  const d = new vscode.Diagnostic(new vscode.Range(line, 0, line, 1000), message, vscode.DiagnosticSeverity.Warning);
  d.source = JOURNAL_DIAGNOSTIC_SOURCE;
  d.code = JOURNAL_DIAGNOSTIC_CODE;
  return d;
}
