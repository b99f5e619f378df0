/**
 * Markdown pieces for the reports. The person's text (titles, wins, lessons, reasons)
 * is kept as written, links and `[[wiki links]]` included, with three exceptions that
 * protect the document and whoever opens it: it is put on one line (a newline in a
 * title must not start a heading or close the front matter); a line-start marker (`#`,
 * `>`, `-`, `1.`) that would turn it into structure where it opens a line is escaped;
 * and raw HTML and links to anything but the web or mail (`<script>`,
 * `[y](javascript:…)`) are escaped, so a renderer that keeps HTML shows them as the
 * characters written and runs nothing.
 */

/** Text on one line, as written: every run of whitespace (newlines too) becomes one space. */
function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A code span (`` `x` ``, ``` ``x`` ```): Markdown shows its content as text, so nothing in it is escaped. */
const CODE_SPAN = /(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g;

/** A link or image destination that opens a page or a mail: `https:`, `http:`, `mailto:`, or a relative path. */
function safeDestination(dest: string): boolean {
  const d = dest.trim().replace(/^</, '');
  // A character reference before the first `:` could spell a scheme (`jav&#x61;script:`).
  const colon = d.indexOf(':');
  if (colon < 0) return true;
  const head = d.slice(0, colon);
  if (/[/?#]/.test(head)) return true;
  return /^(https?|mailto)$/i.test(head);
}

/** Raw HTML and unsafe links in text outside code spans, escaped. */
function defuseOutsideCode(part: string): string {
  return (
    part
      // `<tag`, `</tag`, `<!--`, `<?`: raw HTML; `<https://…>` and `<mailto:…>` stay autolinks.
      .replace(/<(?=[A-Za-z/!?])(?!(?:https?:\/\/|mailto:)[^\s<>]*>)/g, '\\<')
      // `[text](javascript:…)`, `![alt](data:…)`: the brackets become text, so no link is made.
      .replace(/(!?)\[([^\]]*)\]\(([^)\s]*)/g, (all: string, bang: string, label: string, dest: string) => (safeDestination(dest) ? all : `${bang}\\[${label}\\](${dest}`))
  );
}

/** Escapes raw HTML and unsafe links outside code spans; the text reads the same. */
function defuse(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(CODE_SPAN)) {
    out += defuseOutsideCode(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + defuseOutsideCode(text.slice(last));
}

/** Text on one line, safe to render: whitespace runs become one space, raw HTML and unsafe links are escaped. */
export function oneLine(text: string): string {
  return defuse(flatten(text));
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
  if (/^(#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|={2,}|`{3,}|~{3,}|\|)/.test(t)) return `\\${t}`;
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
  const value = (v: string): string => (/^[\w.-]+$/.test(v) ? v : JSON.stringify(flatten(v)));
  return ['---', ...pairs.map(([k, v]) => `${k}: ${value(v)}`), '---'].join('\n');
}

/** A number as the metric shows it: integers plain, others to two decimals at most. */
export function amount(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}
