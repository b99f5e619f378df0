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
  const segments = journalFolder.split(/[\\/]/).filter((s) => s !== '' && s !== '.');
  if (segments.length === 0 || segments.some((s) => s === '..' || /^[A-Za-z]:$/.test(s))) return undefined;
  return vscode.Uri.joinPath(folder, ...segments);
}
