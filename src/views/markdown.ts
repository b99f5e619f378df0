/**
 * Markdown helpers for tooltips. Titles come from the person's file, so they are
 * escaped: a `*` or `[` in a goal title must show as written, not as formatting.
 */

/** Escapes Markdown punctuation (and `$` so `$(icon)` syntax is not triggered). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>$~]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}
