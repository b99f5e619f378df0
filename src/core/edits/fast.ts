/**
 * The fast path for edits inside one goal: instead of parsing the whole file (tens of
 * milliseconds for a 30-goal plan), find the goal's lines with a line scan and parse
 * only them, with offsets that match the whole text. Anything unusual returns
 * undefined and the caller parses the whole file instead.
 */
import { Composer, isMap, isScalar, isSeq, Parser, type YAMLMap } from 'yaml';
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

/** What the line scan learnt about one `goals:` item. */
interface ItemScan {
  start: number;
  /** Column of the item's keys; -1 when the item is not a block map. */
  keyCol: number;
  id?: string | 'unknown';
  title?: string | 'unknown';
  /** Index in `text` of the line after the id or title line, to check for continuations. */
  pendingEnd: number;
  pendingKey?: 'id' | 'title';
}

/** Reads a simple `key: value` line from `at` to `end`; 'unknown' when it needs the parser. */
function readValue(text: string, at: number, end: number): string | 'unknown' {
  const v = lineValue(text.slice(at, end));
  return v === undefined ? 'unknown' : v;
}

/** The id the scan tells for an item, or 'unknown' when only the parser can tell. */
function scannedId(item: ItemScan): string | 'unknown' {
  if (item.keyCol < 0) return 'unknown';
  if (item.id !== undefined) return item.id;
  if (item.title === undefined || item.title === 'unknown') return 'unknown';
  return slugify(item.title);
}

/**
 * The goal with id `id`, parsed from its own lines, or undefined when the line scan
 * cannot be sure (the caller then parses the whole file). Only for text known to be
 * free of syntax errors, where a line at the list's dash column is a new item and a
 * line left of it ends the list. With `key`, returns only that entry of the goal
 * (a one-entry map) when the goal has it.
 */
export function sliceGoal(text: string, id: string, key?: string): YAMLMap | undefined {
  const goals = /^goals[ \t]*:[ \t]*(#.*)?\r?$/m.exec(text);
  if (!goals) return undefined;
  const len = text.length;
  let pos = text.indexOf('\n', goals.index);
  if (pos < 0) return undefined;
  pos++;
  let dashCol = -1;
  let item: ItemScan | undefined;
  // Decides an item once its end is known: 'next' to go on, a goal, or undefined to give up.
  const finish = (end: number): YAMLMap | undefined | 'next' => {
    if (!item) return 'next';
    const found = scannedId(item);
    if (found !== 'unknown' && found !== id) return 'next';
    const partial = found === id && key !== undefined ? slicePair(text, item.start, end, item.keyCol, key) : undefined;
    if (partial) return partial;
    const contents = parseSlice(text, item.start, end);
    if (!isSeq(contents) || contents.items.length !== 1) return undefined;
    const goal = contents.items[0];
    if (!isMap(goal)) return 'next';
    if (goalIdOf(goal) === id) return goal;
    return found === 'unknown' ? 'next' : undefined;
  };
  while (pos < len) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 ? len : text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    const next = nl < 0 ? len : nl + 1;
    let i = pos;
    while (i < lineEnd && text.charCodeAt(i) === 32) i++;
    const c = text.charCodeAt(i);
    if (i >= lineEnd || c === 35) {
      pos = next;
      continue;
    }
    const indent = i - pos;
    if (item?.pendingKey) {
      // A more-indented line right after `id:`/`title:` continues its value.
      if (indent > item.keyCol && c !== 45) item[item.pendingKey] = 'unknown';
      item.pendingKey = undefined;
    }
    if (dashCol >= 0 && indent > dashCol) {
      if (item && indent === item.keyCol) scanKey(text, item, i, lineEnd);
      pos = next;
      continue;
    }
    const d = text.charCodeAt(i + 1);
    const isDash = c === 45 && (i + 1 >= lineEnd || d === 32 || d === 9);
    if (dashCol < 0) {
      if (!isDash) return undefined;
      dashCol = indent;
    }
    if (indent < dashCol || !isDash) break;
    const r = finish(pos);
    if (r !== 'next') return r;
    let k = i + 1;
    while (k < lineEnd && text.charCodeAt(k) === 32) k++;
    const first = text.charCodeAt(k);
    item = { start: pos, keyCol: first === 123 || first === 91 || first === 45 || first === 9 || k >= lineEnd ? -1 : k - pos, pendingEnd: 0 };
    if (item.keyCol >= 0) scanKey(text, item, k, lineEnd);
    pos = next;
  }
  const r = finish(pos);
  return r === 'next' ? undefined : r;
}

/**
 * Just the `key:` entry of the goal item in `[start, end)`, parsed from its own lines
 * as a one-entry map: enough for an op that changes only that entry. Undefined when
 * the entry is absent or on the item's `- ` line.
 */
function slicePair(text: string, start: number, end: number, keyCol: number, key: string): YAMLMap | undefined {
  const re = new RegExp(`\\n {${keyCol}}${key}[ \\t]*:`, 'g');
  re.lastIndex = start;
  const m = re.exec(text);
  if (!m || m.index >= end) return undefined;
  const from = m.index + 1;
  let pos = text.indexOf('\n', from) + 1 || end;
  let last = pos;
  while (pos < end) {
    const nl = text.indexOf('\n', pos);
    const next = nl < 0 || nl >= end ? end : nl + 1;
    let i = pos;
    while (i < next && text.charCodeAt(i) === 32) i++;
    const c = text.charCodeAt(i);
    const blank = i >= next || c === 10 || c === 13 || c === 35;
    // A list may sit at its key's own column (`tasks:` then `- ...` below it).
    if (!blank && (i - pos < keyCol || (i - pos === keyCol && !(c === 45 && /[ \t\r\n]/.test(text[i + 1] ?? '\n'))))) break;
    if (!blank) last = next;
    pos = next;
  }
  const contents = parseSlice(text, from, Math.min(last, end));
  if (!isMap(contents) || contents.items.length !== 1) return undefined;
  const k = contents.items[0].key;
  return isScalar(k) && k.value === key ? contents : undefined;
}

/** Notes an `id:` or `title:` line of an item, starting at `at`. */
function scanKey(text: string, item: ItemScan, at: number, lineEnd: number): void {
  if (text.startsWith('id', at) && /^id[ \t]*:/.test(text.slice(at, at + 8))) {
    if (item.id === undefined) {
      item.id = readValue(text, at, lineEnd);
      item.pendingKey = 'id';
    }
  } else if (text.startsWith('title', at) && /^title[ \t]*:/.test(text.slice(at, at + 12))) {
    if (item.title === undefined) {
      item.title = readValue(text, at, lineEnd);
      item.pendingKey = 'title';
    }
  }
}
