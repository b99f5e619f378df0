/**
 * The display language's strings for a webview: the bundle VS Code loaded for the
 * extension (`l10n/bundle.l10n.<language>.json`, empty in English) and the language's
 * tag, which the host puts into a panel's initial state (the review's `init`, the
 * dashboard's `model`). The page hands the bundle to `@vscode/l10n` before it draws
 * anything, so the webview code has no string of its own. Pure data: no vscode, no DOM.
 */

/** Message (English) → its translation. */
export type DisplayBundle = Record<string, string>;

/** What a page needs to speak the display language. */
export interface DisplayStrings {
  bundle: DisplayBundle;
  /** A BCP 47 tag (`en`, `de`, `qps-ploc`), for `<html lang>` and `Intl`. */
  language: string;
}

/** A language tag as `Intl` and `lang` take it; anything else falls back to English. */
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

/**
 * The strings of a host message, checked like everything else a page is given: only
 * string translations are kept (others are dropped, so a message shows in English
 * rather than as `[object Object]`), and a tag that is not one becomes `en`.
 */
export function readDisplayStrings(raw: { bundle?: unknown; language?: unknown } | null | undefined): DisplayStrings {
  const bundle: DisplayBundle = {};
  const source = raw?.bundle;
  if (typeof source === 'object' && source !== null && !Array.isArray(source)) {
    for (const [key, value] of Object.entries(source)) if (typeof value === 'string') bundle[key] = value;
  }
  const language = typeof raw?.language === 'string' && LANGUAGE_TAG.test(raw.language) ? raw.language : 'en';
  return { bundle, language };
}
