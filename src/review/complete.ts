/**
 * Completing a review: apply the draft's ops to goals.yaml through the store, then
 * write the journal entry, as one store batch (the folder is analysed once, at the
 * end). Returns what to tell the webview; never throws for expected problems
 * (refused writes, conflicts, an unwritable journal folder).
 */
import * as vscode from 'vscode';
import { titleOf } from '../shared/session-lookup';
import type { FolderState, GoalsStore } from '../host/types';
import { type HostMessage, type ReviewDraft, type ReviewSession } from '../shared/protocol';
import { describeOp, draftToOps } from '../shared/ops';
import type { SummaryOutcome } from '../shared/summary';
import { journalText, writeJournalEntry } from './journal-writer';

type CompletedMessage = Extract<HostMessage, { type: 'completed' }>;

/** The reply to a `complete` or `saveJournalOnly`: an error, or the `completed` message (and maybe a journal error). */
export type CompletionReply =
  /** Nothing was written; the draft must stay. */
  | { ok: false; error: string }
  /** goals.yaml was handled; `journalError` says the entry couldn't be written (answers then live only in the draft). */
  | { ok: true; message: CompletedMessage; journalError?: string };

const sentence = (s: string) => s.replace(/[\s.]*$/, '.');

/**
 * Applies `draft` (unless `journalOnly`) against the file's current text and writes
 * the journal entry. Conflicting ops are reported in `failed`, not retried. The store
 * holds the folder's refreshes meanwhile and brings it up to date once afterwards.
 */
export function completeReview(
  store: GoalsStore,
  state: FolderState | undefined,
  session: ReviewSession,
  draft: ReviewDraft,
  journalOnly: boolean,
): Promise<CompletionReply> {
  return store.batch(vscode.Uri.parse(session.folderUri), () => writeReview(store, state, session, draft, journalOnly));
}

async function writeReview(...[store, state, session, draft, journalOnly]: Parameters<typeof completeReview>): Promise<CompletionReply> {
  const title = titleOf(session);
  let outcome: SummaryOutcome = { applied: [], failed: [], journalOnly };
  if (!journalOnly) {
    if (!session.canWrite || !state) return { ok: false, error: vscode.l10n.t('{0} Nothing was written.', sentence(session.problem ?? vscode.l10n.t('goals.yaml can’t be changed now'))) };
    const ops = draftToOps(session, draft);
    if (ops.length) {
      const written = await store.write(state.uri, ops);
      if (written.error && written.applied.length === 0) {
        return { ok: false, error: vscode.l10n.t('{0} Nothing was written; your answers are kept. Copy the summary or save the review as a journal entry only.', sentence(written.error)) };
      }
      outcome = {
        applied: written.applied.map((op) => describeOp(op, title)),
        failed: written.failed.map((f) => ({ change: describeOp(f.op, title), reason: f.reason })),
        journalOnly: false,
      };
    }
  }
  let journalPath = '';
  let journalError: string | undefined;
  try {
    journalPath = (await writeJournalEntry(vscode.Uri.parse(session.folderUri), session, journalText(session, draft, outcome))).relativePath;
  } catch (e) {
    journalError = vscode.l10n.t('{0} Copy the summary to keep your answers.', sentence(e instanceof Error ? e.message : String(e)));
  }
  return { ok: true, message: { type: 'completed', journalPath, applied: outcome.applied, failed: outcome.failed, journalOnly }, ...(journalError && { journalError }) };
}
