/**
 * The workspace guard: after each test file's top-level suite (and its own `after`
 * hooks), checks that the fixture workspace is back as it started — every file in
 * every folder and the workspace file, the careerGoals settings, and no open or
 * unsaved editors — and says which suite left what. It then puts things back, so one
 * suite's leftovers never fail another; the leak itself fails the run.
 */
import * as vscode from 'vscode';
import type { CareerGoalsTestApi } from '../../src/api';
import { activateExtension, arrived } from './workspace';

/** Folder URIs end in `/` and map to this instead of a text. */
const DIRECTORY = '\0directory';

type Files = Map<string, string>;

interface Fixture {
  files: Files;
  settings: string;
}

/** How long the guard lets a suite's last closing of editors arrive before calling them left open. */
const SETTLE_MS = 3_000;

const SETTING_KEYS = ['file', 'journalFolder', 'maxActiveGoals', 'showCompleted', 'statusBar', 'reminders'];

/** Every file under the workspace folders and the workspace file, by URI, with its text. */
async function readFiles(): Promise<Files> {
  const files: Files = new Map();
  const walk = async (dir: vscode.Uri): Promise<void> => {
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      return;
    }
    for (const [name, type] of entries) {
      const uri = vscode.Uri.joinPath(dir, name);
      if (type & vscode.FileType.Directory) {
        // Folders count too: an empty `reviews/` left behind is still a difference.
        files.set(`${uri.toString()}/`, DIRECTORY);
        await walk(uri);
      } else files.set(uri.toString(), new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
    }
  };
  for (const f of vscode.workspace.workspaceFolders ?? []) await walk(f.uri);
  const ws = vscode.workspace.workspaceFile;
  if (ws?.scheme === 'file') files.set(ws.toString(), normalJson(new TextDecoder().decode(await vscode.workspace.fs.readFile(ws))));
  return files;
}

/**
 * VS Code rewrites the workspace file in its own layout when folders are added and
 * removed; only what it says counts, so it is compared re-serialised.
 */
function normalJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** The careerGoals settings as every scope sees them, as one comparable string. */
function readSettings(): string {
  const scopes = [undefined, ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri)];
  return JSON.stringify(
    scopes.map((scope) => {
      const config = vscode.workspace.getConfiguration('careerGoals', scope);
      return SETTING_KEYS.map((k) => {
        const i = config.inspect(k);
        return [k, i?.workspaceValue, i?.workspaceFolderValue, i?.globalValue];
      });
    }),
  );
}

function relative(uri: string): string {
  for (const f of vscode.workspace.workspaceFolders ?? []) {
    const base = f.uri.toString();
    if (uri.startsWith(`${base}/`)) return `${f.name}/${decodeURIComponent(uri.slice(base.length + 1))}`;
  }
  return uri;
}

let fixture: Fixture | undefined;

/** Records the fixture state; call once before any suite runs. */
export async function recordFixture(): Promise<void> {
  fixture = { files: await readFiles(), settings: readSettings() };
}

/**
 * Compares the workspace with the fixture, restores it, and returns what differed
 * (empty when nothing did).
 */
export async function checkAndRestore(): Promise<string[]> {
  if (!fixture) return [];
  const leaks: string[] = [];
  // A suite that closed its editors in its last step may have done so a moment ago: the
  // closing reaches this host after the command resolves (later on the web worker host).
  // Give it time to arrive; what is still open or unsaved then was really left behind.
  const openNow = () => ({ dirty: vscode.workspace.textDocuments.filter((d) => d.isDirty && !d.isClosed), tabs: vscode.window.tabGroups.all.flatMap((g) => g.tabs) });
  const { dirty, tabs } = await arrived('the last suite\'s editors to close', openNow, (now) => now.dirty.length === 0 && now.tabs.length === 0, SETTLE_MS).catch(openNow);
  for (const d of dirty) leaks.push(`unsaved editor ${relative(d.uri.toString())}`);
  if (tabs.length) leaks.push(`${tabs.length} open editor(s): ${tabs.map((t) => t.label).join(', ')}`);
  if (readSettings() !== fixture.settings) leaks.push('careerGoals settings changed');
  // Unsaved text would be written over the restored file on the next save: drop it first.
  for (const d of dirty) {
    await vscode.window.showTextDocument(d);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  if (tabs.length) await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const now = await readFiles();
  for (const [uri, text] of fixture.files) {
    const current = now.get(uri);
    if (current === text) continue;
    leaks.push(`${current === undefined ? 'deleted' : 'changed'} ${relative(uri)}`);
    if (text === DIRECTORY) await vscode.workspace.fs.createDirectory(vscode.Uri.parse(uri.slice(0, -1)));
    else await vscode.workspace.fs.writeFile(vscode.Uri.parse(uri), new TextEncoder().encode(text));
  }
  for (const uri of now.keys()) {
    if (fixture.files.has(uri)) continue;
    leaks.push(`added ${relative(uri)}`);
    // A file inside an added folder is already gone with its folder.
    await vscode.workspace.fs.delete(vscode.Uri.parse(uri.endsWith('/') ? uri.slice(0, -1) : uri), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  }
  if (leaks.length) {
    // Let the extension see the restored workspace before the next suite reads it.
    const api = await activateExtension<CareerGoalsTestApi>();
    await api.internals.store.recheck();
    await api.whenIdle();
  }
  return leaks;
}
