// @ts-check
/**
 * `npm test`: every check in order, stopping at the first failure —
 * bootstrap (npm ci when needed), lint, type check, unit tests, integration tests in a
 * real VS Code extension host (code-server), the same integration suites in its web worker
 * extension host (the host of vscode.dev and github.dev), UI tests in Chromium with the
 * packaged VSIX.
 * Prints each stage's time and result, and ends with `N passed, M failed` (mocha tests
 * across stages, as each runner reports them from its own structured results; a failed
 * lint or type check counts as one failure).
 *
 * `npm test -- --skip ui,integration` skips stages; `--only unit` runs just one.
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { bootstrap } = require('./bootstrap');

const root = path.resolve(__dirname, '..');
const node = process.execPath;
const bin = (/** @type {string} */ p) => path.join(root, 'node_modules', p);
/** Where a stage's runner writes its counts: scripts/lib/counts.ts, which the runners use, names it too. */
const COUNTS_FILE_ENV = 'CAREER_GOALS_COUNTS_FILE';

/**
 * `builds` are esbuild runs a stage needs; each runs once per `npm test`, before the
 * first stage that needs it. `with` names an earlier stage this one runs beside: the
 * static checks are one process each, so on two cores they take no time from the unit
 * tests, and their output is held back and printed whole when they end.
 * @typedef {{ name: string, commands: string[][], builds?: string[], counts?: boolean, with?: string }} Stage
 */
/** @type {Record<string, string[]>} */
const BUILDS = { dev: [node, 'esbuild.js'], tests: [node, 'esbuild.js', '--tests'] };
/** @type {Stage[]} */
const STAGES = [
  { name: 'unit', builds: ['tests'], commands: [[node, bin('mocha/bin/mocha.js'), '--config', '.mocharc.json']], counts: true },
  {
    name: 'lint',
    with: 'unit',
    commands: [[node, bin('eslint/bin/eslint.js'), '.'], [node, bin('knip/bin/knip.js')], [node, bin('knip/bin/knip.js'), '--production'], [node, bin('markdownlint-cli2/markdownlint-cli2-bin.mjs')]],
  },
  { name: 'typecheck', with: 'unit', commands: [[node, bin('typescript/bin/tsc'), '--noEmit']] },
  // Installs Chromium and code-server when missing (a clean clone), while the unit tests run.
  { name: 'hosts', with: 'unit', builds: ['tests'], commands: [[node, 'out/scripts/prepare-hosts.js']] },
  { name: 'integration', builds: ['dev', 'tests'], commands: [[node, 'out/scripts/run-integration.js']], counts: true },
  { name: 'web', builds: ['dev', 'tests'], commands: [[node, 'out/scripts/run-integration.js', '--web']], counts: true },
  // package.js makes its own production build; the tests build stays as it was.
  { name: 'ui', builds: ['tests'], commands: [[node, 'scripts/package.js'], [node, 'out/scripts/run-ui.js']], counts: true },
];

/** @param {string} flag */
function listArg(flag) {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? (process.argv[i + 1] ?? '').split(',').filter(Boolean) : [];
}

/**
 * Colours only when this process prints to a terminal: the stages' children share its
 * output, but some (the extension host, through code-server) cannot see it, so say so.
 */
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
 * Runs one command, echoing its output as it comes (or holding it). `countsFile` is where a test runner
 * leaves its counts (see below).
 * @param {string[]} argv
 * @param {string} countsFile
 * @param {string[]} [held] collects the output instead, for a stage that runs beside another
 * @returns {Promise<number>} the exit code
 */
function runCommand(argv, countsFile, held) {
  return new Promise((resolve) => {
    const stdio = held ? 'pipe' : 'inherit';
    const child = spawn(argv[0], argv.slice(1), { cwd: root, stdio: ['ignore', stdio, stdio], env: { ...colorEnv(), [COUNTS_FILE_ENV]: countsFile } });
    if (held) {
      child.stdout?.on('data', (d) => held.push(String(d)));
      child.stderr?.on('data', (d) => held.push(String(d)));
    }
    child.on('error', (e) => {
      (held ?? []).push(String(e));
      if (!held) console.error(String(e));
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/**
 * A stage's test counts, as its runner wrote them from its own structured results
 * (scripts/lib/counts.ts: mocha's stats, the extension host's result record); none when
 * the runner wrote nothing (it crashed, or the stage has no tests).
 * @param {string} file
 * @returns {{ passed: number, failed: number, skipped: number } | undefined}
 */
function readCounts(file) {
  if (!fs.existsSync(file)) return undefined;
  const c = JSON.parse(fs.readFileSync(file, 'utf8'));
  const n = (/** @type {unknown} */ v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined);
  const counts = { passed: n(c?.passed), failed: n(c?.failed), skipped: n(c?.skipped) };
  if (counts.passed === undefined || counts.failed === undefined || counts.skipped === undefined) throw new Error(`${file} does not hold test counts: ${JSON.stringify(c)}`);
  return /** @type {{ passed: number, failed: number, skipped: number }} */ (counts);
}

async function main() {
  const only = listArg('--only');
  const skip = listArg('--skip');
  const stages = STAGES.filter((s) => (only.length ? only.includes(s.name) : !skip.includes(s.name)));
  const totals = { passed: 0, failed: 0, skipped: 0 };
  /** @type {string[]} */
  const report = [];
  const started = Date.now();

  // Each stage's runner writes its counts here (one file per stage), read once it ends.
  const countsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'career-goals-counts-'));
  process.on('exit', () => fs.rmSync(countsDir, { recursive: true, force: true }));

  const t = Date.now();
  bootstrap();
  report.push(`  bootstrap    ok      ${((Date.now() - t) / 1000).toFixed(1).padStart(6)} s`);

  /** @type {Set<string>} */
  const built = new Set();
  /**
   * Runs a stage's builds (once per run) and commands; the result line is added later,
   * in the order of STAGES.
   * @param {Stage} stage
   * @param {string[]} [held]
   */
  const runStage = async (stage, held) => {
    const t = Date.now();
    let code = 0;
    const countsFile = path.join(countsDir, `${stage.name}.json`);
    const builds = (stage.builds ?? []).filter((b) => !built.has(b));
    for (const argv of [...builds.map((b) => BUILDS[b] ?? []), ...stage.commands]) {
      code = await runCommand(argv, countsFile, held);
      if (code !== 0) break;
    }
    if (code === 0) builds.forEach((b) => built.add(b));
    const reported = stage.counts ? readCounts(countsFile) : undefined;
    if (stage.counts && code === 0 && !reported) {
      console.error(`npm test: stage "${stage.name}" exited 0 but its runner reported no test counts`);
      code = 1;
    }
    const counts = reported ?? { passed: 0, failed: 0, skipped: 0 };
    // A failed step without failed tests (lint, type check, build, crash) still counts as one failure.
    if (code !== 0 && counts.failed === 0) counts.failed = 1;
    const detail = stage.counts ? `  ${counts.passed} passed, ${counts.failed} failed` : '';
    return { stage, code, counts, line: `  ${stage.name.padEnd(12)} ${code === 0 ? 'ok    ' : 'FAILED'}  ${((Date.now() - t) / 1000).toFixed(1).padStart(6)} s${detail}` };
  };

  let failedStage = '';
  /** @type {Set<string>} */
  const done = new Set();
  for (const stage of stages) {
    if (done.has(stage.name)) continue;
    // The stages that run beside this one (when they were asked for too).
    const beside = stages.filter((s) => s.with === stage.name);
    beside.forEach((s) => done.add(s.name));
    console.log(`\n━━ ${[stage.name, ...beside.map((s) => s.name)].join(' + ')} ━━`);
    // The group's builds first, one at a time: two esbuild runs must not write out/ at once.
    const groupBuilds = [...new Set([stage, ...beside].flatMap((s) => s.builds ?? []))].filter((b) => !built.has(b));
    for (const b of groupBuilds) {
      if ((await runCommand(BUILDS[b] ?? [], path.join(countsDir, 'build.json'))) === 0) built.add(b);
    }
    /** @type {string[][]} */
    const heldOutput = beside.map(() => []);
    const results = await Promise.all([runStage(stage), ...beside.map((s, i) => runStage(s, heldOutput[i]))]);
    beside.forEach((s, i) => {
      const text = (heldOutput[i] ?? []).join('');
      if (text.trim()) console.log(`\n── ${s.name} (ran beside ${stage.name}) ──\n${text.trimEnd()}`);
    });
    for (const r of results) {
      totals.passed += r.counts.passed;
      totals.failed += r.counts.failed;
      totals.skipped += r.counts.skipped;
      report.push(r.line);
      if (r.code !== 0 && !failedStage) failedStage = r.stage.name;
    }
    if (failedStage) break;
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
