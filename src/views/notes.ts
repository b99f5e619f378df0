/**
 * Opening the Markdown note a goal links to with `[[Name]]`, and creating it when
 * it does not exist yet (never overwriting a file that does).
 */
import * as vscode from 'vscode';
import { exists } from '../host/fs';
import { noteFileName } from './tree/present';

/** Finds `**\/<name>.md` in `folder` (exact file name, any depth). */
async function findNote(folder: vscode.WorkspaceFolder, name: string): Promise<vscode.Uri | undefined> {
  const file = noteFileName(name);
  // Glob metacharacters in a note name become `?` (any one character); the exact name is checked after.
  const pattern = `**/${file.replace(/[*?[\]{}!]/g, '?')}`;
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, pattern), '**/node_modules/**', 20);
  const exact = found.filter((u) => u.path.endsWith(`/${file}`));
  exact.sort((a, b) => a.path.length - b.path.length);
  return exact[0];
}

/** Creates `<folder>/<name>.md` with a heading unless a file is already there; returns its URI. */
export async function createNote(folder: vscode.WorkspaceFolder, name: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(folder.uri, noteFileName(name));
  if (!(await exists(uri))) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`# ${name}\n\n`));
  return uri;
}

/** Opens the note, or offers to create it. */
export async function openNote(folder: vscode.WorkspaceFolder, name: string): Promise<void> {
  const found = await findNote(folder, name);
  if (found) {
    await vscode.window.showTextDocument(found);
    return;
  }
  const create = vscode.l10n.t('Create note');
  const choice = await vscode.window.showInformationMessage(vscode.l10n.t('There is no note “{0}” in {1} yet.', noteFileName(name), folder.name), create);
  if (choice !== create) return;
  const uri = await createNote(folder, name);
  await vscode.window.showTextDocument(uri);
}
