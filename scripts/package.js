// @ts-check
/**
 * `npm run package`: production bundle (minified, no source maps) and career-goals.vsix
 * via @vscode/vsce. The VSIX holds no node_modules (esbuild bundled everything), so
 * `--no-dependencies`. The README's links and screenshots stay relative
 * (`--no-rewrite-relative-links`): they ship in the VSIX, so an extension installed
 * offline shows them. Fails when the VSIX grows past 1.5 MB (the README's screenshots
 * included) or ships a path that only
 * development needs (src/, test/, scripts/, node_modules/, source maps, the command line
 * dist/cli.js). What ships is
 * what vsce itself lists (the API behind `vsce ls --no-dependencies`).
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { listFiles, PackageManager } = require('@vscode/vsce');
const { bootstrap } = require('./bootstrap');

const root = path.resolve(__dirname, '..');
const out = path.join(root, 'career-goals.vsix');
const MAX_BYTES = 1.5 * 1024 * 1024;
/** Paths relative to the extension root, as vsce lists them. */
const FORBIDDEN = /^(src|test|scripts|node_modules|out|\.ci|\.vscode-test|\.cache)\/|\.map$|\.ts$|^dist\/cli\.js$/;

function run(cmd, args) {
  execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
}

async function main() {
  bootstrap();
  const started = Date.now();
  // dist/ is not emptied first (others may be running tests against it); .vscodeignore
  // lists exactly what ships, so stale development source maps stay out of the VSIX.
  run(process.execPath, ['esbuild.js', '--production']);
  // Written beside and renamed into place, so a UI run that reads the VSIX never sees it half-written or missing.
  const partial = path.join(root, `.career-goals-${process.pid}.vsix`);
  try {
    run(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', partial]);
    fs.renameSync(partial, out);
  } finally {
    fs.rmSync(partial, { force: true });
  }

  // The files vsce puts under extension/ in the VSIX, after .vscodeignore, without node_modules.
  const files = await listFiles({ cwd: root, packageManager: PackageManager.None });
  const bad = files.filter((f) => FORBIDDEN.test(f));
  const size = fs.statSync(out).size;
  console.log(`[package] ${path.relative(process.cwd(), out)}: ${(size / 1024).toFixed(0)} KB, ${files.length} files, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (bad.length) {
    console.error(`[package] development files in the VSIX: ${bad.join(', ')}; fix .vscodeignore`);
    process.exit(1);
  }
  // Both entries: `main` for desktop and `browser` for vscode.dev and github.dev.
  const missing = ['dist/extension.js', 'dist/web.js', 'dist/analysis-worker.js'].filter((f) => !files.includes(f));
  if (missing.length) {
    console.error(`[package] the VSIX lacks ${missing.join(', ')}; fix .vscodeignore`);
    process.exit(1);
  }
  const kb = (/** @type {string} */ f) => `${(fs.statSync(path.join(root, f)).size / 1024).toFixed(0)} KB`;
  console.log(`[package] dist/extension.js ${kb('dist/extension.js')}, dist/web.js ${kb('dist/web.js')} (minified)`);
  if (size > MAX_BYTES) {
    console.error(`[package] VSIX is over 1.5 MB; check .vscodeignore and the size of media/screenshots/`);
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
