/**
 * A browser-only copy of the extension, for code-server's web worker extension host: the
 * files the VSIX ships (dist/web.js, the webview bundles, media, schemas, the example
 * template) and a manifest without `main`, so VS Code can only run it where vscode.dev
 * and github.dev run it. Optionally with the web test bundle inside, since VS Code runs
 * `extensionTestsPath` in the host of the extension whose folder holds it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './paths';

/** The web test bundle's path inside the copy. */
export const WEB_TESTS_ENTRY = path.join('out', 'test', 'web', 'index.js');

/** What the web test bundle reads from the line prepended to it (test/web/index.ts). */
export interface WebTestOptions {
  grep?: string;
}

/**
 * Writes the copy into `dir` (emptied first) and returns `dir`. With `tests`, the web
 * test bundle goes in too, prefixed with its options.
 */
export function writeWebExtension(dir: string, tests?: WebTestOptions): string {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'dist'), { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
  delete manifest.main;
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const f of ['web.js', 'web.js.map', 'webview.js', 'dashboard.js']) {
    const from = path.join(ROOT, 'dist', f);
    if (fs.existsSync(from)) fs.copyFileSync(from, path.join(dir, 'dist', f));
  }
  for (const d of ['dist/codicons', 'media', 'schemas', 'examples']) fs.cpSync(path.join(ROOT, d), path.join(dir, d), { recursive: true });
  for (const f of ['README.md', 'LICENSE']) fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  // The translations: package.json's titles are %key% placeholders that package.nls.json resolves.
  for (const f of fs.readdirSync(ROOT).filter((n) => /^package\.nls(\.[\w-]+)?\.json$/.test(n))) fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  const bundles = path.join(ROOT, 'l10n');
  if (fs.existsSync(bundles)) {
    fs.mkdirSync(path.join(dir, 'l10n'));
    for (const f of fs.readdirSync(bundles).filter((n) => /^bundle\.l10n(\.[\w-]+)?\.json$/.test(n))) fs.copyFileSync(path.join(bundles, f), path.join(dir, 'l10n', f));
  }
  if (tests) {
    const bundle = path.join(ROOT, WEB_TESTS_ENTRY);
    if (!fs.existsSync(bundle)) throw new Error(`${WEB_TESTS_ENTRY} is missing: build first (node esbuild.js --tests)`);
    const to = path.join(dir, WEB_TESTS_ENTRY);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    // One line on top, so the bundle's inline source map still lines up closely enough.
    fs.writeFileSync(to, `var CAREER_GOALS_WEB_TEST = ${JSON.stringify(tests)};${fs.readFileSync(bundle, 'utf8')}`);
  }
  return dir;
}
