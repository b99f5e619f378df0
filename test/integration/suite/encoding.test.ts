/**
 * A goals file whose bytes are not UTF-8: Problems names the first bad byte by line and
 * column (`invalid-encoding`), and no command writes the file, so no byte becomes U+FFFD.
 * The test restores the file's bytes exactly.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerGoalsTestApi } from '../../../src/api';
import { activateExtension, arrived, fileIn, restoreText, readText, waitFor } from '../workspace';

describe('a goals file that is not UTF-8', function () {
  this.timeout(30_000);
  let api: CareerGoalsTestApi;
  const uri = () => fileIn('second', 'goals.yaml');
  let original: Uint8Array;
  let originalText: string;

  before(async () => {
    api = await activateExtension<CareerGoalsTestApi>();
    await api.whenIdle();
    original = await vscode.workspace.fs.readFile(uri());
    originalText = await readText(uri());
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.writeFile(uri(), original);
    await restoreText(api, uri(), originalText);
  });

  it('is an error in Problems at the first bad byte, and no command writes it', async () => {
    // "Outline the book" becomes "Outline the b\xE9ok": a Latin-1 é on line 10.
    const text = new TextDecoder().decode(original);
    const lineNo = text.split('\n').findIndex((l) => l.includes('title: Outline the book')) + 1;
    const column = (text.split('\n')[lineNo - 1] ?? '').indexOf('book') + 2;
    const at = new TextEncoder().encode(text.slice(0, text.indexOf('Outline the book') + 'Outline the b'.length)).length;
    const bytes = new Uint8Array([...original.slice(0, at), 0xe9, ...original.slice(at + 1)]);
    await vscode.workspace.fs.writeFile(uri(), bytes);

    const problem = await waitFor(() => vscode.languages.getDiagnostics(uri()).find((d) => d.code === 'invalid-encoding'), 'an invalid-encoding problem');
    assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
    assert.match(problem.message, new RegExp(`the byte 0xE9 at line ${lineNo}, column ${column} is not part of a UTF-8 character`));
    assert.deepEqual([problem.range.start.line, problem.range.start.character], [lineNo - 1, column - 1], 'the range starts at the bad byte');

    const result = await vscode.commands.executeCommand<{ written: boolean; error?: string }>('careerGoals.toggleItem', { kind: 'checkpoint', uri: uri(), goalId: 'outline', index: 1, title: 'First chapter draft' });
    assert.equal(result.written, false, 'nothing was written');
    assert.match(result.error ?? '', /goals\.yaml is not valid UTF-8 \(line \d+, column \d+\), so saving it would replace those bytes; nothing was changed/);
    const after = await arrived('the file on disk', () => vscode.workspace.fs.readFile(uri()), () => true);
    assert.deepEqual([...after], [...bytes], 'the bytes on disk are unchanged');
  });
});
