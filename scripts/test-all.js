// @ts-check
/**
 * `npm test`: every check in order, stopping at the first failure —
 * bootstrap (npm ci when needed), lint, type check, unit tests, integration tests in a
 * real VS Code extension host (code-server), the same integration suites in its web worker
 * extension host (the host of vscode.dev and github.dev), UI tests in Chromium with the
 * packaged VSIX.
 * Prints each stage's time and result, and ends with `N passed, M failed` (mocha tests
 * across stages; a failed lint or type check counts as one failure).
 *
 * `npm test -- --skip ui,integration` skips stages; `--only unit` runs just one.
 */
const { spawn } = require('node:child_process');
const path = require('node:path');
const { bootstrap } = require('./bootstrap');

const root = path.resolve(__dirname, '..');
const node = process.execPath;
const bin = (/** @type {string} */ p) => path.join(root, 'node_modules', p);

/** @typedef {{ name: string, commands: string[][], counts?: 'mocha' | 'summary' }} Stage */
/** @type {Stage[]} */
const STAGES = [
  { name: 'lint', commands: [[node, bin('eslint/bin/eslint.js'), '.']] },
  { name: 'typecheck', commands: [[node, bin('typescript/bin/tsc'), '--noEmit']] },
  { name: 'unit', commands: [[node, 'esbuild.js', '--tests'], [node, bin('mocha/bin/mocha.js'), '--config', '.mocharc.json']], counts: 'mocha' },
  { name: 'integration', commands: [[node, 'esbuild.js'], [node, 'esbuild.js', '--tests'], [node, 'out/scripts/run-integration.js']], counts: 'summary' },
  { name: 'web', commands: [[node, 'esbuild.js'], [node, 'esbuild.js', '--tests'], [node, 'out/scripts/run-integration.js', '--web']], counts: 'summary' },
  { name: 'ui', commands: [[node, 'scripts/package.js'], [node, 'esbuild.js', '--tests'], [node, 'out/scripts/run-ui.js']], counts: 'summary' },
];

/** @param {string} flag */
function listArg(flag) {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? (process.argv[i + 1] ?? '').split(',').filter(Boolean) : [];
}

/** Children write to a pipe: keep colours only when this process prints to a terminal. */
function colorEnv() {
  const env = { ...process.env };
  if (process.stdout.isTTY) env.FORCE_COLOR = '1';
  else {
    delete env.FORCE_COLOR;
    env.NO_COLOR = '1';
  }
  return env;
}

/**
 * Runs one command, echoing its output while keeping a copy to count tests from.
 * @param {string[]} argv
 * @returns {Promise<{ code: number, output: string }>}
 */
function runCommand(argv) {
  return new Promise((resolve) => {
    const child = spawn(argv[0], argv.slice(1), { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: colorEnv() });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      output += d;
      process.stderr.write(d);
    });
    child.on('error', (e) => resolve({ code: 1, output: String(e) }));
    child.on('exit', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

/**
 * Test counts in a stage's output: mocha's `N passing` / `N failing` / `N pending`, or the
 * harness runners' own `N passed, M failed` line.
 * @param {string} output
 * @param {'mocha' | 'summary'} kind
 */
function countTests(output, kind) {
  // eslint-disable-next-line no-control-regex
  const text = output.replace(/\u001b\[[0-9;]*m/g, '');
  const last = (/** @type {RegExp} */ re) => {
    const all = [...text.matchAll(re)];
    return all.length ? Number(all[all.length - 1][1]) : 0;
  };
  if (kind === 'mocha') return { passed: last(/^\s*(\d+) passing/gm), failed: last(/^\s*(\d+) failing/gm), skipped: last(/^\s*(\d+) pending/gm) };
  const m = [...text.matchAll(/^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/gm)].pop();
  return m ? { passed: Number(m[1]), failed: Number(m[2]), skipped: Number(m[3] ?? 0) } : { passed: 0, failed: 0, skipped: 0 };
}

async function main() {
  const only = listArg('--only');
  const skip = listArg('--skip');
  const stages = STAGES.filter((s) => (only.length ? only.includes(s.name) : !skip.includes(s.name)));
  const totals = { passed: 0, failed: 0, skipped: 0 };
  /** @type {string[]} */
  const report = [];
  const started = Date.now();

  let t = Date.now();
  bootstrap();
  report.push(`  bootstrap    ok      ${((Date.now() - t) / 1000).toFixed(1).padStart(6)} s`);

  let failedStage = '';
  for (const stage of stages) {
    console.log(`\n━━ ${stage.name} ━━`);
    t = Date.now();
    let code = 0;
    let output = '';
    for (const argv of stage.commands) {
      const r = await runCommand(argv);
      output += r.output;
      code = r.code;
      if (code !== 0) break;
    }
    const counts = stage.counts ? countTests(output, stage.counts) : { passed: 0, failed: 0, skipped: 0 };
    // A failed step without failed tests (lint, type check, build, crash) still counts as one failure.
    if (code !== 0 && counts.failed === 0) counts.failed = 1;
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
    const detail = stage.counts ? `  ${counts.passed} passed, ${counts.failed} failed` : '';
    report.push(`  ${stage.name.padEnd(12)} ${code === 0 ? 'ok    ' : 'FAILED'}  ${((Date.now() - t) / 1000).toFixed(1).padStart(6)} s${detail}`);
    if (code !== 0) {
      failedStage = stage.name;
      break;
    }
  }

  console.log(`\n━━ summary (${((Date.now() - started) / 1000).toFixed(0)} s) ━━`);
  for (const line of report) console.log(line);
  if (failedStage) console.log(`npm test stopped: stage "${failedStage}" failed (see its output above)`);
  console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
  process.exit(failedStage ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
