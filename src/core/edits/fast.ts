/**
 * The fast path for edits inside one goal: instead of parsing the whole file (tens of
 * milliseconds for a 30-goal plan), find the goal's lines with a line scan and parse
 * only them, with offsets that match the whole text. Anything unusual returns
 * undefined and the caller parses the whole file instead.
 */
import { Composer, isMap, isSeq, Parser, type YAMLMap } from 'yaml';
import { slugify } from '../slug';
import { goalIdOf } from './nodes';

/** Parses `text.slice(start, end)` so node ranges are offsets into `text`. */
export function parseSlice(text: string, start: number, end: number): unknown {
  const parser = new Parser();
  parser.offset = start;
  const composer = new Composer({});
  let contents: unknown;
  let docs = 0;
  for (const doc of composer.compose(parser.parse(text.slice(start, end)), true, end)) {
    docs++;
    if (doc.errors.length) return undefined;
    contents = doc.contents;
  }
  return docs === 1 ? contents : undefined;
}

// Plain text that YAML reads as exactly itself: starts with a letter, no indicators.
const PLAIN_SIMPLE = /^[A-Za-z][^#'"{}[\],&*!|>%@`:]*$/;
const KEYWORD = /^(?:true|false|null|True|False|Null|TRUE|FALSE|NULL)$/;

/**
 * The value of a one-line `key: value` entry, read without a parser when it is
 * simple; undefined when the entry is absent or too unusual to read this way.
 */
function lineValue(line: string): string | undefined {
  const m = /^\s*[A-Za-z_]+:(?:[ \t]+(.*?))?\s*$/.exec(line);
  if (!m || m[1] === undefined) return undefined;
  const v = m[1].replace(/\s+#.*$/, '').trimEnd();
  return PLAIN_SIMPLE.test(v) && !KEYWORD.test(v) ? v : undefined;
}

/** What the line scan found about one `goals:` item, if it could tell. */
function quickId(lines: string[], keyCol: number): string | 'unknown' {
  let title: string | undefined;
  let titleLine = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const key = i === 0 ? line.slice(keyCol) : line.startsWith(' '.repeat(keyCol)) && line[keyCol] !== ' ' ? line.slice(keyCol) : undefined;
    if (key === undefined) continue;
    const next = lines[i + 1];
    // A value that continues on the next line needs the real parser.
    const continues = next !== undefined && /^\s*[^\s#]/.test(next) && (/^( *)/.exec(next)?.[1].length ?? 0) > keyCol && !/^\s*-/.test(next);
    if (/^id[ \t]*:/.test(key)) {
      const id = lineValue(key);
      return id === undefined || continues ? 'unknown' : id;
    }
    if (/^title[ \t]*:/.test(key)) {
      title = continues ? undefined : lineValue(key);
      titleLine = i;
    }
  }
  return titleLine >= 0 && title !== undefined ? slugify(title) : 'unknown';
}

/**
 * The goal with id `id`, parsed from its own lines, or undefined when the line scan
 * cannot be sure (the caller then parses the whole file). Never wrong: a goal it
 * returns is the one a full parse would find first.
 */
export function sliceGoal(text: string, id: string): YAMLMap | undefined {
  const key = /^goals[ \t]*:[ \t]*(#.*)?\r?$/m.exec(text);
  if (!key) return undefined;
  let pos = text.indexOf('\n', key.index);
  if (pos < 0) return undefined;
  pos++;
  let dashCol = -1;
  let itemStart = -1;
  let itemLines: string[] = [];
  let keyCol = 0;
  const finish = (end: number): YAMLMap | undefined | 'next' => {
    if (itemStart < 0) return 'next';
    const found = keyCol < 0 ? 'unknown' : quickId(itemLines, keyCol);
    if (found !== 'unknown' && found !== id) return 'next';
    const contents = parseSlice(text, itemStart, end);
    if (!isSeq(contents) || contents.items.length !== 1) return undefined;
    const goal = contents.items[0];
    if (!isMap(goal)) return 'next';
    return goalIdOf(goal) === id ? goal : found === 'unknown' ? 'next' : undefined;
  };
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl + 1;
    const line = text.slice(pos, nl < 0 ? text.length : nl).replace(/\r$/, '');
    const indent = /^ */.exec(line)![0].length;
    const blank = indent === line.length || line[indent] === '#';
    if (!blank) {
      const isDash = line[indent] === '-' && (line.length === indent + 1 || line[indent + 1] === ' ');
      if (dashCol < 0) {
        if (!isDash) return undefined;
        dashCol = indent;
      }
      if (indent < dashCol || (indent === dashCol && !isDash)) break;
      if (indent === dashCol) {
        const r = finish(pos);
        if (r !== 'next') return r;
        itemStart = pos;
        itemLines = [];
        keyCol = indent + 1 + (/^ */.exec(line.slice(indent + 1))![0].length);
        if (line[keyCol] === '{' || line[keyCol] === '[' || line[keyCol] === '-') keyCol = -1;
      }
    }
    if (itemStart >= 0) itemLines.push(line);
    pos = end;
  }
  const r = finish(pos);
  return r === 'next' ? undefined : r;
}
