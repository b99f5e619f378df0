/**
 * `npm run test:ui` (after `npm run package`): runs test/ui/*.ui.ts with mocha in Node.
 * Each test opens the real workbench through test/ui/workbench.ts; this runner makes
 * sure Chromium and code-server are installed first and that every server and the
 * browser are stopped at the end, whatever happens. Screenshots land in test-results/.
 *
 * Env: CAREER_GOALS_TEST_GREP (mocha grep), CAREER_GOALS_TEST_TIMEOUT (seconds per test, default 120).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { onCleanup, runCleanups } from './lib/cleanup';
import { countsOfMocha, formatCounts, writeCounts } from './lib/counts';
import { ensureAptPackages, ensureCodeServer } from './lib/install';
import { freshRunDir, ROOT, RESULTS_DIR, VSIX_PATH } from './lib/paths';

function uiTests(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return uiTests(p);
    return e.name.endsWith('.ui.js') ? [p] : [];
  });
}

async function main(): Promise<number> {
  const t0 = Date.now();
  if (!fs.existsSync(VSIX_PATH)) throw new Error('career-goals.vsix is missing: run `npm run package` first (npm run test:ui does)');
  ensureAptPackages();
  ensureCodeServer();
  // Tests install a private copy: another `npm run package` in this tree may replace the VSIX mid-run.
  const vsixCopy = path.join(freshRunDir('ui-vsix'), 'career-goals.vsix');
  fs.copyFileSync(VSIX_PATH, vsixCopy);
  process.env.CAREER_GOALS_VSIX = vsixCopy;
  onCleanup(() => fs.rmSync(path.dirname(vsixCopy), { recursive: true, force: true }));
  const files = uiTests(path.join(ROOT, 'out', 'test', 'ui')).sort();
  if (files.length === 0) throw new Error('no compiled UI tests in out/test/ui: run node esbuild.js --tests');
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: Boolean(process.stdout.isTTY),
    timeout: Number(process.env.CAREER_GOALS_TEST_TIMEOUT ?? 120) * 1000,
    grep: process.env.CAREER_GOALS_TEST_GREP || undefined,
  });
  for (const f of files) mocha.addFile(f);
  const stats = await new Promise<Mocha.Stats>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats!));
  });
  console.log(`[ui] screenshots in ${path.relative(ROOT, RESULTS_DIR)}/; total ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const counts = countsOfMocha(stats);
  writeCounts(counts);
  console.log(formatCounts(counts));
  return stats.failures > 0 || stats.passes === 0 ? 1 : 0;
}

main()
  .then(async (code) => {
    await runCleanups();
    process.exit(code);
  })
  .catch(async (e) => {
    console.error('[ui] FAILED:', e instanceof Error ? e.message : e);
    await runCleanups();
    process.exit(1);
  });
