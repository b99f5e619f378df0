/**
 * Where a folder's review journal lives. Shared by the journal reader, the writer and
 * the store's change checks, so all three agree on one folder.
 */
import * as vscode from 'vscode';

/**
 * The journal folder inside `folder`, or undefined when the setting would leave the
 * workspace folder (`..` segments, a drive letter): a workspace's settings must not
 * make the extension write elsewhere on disk.
 */
export function journalDir(folder: vscode.Uri, journalFolder: string): vscode.Uri | undefined {
  return folderInside(folder, journalFolder);
}

/** The folder a folder setting names inside `folder` (journal, reports), or undefined when it would leave it. */
export function folderInside(folder: vscode.Uri, relative: string): vscode.Uri | undefined {
  const segments = journalSegments(relative);
  if (segments.length === 0 || segments.some((s) => s === '..' || /^[A-Za-z]:$/.test(s))) return undefined;
  return vscode.Uri.joinPath(folder, ...segments);
}

/** The setting's path segments (either slash, no empty or `.` ones): entries' folder-relative paths start with them. */
export function journalSegments(journalFolder: string): string[] {
  return journalFolder.split(/[\\/]/).filter((s) => s !== '' && s !== '.');
}
