/**
 * `npm run test:electron`: the same integration suites in VS Code desktop, downloaded by
 * @vscode/test-electron into .vscode-test/ (needs internet: a developer's machine or a
 * public CI runner, not the offline machines where `npm run test:integration` is used).
 * Opens a throwaway copy of the multi-root fixture workspace, like the code-server runner.
 *
 * Env: CAREER_GOALS_TEST_GREP (mocha grep), VSCODE_VERSION (default: 'stable').
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..', '..');
  const extensionTestsPath = path.join(root, 'out', 'test', 'integration', 'index.js');
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'career-goals-electron-'));
  fs.cpSync(path.join(root, 'test', 'fixtures', 'workspaces'), runDir, { recursive: true });
  try {
    const code = await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath,
      launchArgs: [
        path.join(runDir, 'multi.code-workspace'),
        // Other installed extensions stay out of the way; a throwaway profile avoids popups.
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${path.join(runDir, '.user-data')}`,
      ],
    });
    process.exitCode = code;
  } finally {
    fs.rmSync(runDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error('[electron] failed:', e instanceof Error ? e.message : e);
  process.exit(1);
});
