/**
 * `npm run demo`: try the extension on the bundled example.
 * - With VS Code desktop's `code` on PATH: `code --extensionDevelopmentPath=<repo> <copy of examples>`.
 * - Otherwise: code-server on 127.0.0.1 (port 8080, or a free one), with the extension
 *   loaded from this folder; open the printed URL in a browser; Ctrl+C stops it.
 * The example is copied to .cache/demo/examples once so the demo never edits the
 * committed example; the demo's VS Code profile in .cache/demo/ persists between runs.
 * The copy's workspace settings turn on careerGoals.dashboard.openOnStartup, so the
 * demo opens on the Goals view with the progress dashboard beside it.
 *
 * `npm run demo -- --web` runs it as vscode.dev and github.dev do, in a web worker
 * extension host from dist/web.js: with desktop `code`, through
 * `--extensionDevelopmentKind=web`; with code-server, as a browser-only copy of the
 * extension (no `main` in its manifest) in a profile of its own, .cache/demo/profile-web.
 *
 * Env: DEMO_RESET=1 (fresh copy of examples/ and profile), DEMO_PORT, DEMO_CODE_SERVER=1
 * (use code-server even when `code` exists), DEMO_SCREENSHOT=file.png (open the demo in
 * headless Chromium, check the Goals view shows the example, save a screenshot, exit),
 * DEMO_DIR (where the copy and profile live; default .cache/demo).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { launchBrowser, VIEWPORT } from './lib/browser';
import { isStopping, runCleanups } from './lib/cleanup';
import { freePort, startCodeServer } from './lib/code-server';
import { ensureAptPackages, ensureCodeServer } from './lib/install';
import { CACHE_DIR, EXTENSION_ID, EXTENSION_VERSION, ROOT } from './lib/paths';
import { writeWebExtension } from './lib/web-extension';

/** `--web`: the web worker extension host, as on vscode.dev and github.dev. */
const WEB = process.argv.includes('--web');

const demoDir = path.resolve(process.env.DEMO_DIR ?? path.join(CACHE_DIR, 'demo'));
const screenshot = process.env.DEMO_SCREENSHOT ? path.resolve(process.env.DEMO_SCREENSHOT) : undefined;

/** Copies examples/ into the demo folder unless a copy (with the user's edits) is already there. */
function prepareWorkspace(): string {
  if (process.env.DEMO_RESET === '1') fs.rmSync(demoDir, { recursive: true, force: true });
  const workspace = path.join(demoDir, 'examples');
  if (!fs.existsSync(workspace)) fs.cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
  // The demo opens on the Goals view with the dashboard beside it (a setting of the copy, kept if edited).
  const settings = path.join(workspace, '.vscode', 'settings.json');
  if (!fs.existsSync(settings)) {
    fs.mkdirSync(path.dirname(settings), { recursive: true });
    fs.writeFileSync(settings, `${JSON.stringify({ 'careerGoals.dashboard.openOnStartup': true }, null, 2)}\n`);
  }
  return workspace;
}

function hasDesktopCode(): boolean {
  if (process.env.DEMO_CODE_SERVER === '1' || screenshot) return false;
  return spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Port 8080 when free (easy to remember), else any free one. */
async function choosePort(): Promise<number> {
  if (process.env.DEMO_PORT) return Number(process.env.DEMO_PORT);
  const net = await import('node:net');
  const free8080 = await new Promise<boolean>((resolve) => {
    const srv = net.createServer().once('error', () => resolve(false));
    srv.listen(8080, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
  return free8080 ? 8080 : freePort();
}

/**
 * Loads the extension from this folder: a symlink named like an installed extension
 * points at the repository, so a rebuild (`npm run watch`) plus "Reload Window" picks up changes.
 */
function linkExtension(extensionsDir: string): void {
  fs.mkdirSync(extensionsDir, { recursive: true });
  for (const e of fs.readdirSync(extensionsDir)) {
    if (e.startsWith(`${EXTENSION_ID}-`)) fs.rmSync(path.join(extensionsDir, e), { recursive: true, force: true });
  }
  const target = path.join(extensionsDir, `${EXTENSION_ID}-${EXTENSION_VERSION}`);
  // On the web, a copy without `main` (rebuild and run the demo again to pick up changes).
  if (WEB) writeWebExtension(target);
  else fs.symlinkSync(ROOT, target, 'dir');
}

async function takeScreenshot(url: string, file: string): Promise<void> {
  const browser = await launchBrowser();
  const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
  await page.goto(url);
  const tab = page.getByRole('tab', { name: 'Career Goals' });
  await tab.waitFor({ timeout: 60_000 });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
  // The example's horizons are groups in the Goals view: seeing one proves the example is served.
  await page.getByRole('treeitem', { name: /Short-term/ }).first().waitFor({ timeout: 60_000 });
  // And the dashboard opens beside it, drawn.
  const dashboard = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  await dashboard.getByRole('heading', { name: /^Progress — /, level: 1 }).waitFor({ timeout: 60_000 });
  await dashboard.getByRole('heading', { name: 'Overall progress over time' }).waitFor();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file });
  console.log(`[demo] screenshot saved to ${path.relative(process.cwd(), file)}`);
}

async function main(): Promise<number> {
  const bundle = WEB ? 'web.js' : 'extension.js';
  if (!fs.existsSync(path.join(ROOT, 'dist', bundle))) throw new Error(`dist/${bundle} is missing: build first (npm run demo does)`);
  const workspace = prepareWorkspace();
  if (hasDesktopCode()) {
    console.log(`[demo] opening ${path.relative(ROOT, workspace)} in VS Code with the extension from ${ROOT}${WEB ? ' in a web worker extension host' : ''}`);
    const r = spawnSync('code', [`--extensionDevelopmentPath=${ROOT}`, ...(WEB ? ['--extensionDevelopmentKind=web'] : []), workspace], { stdio: 'inherit' });
    return r.status ?? 1;
  }
  ensureAptPackages(screenshot ? undefined : ['libkrb5-dev', 'ripgrep']);
  ensureCodeServer();
  const profileDir = path.join(demoDir, WEB ? 'profile-web' : 'profile');
  linkExtension(path.join(profileDir, 'extensions'));
  const server = await startCodeServer({ profileDir, port: await choosePort() });
  const url = server.urlFor(workspace);
  if (screenshot) {
    await takeScreenshot(url, screenshot);
    return 0;
  }
  console.log(`\n  Career Goals demo is running${WEB ? ' in the web worker extension host, as on vscode.dev' : ''}. Open this in your browser:\n\n    ${url}\n\n  (Ctrl+C stops it; your changes stay in ${demoDir})\n`);
  // Runs until Ctrl+C (the signal handlers stop the server) or until the server exits by itself.
  await server.exited;
  // Ctrl+C: the signal handler stopped the server and exits with its own code.
  if (isStopping()) return new Promise<number>(() => undefined);
  console.error(`[demo] code-server stopped; its log: ${server.logFile}`);
  return 1;
}

main()
  .then(async (code) => {
    await runCleanups();
    process.exit(code);
  })
  .catch(async (e) => {
    console.error('[demo] FAILED:', e instanceof Error ? e.message : e);
    await runCleanups();
    process.exit(1);
  });
