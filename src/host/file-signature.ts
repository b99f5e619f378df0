/**
 * Cheap fingerprints of what the store has read, taken with `stat` alone. File events
 * are a hint, not the truth: VS Code can merge a create and a delete into nothing, and
 * network drives lose events. Comparing fingerprints lets the store notice a change no
 * event reported, without reading or parsing anything that did not change.
 */
import * as vscode from 'vscode';
import { isJournalEntryFile } from '../core/history/journal';

/** `missing`, or the file's type, mtime and size. */
export async function fileSignature(uri: vscode.Uri): Promise<string> {
  try {
    const s = await vscode.workspace.fs.stat(uri);
    return `${s.type}:${s.mtime}:${s.size}`;
  } catch {
    return 'missing';
  }
}

/** Only `*.md` files directly in the folder are journal entries; anything else there is the person's. */
export function isJournalEntryName(name: string, type: vscode.FileType): boolean {
  return (type & vscode.FileType.File) !== 0 && isJournalEntryFile(name);
}

/**
 * The journal folder's entries with their mtimes and sizes, in name order; `missing`
 * when there is no folder. A new, changed or deleted entry changes it.
 */
export async function journalSignature(dir: vscode.Uri | undefined): Promise<string> {
  if (!dir) return 'none';
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(dir);
  } catch {
    return 'missing';
  }
  const names = entries.filter(([name, type]) => isJournalEntryName(name, type)).map(([name]) => name).sort();
  const parts = await Promise.all(names.map(async (name) => `${name}=${await fileSignature(vscode.Uri.joinPath(dir, name))}`));
  return parts.join('\n');
}
