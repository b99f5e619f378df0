/**
 * The layout of the commands' `--help`: each option's flags in a column, and its
 * description (one translated sentence) wrapped beside it, so a longer translation
 * still lines up.
 */
import * as l10n from '@vscode/l10n';

/** Where descriptions start, and the widest a help line gets. */
const COLUMN = 26;
const WIDTH = 100;

/** `text` in lines of at most `width - indent` characters after `indent` spaces; the first line's indent is the caller's. */
function wrap(text: string, indent: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && indent + line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}

/** `  --file FILE             the plan (default ./goals.yaml)`, wrapped under itself. */
export function helpOption(flags: string, description: string): string {
  const head = `  ${flags}`;
  return `${head}${' '.repeat(Math.max(1, COLUMN - head.length))}${wrap(description, Math.max(COLUMN, head.length + 1))}`;
}

/** A paragraph of help, wrapped. */
export function helpParagraph(text: string): string {
  return wrap(text, 0);
}

/** `Usage: career-goals check [FILE…] [options]`: the synopsis stays as typed. */
export function usageLine(synopsis: string): string {
  return l10n.t('Usage: {0}', synopsis);
}
