/**
 * Where the harness keeps things. Everything it writes lives in git-ignored folders
 * of the repository: `.vscode-test/` (the cached VS Code host), `.cache/` (throwaway
 * runs, the demo profile, the VSIX) and `test-results/` (screenshots).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Finds the repository root by walking up from this file to the extension's package.json. */
/** The fields of a package.json that the scripts read; anything may be missing from a stranger's. */
interface PackageFields {
  name?: unknown;
  version?: unknown;
}

function readPackage(file: string): PackageFields {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as PackageFields;
}

function findRoot(): string {
  let dir = __dirname;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && readPackage(manifest).name === 'career-goals') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no career-goals package.json above ${__dirname}`);
    dir = parent;
  }
}

/** Absolute path of the repository (the extension's development folder). */
export const ROOT = findRoot();

/** The code-server release that is VS Code 1.100.3: newer ones ignore test payloads (see shared notes). */
export const CODE_SERVER_VERSION = '4.100.3';

/** The VS Code release inside it: code-server 4.X.Y is VS Code 1.X.Y. */
export const VSCODE_VERSION = CODE_SERVER_VERSION.replace(/^4\./, '1.');

/** The extension's `publisher.name`: one value for the tests and the scripts. */
export { EXTENSION_ID } from '../../test/fixtures/extension-id';

/** Version from package.json, used to name the unpacked extension folder. */
export const EXTENSION_VERSION: string = String(readPackage(path.join(ROOT, 'package.json')).version);

/** Cached code-server install, reused across runs. */
export const CODE_SERVER_DIR = path.join(ROOT, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);

/** Scratch space: per-run copies of fixtures, profiles, logs. */
export const CACHE_DIR = path.join(ROOT, '.cache');

/** Screenshots and other artefacts a person may want to look at. */
export const RESULTS_DIR = path.join(ROOT, 'test-results');

/** Fixture workspaces (read-only sources; runs copy them first). */
export const FIXTURES_DIR = path.join(ROOT, 'test', 'fixtures', 'workspaces');

/** Where `npm run package` writes the VSIX. */
export const VSIX_PATH = path.join(ROOT, 'career-goals.vsix');

/** Creates a fresh, uniquely named folder under .cache/ for one run. */
export function freshRunDir(prefix: string): string {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  return fs.mkdtempSync(path.join(CACHE_DIR, `${prefix}-${new Date().toISOString().replace(/[:.]/g, '-')}-`));
}
