/**
 * The Markdown note a goal links to with `[[Name]]`, and the file name it lives in.
 * The Goals view opens and creates these notes; the command line never writes a
 * report over one.
 */

/** The name linked by a note such as `[[Migration design doc]]`, or undefined for plain text. */
export function noteLinkName(note: string): string | undefined {
  const m = /\[\[([^\]|#]+)(?:[|#][^\]]*)?\]\]/.exec(note);
  const name = m?.[1]?.trim();
  return name ? name : undefined;
}

/** A file name for a note link: path separators and characters invalid on common file systems become `-`. */
export function noteFileName(name: string): string {
  const safe = name.replace(/[\\/:*?"<>|]/g, '-').replace(/^\.+/, '').trim();
  return `${safe || 'note'}.md`;
}
