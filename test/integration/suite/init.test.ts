/**
 * Create goals.yaml in the real host: writes the Career Planning Template into the
 * folder without a goals file, with the north star and values filled in, and never
 * overwrites an existing file. (That it opens the new file is checked by test/ui/edit.ui.ts.)
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerGoalsTestApi } from '../../../src/api';
import { Commands } from '../../../src/constants';
import { parseGoals } from '../../../src/core/parse';
import { activateExtension, at, manifest, fileIn, folder, readText, waitFor, writeText } from '../workspace';

interface InitResult {
  created: boolean;
  uri?: vscode.Uri;
  reason?: string;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

describe('init: Create goals.yaml', () => {
  const target = () => fileIn('empty', 'goals.yaml');
  let api: CareerGoalsTestApi;

  before(async () => {
    api = await activateExtension<CareerGoalsTestApi>();
    await api.whenIdle();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (await exists(target())) await vscode.workspace.fs.delete(target());
    // Cleanup must not depend on the file watcher noticing the delete (it can miss one
    // when a file is created and deleted in quick succession): refresh explicitly.
    await vscode.commands.executeCommand(Commands.refresh);
    // Later suites expect `empty` to have no goals file.
    await waitFor(async () => {
      await api.whenIdle();
      return !api.internals.store.states.some((s) => s.folder.name === 'empty');
    }, 'the store to forget empty/goals.yaml');
  });

  it('writes the template into the only folder without a goals file, filled in and valid', async () => {
    // open: false keeps the document unloaded, so deleting the file afterwards is seen at once
    // (an editor's document can outlive its tab); the UI test checks that the file opens.
    const result = await vscode.commands.executeCommand<InitResult>(Commands.init, { northStar: 'Head of platform: calm, boring deploys', values: ['impact', 'family', 'craft'], open: false });
    assert.equal(result.created, true, result.reason);
    assert.equal(result.uri?.toString(), target().toString());
    const text = await readText(target());
    assert.ok(text.startsWith('# Career Planning Template'), 'the template’s comments are kept');
    const parsed = parseGoals(text);
    assert.deepEqual(parsed.diagnostics.filter((d) => d.severity === 'error'), [], 'the new file has no errors');
    assert.equal(parsed.model.vision?.northStar, 'Head of platform: calm, boring deploys');
    assert.deepEqual(parsed.model.vision?.values, ['impact', 'family', 'craft']);
    assert.ok(parsed.model.goals.length > 0, 'the example goals are there to edit');
    await waitFor(() => api.getSnapshot(folder('empty').uri)?.folder === 'empty', 'the store to pick up the new file');
  });

  it('accepts values as comma-separated text and an explicit folder', async () => {
    const result = await vscode.commands.executeCommand<InitResult>(Commands.init, { folder: folder('empty').uri, northStar: 'Write a book', values: ' curiosity,, Balance ', open: false });
    assert.equal(result.created, true, result.reason);
    assert.deepEqual(parseGoals(await readText(target())).model.vision?.values, ['curiosity', 'Balance']);
  });

  it('never overwrites an existing goals file', async () => {
    const mine = '# my own plan\nversion: 1\nvision:\n  north_star: Mine\n  values: [me]\ngoals: []\n';
    await writeText(target(), mine);
    const result = await vscode.commands.executeCommand<InitResult>(Commands.init, { folder: folder('empty').uri, northStar: 'Other', values: ['x'], open: false });
    assert.equal(result.created, false);
    assert.match(result.reason ?? '', /already exists/);
    assert.equal(await readText(target()), mine);
    const valid = await readText(fileIn('valid', 'goals.yaml'));
    const again = await vscode.commands.executeCommand<InitResult>(Commands.init, { folder: folder('valid'), northStar: 'Other', values: ['x'], open: false });
    assert.equal(again.created, false);
    assert.equal(await readText(fileIn('valid', 'goals.yaml')), valid);
  });

  it('every walkthrough step links to a registered command', async () => {
    const steps = at(manifest().contributes.walkthroughs, 0).steps;
    const linked = steps.flatMap((s) => [...s.description.matchAll(/\(command:([\w.]+)/g)].flatMap(([, command]) => (command === undefined ? [] : [command])));
    assert.ok(linked.includes(Commands.init) && linked.includes(Commands.addGoal) && linked.includes(Commands.logWin));
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(linked.filter((c) => !registered.has(c)), []);
  });
});
