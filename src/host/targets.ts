/**
 * Works out what an editing command acts on. Commands are invoked from tree items
 * (a node with `ref`), CodeLens and quick fixes (an ItemRef or a plain args object),
 * tests (args objects) and the Command Palette (nothing: ask with a quick pick).
 */
import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { Goal } from '../core/model';
import type { FolderState, GoalsStore, ItemRef } from './types';
import { codeLensTitle } from '../core/words/goal-summary';
import { statusWord } from './words';

/** A Uri from a Uri, a `file:`/URI string, a file path or a `{scheme, path}` object. */
export function toUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string' && value) return /^[a-z][\w+.-]+:/i.test(value) && !/^[a-z]:[\\/]/i.test(value) ? vscode.Uri.parse(value) : vscode.Uri.file(value);
  if (value && typeof value === 'object' && typeof (value as { scheme?: unknown }).scheme === 'string') {
    return vscode.Uri.from(value as { scheme: string; path?: string; authority?: string });
  }
  return undefined;
}

/** The ItemRef carried by `arg`: the arg itself, or a tree node's `ref`. */
export function asRef(arg: unknown): ItemRef | undefined {
  const candidate = (arg && typeof arg === 'object' && 'ref' in arg ? arg.ref : arg) as Partial<ItemRef> | undefined;
  if (!candidate || typeof candidate !== 'object' || typeof candidate.goalId !== 'string') return undefined;
  const uri = toUri(candidate.uri);
  if (!uri || !['goal', 'metric', 'task', 'checkpoint'].includes(String(candidate.kind))) return undefined;
  return { ...candidate, uri } as ItemRef;
}

/** A string field of an args object, if present. */
export function field<T = string>(arg: unknown, key: string): T | undefined {
  return arg && typeof arg === 'object' && key in arg ? ((arg as Record<string, unknown>)[key] as T) : undefined;
}

/**
 * The folder state a command acts on: the one containing `uri`; else the active
 * editor's folder; else the only one; else the person picks. Shows a message with a
 * way forward when no folder has a goals file.
 */
export async function pickState(store: GoalsStore, uri?: vscode.Uri): Promise<FolderState | undefined> {
  await store.ready();
  const states = store.states;
  if (uri) {
    const found = store.find(uri);
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    // Never fall back to another folder's file: the edit would land somewhere unexpected.
    if (!found) void offerCreate(vscode.l10n.t('There is no goals file in {0} yet.', folder?.name ?? vscode.workspace.asRelativePath(uri)));
    return found;
  }
  if (states.length === 0) {
    void offerCreate(vscode.l10n.t('There is no goals file in this workspace yet.'));
    return undefined;
  }
  const active = vscode.window.activeTextEditor?.document.uri;
  const fromEditor = active && store.find(active);
  if (fromEditor || states.length === 1) return fromEditor ?? states[0];
  const picked = await vscode.window.showQuickPick(
    states.map((s) => ({ label: s.folder.name, description: vscode.workspace.asRelativePath(s.uri, false), state: s })),
    { title: vscode.l10n.t('Which goals file?'), placeHolder: vscode.l10n.t('Pick a workspace folder') },
  );
  return picked?.state;
}

async function offerCreate(message: string): Promise<void> {
  const create = vscode.l10n.t('Create goals.yaml');
  if ((await vscode.window.showInformationMessage(message, create)) === create) await vscode.commands.executeCommand(Commands.init);
}


/** Lets the person pick one of the goals that pass `filter`, showing each goal's progress. */
export async function pickGoal(state: FolderState, options: { title: string; placeHolder: string; filter?: (g: Goal) => boolean; empty: string }): Promise<Goal | undefined> {
  const goals = state.analysis.parse.model.goals.filter(options.filter ?? (() => true));
  if (goals.length === 0) {
    void vscode.window.showInformationMessage(options.empty);
    return undefined;
  }
  const items = goals.map((goal) => {
    const insight = state.analysis.byId.get(goal.id);
    return { label: goal.title, description: insight ? codeLensTitle(insight) : statusWord(goal.status), goal };
  });
  const picked = await vscode.window.showQuickPick(items, { title: options.title, placeHolder: options.placeHolder, matchOnDescription: true });
  return picked?.goal;
}
