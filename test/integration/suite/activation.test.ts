/**
 * Baseline: the extension is present in the real host, activates in the fixture
 * workspace, registers every command its manifest contributes, and returns its API.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, manifest } from '../workspace';

describe('activation', () => {
  it('is installed in the extension host', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} should be loaded from the development path`);
    assert.equal(manifest().name, 'career-goals');
  });

  it('activates and returns an API with getSnapshot', async () => {
    const api = await activateExtension<{ getSnapshot?: unknown }>();
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, 'extension should be active');
    assert.equal(typeof api, 'object');
    assert.equal(typeof api.getSnapshot, 'function');
  });

  it('registers every command contributed in package.json', async () => {
    await activateExtension();
    const contributed = manifest().contributes.commands.map((c) => c.command);
    assert.ok(contributed.length > 0, 'the manifest should contribute commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((c) => !registered.has(c));
    assert.deepEqual(missing, [], `commands contributed but not registered: ${missing.join(', ')}`);
  });
});
