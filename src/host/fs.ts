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
