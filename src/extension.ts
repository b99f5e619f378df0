import * as vscode from 'vscode';

/** Public API returned from `activate()`; see README "An API for other tools". */
export interface CareerGoalsApi {
  getSnapshot(folder?: vscode.Uri): unknown;
}

/** Wires the extension up; does no file I/O and no parsing before it returns. */
export function activate(_context: vscode.ExtensionContext): CareerGoalsApi {
  return { getSnapshot: () => undefined };
}

export function deactivate(): void {}
