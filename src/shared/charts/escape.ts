/**
 * XML escaping for every piece of text that reaches the markup: goal titles, ids,
 * values, refs. The same string goes into a webview (as innerHTML of a container) and
 * into a standalone .svg file, so it must be well-formed XML whatever the person typed.
 */

/**
 * Code points XML 1.0 forbids outright (C0 controls other than tab, line feed and
 * carriage return, U+FFFE, U+FFFF) and lone surrogates. With the `u` flag a paired
 * surrogate is one astral code point and never matches `\p{Cs}`, so emoji survive.
 */
// eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

/** Whether a text has anything escapeXml changes (no `g` flag: `test` keeps no state). */
// eslint-disable-next-line no-control-regex -- as NOT_XML
const NEEDS_ESCAPE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF&<>"']|\p{Cs}/u;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes `&`, `<`, `>`, `"` and `'` so the text is safe both as element content and
 * as a quoted attribute value, and replaces characters XML cannot carry (controls,
 * lone surrogates) with U+FFFD instead of throwing: a broken title must not break the
 * chart. `&amp;` in the input is text, so it comes out as `&amp;amp;`.
 */
export function escapeXml(text: string): string {
  // Most text (numbers, ids, hashes, plain words) needs nothing: one test, no copies.
  if (!NEEDS_ESCAPE.test(text)) return String(text);
  return String(text)
    .replace(NOT_XML, '\uFFFD')
    .replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * `text` cut to at most `max` code points with an ellipsis, for labels drawn in the
 * chart (a legend entry, a bar label); the full text stays in the `<title>` and the
 * table. Cuts between code points, never inside a surrogate pair.
 */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}
