/**
 * `career-goals check` against the Problems panel: for the same file, the command line
 * prints the diagnostics the extension publishes, with the same codes, messages,
 * severities, lines and columns (UTF-16, as VS Code counts them, past an emoji too).
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import type { CareerGoalsTestApi } from '../../../src/api';
import type { Located } from '../../../src/cli/located';
import { activateExtension, EXTENSION_ID, fileIn, readText, waitFor, writeText, type FixtureFolder } from '../workspace';

/** A problem as `check --format json` prints it, without the parts Problems has no field for. */
type CliProblem = Omit<Located, 'file' | 'goalId'>;

const SEVERITY: Record<number, Located['severity']> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

/** What Problems shows for `uri`, in the shape the CLI prints. */
function problems(uri: vscode.Uri): CliProblem[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'Career Goals')
    .map((d) => ({
      severity: SEVERITY[d.severity] ?? assert.fail(`a severity Problems has: ${d.severity}`),
      code: typeof d.code === 'object' ? String(d.code.value) : String(d.code),
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
    }));
}

const sorted = (list: CliProblem[]) => [...list].sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code) || a.message.localeCompare(b.message));

describe('career-goals check: the same problems as the Problems panel', function () {
  this.timeout(30_000);
  let api: CareerGoalsTestApi;
  let cli: string;

  before(async () => {
    api = await activateExtension<CareerGoalsTestApi>();
    await api.whenIdle();
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, 'the extension under test');
    cli = vscode.Uri.joinPath(ext.extensionUri, 'dist', 'cli.js').fsPath;
  });

  /** The CLI's problems for `uri` (exit 1 with problems is not a failure here). */
  function check(uri: vscode.Uri): CliProblem[] {
    let out: string;
    try {
      out = execFileSync(process.execPath, [cli, 'check', '--format', 'json', '--today', today(), uri.fsPath], { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, encoding: 'utf8' });
    } catch (e) {
      out = (e as { stdout?: string }).stdout ?? '';
    }
    const report = JSON.parse(out) as { files: { problems: (CliProblem & Record<string, unknown>)[] }[] };
    return (report.files[0]?.problems ?? []).map(({ severity, code, message, line, column, endLine, endColumn }) => ({ severity, code, message, line, column, endLine, endColumn }));
  }

  const today = () => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };

  for (const name of ['valid', 'broken'] as FixtureFolder[]) {
    it(`agrees on ${name}/goals.yaml`, async () => {
      const uri = fileIn(name, 'goals.yaml');
      const shown = await waitFor(() => (problems(uri).length > 0 ? problems(uri) : undefined), `Problems for ${name}`);
      assert.deepEqual(sorted(check(uri)), sorted(shown));
    });
  }

  it('agrees on columns after an emoji (UTF-16, as VS Code counts)', async () => {
    const uri = fileIn('second', 'goals.yaml');
    const original = await readText(uri);
    const counts = JSON.stringify(api.getSnapshot(uri)?.diagnostics);
    const line = '    metric: { name: "🚀🚀 pages", start: 0, target: lots, current: 0, 🚀: 1 }';
    const changed = original.replace('    title: Outline the book\n', `    title: Outline the book\n${line}\n`);
    assert.notEqual(changed, original);
    try {
      await writeText(uri, changed);
      const lineNo = changed.split('\n').indexOf(line) + 1;
      const shown = await waitFor(() => {
        const list = problems(uri);
        return list.filter((p) => p.line === lineNo).length >= 2 ? list : undefined;
      }, 'Problems on the metric line');
      // Past the emoji (two UTF-16 units each): a code-point count would be one less per emoji.
      assert.ok(shown.some((p) => p.line === lineNo && p.column > line.indexOf('lots')), JSON.stringify(shown));
      assert.deepEqual(sorted(check(uri)), sorted(shown));
    } finally {
      await writeText(uri, original);
      await waitFor(async () => (await readText(uri)) === original && JSON.stringify(api.getSnapshot(uri)?.diagnostics) === counts, 'the fixture to be back');
      await api.whenIdle();
    }
  });
});
