/**
 * package.json's contributions in the display language: every title, name, setting
 * description, welcome text, walkthrough text and tool label a person reads is a
 * `%key%` placeholder, each key has its English in package.nls.json, and the German
 * package.nls.de.json has exactly the same keys, keeping each text's command links,
 * code spans and placeholders. What a language model reads (the tools'
 * modelDescription and input schemas) stays English in package.json itself.
 * The walkthrough's pages are `%key%`s too (VS Code replaces a placeholder in any
 * manifest value): the English page in media/walkthrough/, the German in
 * media/walkthrough/de/, keeping the machine-read parts of their YAML examples.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';

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

/** The `media.markdown` pages of the walkthrough's steps, as package.json names them. */
function walkthroughPages(manifest: Record<string, unknown>): string[] {
  const { walkthroughs } = manifest.contributes as { walkthroughs: { steps: { media: { markdown?: string } }[] }[] };
  return walkthroughs.flatMap((w) => w.steps.map((s) => s.media.markdown ?? ''));
}

/** The fenced code blocks of a Markdown page, with their language. */
function codeBlocks(markdown: string): { lang: string; code: string }[] {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1] ?? '', code: m[2] ?? '' }));
}

/** Example text a translation may translate in a YAML example; every other key and value is read by the extension. */
const FREE_TEXT = new Set(['north_star', 'narrative', 'title', 'why', 'flexibility', 'text', 'name']);

/** A parsed YAML example with its free text blanked, for comparing what the extension reads. */
function machineRead(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(machineRead);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, FREE_TEXT.has(k) && typeof v === 'string' ? '…' : machineRead(v)]));
}

/** What a translated page must keep as it is: the targets of its links (command links among them) and images. */
function keptInPage(markdown: string): string[] {
  const prose = markdown.replace(/^```\w*\n[\s\S]*?^```$/gm, '');
  return [...prose.matchAll(/\]\(([^)]*)\)|src="[^"]*"/g)].map((m) => m[1] ?? m[0]).sort();
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

  it('points every walkthrough step at its page through a %key%, English in media/walkthrough/ and German in media/walkthrough/de/', () => {
    const keys = walkthroughPages(manifest).map((page) => PLACEHOLDER.exec(page)?.[1]);
    assert.ok(keys.length >= 4);
    for (const key of keys) {
      assert.ok(key !== undefined, 'a walkthrough page is a %key%');
      const en = String(english[key]);
      const de = String(german[key]);
      assert.match(en, /^media\/walkthrough\/[\w-]+\.md$/, key);
      assert.equal(de, en.replace('media/walkthrough/', 'media/walkthrough/de/'), key);
      for (const page of [en, de]) assert.ok(fs.statSync(path.join(ROOT, page)).size > 0, `${page} exists`);
    }
    // The VSIX ships media/ whole, so the German pages go with the English ones.
    assert.ok(fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').includes('!media/**'));
  });

  it('keeps in every German walkthrough page the links and what the extension reads in its YAML examples', () => {
    for (const key of walkthroughPages(manifest).map((page) => PLACEHOLDER.exec(page)?.[1] ?? '')) {
      const en = fs.readFileSync(path.join(ROOT, String(english[key])), 'utf8');
      const de = fs.readFileSync(path.join(ROOT, String(german[key])), 'utf8');
      assert.deepEqual(keptInPage(de), keptInPage(en), `${key}: links`);
      const [enBlocks, deBlocks] = [codeBlocks(en), codeBlocks(de)];
      assert.deepEqual(
        deBlocks.map((b) => b.lang),
        enBlocks.map((b) => b.lang),
        `${key}: code blocks`,
      );
      enBlocks.forEach((block, i) => {
        if (block.lang !== 'yaml') return;
        const translated = deBlocks[i]?.code ?? '';
        assert.deepEqual(machineRead(parse(translated)), machineRead(parse(block.code)), `${key}: YAML example ${i + 1}`);
      });
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
