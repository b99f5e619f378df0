/**
 * Helpers for integration suites: the fixture folders of the test workspace, the
 * running extension and its API, reading and writing files, and waiting for a condition
 * without fixed sleeps.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerGoalsTestApi } from '../../src/api';
import type { History } from '../../src/core/history';
import { EXTENSION_ID } from '../../src/constants';

export { EXTENSION_ID };

/** Names of the folders in the multi-root test workspace (test/fixtures/workspaces/multi.code-workspace). */
export type FixtureFolder = 'valid' | 'second' | 'broken' | 'empty';

/** The workspace folder of that name; throws when the workspace was opened without it. */
export function folder(name: FixtureFolder): vscode.WorkspaceFolder {
  const found = vscode.workspace.workspaceFolders?.find((f) => f.name === name);
  if (!found) throw new Error(`workspace folder "${name}" is not open; open test/fixtures/workspaces/multi.code-workspace`);
  return found;
}

/** URI of a file inside a fixture folder. */
export function fileIn(name: FixtureFolder, ...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(folder(name).uri, ...segments);
}

/** The file's text as it is on disk (through `workspace.fs`: unsaved editor text is not included). */
export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** Writes `text` to the file on disk through `workspace.fs`, as a change made outside the editor. */
export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/**
 * Replaces the file's text and waits until the store holds it. Goes through the loaded
 * document (edit, then save) when there is one, so the editor never disagrees with the
 * disk; otherwise writes the disk.
 */
export async function replaceText(api: CareerGoalsTestApi, uri: vscode.Uri, text: string): Promise<void> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (doc) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(0, 0, doc.lineCount, 0), text);
    await vscode.workspace.applyEdit(edit);
    await doc.save();
  } else {
    await writeText(uri, text);
  }
  await waitFor(async () => {
    await api.whenIdle();
    return api.internals.store.find(uri)?.text === text;
  }, `the store to read the new text of ${uri.path}`);
}

/** Activates the extension (if needed) and returns what `activate()` returned. */
export async function activateExtension<T = unknown>(): Promise<T> {
  const ext = vscode.extensions.getExtension<T>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this host`);
  return ext.isActive ? ext.exports : await ext.activate();
}

/**
 * Polls `condition` every `pollMs` until it returns a truthy value and resolves with it;
 * rejects with `message` after `timeoutMs`. Use it for effects that land asynchronously
 * (file watchers, tree refreshes) instead of sleeping a fixed time.
 */
export async function waitFor<T>(condition: () => T | Promise<T>, message: string, timeoutMs = 10_000, pollMs = 50): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for: ${message}${last ? ` (last error: ${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

/** `xs[i]`, failing the test with a clear message when there is no such element. */
export function at<T>(xs: readonly T[], i: number): T {
  const x = xs[i];
  assert.ok(x !== undefined, `expected an element at ${i} of ${xs.length}`);
  return x;
}

/** True when every line of `before` is still in `after`, in order: nothing was rewritten or lost. */
export function keepsEveryLine(before: string, after: string): boolean {
  const rest = after.split('\n');
  let i = 0;
  for (const line of before.split('\n')) {
    while (i < rest.length && rest[i] !== line) i++;
    if (i === rest.length) return false;
    i++;
  }
  return true;
}

/** The local calendar date `days` before today, YYYY-MM-DD. */
export function daysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** `api.getHistory(uri)`, failing the test when there is none (a folder without a goals file). */
export async function historyOf(api: CareerGoalsTestApi, uri: vscode.Uri): Promise<History> {
  const h = await api.getHistory(uri);
  assert.ok(h, 'a history for a folder with a goals file');
  return h;
}
