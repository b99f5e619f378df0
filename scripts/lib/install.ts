/**
 * Installs what the real-VS-Code tests need on a bare Debian 12 machine: Debian
 * packages (when root) and code-server from the npm registry into `.vscode-test/`.
 * Why each step exists is in shared/notes/vscode-host.md; nothing here downloads
 * from anywhere but the npm registry and Debian's archive.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CODE_SERVER_DIR, CODE_SERVER_VERSION } from './paths';

/** Debian packages: kerberos (a native module in code-server) builds against libkrb5-dev; ripgrep replaces a GitHub download; chromium is the browser. */
const APT_PACKAGES = ['libkrb5-dev', 'ripgrep', 'chromium', 'fonts-liberation', 'git'] as const;

/** The browser the tests drive (Debian's; playwright never downloads one). CAREER_GOALS_CHROMIUM overrides it elsewhere. */
export const CHROMIUM = process.env.CAREER_GOALS_CHROMIUM ?? '/usr/bin/chromium';

function isInstalled(pkg: string): boolean {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

/** Only Debian-like systems are checked; elsewhere the developer provides the tools (see README). */
function hasDpkg(): boolean {
  return spawnSync('dpkg-query', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Installs missing Debian packages with apt-get when running as root; otherwise
 * throws with the exact command to run, because the tests cannot work without them.
 */
export function ensureAptPackages(packages: readonly string[] = APT_PACKAGES): void {
  if (!hasDpkg()) return;
  const missing = packages.filter((p) => !isInstalled(p));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`Missing Debian packages: ${missing.join(' ')}\nInstall them first: sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`);
  }
  console.log(`[host] apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
}

/**
 * @vscode/ripgrep's postinstall downloads rg from GitHub unless it finds this archive
 * in its cache; one holding Debian's /usr/bin/rg lets the install finish offline.
 */
function seedRipgrepCache(): void {
  const dir = path.join(os.tmpdir(), 'vscode-ripgrep-cache-1.15.11');
  const archive = path.join(dir, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (fs.existsSync(archive)) return;
  fs.mkdirSync(dir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-'));
  fs.copyFileSync('/usr/bin/rg', path.join(staging, 'rg'));
  fs.chmodSync(path.join(staging, 'rg'), 0o755);
  execFileSync('tar', ['-czf', archive, '-C', staging, 'rg']);
  fs.rmSync(staging, { recursive: true, force: true });
}

/** Entry point of the installed code-server (run with this Node). */
function codeServerEntry(): string {
  return path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

const MARKER = path.join(CODE_SERVER_DIR, '.install-complete');

/** Checks the things code-server's postinstall builds, so a half-finished install is never reused. */
function installLooksComplete(): boolean {
  const vscode = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'lib', 'vscode');
  return [codeServerEntry(), path.join(vscode, 'node_modules'), path.join(vscode, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg')].every((p) => fs.existsSync(p));
}

/**
 * Installs code-server into `.vscode-test/code-server-<version>/` on first use and
 * returns its entry script; later calls return at once.
 */
export function ensureCodeServer(): string {
  if (fs.existsSync(MARKER) && installLooksComplete()) return codeServerEntry();
  ensureAptPackages(['libkrb5-dev', 'ripgrep']);
  seedRipgrepCache();
  const started = Date.now();
  console.log(`[host] installing code-server@${CODE_SERVER_VERSION} into ${path.relative(process.cwd(), CODE_SERVER_DIR)} (first run only, ~300 MB)`);
  fs.rmSync(CODE_SERVER_DIR, { recursive: true, force: true });
  fs.mkdirSync(CODE_SERVER_DIR, { recursive: true });
  // A package.json of its own keeps this install out of the project's lockfile.
  fs.writeFileSync(path.join(CODE_SERVER_DIR, 'package.json'), JSON.stringify({ name: 'career-goals-vscode-host', private: true }, null, 2));
  const env = {
    ...process.env,
    // A nested `npx node-gyp` refuses to run without a TTY otherwise.
    npm_config_yes: 'true',
    // npm 11 skips dependency install scripts unless approved; code-server's postinstall
    // (and the nested npm install it runs in lib/vscode) must run. Env config reaches the nested npm too.
    npm_config_dangerously_allow_all_scripts: 'true',
    npm_config_foreground_scripts: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['install', '--no-save', '--unsafe-perm', `code-server@${CODE_SERVER_VERSION}`], { cwd: CODE_SERVER_DIR, env, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npm install code-server@${CODE_SERVER_VERSION} failed (exit ${r.status})`);
  if (!installLooksComplete()) throw new Error('code-server installed but its postinstall did not finish (lib/vscode/node_modules or ripgrep missing); see the log above');
  fs.writeFileSync(MARKER, new Date().toISOString());
  console.log(`[host] code-server installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return codeServerEntry();
}
