/**
 * Helpers for integration suites: the fixture folders of the test workspace, the
 * running extension and its API, reading and writing files, and waiting for a condition
 * without fixed sleeps.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerGoalsTestApi } from '../../src/api';
import type { History } from '../../src/core/history';
import { EXTENSION_ID } from '../fixtures/extension-id';

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

/**
 * Puts a file back as a test found it, and waits until the disk, the store and any loaded
 * document all hold that text. Writes the disk only when it differs. A document still
 * holding the test's text reloads from disk at a moment of its own, when the file watcher
 * reports the write (later on the web worker host); a reload that lands in the next test
 * replaces the document's text and collapses the selection that test just made.
 */
export async function restoreText(api: CareerGoalsTestApi, uri: vscode.Uri, text: string): Promise<void> {
  if ((await readText(uri)) !== text) await writeText(uri, text);
  const loaded = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed);
  await arrived(
    `${uri.path} restored on disk, in the store and in any loaded document`,
    async () => {
      await api.whenIdle();
      const doc = loaded();
      return { disk: (await readText(uri)) === text, store: api.internals.store.find(uri)?.text === text, document: doc ? doc.getText() === text : 'not loaded' };
    },
    (s) => s.disk && s.store && s.document !== false,
  );
}

/** The parts of the extension's package.json that the suites read. */
export interface Manifest {
  name: string;
  main?: string;
  browser?: string;
  contributes: { commands: { command: string }[]; walkthroughs: { steps: { description: string }[] }[] };
}

/** The package.json of the extension as this host loaded it. */
export function manifest(): Manifest {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this host`);
  return ext.packageJSON as Manifest;
}

/** Activates the extension (if needed) and returns what `activate()` returned. */
export async function activateExtension<T = unknown>(): Promise<T> {
  const ext = vscode.extensions.getExtension<T>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this host`);
  return ext.isActive ? ext.exports : await ext.activate();
}

/**
 * Waits until state that a command changes has arrived in this extension host, and
 * returns it: the one way the suites read an editor, its selection, the clipboard, a
 * tree or anything else a command changes asynchronously. Reading such state straight
 * after the command races it: `showTextDocument` resolves before the selection it asked
 * for reaches a web worker host, for example. Polls `read` every `pollMs` until `accept`
 * holds for what it returned. After `timeoutMs` it fails naming what was awaited and the
 * last state found (an exception thrown by `read` counts as not arrived yet), so a
 * failure on either host says what was expected and what was there.
 */
export async function arrived<T>(what: string, read: () => T | PromiseLike<T>, accept: (found: T) => boolean, timeoutMs = 10_000, pollMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let found: { value: T } | { error: unknown } | undefined;
  for (;;) {
    try {
      const value = await read();
      if (accept(value)) return value;
      found = { value };
    } catch (error) {
      found = { error };
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for: ${what}; found ${describeFound(found)}`);
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

/** The last state `arrived` saw, for its failure message. */
function describeFound(found: { value: unknown } | { error: unknown } | undefined): string {
  if (!found) return 'nothing (never read)';
  if ('error' in found) return `an error: ${found.error instanceof Error ? found.error.message : JSON.stringify(found.error)}`;
  if (typeof found.value === 'string') return JSON.stringify(found.value);
  try {
    return JSON.stringify(found.value) ?? String(found.value);
  } catch {
    return Object.prototype.toString.call(found.value);
  }
}

/**
 * `arrived` for a condition: resolves with the first truthy value `condition` returns.
 * Use it for effects that land asynchronously (file watchers, tree refreshes) instead of
 * sleeping a fixed time.
 */
export async function waitFor<T>(condition: () => T | PromiseLike<T>, message: string, timeoutMs = 10_000, pollMs = 50): Promise<NonNullable<T>> {
  return (await arrived(message, condition, Boolean, timeoutMs, pollMs)) as NonNullable<T>;
}

/** A text editor as plain data: its document, column and the text its selection holds. */
interface EditorSummary {
  uri: string;
  column: number | undefined;
  selected: string;
}

/** The active text editor and every visible one, as plain data that a failure can print. */
interface EditorState {
  uri: string | undefined;
  selected: string | undefined;
  visible: EditorSummary[];
}

function summary(editor: vscode.TextEditor): EditorSummary {
  return { uri: editor.document.uri.toString(), column: editor.viewColumn, selected: editor.document.getText(editor.selection) };
}

/** The editors now, as `EditorState` (read it through `arrived`). */
function activeEditorState(): EditorState {
  const editor = vscode.window.activeTextEditor;
  return { uri: editor?.document.uri.toString(), selected: editor && summary(editor).selected, visible: vscode.window.visibleTextEditors.map(summary) };
}

/**
 * Waits until `uri` is the active editor's document and its selection satisfies
 * `selected` (any selection when omitted), and returns that editor.
 */
export async function activeEditorOn(uri: vscode.Uri, what: string, selected: (text: string) => boolean = () => true): Promise<vscode.TextEditor> {
  await arrived(what, activeEditorState, (s) => s.uri === uri.toString() && s.selected !== undefined && selected(s.selected));
  const editor = vscode.window.activeTextEditor;
  assert.ok(editor, `${what}: the active editor closed again`);
  return editor;
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

/** Whether VS Code's built-in Git extension is there and has a model, after waiting for it to start. */
export async function gitReady(): Promise<boolean> {
  const git = vscode.extensions.getExtension<{ enabled: boolean; getAPI(v: 1): { state: string } }>('vscode.git');
  if (!git) return false; // missing from this build
  const exports = await git.activate();
  // Seen with code-server 4.100.3 on the development machine: the Git extension's log stopped after
  // its first line and getAPI threw "Git model not found", so there was no Git API to read.
  return waitFor(
    () => {
      try {
        return exports.getAPI(1).state === 'initialized';
      } catch {
        return false; // "Git model not found" while the extension starts, or for good
      }
    },
    'the Git extension to initialize',
    20_000,
  ).then(
    () => true,
    () => false,
  );
}

/**
 * After a test that edited the file in an editor: reverts what an Undo left unsaved,
 * closes the editors, and puts the file back as the suite found it.
 */
export async function revertAndRestore(api: CareerGoalsTestApi, uri: vscode.Uri, text: string): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await restoreText(api, uri, text);
}
