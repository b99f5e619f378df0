/**
 * Mocha entry point loaded INSIDE the extension host (`extensionTestsPath`), both by
 * `npm run test:integration` (code-server here) and `npm run test:electron` (desktop).
 *
 * Conventions for integration suites:
 * - One file per area: `test/integration/suite/<area>.test.ts`, mocha BDD
 *   (`describe`/`it`, globals: no import needed), `node:assert/strict` for checks.
 *   Every file there ending in `.test.ts` is compiled by `node esbuild.js --tests` and
 *   loaded here; nothing to register.
 * - Use the real `vscode` API; never mock it. Drive the extension as a user would
 *   (`vscode.commands.executeCommand`, editing documents, `workspace.fs`) and read its
 *   state through the API `activate()` returns (`await activateExtension()` from
 *   `../workspace`). Do not import stateful modules from `src/` in a test: each test
 *   file is bundled on its own, so you would get a second copy, not the running one.
 *   Pure modules (`src/core/**`, `src/constants`) are fine to import.
 * - The window is ONE multi-root workspace, a fresh copy of
 *   `test/fixtures/workspaces/multi.code-workspace` with folders `valid`, `second`,
 *   `broken` and `empty` (see `folder(name)` in `../workspace`). Tests may change files
 *   in it freely (the copy is thrown away), but must restore everything they changed,
 *   settings and editors included, in `afterEach`/`after`/`finally`, pass or fail. The
 *   workspace guard (`../guard`) checks this after each file's suite, says which suite
 *   left what, and puts the fixture back so the leak fails only that suite.
 * - No sleeps as assertions: wait for a condition with `waitFor()` from `../workspace`,
 *   on state (snapshot, tree, `workspace.fs.stat`), never on an event that may already
 *   have fired.
 * - Default timeout 20 s per test; set `this.timeout()` in a `function () {}` for more.
 * - Run a subset: `CAREER_GOALS_TEST_GREP='status bar' npm run test:integration`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import { MOCHA_LINE_MARK } from './marks';
import { runGuarded } from './run-guarded';

function testFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return testFiles(p);
    return e.name.endsWith('.test.js') ? [p] : [];
  });
}

/** Called by VS Code's test support once the extension host is up; resolves when every suite passed. */
export async function run(): Promise<void> {
  // Reporters print through Base.consoleLog; format here (the workbench log does not apply
  // printf-style placeholders) and mark each line for the runner.
  const reporterBase = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  reporterBase.consoleLog = (...args: unknown[]) => console.log(MOCHA_LINE_MARK + format(...args));
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    // Colours only when the runner prints to a terminal (it sets this variable).
    color: process.env.CAREER_GOALS_TEST_COLOR === '1',
    timeout: 20_000,
    grep: process.env.CAREER_GOALS_TEST_GREP || undefined,
  });
  for (const file of testFiles(path.join(__dirname, 'suite')).sort()) mocha.addFile(file);
  // Load the files now, so the guard can follow each file's top-level suite.
  await mocha.loadFilesAsync();
  return runGuarded(mocha);
}
