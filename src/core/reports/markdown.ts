/**
 * Markdown pieces for the reports. The person's text (titles, wins, lessons, reasons)
 * is kept as written, links and `[[wiki links]]` included, with two exceptions that
 * protect the document's structure: it is put on one line (a newline in a title must
 * not start a heading or close the front matter), and a line-start marker (`#`, `>`,
 * `-`, `1.`) that would turn it into structure where it opens a line is escaped.
 */

/** Text on one line: every run of whitespace (newlines too) becomes one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Text on one line that is also safe at the start of a line or right after a list
 * marker: a leading heading, quote, list, thematic-break, fence or HTML-block marker is
 * escaped with a backslash, so it reads as the characters written.
 */
export function inline(text: string): string {
  const t = oneLine(text);
  const ordered = /^(\d{1,9})([.)])(?=\s|$)/.exec(t);
  if (ordered) return `${ordered[1]}\\${ordered[2]}${t.slice(ordered[0].length)}`;
  if (/^(#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|={2,}|`{3,}|~{3,}|<|\|)/.test(t)) return `\\${t}`;
  return t;
}

/** A heading of `level` (1–6) whose text can never become anything but that heading. */
export function heading(level: number, text: string): string {
  // A trailing run of `#` would be read as the heading's closing sequence and dropped.
  return `${'#'.repeat(level)} ${inline(text).replace(/(\s)(#+)$/, '$1\\$2')}`;
}

/** A bullet list, one item per line. */
export function bulletList(items: readonly string[]): string {
  return items.map((i) => `- ${i}`).join('\n');
}

/** Front matter from plain `key: value` pairs; values that are not plain dates or words are JSON-quoted. */
export function frontMatter(pairs: readonly [string, string][]): string {
  const value = (v: string): string => (/^[\w.-]+$/.test(v) ? v : JSON.stringify(oneLine(v)));
  return ['---', ...pairs.map(([k, v]) => `${k}: ${value(v)}`), '---'].join('\n');
}

/** A number as the metric shows it: integers plain, others to two decimals at most. */
export function amount(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}
