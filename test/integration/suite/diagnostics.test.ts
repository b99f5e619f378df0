/**
 * Problems for goals.yaml in the real host: the `careerGoals` collection carries the
 * analysis diagnostics with exact ranges, stable codes and mapped severities, follows
 * typing, and is cleared when the file disappears.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerGoalsTestApi } from '../../../src/api';
import { activateExtension, at, fileIn, readText, replaceText, waitFor, writeText } from '../workspace';

const SOURCE = 'Career Goals';
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);

/** The range of the first occurrence of `needle` in `text`, after `after` when given. */
function rangeOf(text: string, needle: string, after = ''): vscode.Range {
  const start = text.indexOf(needle, after ? text.indexOf(after) : 0);
  assert.ok(start >= 0, `${needle} is in the text`);
  const pos = (o: number) => {
    const lines = text.slice(0, o).split('\n');
    return new vscode.Position(lines.length - 1, at(lines, lines.length - 1).length);
  };
  return new vscode.Range(pos(start), pos(start + needle.length));
}

describe('diagnostics: Problems for goals.yaml', () => {
  let api: CareerGoalsTestApi;
  before(async () => {
    api = await activateExtension<CareerGoalsTestApi>();
    await api.whenIdle();
  });

  it('publishes every analysis diagnostic of the valid plan with its code and exact range', async () => {
    const uri = fileIn('valid', 'goals.yaml');
    const text = await readText(uri);
    const expected = api.internals.store.find(uri)!.analysis.diagnostics;
    const got = await waitFor(() => (ours(uri).length === expected.length ? ours(uri) : undefined), 'the collection to match the analysis');
    assert.deepEqual(got.map((d) => d.code), expected.map((d) => d.code));
    // `staff` has no metric, checkpoints or tasks: not measurable, pointing at its title.
    const staff = got.find((d) => d.code === 'pitfall/not-measurable');
    assert.ok(staff, 'staff is reported as not measurable');
    assert.ok(staff.range.isEqual(rangeOf(text, 'Become a staff engineer')), `range ${JSON.stringify(staff.range)}`);
    assert.equal(staff.severity, vscode.DiagnosticSeverity.Warning);
    const hint = got.find((d) => d.code === 'pitfall/no-flexibility');
    assert.equal(hint?.severity, vscode.DiagnosticSeverity.Hint, 'hint maps to Hint');
  });

  it('reports the syntax error and the misspelt key of the broken plan', async () => {
    const uri = fileIn('broken', 'goals.yaml');
    const text = await readText(uri);
    const got = await waitFor(() => (ours(uri).length ? ours(uri) : undefined), 'diagnostics for broken/goals.yaml');
    const syntax = got.find((d) => d.code === 'yaml-syntax');
    assert.equal(syntax?.severity, vscode.DiagnosticSeverity.Error);
    const typo = got.find((d) => d.code === 'unknown-key');
    assert.ok(typo, 'the misspelt `tittle` is reported');
    assert.ok(typo.range.isEqual(rangeOf(text, 'tittle')), `range ${JSON.stringify(typo.range)}`);
    assert.equal(typo.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(typo.message, /title/);
  });

  it('updates as the person types, before saving', async () => {
    const uri = fileIn('valid', 'goals.yaml');
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    const original = doc.getText();
    const dueLine = original.split('\n').findIndex((l) => l === '    due: 2026-12-31');
    assert.ok(dueLine > 0);
    try {
      await editor.edit((b) => b.delete(new vscode.Range(dueLine, 0, dueLine + 1, 0)));
      const found = await waitFor(
        () => ours(uri).find((d) => d.code === 'pitfall/not-time-bound' && d.message.includes('Ship the deploy CLI')),
        'a not-time-bound problem for the goal whose due date was deleted',
      );
      assert.ok(found.range.isEqual(rangeOf(doc.getText(), 'Ship the deploy CLI')));
      assert.equal(doc.isDirty, true, 'nothing was saved');
    } finally {
      // Put the text back and save (the same bytes as on disk), so later suites see the fixture.
      await replaceText(api, uri, original);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
    await waitFor(() => !ours(uri).some((d) => d.code === 'pitfall/not-time-bound' && d.message.includes('Ship the deploy CLI')), 'the problem to go once the text is back');
    await waitFor(async () => {
      await api.whenIdle();
      return api.internals.store.find(uri)?.text === original;
    }, 'the store to have the original text');
  });

  it('clears the problems of a goals file that is deleted', async function () {
    this.timeout(30_000);
    const uri = fileIn('empty', 'goals.yaml');
    await writeText(uri, 'version: 1\nvision:\n  north_star: x\n  values: [a]\ngoals:\n  - title: Bare goal\n    horizon: short\n');
    try {
      await waitFor(() => ours(uri).some((d) => d.code === 'pitfall/not-time-bound'), 'problems for the new file');
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await waitFor(() => ours(uri).length === 0, 'problems to be cleared after deletion');
    await waitFor(async () => {
      await api.whenIdle();
      return !api.internals.store.states.some((s) => s.uri.toString() === uri.toString());
    }, 'the store to drop the deleted file');
  });
});
