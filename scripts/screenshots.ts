/**
 * `npm run screenshots` (after `npm run package`, which the npm script runs): makes the
 * README's pictures from the real workbench. Runs test/ui/screenshots.ui.ts alone, with
 * CAREER_GOALS_SCREENSHOTS=1 (without it that file registers no test, so `npm run test:ui`
 * does not take them), on a copy of examples/ with the packaged extension, in the light
 * theme at one fixed size. Writes media/screenshots/*.png, then lists each file's size
 * and fails when one is over MAX_KB: commit the pictures with the change that made them.
 *
 * Like every VS Code suite on a shared machine, run it under a lock:
 * `flock /tmp/vscode-suite.lock npm run screenshots`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { onCleanup, runCleanups } from './lib/cleanup';
import { ensureAptPackages, ensureCodeServer } from './lib/install';
import { freshRunDir, ROOT, VSIX_PATH } from './lib/paths';

const OUT_DIR = path.join(ROOT, 'media', 'screenshots');
/** The Marketplace page loads every picture; about 200 KB each keeps it quick. */
const MAX_KB = 200;

async function main(): Promise<number> {
  const t0 = Date.now();
  if (!fs.existsSync(VSIX_PATH)) throw new Error('career-goals.vsix is missing: run `npm run package` first (npm run screenshots does)');
  ensureAptPackages();
  ensureCodeServer();
  const vsixCopy = path.join(freshRunDir('screenshots-vsix'), 'career-goals.vsix');
  fs.copyFileSync(VSIX_PATH, vsixCopy);
  process.env.CAREER_GOALS_VSIX = vsixCopy;
  process.env.CAREER_GOALS_SCREENSHOTS = '1';
  onCleanup(() => fs.rmSync(path.dirname(vsixCopy), { recursive: true, force: true }));
  const started = Date.now();
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: Boolean(process.stdout.isTTY), timeout: Number(process.env.CAREER_GOALS_TEST_TIMEOUT ?? 120) * 1000 });
  mocha.addFile(path.join(ROOT, 'out', 'test', 'ui', 'screenshots.ui.js'));
  const stats = await new Promise<Mocha.Stats>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats!));
  });
  if (stats.failures > 0 || stats.passes === 0) return 1;
  let tooBig = 0;
  for (const name of fs.readdirSync(OUT_DIR).filter((f) => f.endsWith('.png')).sort()) {
    const file = path.join(OUT_DIR, name);
    const stat = fs.statSync(file);
    if (stat.mtimeMs < started) continue;
    const kb = stat.size / 1024;
    console.log(`[screenshots] media/screenshots/${name}: ${kb.toFixed(0)} KB${kb > MAX_KB ? ` (over ${MAX_KB} KB)` : ''}`);
    if (kb > MAX_KB) tooBig++;
  }
  console.log(`[screenshots] total ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return tooBig > 0 ? 1 : 0;
}

main()
  .then(async (code) => {
    await runCleanups();
    process.exit(code);
  })
  .catch(async (e) => {
    console.error('[screenshots] FAILED:', e instanceof Error ? e.message : e);
    await runCleanups();
    process.exit(1);
  });
