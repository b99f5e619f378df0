/**
 * Line scans of a clean goals.yaml for the fast path (fast.ts): where a top-level
 * block list starts, where each of its items starts and ends, and, for items written
 * as plain block maps, their keys and simple `id`/`title` values. Single passes with
 * no regular expressions that could backtrack (a line of 100k spaces once made each
 * edit take seconds).
 */

/** A key line of an item read by the scan. */
interface ItemKey {
  name: string;
  /** Offset of the start of its line. */
  line: number;
}

/** One item of a block list. */
export interface ListItem {
  /** Offset of the start of its `- ` line. */
  start: number;
  /** Offset of the start of the line that ends it (the next item, the list's end, or the text's end). */
  end: number;
  /** Column of its `-`. */
  dashCol: number;
  /** Its keys in order when every line at its key column is a plain `key:`; undefined when only a parser can tell. */
  keys?: ItemKey[];
  /** The simple plain values of its first `id` and `title` keys (only meaningful with `keys` or `flow`). */
  values: Map<string, string>;
  /** Set for an item written as a one-line flow map whose top-level keys the scan read. */
  flow?: boolean;
}

/**
 * Whether the line scans can be trusted on `text` at all: no `%` directive (it may
 * change how values read) and no lone carriage return (yaml breaks lines there, the
 * scans only at line feeds).
 */
function scannable(text: string): boolean {
  if (text.startsWith('%') || text.startsWith('\ufeff%') || text.includes('\n%')) return false;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) return false;
  return true;
}

const isSpace = (c: number): boolean => c === 32 || c === 9;

/** Where a top-level block value starts: its key's offset and the offset of the line after the key line. */
export interface TopBlock {
  key: number;
  body: number;
}

/**
 * The top-level `key:` line that opens a block value (nothing but a comment after the
 * colon), or undefined when there is none, the value is inline, or the text cannot
 * be scanned. In a clean file a column-0 `key:` line is a top-level key (continuation
 * lines of values at the top are indented) and keys are unique.
 */
export function topListStart(text: string, key: string): TopBlock | undefined {
  if (!scannable(text)) return undefined;
  const find = (from: number): number => {
    const f = text.indexOf('\n' + key, from);
    return f < 0 ? -1 : f + 1;
  };
  for (let at = text.startsWith(key) ? 0 : find(0); at >= 0; at = find(at)) {
    let i = at + key.length;
    while (isSpace(text.charCodeAt(i))) i++;
    // `goalsx:` or `goals x` is another key (or none); look further.
    if (text.charCodeAt(i) !== 58) continue;
    i++;
    const nl = text.indexOf('\n', i);
    const lineEnd = nl < 0 ? text.length : nl;
    if (i < lineEnd && !isSpace(text.charCodeAt(i)) && !(text.charCodeAt(i) === 13 && i + 1 === lineEnd)) continue;
    while (isSpace(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    const empty = i >= lineEnd || c === 35 || (c === 13 && i + 1 === lineEnd);
    return empty && nl >= 0 ? { key: at, body: nl + 1 } : undefined;
  }
  return undefined;
}

/** A plain key: a letter or `_`, then letters, digits, `_` or `-`. */
function keyEnd(text: string, at: number, end: number): number {
  const c = text.charCodeAt(at);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return at;
  let i = at + 1;
  while (i < end) {
    const d = text.charCodeAt(i);
    if ((d >= 65 && d <= 90) || (d >= 97 && d <= 122) || (d >= 48 && d <= 57) || d === 95 || d === 45) i++;
    else break;
  }
  return i;
}

// Plain text that YAML reads as exactly itself: starts with a letter, no indicators or odd breaks.
// eslint-disable-next-line no-control-regex
const PLAIN_SIMPLE = /^[A-Za-z][^#'"{}[\],&*!|>%@`:\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\ufeff]*$/;
const KEYWORD = /^(?:true|false|null|True|False|Null|TRUE|FALSE|NULL)$/;

/**
 * The value after a key's colon when it is simple text on this line: plain text that
 * reads as itself, or a quoted string without escapes (comment and surrounding
 * blanks dropped); else undefined.
 */
function simpleValue(text: string, at: number, end: number): string | undefined {
  let i = at;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  const q = text.charCodeAt(i);
  if (q === 34 || q === 39) return quotedValue(text, i, end);
  let stop = end;
  for (let j = i + 1; j < end; j++) {
    if (text.charCodeAt(j) === 35 && isSpace(text.charCodeAt(j - 1))) {
      stop = j;
      break;
    }
  }
  while (stop > i && isSpace(text.charCodeAt(stop - 1))) stop--;
  const v = text.slice(i, stop);
  return PLAIN_SIMPLE.test(v) && !KEYWORD.test(v) ? v : undefined;
}

// Characters a one-line quoted string may hold for the scan to read it as is.
// eslint-disable-next-line no-control-regex
const ODD = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;

/**
 * A `"…"` string with no backslash, or a `'…'` string (`''` read as `'`), that closes
 * on this line with nothing but blanks or a comment after it; else undefined.
 */
function quotedValue(text: string, at: number, end: number): string | undefined {
  const q = text.charCodeAt(at);
  let v = '';
  let i = at + 1;
  for (;;) {
    const close = text.indexOf(q === 34 ? '"' : "'", i);
    if (close < 0 || close >= end) return undefined;
    v += text.slice(i, close);
    if (q === 39 && text.charCodeAt(close + 1) === 39) {
      v += "'";
      i = close + 2;
      continue;
    }
    i = close + 1;
    break;
  }
  if ((q === 34 && v.includes('\\')) || v === '' || ODD.test(v)) return undefined;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i >= end || text.charCodeAt(i) === 35 ? v : undefined;
}

/**
 * Reads the key line at `at` into `item`; returns the key's name, or undefined (and
 * forgets the item's keys) when the line is not a plain `key:` the scan can read.
 */
function readKey(text: string, item: ListItem, line: number, at: number, end: number): string | undefined {
  const k = keyEnd(text, at, end);
  let i = k;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  if (k === at || text.charCodeAt(i) !== 58 || (i + 1 < end && !isSpace(text.charCodeAt(i + 1)))) {
    item.keys = undefined;
    return undefined;
  }
  const name = text.slice(at, k);
  item.keys?.push({ name, line });
  if ((name === 'id' || name === 'title') && !item.values.has(name)) {
    const v = simpleValue(text, i + 1, end);
    if (v === undefined) item.keys = undefined;
    else item.values.set(name, v);
  }
  return name;
}

/** Offset just past the quoted scalar opening at `at`, or -1 when it does not close before `end`. */
function skipQuoted(text: string, at: number, end: number): number {
  const q = text.charCodeAt(at);
  for (let i = at + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (q === 34 && c === 92) i++;
    else if (c === q) {
      // `''` inside single quotes is an escaped quote.
      if (q === 39 && text.charCodeAt(i + 1) === 39) i++;
      else return i + 1;
    }
  }
  return -1;
}

/**
 * Offset of the `,` or `}` that ends the flow value starting at `at` on this line, or
 * -1 when the value does not end on the line or holds a comment.
 */
function flowValueEnd(text: string, at: number, end: number): number {
  let depth = 0;
  for (let i = at; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39) {
      const j = skipQuoted(text, i, end);
      if (j < 0) return -1;
      i = j - 1;
    } else if (c === 91 || c === 123) depth++;
    else if (c === 93 || c === 125) {
      if (depth === 0) return c === 125 ? i : -1;
      depth--;
    } else if (c === 44 && depth === 0) return i;
    else if (c === 35 && i > at && isSpace(text.charCodeAt(i - 1))) return -1;
  }
  return -1;
}

/**
 * Reads a one-line flow map item (`- { id: a, title: B, … }`) from its `{` at `at`:
 * its top-level keys must be plain, and its `id` and `title` simple plain text, with
 * nothing but a comment after the closing brace. False when only a parser can tell.
 */
function readFlowLine(text: string, item: ListItem, at: number, end: number): boolean {
  let i = at + 1;
  for (;;) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) === 125) break;
    const k = keyEnd(text, i, end);
    let j = k;
    while (j < end && isSpace(text.charCodeAt(j))) j++;
    if (k === i || text.charCodeAt(j) !== 58 || !(isSpace(text.charCodeAt(j + 1)) || text.charCodeAt(j + 1) === 44 || text.charCodeAt(j + 1) === 125)) return false;
    const stop = flowValueEnd(text, j + 1, end);
    if (stop < 0) return false;
    const name = text.slice(i, k);
    if ((name === 'id' || name === 'title') && !item.values.has(name)) {
      const v = simpleValue(text, j + 1, stop);
      if (v === undefined) return false;
      item.values.set(name, v);
    }
    i = stop + 1;
    if (text.charCodeAt(stop) === 125) {
      i = stop;
      break;
    }
  }
  i++;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i >= end || text.charCodeAt(i) === 35;
}

/**
 * The items of the block list whose first line starts at `from`, or undefined when
 * the scan cannot be sure of them (no list there, or a tab in an indent).
 */
export function scanList(text: string, from: number): ListItem[] | undefined {
  const items: ListItem[] = [];
  const len = text.length;
  let dashCol = -1;
  let keyCol = -1;
  let item: ListItem | undefined;
  // The last key line read was `id` or `title`: a deeper line continues its value.
  let lastWasIdOrTitle = false;
  let pos = from;
  while (pos < len) {
    const nl = text.indexOf('\n', pos);
    const next = nl < 0 ? len : nl + 1;
    const lineEnd = nl < 0 ? len : text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    let i = pos;
    while (i < lineEnd && text.charCodeAt(i) === 32) i++;
    const indent = i - pos;
    let j = i;
    while (j < lineEnd && isSpace(text.charCodeAt(j))) j++;
    if (j >= lineEnd || text.charCodeAt(j) === 35) {
      // Blank, tab-only or comment: never ends an item or a list.
      pos = next;
      continue;
    }
    if (j > i) return undefined;
    const c = text.charCodeAt(i);
    const isDash = c === 45 && (i + 1 >= lineEnd || isSpace(text.charCodeAt(i + 1)));
    if (dashCol < 0) {
      if (!isDash) return undefined;
      dashCol = indent;
    }
    if (indent < dashCol || (indent === dashCol && !isDash)) break;
    if (indent === dashCol) {
      if (item) item.end = pos;
      item = { start: pos, end: len, dashCol, keys: [], values: new Map() };
      items.push(item);
      lastWasIdOrTitle = false;
      let k = i + 1;
      while (k < lineEnd && text.charCodeAt(k) === 32) k++;
      keyCol = k - pos;
      if (text.charCodeAt(k) === 123) {
        item.keys = undefined;
        item.flow = readFlowLine(text, item, k, lineEnd);
      } else if (k >= lineEnd || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 35) item.keys = undefined;
      else {
        const name = readKey(text, item, pos, k, lineEnd);
        lastWasIdOrTitle = name === 'id' || name === 'title';
      }
    } else if (item?.flow) {
      // A one-line flow map has nothing on the lines after it; anything there needs the parser.
      item.flow = false;
    } else if (item?.keys) {
      if (indent === keyCol) {
        const name = readKey(text, item, pos, i, lineEnd);
        lastWasIdOrTitle = name === 'id' || name === 'title';
      } else if (indent < keyCol || lastWasIdOrTitle) item.keys = undefined;
    }
    pos = next;
  }
  if (item) item.end = pos;
  return items;
}
