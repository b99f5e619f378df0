/**
 * Which workspace folder a command acts on, for the commands of several features
 * (reviews, the dashboard): from its argument, the active editor, the only folder,
 * or the person's pick.
 */
import * as vscode from 'vscode';
import { Commands } from '../constants';
import { REVIEW_TITLES } from '../core/words/review-kinds';
import type { FolderState, GoalsStore } from './types';

/** Finds the folder a command argument points at: a Uri, a URI string, or anything with a `uri`/`folder`. */
function folderFromArg(store: GoalsStore, arg: unknown): FolderState | undefined {
  let uri: vscode.Uri | undefined;
  if (arg instanceof vscode.Uri) uri = arg;
  else if (typeof arg === 'string') {
    try {
      uri = vscode.Uri.parse(arg, true);
    } catch {
      uri = undefined;
    }
  } else if (arg && typeof arg === 'object') {
    const o = arg as { uri?: unknown; folder?: { uri?: unknown } };
    if (o.uri instanceof vscode.Uri) uri = o.uri;
    else if (o.folder?.uri instanceof vscode.Uri) uri = o.folder.uri;
  }
  return uri && store.find(uri);
}

/** The folder a command acts on: the argument's, the active editor's, the only one, or the person's pick. */
export async function pickFolder(store: GoalsStore, arg: unknown, placeHolder: string, noFile: string): Promise<FolderState | undefined> {
  await store.ready();
  const fromArg = folderFromArg(store, arg);
  if (fromArg) return fromArg;
  const states = store.states;
  if (states.length === 0) {
    const create = vscode.l10n.t('Create goals.yaml');
    const choice = await vscode.window.showInformationMessage(noFile, create);
    if (choice === create) await vscode.commands.executeCommand(Commands.init);
    return undefined;
  }
  if (states.length === 1) return states[0];
  const active = vscode.window.activeTextEditor?.document.uri;
  const byEditor = active && store.find(active);
  if (byEditor) return byEditor;
  const pick = await vscode.window.showQuickPick(
    states.map((s) => ({ label: s.folder.name, description: s.analysis.cadence.suggested ? vscode.l10n.t('{0} due', REVIEW_TITLES[s.analysis.cadence.suggested]) : undefined, state: s })),
    { placeHolder },
  );
  return pick?.state;
}

