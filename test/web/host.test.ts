/**
 * Web only (bundled into test/web/index.ts, never into the Node suites): the extension
 * really runs where vscode.dev and github.dev run it, a web worker with no Node.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, manifest } from '../integration/workspace';

describe('web worker extension host', () => {
  it('has no Node: no process, Buffer or setImmediate', () => {
    const g = globalThis as Record<string, unknown>;
    assert.equal(typeof g.process, 'undefined');
    assert.equal(typeof g.Buffer, 'undefined');
    assert.equal(typeof g.setImmediate, 'undefined');
    assert.equal(typeof g.importScripts, 'function', 'a worker global');
  });

  it('formats a failed assertion with what was expected and what was found', () => {
    // The assert package reads process.stderr while it formats a message; without the
    // bundle's stand-in (test/web/process-shim.ts) this threw a ReferenceError instead.
    const failure = captureFailure(() => assert.deepEqual({ goal: 'mentor', progress: 40 }, { goal: 'mentor', progress: 45 }));
    assert.ok(failure instanceof assert.AssertionError, `an AssertionError, found ${String(failure)}`);
    assert.match(failure.message, /progress: 40/, `the found value in: ${failure.message}`);
    assert.match(failure.message, /progress: 45/, `the expected value in: ${failure.message}`);
    assert.equal(failure.actual && (failure.actual as { progress: number }).progress, 40);
    assert.equal(failure.expected && (failure.expected as { progress: number }).progress, 45);
    const plain = captureFailure(() => assert.equal('Mentor two engineers', ''));
    assert.ok(plain instanceof assert.AssertionError, `an AssertionError, found ${String(plain)}`);
    assert.match(plain.message, /^\+ 'Mentor two engineers'$/m, `the found value in: ${plain.message}`);
    assert.match(plain.message, /^- ''$/m, `the expected value in: ${plain.message}`);
  });

  it('runs the extension from its browser entry, with no main', async () => {
    await activateExtension();
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext?.isActive);
    assert.equal(manifest().browser, './dist/web.js');
    assert.equal(manifest().main, undefined);
  });
});

/** What `check` threw, or undefined when it passed. */
function captureFailure(check: () => void): unknown {
  try {
    check();
  } catch (e) {
    return e;
  }
  return undefined;
}
