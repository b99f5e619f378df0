// @ts-check
/**
 * Installs the project's dependencies with `npm ci` when node_modules is missing or
 * stale (package-lock.json changed since the last install). Plain JavaScript with no
 * dependencies, because it runs before there are any.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

/** True when node_modules matches package-lock.json closely enough to skip `npm ci`. */
function upToDate() {
  // npm writes node_modules/.package-lock.json on every install; if the lock is newer, reinstall.
  const hidden = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (!fs.existsSync(hidden)) return false;
  if (!fs.existsSync(path.join(root, 'node_modules', '.bin', 'esbuild'))) return false;
  return fs.statSync(hidden).mtimeMs >= fs.statSync(lock).mtimeMs;
}

/** Runs `npm ci` unless node_modules is already in place; exits the process on failure. */
function bootstrap() {
  if (upToDate()) return;
  console.log('[bootstrap] npm ci');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`[bootstrap] npm ci failed (exit ${r.status})`);
    process.exit(r.status || 1);
  }
}

module.exports = { bootstrap };
if (require.main === module) bootstrap();
