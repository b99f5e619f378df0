/**
 * Small `workspace.fs` helpers shared by commands, notes and the review journal, so
 * virtual workspaces work everywhere the extension touches files.
 */
import * as vscode from 'vscode';

/** True when something exists at `uri` (file or folder). */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * How to show `uri` to a person: a local file's own path, else the URI itself (a
 * vscode.dev folder, a github.dev repository), which has no local path to show.
 */
export function displayPath(uri: vscode.Uri): string {
  // eslint-disable-next-line no-restricted-properties -- shown, never used to read the file
  return uri.scheme === 'file' ? uri.fsPath : uri.toString(true);
}
