/**
 * The bundles stay complete: l10n/bundle.l10n.json holds exactly the messages the
 * source passes to `l10n.t` / `vscode.l10n.t` (extracted the way `npm run l10n` does,
 * with @vscode/l10n-dev), and every translation shipped beside it has each of them,
 * with the same placeholders, so no screen falls back to English in part.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getL10nJson } from '@vscode/l10n-dev';

// Compiled to out/test/unit/.
const ROOT = path.resolve(__dirname, '../../..');
const L10N = path.join(ROOT, 'l10n');

type Bundle = Record<string, string | { message: string; comment: string[] }>;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

const readBundle = (file: string): Bundle => JSON.parse(fs.readFileSync(path.join(L10N, file), 'utf8')) as Bundle;
const text = (value: Bundle[string]): string => (typeof value === 'string' ? value : value.message);
/** `{0}`, `{name}`: what a translation must keep, in any order. */
const placeholders = (message: string): string[] => [...message.matchAll(/\{[^{}\s]+\}/g)].map((m) => m[0]).sort();

/** The translations shipped beside the English bundle (the pseudo-locale is made by the UI suite, not shipped). */
const translations = (): string[] => fs.readdirSync(L10N).filter((f) => /^bundle\.l10n\.[a-z]{2}(-[a-z]+)?\.json$/.test(f));

describe('l10n bundles', function () {
  // Parsing 270 files with tree-sitter takes a few seconds on a busy machine.
  this.timeout(0);

  it('l10n/bundle.l10n.json has every message the source translates, and no other (run `npm run l10n`)', async () => {
    const files = sourceFiles(path.join(ROOT, 'src')).map((file) => ({ extension: '.ts', contents: fs.readFileSync(file, 'utf8') }));
    const extracted = await getL10nJson(files);
    const committed = readBundle('bundle.l10n.json');
    const missing = Object.keys(extracted).filter((k) => !(k in committed));
    const stale = Object.keys(committed).filter((k) => !(k in extracted));
    assert.deepEqual({ missing, stale }, { missing: [], stale: [] }, 'l10n/bundle.l10n.json is out of date: run `npm run l10n`');
  });

  it('ships a German translation', () => {
    assert.ok(translations().includes('bundle.l10n.de.json'), `translations found: ${translations().join(', ') || 'none'}`);
  });

  for (const file of fs.existsSync(L10N) ? translations() : []) {
    it(`${file} translates every message, keeping its placeholders`, () => {
      const english = readBundle('bundle.l10n.json');
      const translated = readBundle(file);
      const missing = Object.keys(english).filter((k) => !(k in translated) || !text(translated[k]!).trim());
      const extra = Object.keys(translated).filter((k) => !(k in english));
      const mismatched = Object.keys(english)
        .filter((k) => k in translated)
        .filter((k) => placeholders(text(english[k]!)).join() !== placeholders(text(translated[k]!)).join())
        .map((k) => `${k} → ${text(translated[k]!)}`);
      assert.deepEqual({ missing, extra, mismatched }, { missing: [], extra: [], mismatched: [] });
    });
  }
});
