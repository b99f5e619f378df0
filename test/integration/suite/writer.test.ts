/**
 * store.write in the real host: one minimal WorkspaceEdit then save, so comments and
 * formatting elsewhere survive, Undo reverts, unsaved typing is kept, a file with a
 * syntax error is refused, and ops against text that moved are recomputed or refused.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerGoalsTestApi } from '../../../src/api';
import type { GoalOp } from '../../../src/core/types';
import { activateExtension, fileIn, readText, restoreText, waitFor, writeText } from '../workspace';

const TOGGLE: GoalOp = { op: 'setTaskDone', goalId: 'ship-cli', index: 0, expectTitle: 'Write the migration guide', done: true };
const OPEN_LINE = '      - { title: Write the migration guide, done: false, priority: high }';
const DONE_LINE = '      - { title: Write the migration guide, done: true, priority: high }';

let api: CareerGoalsTestApi;
const uri = () => fileIn('valid', 'goals.yaml');

describe('store.write', () => {
  let original = '';

  before(async () => {
    api = await activateExtension<CareerGoalsTestApi>();
    await api.whenIdle();
    original = await readText(uri());
    assert.ok(original.includes(OPEN_LINE), 'fixture has the open task line');
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await restoreText(api, uri(), original);
  });

  it('changes only the edited node: comments and formatting elsewhere survive', async () => {
    const outcome = await api.internals.store.write(uri(), [TOGGLE]);
    assert.equal(outcome.written, true, outcome.error);
    assert.deepEqual(outcome.failed, []);
    const after = await readText(uri());
    assert.equal(after, original.replace(OPEN_LINE, DONE_LINE), 'exactly one line changed');
    assert.ok(after.startsWith('# Fixture: a small, valid plan.'), 'the leading comment survives');
    await api.whenIdle();
    assert.equal(api.internals.store.find(uri())?.text, after, 'the store follows the write at once');
  });

  it('is undone by one Undo in the editor', async () => {
    const editor = await vscode.window.showTextDocument(uri());
    const outcome = await api.internals.store.write(uri(), [TOGGLE]);
    assert.equal(outcome.written, true, outcome.error);
    assert.ok(editor.document.getText().includes(DONE_LINE));
    assert.equal(editor.document.isDirty, false, 'the write was saved');
    await vscode.commands.executeCommand('undo');
    await waitFor(() => editor.document.getText() === original, 'Undo to restore the original text');
  });

  it('keeps unsaved changes in an open editor', async () => {
    const editor = await vscode.window.showTextDocument(uri());
    const end = editor.document.positionAt(editor.document.getText().length);
    await editor.edit((b) => b.insert(end, '# my unsaved thought\n'));
    assert.ok(editor.document.isDirty);
    const outcome = await api.internals.store.write(uri(), [TOGGLE]);
    assert.equal(outcome.written, true, outcome.error);
    const text = editor.document.getText();
    assert.ok(text.includes('# my unsaved thought'), 'the person’s unsaved text is still there');
    assert.ok(text.includes(DONE_LINE), 'and the edit applied');
    assert.equal(text, original.replace(OPEN_LINE, DONE_LINE) + '# my unsaved thought\n');
  });

  it('refuses a file with a YAML syntax error, naming the line', async () => {
    const broken = fileIn('broken', 'goals.yaml');
    const before = await readText(broken);
    const outcome = await api.internals.store.write(broken, [{ op: 'setTaskDone', goalId: 'fix-me', index: 0, done: true }]);
    assert.equal(outcome.written, false);
    assert.match(outcome.error ?? '', /^goals\.yaml has a syntax error at line \d+: .+\. Fix it first\.$/);
    assert.equal(await readText(broken), before, 'nothing written');
  });

  it('recomputes an op whose item moved since the view showed it', async () => {
    // Someone adds a task above: index 0 is now a different task.
    const moved = original.replace(OPEN_LINE, `      - { title: A new first task, done: false }\n${OPEN_LINE}`);
    await writeText(uri(), moved);
    const outcome = await api.internals.store.write(uri(), [TOGGLE]);
    assert.equal(outcome.written, true, outcome.error);
    const after = await readText(uri());
    assert.ok(after.includes('      - { title: A new first task, done: false }'), 'the task now at index 0 is untouched');
    assert.ok(after.includes(DONE_LINE), 'the task with the expected title was toggled');
  });

  it('refuses an op whose item is gone, saying why, and writes nothing', async () => {
    const outcome = await api.internals.store.write(uri(), [{ ...TOGGLE, expectTitle: 'A task nobody wrote' }]);
    assert.equal(outcome.written, false);
    assert.equal(outcome.failed.length, 1);
    assert.ok((outcome.failed[0]?.reason ?? '').length > 0, 'failed op carries a reason');
    assert.equal(await readText(uri()), original);
  });
});
