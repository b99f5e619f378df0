// @ts-check
/**
 * `npm run package`: production bundle (minified, no source maps) and career-goals.vsix
 * via @vscode/vsce. The VSIX holds no node_modules (esbuild bundled everything), so
 * `--no-dependencies`. Fails when the VSIX grows past 1 MB or ships a path that only
 * development needs (src/, test/, scripts/, node_modules/, source maps).
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const { Buffer } = require('node:buffer');
const path = require('node:path');
const { bootstrap } = require('./bootstrap');

const root = path.resolve(__dirname, '..');
const out = path.join(root, 'career-goals.vsix');
const MAX_BYTES = 1024 * 1024;
const FORBIDDEN = /^extension\/(src|test|scripts|node_modules|out|\.ci|\.vscode-test|\.cache)\/|\.map$|\.ts$/;

function run(cmd, args) {
  execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
}

bootstrap();
const started = Date.now();
// dist/ is not emptied first (others may be running tests against it); .vscodeignore
// lists exactly what ships, so stale development source maps stay out of the VSIX.
run(process.execPath, ['esbuild.js', '--production']);
// Written beside and renamed into place, so a UI run that reads the VSIX never sees it half-written or missing.
const partial = path.join(root, `.career-goals-${process.pid}.vsix`);
try {
  run(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--out', partial]);
  fs.renameSync(partial, out);
} finally {
  fs.rmSync(partial, { force: true });
}

// A VSIX is a zip: read its central directory rather than depend on an unzip tool.
const entries = listZip(fs.readFileSync(out));
const bad = entries.filter((e) => FORBIDDEN.test(e));
const size = fs.statSync(out).size;
console.log(`[package] ${path.relative(process.cwd(), out)}: ${(size / 1024).toFixed(0)} KB, ${entries.length} files, ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (bad.length) {
  console.error(`[package] development files in the VSIX: ${bad.join(', ')}; fix .vscodeignore`);
  process.exit(1);
}
if (size > MAX_BYTES) {
  console.error(`[package] VSIX is over 1 MB; check .vscodeignore`);
  process.exit(1);
}

/**
 * Names of the entries in a zip archive, from its central directory.
 * @param {Buffer} zip
 * @returns {string[]}
 */
function listZip(zip) {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
