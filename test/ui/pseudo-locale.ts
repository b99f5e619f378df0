/**
 * The pseudo-locale run of the UI suite: VS Code in `qps-ploc`, the extension's strings
 * pseudo-localized with @vscode/l10n-dev ("Goals" → "Ɠǿǿȧȧŀş"), so any English word left
 * on a screen is a string that does not go through l10n.
 *
 * How code-server 4.100.3 (VS Code 1.100.3) picks its display language, read in its
 * sources (lib/vscode/out/server-main.js: the workbench's HTML route and
 * vs/server/node/remoteLanguagePacks) and checked with a probe extension (a status bar
 * item showing `vscode.env.language` and a `vscode.l10n.t` string, a command titled
 * from package.nls.json):
 * - The locale asked for is code-server's `--locale`, else `locale` in
 *   `<user-data>/User/argv.json` (what "Configure Display Language" writes), else a cookie
 *   or the browser's Accept-Language. Either of the first two works; argv.json needs no
 *   change to how the server starts, so it is used here.
 * - Asking is not enough: a locale other than `en` takes effect only when
 *   `<user-data>/languagepacks.json` names a language pack for it whose `vscode`
 *   translations file exists. Without it, `--locale qps-ploc` and argv.json each left the
 *   workbench and `vscode.env.language` at `en`.
 * - VS Code writes languagepacks.json when a language-pack extension is installed through
 *   the running product; `code-server --install-extension` (a separate CLI process) does
 *   not: a tiny pack (contributes.localizations, languageId qps-ploc) installed that way
 *   was ignored. So the profile gets the file directly, in the form VS Code's
 *   LanguagePacksCache writes, pointing at a translations file with no entries: VS Code's
 *   own UI stays English, which keeps the check on our strings (the workbench's chrome is
 *   not ours) and lets the tests find VS Code's controls by their English names.
 * - With that, the workbench runs in `qps-ploc`, the remote extension host gets it as
 *   `vscode.env.language`, `vscode.l10n` loads `<extension>/l10n/bundle.l10n.qps-ploc.json`
 *   (the manifest's `l10n` folder) and the manifest's `%key%`s come from
 *   `package.nls.qps-ploc.json`.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getL10nPseudoLocalized } from '@vscode/l10n-dev';
import { parse } from 'yaml';
import { ROOT } from '../../scripts/lib/paths';
import type { InstalledProfile } from './workbench';

export const PSEUDO_LOCALE = 'qps-ploc';

/** The pseudo-localized form of an English message, exactly as the generated bundle has it. */
export function pseudo(message: string): string {
  return getL10nPseudoLocalized({ m: message }).m as string;
}

/** Runs the @vscode/l10n-dev command line (what `npm run l10n` runs); throws with its output when it fails. */
function l10nDev(args: string[]): string {
  const cli = path.join(path.dirname(require.resolve('@vscode/l10n-dev/package.json')), 'dist', 'cli.js');
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vscode-l10n-dev ${args.join(' ')} failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

/**
 * Writes the pseudo bundles into the INSTALLED copy of the extension (never the shipped
 * package): `l10n/bundle.l10n.qps-ploc.json` from the strings exported from src/ now (what
 * `npm run l10n` writes to l10n/bundle.l10n.json), and `package.nls.qps-ploc.json` beside
 * the package.nls.json the VSIX ships. Returns what keeps the shipped package from being
 * translated at all, for the scenario to report with the untranslated strings.
 */
export function pseudoLocalizeExtension(extensionDir: string): { problems: string[]; messages: number; nlsKeys: number } {
  const problems: string[] = [];
  const manifestFile = path.join(extensionDir, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { l10n?: string };
  if (manifest.l10n === undefined) {
    problems.push('package.json has no "l10n": "./l10n": VS Code loads no bundle for the shipped extension (this run set it on its installed copy)');
    manifest.l10n = './l10n';
    fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  }
  // Exported into the copy's bundle folder, then pseudo-localized beside it
  // (generate-pseudo writes `<name>.qps-ploc.json` next to its input; it has no output option).
  const bundleDir = path.join(extensionDir, manifest.l10n);
  l10nDev(['export', '--outDir', bundleDir, path.join(ROOT, 'src')]);
  const bundle = path.join(bundleDir, 'bundle.l10n.json');
  const messages = fs.existsSync(bundle) ? Object.keys(JSON.parse(fs.readFileSync(bundle, 'utf8')) as object).length : 0;
  if (messages > 0) l10nDev(['generate-pseudo', '--language', PSEUDO_LOCALE, bundle]);
  else problems.push('src/ has no l10n.t string yet (vscode-l10n-dev export found none)');
  let nlsKeys = 0;
  const nls = path.join(extensionDir, 'package.nls.json');
  if (fs.existsSync(nls)) {
    nlsKeys = Object.keys(JSON.parse(fs.readFileSync(nls, 'utf8')) as object).length;
    l10nDev(['generate-pseudo', '--language', PSEUDO_LOCALE, nls]);
    // A value that is a file (a walkthrough step's media.markdown) must stay a path that exists.
    const english = JSON.parse(fs.readFileSync(nls, 'utf8')) as Record<string, string>;
    const pseudoFile = path.join(extensionDir, `package.nls.${PSEUDO_LOCALE}.json`);
    const pseudoNls = JSON.parse(fs.readFileSync(pseudoFile, 'utf8')) as Record<string, unknown>;
    for (const [key, value] of Object.entries(english)) if (typeof value === 'string' && /^[\w./-]+\.(md|svg|png|jpg|gif)$/.test(value)) pseudoNls[key] = value;
    fs.writeFileSync(pseudoFile, JSON.stringify(pseudoNls, null, 2));
  } else {
    problems.push('the VSIX ships no package.nls.json: command titles, view names, settings and the walkthrough are not localizable');
  }
  for (const written of [path.join(bundleDir, `bundle.l10n.${PSEUDO_LOCALE}.json`), path.join(extensionDir, `package.nls.${PSEUDO_LOCALE}.json`)]) {
    if ((written.includes('package.nls') ? nlsKeys : messages) > 0 && !fs.existsSync(written)) throw new Error(`vscode-l10n-dev generate-pseudo did not write ${written}`);
  }
  return { problems, messages, nlsKeys };
}

/**
 * Makes the profile's VS Code start in `locale` (the pseudo-locale, or a language the
 * extension ships, such as `de`; see the comment at the top). VS Code's own words stay
 * English, so the tests find its controls by their usual names.
 */
export function usePseudoLocale(profile: InstalledProfile, locale = PSEUDO_LOCALE): void {
  const user = path.join(profile.userDataDir, 'User');
  fs.mkdirSync(user, { recursive: true });
  fs.writeFileSync(path.join(user, 'argv.json'), JSON.stringify({ locale }, null, 2));
  // The "language pack": a translations file with no entries, so VS Code's own strings stay English.
  const pack = path.join(profile.userDataDir, 'pseudo-language-pack');
  fs.mkdirSync(pack, { recursive: true });
  const translations = path.join(pack, 'main.i18n.json');
  fs.writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  const languagePacks = {
    [locale]: {
      hash: 'career-goals-pseudo-1',
      extensions: [{ extensionIdentifier: { id: 'career-goals-tests.pseudo-language-pack' }, version: '1.0.0' }],
      translations: { vscode: translations },
      label: 'Pseudo Language',
    },
  };
  fs.writeFileSync(path.join(profile.userDataDir, 'languagepacks.json'), JSON.stringify(languagePacks));
}

/** Keys of goals.yaml whose values are the format's own words (an enum), not the person's: the UI must translate how it shows them. */
const ENUM_KEYS = new Set(['horizon', 'status', 'priority', 'direction', 'kind', 'version']);

/**
 * Texts the check leaves alone: the person's own words from the example plan (titles,
 * ids, notes, names of metrics and units: goals.yaml is not ours to translate), and
 * names that are the same in every language.
 */
export function allowedPhrases(workspaceDir: string): string[] {
  const found = new Set<string>();
  const walk = (node: unknown, key?: string): void => {
    if (typeof node === 'string') {
      if (!key || !ENUM_KEYS.has(key)) found.add(node.trim());
    } else if (Array.isArray(node)) {
      for (const item of node) walk(item, key);
    } else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node as Record<string, unknown>)) walk(v, k);
    }
  };
  walk(parse(fs.readFileSync(path.join(workspaceDir, 'goals.yaml'), 'utf8')));
  // Multi-line values (the narrative) show line by line.
  for (const text of [...found]) for (const line of text.split('\n')) found.add(line.trim());
  // The folder's name, and the notes' (a note is named by its file).
  found.add(path.basename(workspaceDir));
  const notes = path.join(workspaceDir, 'notes');
  if (fs.existsSync(notes)) for (const f of fs.readdirSync(notes)) found.add(path.parse(f).name);
  const names = ['Career Goals', 'goals.yaml', 'YAML', 'VS Code', 'Markdown'];
  // Days and months come from Intl in the display language, which has no pseudo-locale data.
  const intl: string[] = [];
  for (let m = 0; m < 12; m++) {
    const d = new Date(Date.UTC(2026, m, 1 + m));
    for (const month of ['long', 'short'] as const) intl.push(d.toLocaleDateString('en', { month, timeZone: 'UTC' }));
    for (const weekday of ['long', 'short'] as const) intl.push(d.toLocaleDateString('en', { weekday, timeZone: 'UTC' }));
  }
  return [...found, ...names, ...intl].filter((t) => t.length > 0).sort((a, b) => b.length - a.length);
}

/** One piece of text as it was on a screen: which surface and where on it. */
export interface SeenText {
  surface: 'Goals view' | 'status bar' | 'weekly review' | 'dashboard';
  where: string;
  text: string;
}

/** An English word left on a screen. */
export interface Untranslated extends SeenText {
  words: string[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The texts with a run of four or more plain Latin letters left once the allowed phrases
 * (longest first, as whole words, in any case: the UI may capitalise a metric's name) and file paths are taken out: pseudo-localized text has
 * accented letters throughout, so such a run is English nobody translated.
 */
export function findUntranslated(seen: readonly SeenText[], allowed: readonly string[]): Untranslated[] {
  const phrases = allowed.map((a) => new RegExp(`(?<![A-Za-z])${escapeRegExp(a)}(?![A-Za-z])`, 'gi'));
  const out: Untranslated[] = [];
  const keys = new Set<string>();
  for (const s of seen) {
    let rest = s.text;
    // A title cut short to fit ("Lead the deploy pipeline migrat…") is still the person's.
    if (rest.includes('…')) {
      for (const a of allowed) {
        for (let k = a.length - 1; k >= 8; k--) {
          const cut = `${a.slice(0, k).trimEnd()}…`;
          if (rest.includes(cut)) {
            rest = rest.split(cut).join(' ');
            break;
          }
        }
      }
    }
    for (const p of phrases) rest = rest.replace(p, ' ');
    // File names and paths (reviews/2026-12-07-weekly.md, reviews/) are the files' names, not messages.
    rest = rest.replace(/[\w./-]*\.(md|yaml|yml|json|ics|html)\b/g, ' ').replace(/(?<![\w/])[\w.-]+\/(?=[\s.,;:)]|$)/g, ' ');
    const words = [...new Set(rest.match(/[A-Za-z]{4,}/g) ?? [])];
    const key = `${s.surface}\u0000${s.text}`;
    if (words.length > 0 && !keys.has(key)) {
      keys.add(key);
      out.push({ ...s, words });
    }
  }
  return out;
}

/** True when the text holds pseudo-localized letters (the bundle reached this surface). */
export function isPseudo(text: string): boolean {
  return /[\u0100-\u024F\u1E00-\u1EFF]/.test(text);
}
