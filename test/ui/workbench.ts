/**
 * Drives the real VS Code workbench (code-server in headless Chromium) with the
 * PACKAGED extension (career-goals.vsix, installed with `code-server --install-extension`),
 * so a file missing from the VSIX fails a UI test.
 *
 * Conventions for UI tests:
 * - One file per scenario: `test/ui/<scenario>.ui.ts`, mocha BDD, run by
 *   `npm run test:ui` (which packages the VSIX first). Each `describe` opens its own
 *   workbench with `openWorkbench({ workspace, theme })` in `before` and closes it in
 *   `after`; workspaces are copied to .cache/ first, so tests may change them.
 * - Find things as a person would, by role and accessible name:
 *   `wb.page.getByRole('tab', { name: 'Career Goals' })` (activity bar),
 *   `getByRole('treeitem', { name: /Ship the CLI/ })`, `wb.statusBarItem(/\d+%/)`,
 *   webview content via `wb.webview()`. Avoid CSS classes except for regions
 *   (`.statusbar`) that have no role.
 * - Wait for conditions with playwright (`locator.waitFor()`, which fails after its
 *   timeout) rather than sleeping; assert with `node:assert/strict`.
 * - Take screenshots with `wb.screenshot('name')` -> test-results/<name>-<theme>.png and
 *   look at them; cover both themes where colours matter (loop over THEMES).
 * - Run a subset: `CAREER_GOALS_TEST_GREP=example npm run test:ui`.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { launchBrowser, VIEWPORT } from '../../scripts/lib/browser';
import { runCodeServerCli, startCodeServer, type CodeServer } from '../../scripts/lib/code-server';
import { EXTENSION_ID, freshRunDir, RESULTS_DIR, ROOT, VSIX_PATH } from '../../scripts/lib/paths';

/** Colour themes the UI is checked in, by short name. */
export const THEMES = { light: 'Default Light Modern', dark: 'Default Dark Modern', hc: 'Default High Contrast' } as const;
export type Theme = keyof typeof THEMES;

/** The class VS Code puts on `.monaco-workbench` for each theme's kind. */
const THEME_CLASS: Record<Theme, string> = { light: 'vs', dark: 'vs-dark', hc: 'hc-black' };

export interface OpenOptions {
  /** Folder to open, absolute or relative to the repository (e.g. 'examples'); a fresh copy is opened. */
  workspace: string;
  /** Default: 'light'. */
  theme?: Theme;
  /** Extra user settings. */
  settings?: Record<string, unknown>;
  /**
   * Which extension host runs the extension. 'web': the installed VSIX's manifest loses
   * its `main`, so only the web worker extension host (that of vscode.dev and github.dev)
   * can run it, from dist/web.js. Default: 'node'.
   */
  host?: 'node' | 'web';
  /** Runs on the copy of the workspace before the workbench opens it (to make a git repository in it, say). */
  prepare?: (workspaceDir: string) => void;
  /**
   * Runs once the VSIX is installed, before code-server starts: may change the installed
   * copy of the extension (never the shipped package) and the profile (the pseudo-locale
   * scenario writes its bundles and display language there).
   */
  prepareProfile?: (profile: InstalledProfile) => void;
}

/** Where a workbench's profile keeps things, for `OpenOptions.prepareProfile`. */
export interface InstalledProfile {
  /** code-server's --user-data-dir. */
  userDataDir: string;
  /** code-server's --extensions-dir. */
  extensionsDir: string;
  /** The installed (unpacked) copy of the extension in it. */
  extensionDir: string;
}

/**
 * Settings every workbench starts with unless a test overrides them: the daily
 * "review due" reminder pops up at a time of its own and can take the keyboard
 * from a menu a test is using, so only the reminder test turns it on.
 */
const QUIET = { 'careerGoals.reminders': false };

/** One open workbench page with the packaged extension installed. */
export interface Workbench {
  page: Page;
  /** The colour theme in use now (see setTheme). */
  theme: Theme;
  /** The copy of the workspace that is open (safe to modify). */
  workspaceDir: string;
  server: CodeServer;
  /** Every console message of the page, any frame, from before the workbench loaded. */
  consoleLog: string[];
  /** Clicks the Career Goals container in the activity bar (if not already open) and waits for its Goals view. */
  openCareerGoals(): Promise<void>;
  /** A status bar entry whose text matches. */
  statusBarItem(text: RegExp | string): Locator;
  /** The document inside the visible webview panel. */
  webview(): FrameLocator;
  /** Runs a command from the Command Palette as a person would: F1, type its title, click it. */
  runCommand(title: string): Promise<void>;
  /**
   * Switches the colour theme as a person does (Preferences: Color Theme), in the same
   * workbench: cheaper than a workbench per theme when only the colours change. (Writing
   * settings.json while the workbench runs does not switch it: code-server does not
   * pick up the change.)
   */
  setTheme(theme: Theme): Promise<void>;
  /** Saves test-results/<name>-<theme>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  /** Stops the page and the server; safe to call twice. */
  close(): Promise<void>;
}

/** The local calendar date, as the extension host (same machine) sees it, `offsetDays` on. */
export function localToday(offsetDays = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

let browser: Promise<Browser> | undefined;

/** The folder the VSIX was unpacked into: `<extensionsDir>/publisher.name-version`. */
function installedExtensionDir(extensionsDir: string): string {
  const installed = fs.readdirSync(extensionsDir).filter((d) => d.startsWith(`${EXTENSION_ID}-`));
  if (installed.length !== 1) throw new Error(`expected one installed ${EXTENSION_ID} in ${extensionsDir}, found ${installed.length}`);
  return path.join(extensionsDir, installed[0]!);
}

/** Deletes `main` from the installed extension's manifest: what is left runs only on the web. */
function browserOnly(extensionsDir: string): void {
  const manifest = path.join(installedExtensionDir(extensionsDir), 'package.json');
  const json = JSON.parse(fs.readFileSync(manifest, 'utf8')) as Record<string, unknown>;
  if (typeof json.browser !== 'string') throw new Error('the packaged manifest has no browser entry');
  delete json.main;
  fs.writeFileSync(manifest, JSON.stringify(json, null, 2));
}

/** Collects every console message about the Content Security Policy, from any frame of the page. */
export function cspWatch(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (load|apply|execute)/i.test(m.text())) seen.push(m.text());
  });
  return seen;
}

/**
 * Installs the VSIX into `extensionsDir` as `code-server --install-extension` does. The
 * real install runs once per VSIX, into a folder beside it; each workbench then gets a
 * copy of the installed folder and its extensions.json, which saves a code-server start
 * per scenario. Only for a private copy of the VSIX (run-ui.ts, screenshots.ts), whose
 * folder is removed with the run; a VSIX in the checkout is installed each time.
 */
async function installExtension(vsix: string, extensionsDir: string): Promise<void> {
  const privateCopy = path.dirname(vsix) !== ROOT;
  const template = privateCopy ? path.join(path.dirname(vsix), `installed-${path.basename(vsix, '.vsix')}`) : fs.mkdtempSync(path.join(os.tmpdir(), 'career-goals-install-'));
  const index = path.join(template, 'extensions.json');
  if (!fs.existsSync(index)) {
    const staging = `${template}.${process.pid}.tmp`;
    fs.rmSync(staging, { recursive: true, force: true });
    const profile = fs.mkdtempSync(path.join(path.dirname(vsix), 'install-profile-'));
    const code = await runCodeServerCli(['--install-extension', vsix, '--extensions-dir', staging, '--user-data-dir', path.join(profile, 'user-data'), '--config', path.join(profile, 'config.yaml')]);
    fs.rmSync(profile, { recursive: true, force: true });
    if (code !== 0) throw new Error(`code-server --install-extension ${vsix} failed (exit ${code})`);
    fs.rmSync(template, { recursive: true, force: true });
    fs.renameSync(staging, template);
    // extensions.json names the folder it was written in; each copy gets its own paths.
    fs.writeFileSync(index, fs.readFileSync(index, 'utf8').split(staging).join(template));
  }
  fs.cpSync(template, extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(extensionsDir, 'extensions.json'), fs.readFileSync(index, 'utf8').split(template).join(extensionsDir));
  if (!privateCopy) fs.rmSync(template, { recursive: true, force: true });
}

/** Starts code-server with the VSIX installed, opens a copy of `workspace` and waits for the workbench. */
export async function openWorkbench(opts: OpenOptions): Promise<Workbench> {
  const theme = opts.theme ?? 'light';
  // run-ui.ts points this at its private copy of the VSIX.
  const vsix = process.env.CAREER_GOALS_VSIX ?? VSIX_PATH;
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} is missing: run \`npm run package\` (npm run test:ui does)`);
  const runDir = freshRunDir(`ui-${theme}`);
  const workspaceDir = path.join(runDir, path.basename(opts.workspace));
  fs.cpSync(path.resolve(ROOT, opts.workspace), workspaceDir, { recursive: true });
  opts.prepare?.(workspaceDir);
  const profileDir = path.join(runDir, 'profile');
  const extensionsDir = path.join(profileDir, 'extensions');
  await installExtension(vsix, extensionsDir);
  if (opts.host === 'web') browserOnly(extensionsDir);
  opts.prepareProfile?.({ userDataDir: path.join(profileDir, 'user-data'), extensionsDir, extensionDir: installedExtensionDir(extensionsDir) });

  const server = await startCodeServer({ profileDir, settings: { 'workbench.colorTheme': THEMES[theme], ...QUIET, ...opts.settings } });
  browser ??= launchBrowser();
  const context = await (await browser).newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const consoleLog: string[] = [];
  page.on('console', (m) => consoleLog.push(m.text()));
  await page.goto(server.urlFor(workspaceDir));
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page
    .getByRole('tab', { name: /Explorer/ })
    .first()
    .waitFor({ timeout: 60_000 });

  let closed = false;
  const wb: Workbench = {
    page,
    theme,
    workspaceDir,
    server,
    consoleLog,
    async openCareerGoals() {
      const tab = page.getByRole('tab', { name: 'Career Goals' });
      await tab.waitFor({ timeout: 30_000 });
      if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
      // Move the pointer off the activity bar so its hover tooltip stays out of screenshots.
      await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
      await page.getByRole('tree', { name: /Goals/ }).or(page.locator('.welcome-view-content')).first().waitFor({ timeout: 30_000 });
    },
    statusBarItem(text) {
      return page
        .locator('.statusbar')
        .getByRole('button', { name: text })
        .or(page.locator('.statusbar-item', { hasText: text }))
        .first();
    },
    webview() {
      return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    },
    async runCommand(title) {
      await page.keyboard.press('F1');
      const palette = page.locator('.quick-input-widget');
      await palette.getByRole('textbox').fill(`>${title}`);
      // Click the entry named exactly `title` ("<title>" or "<title>, <keybinding>, recently used"):
      // Enter would run the top entry, which may be a recently used command that merely matches.
      const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      await palette
        .getByRole('option', { name: new RegExp(`^${escaped}(,|$)`) })
        .first()
        .click();
    },
    async setTheme(next) {
      if (next === wb.theme) return;
      await wb.runCommand('Preferences: Color Theme');
      const palette = page.locator('.quick-input-widget');
      // An entry shows the theme's label ("Dark Modern") and then its id ("Default Dark Modern");
      // typing filters by the label only, so the entry is picked from the whole list (all fit).
      await palette
        .getByRole('option')
        .filter({ has: page.getByText(THEMES[next], { exact: true }) })
        .first()
        .click();
      await page.locator(`.monaco-workbench.${THEME_CLASS[next]}`).waitFor({ timeout: 30_000 });
      wb.theme = next;
    },
    async screenshot(name) {
      fs.mkdirSync(RESULTS_DIR, { recursive: true });
      const file = path.join(RESULTS_DIR, `${name}-${wb.theme}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    async close() {
      if (closed) return;
      closed = true;
      await context.close().catch(() => undefined);
      await server.stop();
      fs.rmSync(runDir, { recursive: true, force: true });
    },
  };
  return wb;
}

/** Mocha's per-test timeout in the UI run; a scenario of N steps gets N times this. */
export const STEP_TIMEOUT_MS = Number(process.env.CAREER_GOALS_TEST_TIMEOUT ?? 120) * 1000;

/**
 * One step of a scenario. A scenario is one `it`, so a failure ends it there and never
 * leaves a half-done workbench for another test; the step's name leads the error.
 */
export async function step(name: string, body: () => void | Promise<void>): Promise<void> {
  try {
    await body();
  } catch (e) {
    if (e instanceof Error) e.message = `step "${name}": ${e.message}`;
    throw e;
  }
}

/** Opens the dashboard from the Goals view's title bar and waits for its page. */
export async function openDashboard(wb: Workbench): Promise<FrameLocator> {
  await wb.statusBarItem(/Career Goals|%/).waitFor({ timeout: 60_000 });
  await wb.openCareerGoals();
  await wb.page.getByRole('button', { name: 'Open Dashboard' }).first().click();
  // Off the title bar, so its "Open Dashboard" hover doesn't sit over the screenshots.
  await wb.page.mouse.move(900, 17);
  const wv = wb.webview();
  await wv.getByRole('heading', { name: /^Progress — /, level: 1 }).waitFor({ timeout: 30_000 });
  return wv;
}
