/**
 * Writes a completed review to `<folder>/<journalFolder>/YYYY-MM-DD-<kind>.md`.
 * Never overwrites: a second review of the same kind on the same day gets `-2`, `-3`…
 */
import * as vscode from 'vscode';
import { exists } from '../host/fs';
import { journalDir, journalSegments } from '../host/journal-path';
import { percent } from '../core/words/percent';
import { journalFileName, renderJournalEntry } from '../core/history/journal';
import type { ReviewDraft, ReviewSession } from '../shared/protocol';
import { buildSummary, type SummaryOutcome } from '../shared/summary';

/** Gives up after this many same-day entries of one kind rather than probe forever. */
const MAX_ATTEMPTS = 100;

export interface JournalWritten {
  uri: vscode.Uri;
  /** Folder-relative path with forward slashes, e.g. `reviews/2026-11-21-weekly.md`. */
  relativePath: string;
}

/** The journal entry's Markdown for a session, draft and outcome. */
export function journalText(session: ReviewSession, draft: ReviewDraft, outcome: SummaryOutcome): string {
  const progress: Record<string, number> = {};
  const metrics: Record<string, number> = {};
  for (const g of session.goals) {
    if (g.status !== 'active' && g.status !== 'done') continue;
    progress[g.id] = percent(g.status === 'done' ? 1 : g.progress);
    // The value in its own unit, so the dashboard can chart pages per week, not only a percent.
    if (g.metric && Number.isFinite(g.metric.current)) metrics[g.id] = g.metric.current;
  }
  return renderJournalEntry({
    kind: session.kind,
    date: session.today,
    overall: percent(session.overall),
    progress,
    metrics,
    title: `${session.title} — ${session.today}`,
    extra: { folder: session.folderName },
    sections: buildSummary(session, draft, outcome),
  });
}

/**
 * Writes the entry and returns where. Throws only with a message fit for a person
 * (the folder can't be created, the disk is read-only…).
 */
export async function writeJournalEntry(folder: vscode.Uri, session: ReviewSession, text: string): Promise<JournalWritten> {
  const dir = journalDir(folder, session.journalFolder);
  if (!dir) throw new Error(vscode.l10n.t('The journal folder setting "{0}" points outside the workspace folder; set careerGoals.journalFolder to a folder inside it', session.journalFolder));
  const segments = journalSegments(session.journalFolder);
  try {
    await vscode.workspace.fs.createDirectory(dir);
  } catch (e) {
    throw new Error(vscode.l10n.t("Couldn't create the journal folder {0}: {1}", session.journalFolder, e instanceof Error ? e.message : String(e)));
  }
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const name = journalFileName(session.kind, session.today, attempt);
    const uri = vscode.Uri.joinPath(dir, name);
    if (await exists(uri)) continue;
    try {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    } catch (e) {
      throw new Error(vscode.l10n.t("Couldn't write the journal entry {0}: {1}", [...segments, name].join('/'), e instanceof Error ? e.message : String(e)));
    }
    return { uri, relativePath: [...segments, name].join('/') };
  }
  throw new Error(vscode.l10n.t('There are already {0} {1} journal entries for {2}; not writing another.', MAX_ATTEMPTS, session.kind, session.today));
}
