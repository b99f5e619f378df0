/**
 * The Markdown the report builders write, as HTML: headings, paragraphs, lists two
 * levels deep, bold, code spans, links to the web or mail, and backslash escapes. Only
 * this subset, because only this subset is written (core/reports/markdown.ts); every
 * character of the person's text is escaped, so a hostile win stays text, and a link
 * is made only to `http:`, `https:` or `mailto:`.
 */

/** `&`, `<`, `>`, `"` and `'` as character references: text safe in an element and in an attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A link target that may become an `href`. */
function safeHref(url: string): boolean {
  return /^(https?:\/\/|mailto:)[^\s<>"']+$/i.test(url);
}

/** One piece of inline Markdown at the start of `rest`, as HTML, with how many characters it took. */
type InlineRule = (rest: string) => [html: string, length: number] | undefined;

const RULES: readonly InlineRule[] = [
  // A backslash escape: the character as itself.
  (rest) => {
    const m = /^\\([!-/:-@[-`{-~])/.exec(rest);
    return m ? [escapeHtml(m[1] ?? ''), 2] : undefined;
  },
  (rest) => {
    const m = /^(`+)([\s\S]*?[^`])\1(?!`)/.exec(rest);
    return m ? [`<code>${escapeHtml((m[2] ?? '').trim())}</code>`, m[0].length] : undefined;
  },
  (rest) => {
    const m = /^\*\*(?=\S)([\s\S]*?\S)\*\*/.exec(rest);
    return m ? [`<strong>${inlineHtml(m[1] ?? '')}</strong>`, m[0].length] : undefined;
  },
  (rest) => {
    const m = /^\[([^\]]*)\]\(([^)\s]*)\)/.exec(rest);
    if (!m) return undefined;
    const [all, label = '', url = ''] = m;
    return safeHref(url) ? [`<a href="${escapeHtml(url)}">${inlineHtml(label)}</a>`, all.length] : undefined;
  },
  (rest) => {
    const m = /^<((?:https?:\/\/|mailto:)[^\s<>]*)>/.exec(rest);
    return m && safeHref(m[1] ?? '') ? [`<a href="${escapeHtml(m[1] ?? '')}">${escapeHtml(m[1] ?? '')}</a>`, m[0].length] : undefined;
  },
  (rest) => {
    const m = /^https?:\/\/[^\s<>"'()]+[^\s<>"'().,;:!?]/.exec(rest);
    return m ? [`<a href="${escapeHtml(m[0])}">${escapeHtml(m[0])}</a>`, m[0].length] : undefined;
  },
];

/** Inline Markdown as HTML; anything no rule reads is text, escaped. */
export function inlineHtml(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    let done = false;
    for (const rule of RULES) {
      const hit = rule(rest);
      if (hit) {
        out += hit[0];
        i += hit[1];
        done = true;
        break;
      }
    }
    if (!done) {
      // Up to the next character a rule could start with, as text.
      const next = rest.slice(1).search(/[\\`*[<h]/);
      const take = next < 0 ? rest.length : next + 1;
      out += escapeHtml(rest.slice(0, take));
      i += take;
    }
  }
  return out;
}

/** A block of the document: a heading, a paragraph or a list. */
type Block = { kind: 'heading'; level: number; text: string } | { kind: 'paragraph'; text: string } | { kind: 'list'; items: { text: string; children: string[] }[] };

/** The blocks of a report's Markdown body (front matter already removed). */
function blocks(body: string): Block[] {
  const out: Block[] = [];
  for (const line of body.split('\n')) {
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    const item = /^- (.*)$/.exec(line);
    const child = /^ {2}- (.*)$/.exec(line);
    const last = out.at(-1);
    if (heading) out.push({ kind: 'heading', level: heading[1]?.length ?? 1, text: heading[2] ?? '' });
    else if (item) {
      const entry = { text: item[1] ?? '', children: [] };
      if (last?.kind === 'list') last.items.push(entry);
      else out.push({ kind: 'list', items: [entry] });
    } else if (child && last?.kind === 'list' && last.items.length) last.items.at(-1)?.children.push(child[1] ?? '');
    else if (line.trim() === '') continue;
    else if (last?.kind === 'paragraph') last.text += `\n${line}`;
    else out.push({ kind: 'paragraph', text: line });
  }
  return out;
}

/**
 * A report's Markdown body as HTML, section by section: `after(level, text)` adds markup
 * after a heading's section ends (the report puts its charts after the Summary).
 */
export function markdownToHtml(body: string, afterSection?: (heading: string) => string): string {
  const out: string[] = [];
  let open: string | undefined;
  const close = (): void => {
    if (open !== undefined && afterSection) out.push(afterSection(open));
    open = undefined;
  };
  for (const b of blocks(body)) {
    switch (b.kind) {
      case 'heading':
        if (b.level <= 2) close();
        if (b.level === 2) open = b.text;
        out.push(`<h${b.level}>${inlineHtml(b.text)}</h${b.level}>`);
        break;
      case 'paragraph':
        out.push(`<p>${inlineHtml(b.text)}</p>`);
        break;
      case 'list':
        out.push(`<ul>${b.items.map((i) => `<li>${inlineHtml(i.text)}${i.children.length ? `<ul>${i.children.map((c) => `<li>${inlineHtml(c)}</li>`).join('')}</ul>` : ''}</li>`).join('')}</ul>`);
        break;
    }
  }
  close();
  return out.join('\n');
}
