/**
 * `npm run test:web`: the desktop path for people with internet access, through
 * `@vscode/test-web` (fetched by npx on first use, not a dependency): Microsoft's own
 * VS Code for the Web build in a Playwright browser, the extension in its web worker
 * extension host, and the web test bundle's checks that need no fixture workspace
 * (activation, and the host itself: no Node, the browser entry). @vscode/test-web opens
 * one folder as a virtual file system, so the suites that need the four-folder fixture
 * workspace run offline instead, in code-server: `npm run test:integration:web`.
 *
 * Env: CAREER_GOALS_WEB_BROWSER (chromium, firefox or webkit; default chromium).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { freshRunDir, ROOT } from './lib/paths';
import { WEB_TESTS_ENTRY, writeWebExtension } from './lib/web-extension';

/** The release this script was written against; npx fetches it once. */
const TEST_WEB = '@vscode/test-web@0.0.81';
/** The checks that hold in any workspace with a goals.yaml (test/web/host.test.ts, activation.test.ts). */
const GREP = '^(activation|web worker extension host) ';

function main(): number {
  const runDir = freshRunDir('test-web');
  const extension = writeWebExtension(path.join(runDir, 'extension'), { grep: GREP });
  const workspace = path.join(runDir, 'examples');
  fs.cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
  const browser = process.env.CAREER_GOALS_WEB_BROWSER ?? 'chromium';
  const args = ['--yes', TEST_WEB, `--browser=${browser}`, '--headless', `--extensionDevelopmentPath=${extension}`, `--extensionTestsPath=${path.join(extension, WEB_TESTS_ENTRY)}`, workspace];
  console.log(`[test:web] npx ${args.join(' ')}`);
  const r = spawnSync('npx', args, { stdio: 'inherit' });
  fs.rmSync(runDir, { recursive: true, force: true });
  if (r.status !== 0) {
    console.error(
      `[test:web] failed (exit ${r.status ?? r.signal}). It needs internet access: ${TEST_WEB} downloads VS Code for the Web and a Playwright browser on first use. Offline, \`npm run test:integration:web\` runs every web suite in code-server.`,
    );
  }
  return r.status ?? 1;
}

process.exit(main());
