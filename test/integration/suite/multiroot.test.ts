/**
 * Multi-root: each folder with a goals file gets its own state and tree root; files
 * and folders that appear or go away, and per-folder `careerGoals.file`, are followed.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerGoalsApi } from '../../../src/api';
import { activateExtension, fileIn, folder, waitFor } from '../workspace';

let api: CareerGoalsApi;
const names = () => api.internals.store.states.map((s) => s.folder.name);
const roots = () =>
  api.internals.tree.getChildren().map((n) => {
    const l = (api.internals.tree.getTreeItem(n) as vscode.TreeItem).label;
    return typeof l === 'string' ? l : l?.label;
  });
const SMALL = 'version: 1\nvision:\n  north_star: Somewhere\n  values: [x]\ngoals:\n  - { id: g, title: A goal in a new place, horizon: short, values: [x], due: 2030-01-01 }\n';

describe('multi-root workspaces', () => {
  before(async () => {
    api = await activateExtension<CareerGoalsApi>();
    await api.whenIdle();
  });

  it('keeps one state and one tree root per folder with a goals file, in workspace order', () => {
    assert.deepEqual(names(), ['valid', 'second', 'broken']);
    assert.deepEqual(roots(), ['valid', 'second', 'broken']);
    assert.equal(api.internals.store.get(fileIn('second', 'notes', 'x.md'))?.folder.name, 'second', 'get() finds the folder of any resource');
  });

  it('follows a goals file created and deleted in a folder', async () => {
    const uri = fileIn('empty', 'goals.yaml');
    // VS Code drops a create and a delete that arrive in one batch of file events, as
    // if nothing happened; so the delete waits until the create has been reported.
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder('empty'), 'goals.yaml'));
    try {
      const created = new Promise<void>((resolve) => watcher.onDidCreate(() => resolve()));
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(SMALL));
      await waitFor(() => names().includes('empty'), 'empty to get a state');
      assert.deepEqual(roots(), ['valid', 'second', 'broken', 'empty']);
      await created;
      await vscode.workspace.fs.delete(uri);
      await waitFor(() => !names().includes('empty'), 'empty to lose its state');
    } finally {
      watcher.dispose();
    }
  });

  it('follows careerGoals.file per folder', async () => {
    const config = vscode.workspace.getConfiguration('careerGoals', folder('second').uri);
    const plan = fileIn('second', 'plan.yaml');
    await config.update('file', 'plan.yaml', vscode.ConfigurationTarget.WorkspaceFolder);
    try {
      await waitFor(() => !names().includes('second'), 'second to drop goals.yaml');
      await vscode.workspace.fs.writeFile(plan, new TextEncoder().encode(SMALL));
      await waitFor(() => api.getSnapshot(folder('second').uri)?.goals[0]?.title === 'A goal in a new place', 'second to read plan.yaml');
      assert.equal(api.getSnapshot(folder('second').uri)?.uri, plan.toString());
    } finally {
      await config.update('file', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
      await vscode.workspace.fs.delete(plan).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(fileIn('second', '.vscode'), { recursive: true }).then(undefined, () => undefined);
    }
    await waitFor(() => api.getSnapshot(folder('second').uri)?.goals[0]?.id === 'outline', 'second back on goals.yaml');
  });

  it('follows workspace folders added and removed', async function () {
    this.timeout(30_000);
    const extra = vscode.Uri.joinPath(folder('valid').uri, '..', 'extra');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(extra, 'goals.yaml'), new TextEncoder().encode(SMALL));
    const count = vscode.workspace.workspaceFolders?.length ?? 0;
    // updateWorkspaceFolders must not be called again before the previous change landed.
    const changed = () => new Promise<void>((resolve) => {
      const sub = vscode.workspace.onDidChangeWorkspaceFolders(() => {
        sub.dispose();
        resolve();
      });
    });
    let event = changed();
    assert.ok(vscode.workspace.updateWorkspaceFolders(count, 0, { uri: extra, name: 'extra' }));
    await event;
    try {
      await waitFor(() => names().includes('extra'), 'the added folder to get a state');
      assert.equal(roots().at(-1), 'extra');
    } finally {
      const index = vscode.workspace.workspaceFolders?.findIndex((f) => f.name === 'extra') ?? -1;
      event = changed();
      if (index >= 0) vscode.workspace.updateWorkspaceFolders(index, 1);
      await event;
    }
    await waitFor(() => !roots().includes('extra'), 'the removed folder to lose its root');
    await api.whenIdle();
    await vscode.workspace.fs.delete(extra, { recursive: true });
  });
});
