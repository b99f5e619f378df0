/**
 * The language the command line speaks, read from the environment as POSIX programs
 * read it: `LC_ALL`, then `LC_MESSAGES`, then `LANG`, the first that is set and not
 * empty. `C` and `POSIX` are English. The words come from the extension's own bundles,
 * `l10n/bundle.l10n.<language>.json` beside dist/ (`de_DE.UTF-8` tries `de-de`, then
 * `de`); without one the command line speaks English.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The environment variables the language is read from. */
export type LocaleEnv = Readonly<Record<string, string | undefined>>;

/** A bundle: each English message with its translation. */
type Bundle = Record<string, string>;

/** The language chosen, and its bundle (empty in English). */
export interface CliLanguage {
  /** A BCP 47 tag for `Intl` (`en`, `de-ch`): the environment's, when its words were found (`de-ch` with the `de` bundle), else English. */
  language: string;
  bundle: Bundle;
}

/**
 * The locale the environment names for messages, in the POSIX order; undefined when none is set.
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export function messagesLocale(env: LocaleEnv): string | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return undefined;
}

/**
 * The bundle languages to try for the environment, the most specific first:
 * `de_DE.UTF-8` → `de-de`, `de`; `pt_BR` → `pt-br`, `pt`. None for `C`, `POSIX`,
 * nothing set, or a value that is not a language name (a path, say).
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export function languageTags(env: LocaleEnv): string[] {
  const locale = messagesLocale(env);
  if (locale === undefined) return [];
  // `language_TERRITORY.codeset@modifier`: the codeset and the modifier say nothing about the words.
  const name = locale.split(/[.@]/)[0] ?? '';
  if (name === 'C' || name === 'POSIX') return [];
  const tag = name.replace(/_/g, '-').toLowerCase();
  if (!/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test(tag)) return [];
  const primary = tag.split('-')[0] ?? tag;
  return tag === primary ? [tag] : [tag, primary];
}

/** A bundle file's messages, or undefined when it is missing or not a bundle. */
function readBundle(file: string, read: (file: string) => string): Bundle | undefined {
  let json: unknown;
  try {
    json = JSON.parse(read(file));
  } catch {
    return undefined;
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const bundle: Bundle = {};
  for (const [key, value] of Object.entries(json)) {
    // The extractor writes `{ message, comment }` for a message with a comment.
    const message: unknown = value !== null && typeof value === 'object' ? (value as { message?: unknown }).message : value;
    if (typeof message === 'string') bundle[key] = message;
  }
  return bundle;
}

/**
 * The language of the environment `env` and its bundle from the folder `dir`; English
 * with no bundle when the environment asks for none or no bundle of its language exists
 * (then days are English too, not French days among English words). An English locale
 * keeps its tag (`en-gb`), so days are still written its way.
 */
export function cliLanguage(env: LocaleEnv, dir: string, read: (file: string) => string = (f) => fs.readFileSync(f, 'utf8')): CliLanguage {
  const tags = languageTags(env);
  const locale = tags[0];
  for (const tag of tags) {
    if (tag === 'en' || tag.startsWith('en-')) return { language: locale ?? tag, bundle: {} };
    const bundle = readBundle(path.join(dir, `bundle.l10n.${tag}.json`), read);
    // The words of the language, the days and numbers of the person's own locale (de-CH writes 1’234.5).
    if (bundle) return { language: locale ?? tag, bundle };
  }
  return { language: 'en', bundle: {} };
}
