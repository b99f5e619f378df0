/**
 * Adjust Due Date in the real host: the command moves `due` and appends the record to
 * `adjustments:` as one edit (the exact text is checked), one Undo in the editor restores
 * the file, and the quick fix on an overdue goal runs the command for that goal. Each
 * test puts back what it changed.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerGoalsTestApi } from '../../../src/api';
import { Commands } from '../../../src/constants';
import { activateExtension, fileIn, readText, replaceText, waitFor, revertAndRestore } from '../workspace';

interface Result {
  written: boolean;
  error?: string;
  failed: { reason: string }[];
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** `text` with its one occurrence of `from` replaced by `to`; fails when the fixture changed under the test. */
function swap(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  assert.ok(at >= 0 && text.indexOf(from, at + 1) < 0, `the fixture must hold ${JSON.stringify(from)} exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

describe('Adjust Due Date', () => {
  const uri = () => fileIn('valid', 'goals.yaml');
  let api: CareerGoalsTestApi;
  let original = '';

  before(async () => {
    api = await activateExtension<CareerGoalsTestApi>();
    await api.whenIdle();
    original = await readText(uri());
  });

  // An Undo leaves the editor with unsaved text: revert it before closing, then put the file back.
  afterEach(() => revertAndRestore(api, uri(), original));

  it('moves due and appends {date, from, to, reason} as one edit, which one Undo reverts', async () => {
    const editor = await vscode.window.showTextDocument(uri());
    const reason = 'Reorg: #2 "moved" 🚀';
    const result = await vscode.commands.executeCommand<Result>(Commands.adjustDueDate, { kind: 'goal', uri: uri(), goalId: 'mentor', to: '2027-09-30', reason });
    assert.equal(result.written, true, result.error ?? result.failed.map((f) => f.reason).join(' '));
    const expected = swap(
      original,
      '    due: 2027-06-30\n',
      `    due: 2027-09-30\n    adjustments:\n      - { date: ${today()}, from: 2027-06-30, to: 2027-09-30, reason: "Reorg: #2 \\"moved\\" 🚀" }\n`,
    );
    // assert.equal prints the expected and the found text side by side when they differ.
    assert.equal(await readText(uri()), expected, 'the file on disk after Adjust Due Date');
    assert.equal(editor.document.getText(), expected, 'the editor shows the same text');
    assert.equal(editor.document.isDirty, false, 'the edit was saved');
    await waitFor(() => api.internals.store.find(uri())?.text === expected, 'the store to follow the write');

    await vscode.commands.executeCommand('undo');
    await waitFor(() => editor.document.getText() === original, 'one Undo to restore the original text (due and the record together)');
  });

  it('refuses a goal without a due date and a move to the same day, writing nothing', async () => {
    const same = await vscode.commands.executeCommand<Result>(Commands.adjustDueDate, { uri: uri(), goalId: 'mentor', to: '2027-06-30', reason: 'No change' });
    assert.equal(same.written, false);
    assert.match(same.failed[0]?.reason ?? same.error ?? '', /already due on 2027-06-30/);
    assert.equal(await readText(uri()), original);
  });

  it('is the quick fix “Adjust Due Date…” on an overdue goal, and writes for that goal', async () => {
    const plan = swap(original, '    start: 2026-01-01\n    due: 2029-12-31\n', '    start: 2020-01-01\n    due: 2021-12-31   # long gone\n');
    await replaceText(api, uri(), plan);
    const diagnostic = await waitFor(
      () => vscode.languages.getDiagnostics(uri()).find((d) => d.code === 'pitfall/overdue' && d.message.includes('Become a staff engineer')),
      'a pitfall/overdue diagnostic on the staff goal',
    );
    await vscode.workspace.openTextDocument(uri());
    const all = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri(), diagnostic.range)) ?? [];
    const fix = all.find((a): a is vscode.CodeAction => 'kind' in a && a.title.startsWith('Adjust Due Date…'));
    assert.ok(fix?.command, `offered: ${all.map((a) => a.title).join(', ')}`);
    assert.equal(fix.command.command, Commands.adjustDueDate);
    const arg = fix.command.arguments?.[0] as { uri: vscode.Uri; goalId: string };
    assert.equal(arg.goalId, 'staff');
    assert.equal(arg.uri.toString(), uri().toString());
    // What the two input boxes would ask for, given as arguments.
    const result = await vscode.commands.executeCommand<Result>(fix.command.command, { ...arg, to: '2030-06-30', reason: 'Promotion cycle moved' });
    assert.equal(result.written, true, result.error);
    const expected = swap(plan, '    due: 2021-12-31   # long gone\n', `    due: 2030-06-30   # long gone\n    adjustments:\n      - { date: ${today()}, from: 2021-12-31, to: 2030-06-30, reason: Promotion cycle moved }\n`);
    assert.equal(await readText(uri()), expected, 'the file after the quick fix');
    await waitFor(() => !vscode.languages.getDiagnostics(uri()).some((d) => d.code === 'pitfall/overdue'), 'the overdue pitfall to go');
  });
});
