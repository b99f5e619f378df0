/**
 * `npm run test:integration`: runs test/integration/suite/*.test.ts inside a real VS Code
 * extension host (code-server 4.100.3 = VS Code 1.100.3, installed on first use),
 * driven by headless Chromium, in a throwaway copy of the multi-root fixture workspace.
 * Exits 0 only when every test passed; always stops the server and the browser.
 *
 * With `--web`, the same suites run in code-server's WEB WORKER extension host instead
 * (the host of vscode.dev and github.dev): a browser-only copy of the extension with the
 * web test bundle inside (scripts/lib/web-extension.ts, test/web/index.ts).
 *
 * Env: CAREER_GOALS_TEST_GREP (mocha grep), CAREER_GOALS_TEST_TIMEOUT (seconds, default 360),
 * CAREER_GOALS_VERBOSE=1 (also print the workbench's own log lines).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { launchBrowser } from './lib/browser';
import { runCleanups, onCleanup } from './lib/cleanup';
import { startCodeServer } from './lib/code-server';
import { ensureAptPackages, ensureCodeServer } from './lib/install';
import { FIXTURES_DIR, freshRunDir, ROOT, VSCODE_VERSION } from './lib/paths';
import { countsOfMocha, formatCounts, writeCounts } from './lib/counts';
import { forwardHostLog, type Counts } from './lib/host-log';
import { WEB_TESTS_ENTRY, writeWebExtension } from './lib/web-extension';

const WEB = process.argv.includes('--web');
/** How this run's lines start: `[integration]` or `[integration web]`. */
const TAG = WEB ? '[integration web]' : '[integration]';

const TIMEOUT_S = Number(process.env.CAREER_GOALS_TEST_TIMEOUT ?? 360);
/** Mocha colours in the host only when the runner prints to a terminal (or was told to by npm test). */
function colorEnv(): NodeJS.ProcessEnv {
  const color = Boolean(process.stdout.isTTY) || (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0');
  return color ? { CAREER_GOALS_TEST_COLOR: '1', FORCE_COLOR: '1', NO_COLOR: undefined } : { CAREER_GOALS_TEST_COLOR: '0', FORCE_COLOR: undefined, NO_COLOR: '1' };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<number> {
  const t0 = Date.now();
  const testsEntry = path.join(ROOT, 'out', 'test', 'integration', 'index.js');
  const built = WEB ? [path.join(ROOT, 'dist', 'web.js'), path.join(ROOT, WEB_TESTS_ENTRY)] : [path.join(ROOT, 'dist', 'extension.js'), testsEntry];
  for (const f of built) {
    if (!fs.existsSync(f)) throw new Error(`${path.relative(ROOT, f)} is missing: build first (node esbuild.js && node esbuild.js --tests)`);
  }
  ensureAptPackages();
  ensureCodeServer();
  const tInstalled = Date.now();

  // Tests mutate files: run against a copy, never the fixtures themselves.
  const runDir = freshRunDir(WEB ? 'integration-web' : 'integration');
  const workspaceDir = path.join(runDir, 'workspace');
  fs.cpSync(FIXTURES_DIR, workspaceDir, { recursive: true });
  const workspaceFile = path.join(workspaceDir, 'multi.code-workspace');
  let passed = false;
  // Registered first so it runs last, after the server that writes into runDir has stopped.
  onCleanup(() => {
    if (passed) fs.rmSync(runDir, { recursive: true, force: true });
    else console.error(`${TAG} kept ${path.relative(ROOT, runDir)} for inspection (server log in profile/code-server.log)`);
  });

  const server = await startCodeServer({
    profileDir: path.join(runDir, 'profile'),
    verbose: process.env.CAREER_GOALS_VERBOSE === '1',
    // The history suite reads commits through VS Code's Git extension, which stays
    // without a model (getAPI throws "Git model not found") while git.enabled is off.
    settings: { 'git.enabled': true },
    // The extension host inherits the server's environment: mocha reads these there.
    env: colorEnv(),
  });
  const browser = await launchBrowser();
  const page = await browser.newPage();
  const tServer = Date.now();

  let counts: Counts | undefined;
  let resolveExit!: (code: number) => void;
  const exited = new Promise<number>((r) => (resolveExit = r));
  await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
    const found = forwardHostLog(type, args);
    if (found) counts = found;
  });
  await page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(code));
  page.on('pageerror', (e) => console.error('[page error]', e.message));
  if (WEB && process.env.CAREER_GOALS_VERBOSE === '1') page.on('console', (m) => console.log('[page console]', m.type(), m.text().slice(0, 300)));
  // Fail fast instead of waiting for the timeout when the page or the server dies.
  page.on('crash', () => {
    console.error(TAG + ' the workbench page crashed');
    resolveExit(1);
  });
  void server.exited.then(() => resolveExit(1));

  // On the web, the extension and its tests are a browser-only copy in the run folder.
  const extensionDir = WEB ? writeWebExtension(path.join(runDir, 'web-extension'), { grep: process.env.CAREER_GOALS_TEST_GREP || undefined }) : ROOT;
  const url = server.urlFor(workspaceFile, [
    ['extensionDevelopmentPath', server.remoteUri(extensionDir)],
    ['extensionTestsPath', server.remoteUri(WEB ? path.join(extensionDir, WEB_TESTS_ENTRY) : testsEntry)],
    ['skipWelcome', 'true'],
  ]);
  console.log(`${TAG} VS Code ${VSCODE_VERSION} via code-server on ${server.origin}, workspace ${path.relative(ROOT, workspaceFile)}`);
  await page.goto(url);

  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<number>((r) => {
    timer = setTimeout(() => {
      console.error(`${TAG} TIMEOUT: no result after ${TIMEOUT_S} s; server log: ${server.logFile}`);
      r(124);
    }, TIMEOUT_S * 1000);
  });
  // A pending timer keeps Node alive after the browser closes: always clear it.
  onCleanup(() => clearTimeout(timer));
  const code = await Promise.race([exited, timedOut]);
  const tDone = Date.now();

  const ok = code === 0 && counts !== undefined && counts.failures === 0;
  passed = ok;
  console.log(
    `${TAG} timings: install check ${seconds(tInstalled - t0)}, host start ${seconds(tServer - tInstalled)}, tests ${seconds(tDone - tServer)}, total ${seconds(tDone - t0)}`,
  );
  if (counts) {
    const found = countsOfMocha(counts);
    writeCounts(found);
    summary = formatCounts(found);
  } else console.log(`${TAG} no results reported (exit code ${code})`);
  return ok ? 0 : code || 1;
}

/** Printed last, after cleanup messages, so it closes the output. */
let summary = '';

main()
  .then(async (code) => {
    await runCleanups();
    if (summary) console.log(summary);
    process.exit(code);
  })
  .catch(async (e) => {
    console.error(TAG + ' FAILED:', e instanceof Error ? e.message : e);
    await runCleanups();
    process.exit(1);
  });
