/**
 * Which folder's plan a tool works on: the one its `folder` input names, else the active
 * editor's or the only one, else (when it may ask) the one the person picks, as the
 * commands do. A name that matches no folder is an error listing those there are.
 */
import * as vscode from 'vscode';
import { clip } from '../core/text/clip';
import type { FolderState, GoalsStore } from '../host/types';
import type { FolderInput, ToolHost } from './tool-host';

/** The folder the input names, or why there is none. Undefined `folder`: one the commands would use, asking only if `ask`. */
export async function stateFor(store: GoalsStore, host: ToolHost, input: FolderInput, ask: boolean): Promise<FolderState | undefined> {
  await store.ready();
  const states = store.states;
  const named = input.folder;
  if (named !== undefined && named !== null && named !== '') {
    const found = typeof named === 'string' ? (states.find((s) => s.folder.name === named) ?? states.find((s) => s.folder.name.toLowerCase() === named.toLowerCase())) : undefined;
    if (!found) {
      const known = states.map((s) => s.folder.name).join(', ');
      throw new Error(`There is no workspace folder ${typeof named === 'string' ? `"${clip(named)}"` : 'of that name'} with a goals file.${known ? ` Folders with one: ${known}.` : ''}`);
    }
    return found;
  }
  if (states.length === 0) throw new Error('No workspace folder has a goals file (goals.yaml) yet. The person can create one with "Career Goals: Create goals.yaml".');
  const active = vscode.window.activeTextEditor?.document.uri;
  const fromEditor = active && store.find(active);
  if (fromEditor || states.length === 1) return fromEditor || states[0];
  if (!ask) return undefined;
  const picked = await host.pickFolder(store);
  if (!picked) throw new Error(`No folder was picked, so nothing was done. Give folder: one of ${states.map((s) => s.folder.name).join(', ')}.`);
  return picked;
}
