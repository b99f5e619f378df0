/**
 * package.json's contributions in the display language: every title, name, setting
 * description, welcome text, walkthrough text and tool label a person reads is a
 * `%key%` placeholder, each key has its English in package.nls.json, and the German
 * package.nls.de.json has exactly the same keys, keeping each text's command links,
 * code spans and placeholders. What a language model reads (the tools'
 * modelDescription and input schemas) stays English in package.json itself.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const read = (name: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(ROOT, name), 'utf8')) as Record<string, unknown>;

const PLACEHOLDER = /^%([\w.-]+)%$/;

/** The fields a person reads, wherever they are in `contributes`. */
const USER_FIELDS = new Set([
  'title',
  'shortTitle',
  'category',
  'contextualTitle',
  'contents',
  'label',
  'displayName',
  'userDescription',
  'description',
  'markdownDescription',
  'deprecationMessage',
  'markdownDeprecationMessage',
  'enumDescriptions',
  'markdownEnumDescriptions',
]);

/** Subtrees read by a language model, not a person: they stay English in package.json. */
const FOR_MODELS = new Set(['inputSchema', 'modelDescription']);

/** Every user-facing string of `contributes`, with where it is. */
function userStrings(node: unknown, at: string, out: [string, string][] = []): [string, string][] {
  if (Array.isArray(node)) {
    node.forEach((v, i) => userStrings(v, `${at}[${i}]`, out));
    return out;
  }
  if (node === null || typeof node !== 'object') return out;
  for (const [key, value] of Object.entries(node)) {
    if (FOR_MODELS.has(key)) continue;
    const where = `${at}.${key}`;
    // A view's `name` is its title; elsewhere `name` is an id (a tool's, a walkthrough media's).
    const userFacing = USER_FIELDS.has(key) || (key === 'name' && /^contributes\.views\./.test(at));
    if (userFacing && typeof value === 'string') out.push([where, value]);
    else if (userFacing && Array.isArray(value) && value.every((v) => typeof v === 'string')) value.forEach((v: string, i) => out.push([`${where}[${i}]`, v]));
    else userStrings(value, where, out);
  }
  return out;
}

/** What a translation must keep as it is: command links, code spans and `{0}` placeholders. */
function kept(text: string): string[] {
  return [...text.matchAll(/\(command:[^)]*\)|`[^`]*`|\{\w+\}/g)].map((m) => m[0]).sort();
}

describe('package.json: contributions through package.nls.json', () => {
  const manifest = read('package.json');
  const english = read('package.nls.json');
  const german = read('package.nls.de.json');
  const strings = userStrings(manifest.contributes, 'contributes');

  it('finds the contributions a person reads', () => {
    // A guard on the walk itself: commands, views, settings, the walkthrough and the tools are all in it.
    for (const part of ['commands', 'views', 'viewsContainers', 'viewsWelcome', 'configuration', 'walkthroughs', 'languageModelTools'])
      assert.ok(
        strings.some(([where]) => where.startsWith(`contributes.${part}`)),
        part,
      );
    assert.ok(strings.length > 60);
  });

  it('leaves no user-facing contribution string literal', () => {
    assert.deepEqual(
      strings.filter(([, v]) => !PLACEHOLDER.test(v)).map(([where, v]) => `${where}: ${v}`),
      [],
    );
  });

  it('has every %key% of package.json in package.nls.json, and no key package.json does not use', () => {
    const used = new Set<string>();
    const walk = (node: unknown): void => {
      if (typeof node === 'string') {
        const m = PLACEHOLDER.exec(node);
        if (m?.[1] !== undefined) used.add(m[1]);
      } else if (node !== null && typeof node === 'object') Object.values(node).forEach(walk);
    };
    walk(manifest);
    assert.deepEqual(
      [...used].filter((k) => typeof english[k] !== 'string'),
      [],
      'keys without English',
    );
    assert.deepEqual(
      Object.keys(english).filter((k) => !used.has(k)),
      [],
      'English nobody uses',
    );
  });

  it('has exactly the same keys in German, each translated and keeping links, code and placeholders', () => {
    assert.deepEqual(Object.keys(german).sort(), Object.keys(english).sort());
    for (const [key, en] of Object.entries(english)) {
      const de = german[key];
      assert.ok(typeof de === 'string' && de.trim() !== '', `${key} has German`);
      assert.deepEqual(kept(de), kept(String(en)), `${key} keeps its command links, code spans and placeholders`);
    }
  });

  it('keeps what a language model reads English in package.json', () => {
    const tools = (manifest.contributes as { languageModelTools: { modelDescription: string }[] }).languageModelTools;
    for (const t of tools) assert.doesNotMatch(t.modelDescription, PLACEHOLDER);
  });

  it('ships the translations in the VSIX and the command line in the npm package', () => {
    const vscodeignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8');
    for (const line of ['!package.nls.json', '!package.nls.*.json', '!l10n/bundle.l10n.json', '!l10n/bundle.l10n.*.json']) assert.ok(vscodeignore.split('\n').includes(line), line);
    const npmignore = fs.readFileSync(path.join(ROOT, '.npmignore'), 'utf8');
    assert.ok(npmignore.split('\n').includes('!/l10n/bundle.l10n.*.json'));
    assert.equal(manifest.l10n, './l10n');
  });
});
