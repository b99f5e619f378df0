import type * as vscode from 'vscode';
import type { ReviewRecord } from '../core/model';

/**
 * Reads completed reviews from `<folder>/<journalFolder>/*.md`. Malformed journal
 * files are reported as diagnostics and skipped. Placeholder until the reviews issue.
 */
export async function readReviewHistory(_folder: vscode.Uri, _journalFolder: string): Promise<ReviewRecord[]> {
  return [];
}
