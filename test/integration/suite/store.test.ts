/**
 * The store follows the person: typing in an open goals.yaml (debounced, unsaved
 * text counts), saves, changes made outside VS Code, closing an unsaved editor, and
 * the review journal.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerGoalsTestApi } from '../../../src/api';
import { activateExtension, fileIn, readText, waitFor, writeText, revertAndRestore } from '../workspace';

let api: CareerGoalsTestApi;
const uri = () => fileIn('valid', 'goals.yaml');
const titles = () => api.getSnapshot(uri())?.goals.map((g) => g.title) ?? [];

describe('store', () => {
  let original = '';

  before(async () => {
    api = await activateExtension<CareerGoalsTestApi>();
    await api.internals.store.ready();
    await api.whenIdle();
    original = await readText(uri());
  });

  // An Undo leaves the editor with unsaved text: revert it before closing, then put the file back.
  afterEach(() => revertAndRestore(api, uri(), original));

  it('has a state per folder with a goals file once ready', () => {
    assert.deepEqual(
      api.internals.store.states.map((s) => s.folder.name),
      ['valid', 'second', 'broken'],
    );
  });

  it('follows typing in an open goals.yaml, unsaved text included', async () => {
    const editor = await vscode.window.showTextDocument(uri());
    const at = editor.document.getText().indexOf('Ship the deploy CLI') + 'Ship the deploy CLI'.length;
    await editor.edit((b) => b.insert(editor.document.positionAt(at), ' v2'));
    await api.whenIdle();
    assert.ok(titles().includes('Ship the deploy CLI v2'));
    assert.equal(api.internals.store.find(uri())?.text, editor.document.getText());
    assert.equal(await readText(uri()), original, 'nothing saved for the person');
  });

  it('goes back to the file when an unsaved editor is closed without saving', async () => {
    const editor = await vscode.window.showTextDocument(uri());
    await editor.edit((b) => b.replace(editor.document.getWordRangeAtPosition(editor.document.positionAt(editor.document.getText().indexOf('Mentor two')))!, 'Coach'));
    await waitFor(() => titles().includes('Coach two engineers'), 'the typed title');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor(() => titles().includes('Mentor two engineers'), 'the saved title again');
  });

  it('follows saves', async () => {
    const editor = await vscode.window.showTextDocument(uri());
    const at = editor.document.getText().indexOf('Become a staff engineer') + 'Become a staff engineer'.length;
    await editor.edit((b) => b.insert(editor.document.positionAt(at), ' soon'));
    await editor.document.save();
    await waitFor(() => titles().includes('Become a staff engineer soon'), 'the saved title');
    assert.ok((await readText(uri())).includes('Become a staff engineer soon'));
  });

  it('follows changes made outside VS Code', async () => {
    await writeText(uri(), original.replace('title: Ship the deploy CLI', 'title: Ship the CLI from outside'));
    await waitFor(() => titles().includes('Ship the CLI from outside'), 'the outside change');
  });

  it('follows the review journal for the due review', async () => {
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    const entry = fileIn('valid', 'reviews', `${iso}-weekly.md`);
    assert.equal(api.getSnapshot(uri())?.reviewDue, 'weekly', 'no journal: the weekly review is due');
    await writeText(entry, `---\nkind: weekly\ndate: ${iso}\n---\n\n# Weekly Review\n`);
    try {
      await waitFor(() => api.getSnapshot(uri())?.reviewDue === null, 'the weekly review to count as done');
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(entry, '..'), { recursive: true });
    }
    await waitFor(() => api.getSnapshot(uri())?.reviewDue === 'weekly', 'the weekly review to be due again');
  });
});
