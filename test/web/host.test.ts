/**
 * Web only (bundled into test/web/index.ts, never into the Node suites): the extension
 * really runs where vscode.dev and github.dev run it, a web worker with no Node.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID } from '../integration/workspace';

describe('web worker extension host', () => {
  it('has no Node: no process, Buffer or setImmediate', () => {
    const g = globalThis as Record<string, unknown>;
    assert.equal(typeof g.process, 'undefined');
    assert.equal(typeof g.Buffer, 'undefined');
    assert.equal(typeof g.setImmediate, 'undefined');
    assert.equal(typeof g.importScripts, 'function', 'a worker global');
  });

  it('runs the extension from its browser entry, with no main', async () => {
    await activateExtension();
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext?.isActive);
    assert.equal(ext.packageJSON.browser, './dist/web.js');
    assert.equal(ext.packageJSON.main, undefined);
  });
});
