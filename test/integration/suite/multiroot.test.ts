/**
 * Multi-root: each folder with a goals file gets its own state and tree root; files
 * and folders that appear or go away, and per-folder `careerGoals.file`, are followed.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerGoalsTestApi } from '../../../src/api';
import { activateExtension, fileIn, folder, waitFor, writeText } from '../workspace';

let api: CareerGoalsTestApi;
const names = () => api.internals.store.states.map((s) => s.folder.name);
const roots = () =>
  api.internals.tree.getChildren().map((n) => {
    const l = api.internals.tree.getTreeItem(n).label;
    return typeof l === 'string' ? l : l?.label;
  });
const SMALL = 'version: 1\nvision:\n  north_star: Somewhere\n  values: [x]\ngoals:\n  - { id: g, title: A goal in a new place, horizon: short, values: [x], due: 2030-01-01 }\n';

describe('multi-root workspaces', () => {
  before(async () => {
    api = await activateExtension<CareerGoalsTestApi>();
    await api.whenIdle();
  });

  it('keeps one state and one tree root per folder with a goals file, in workspace order', () => {
    assert.deepEqual(names(), ['valid', 'second', 'broken']);
    assert.deepEqual(roots(), ['valid', 'second', 'broken']);
    assert.equal(api.internals.store.find(fileIn('second', 'notes', 'x.md'))?.folder.name, 'second', 'find() finds the folder of any resource');
  });

  it('follows a goals file created and deleted in a folder', async () => {
    const uri = fileIn('empty', 'goals.yaml');
    try {
      await writeText(uri, SMALL);
      // The store's state is the signal: its own watcher, or its re-check after a burst
      // of events, ends it in the true state even when VS Code merges or drops events.
      await waitFor(() => names().includes('empty'), 'empty to get a state after goals.yaml was created');
      // The tree rebuilds on the store's change event, which fires once every folder is read.
      await waitFor(() => roots().length === 4, 'the tree to show a root for empty');
      assert.deepEqual(roots(), ['valid', 'second', 'broken', 'empty']);
    } finally {
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
    await waitFor(() => !names().includes('empty'), 'empty to lose its state after goals.yaml was deleted');
  });

  it('ends in the true state when a change reaches it without a file event', async () => {
    const uri = fileIn('empty', 'goals.yaml');
    try {
      // Written and checked at once: the re-check reads it before the watcher's event
      // (debounced) could have, as after a lost event. Through workspace.fs, not node:fs,
      // so the suite also runs in the web worker host.
      await writeText(uri, SMALL);
      await api.internals.store.recheck();
      assert.ok(names().includes('empty'), 're-check found the new goals.yaml');
      await vscode.workspace.fs.delete(uri);
      await api.internals.store.recheck();
      assert.ok(!names().includes('empty'), 're-check found goals.yaml gone');
    } finally {
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
    await api.whenIdle();
    await waitFor(() => !names().includes('empty'), 'empty to have no state');
  });

  it('follows careerGoals.file per folder', async () => {
    const config = vscode.workspace.getConfiguration('careerGoals', folder('second').uri);
    const plan = fileIn('second', 'plan.yaml');
    await config.update('file', 'plan.yaml', vscode.ConfigurationTarget.WorkspaceFolder);
    try {
      await waitFor(() => !names().includes('second'), 'second to drop goals.yaml');
      await writeText(plan, SMALL);
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
    const isOpen = () => (vscode.workspace.workspaceFolders ?? []).some((f) => f.name === 'extra');
    await writeText(vscode.Uri.joinPath(extra, 'goals.yaml'), SMALL);
    const count = vscode.workspace.workspaceFolders?.length ?? 0;
    try {
      assert.ok(vscode.workspace.updateWorkspaceFolders(count, 0, { uri: extra, name: 'extra' }));
      // updateWorkspaceFolders must not be called again before the previous change landed:
      // wait for the folder list itself, which is true however the event was timed.
      await waitFor(isOpen, 'the folder list to include extra');
      await waitFor(() => names().includes('extra'), 'the added folder to get a state');
      await waitFor(() => roots().includes('extra'), 'the tree to show a root for extra');
      assert.equal(roots().at(-1), 'extra');
    } finally {
      const index = vscode.workspace.workspaceFolders?.findIndex((f) => f.name === 'extra') ?? -1;
      if (index >= 0) vscode.workspace.updateWorkspaceFolders(index, 1);
      await waitFor(() => !isOpen(), 'the folder list to drop extra');
      await waitFor(() => !roots().includes('extra'), 'the removed folder to lose its root');
      await api.whenIdle();
      await vscode.workspace.fs.delete(extra, { recursive: true }).then(undefined, () => undefined);
    }
  });
});
