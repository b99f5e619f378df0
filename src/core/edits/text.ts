/**
 * Plain-string helpers for splicing goals.yaml: applying edits, finding line
 * boundaries and reading the file's own conventions (line endings, indentation).
 */
import type { TextEdit } from '../types';

/**
 * Applies non-overlapping edits given in any order. Edits at the same offset keep
 * their array order, so two insertions after the same line come out as listed.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.offset - b.e.offset || a.i - b.i);
  let out = '';
  let pos = 0;
  for (const { e } of sorted) {
    if (e.offset < pos || e.length < 0 || e.offset + e.length > text.length) {
      throw new RangeError(`Overlapping or out-of-range edit at offset ${e.offset}`);
    }
    out += text.slice(pos, e.offset) + e.text;
    pos = e.offset + e.length;
  }
  return out + text.slice(pos);
}

const WORD = /[\p{L}\p{N}_]/u;
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Shrinks each edit to the part that really changes (common prefix and suffix of the
 * replaced and new text dropped, widened back to whole words so `false` becomes
 * `true` rather than `fals` becoming `tru`), and drops edits that change nothing.
 */
export function trimEdits(text: string, edits: readonly TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const e of edits) {
    const old = text.slice(e.offset, e.offset + e.length);
    if (old === e.text) continue;
    const max = Math.min(old.length, e.text.length);
    let p = 0;
    while (p < max && old.charCodeAt(p) === e.text.charCodeAt(p)) p++;
    // Never cut between the halves of a surrogate pair (`🚀` → `🔥` share the first half).
    if (p > 0 && isHighSurrogate(old.charCodeAt(p - 1))) p--;
    // charAt: p and s stay within `old`, so it reads the same character indexing would.
    while (p > 0 && WORD.test(old.charAt(p - 1))) p--;
    let s = 0;
    while (s < max - p && old.charCodeAt(old.length - 1 - s) === e.text.charCodeAt(e.text.length - 1 - s)) s++;
    if (s > 0 && isLowSurrogate(old.charCodeAt(old.length - s))) s--;
    while (s > 0 && WORD.test(old.charAt(old.length - s))) s--;
    out.push({ offset: e.offset + p, length: old.length - p - s, text: e.text.slice(p, e.text.length - s) });
  }
  return out;
}

/**
 * Offset of the first character of the line holding `pos`. A byte order mark is not
 * part of the first line: new lines go after it and columns are counted past it.
 */
export function lineStart(text: string, pos: number): number {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  return start === 0 && pos > 0 && text.charCodeAt(0) === 0xfeff ? 1 : start;
}

/** Offset just past the line break ending the line that holds `pos` (or the end of text). */
export function lineEndAfter(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl + 1;
}

/** Offset just past the last non-blank character before `end`. */
function lastNonBlank(text: string, end: number): number {
  let p = end;
  while (p > 0 && isBlank(text[p - 1])) p--;
  return p;
}

/** Whether `c` is a space, tab or line break; past the end of the text there is no character, so no blank either. */
function isBlank(c: string | undefined): boolean {
  return c !== undefined && ' \t\r\n'.includes(c);
}

/**
 * Where a new line goes after a node: past the end of the line holding the node's
 * last character, so a trailing comment on that line stays with the node.
 */
export function afterLastLine(text: string, valueEnd: number): number {
  return lineEndAfter(text, Math.max(0, lastNonBlank(text, valueEnd) - 1));
}

/** Column (characters since line start) of `pos`. */
export function columnOf(text: string, pos: number): number {
  return pos - lineStart(text, pos);
}

/** The file's line ending: CRLF when its first line break is CRLF, else LF. */
export function detectEol(text: string): string {
  const nl = text.indexOf('\n');
  return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
}

/** A line read for indentation: its indent, the width of a leading `- `, and its content before any `#`, trimmed. */
interface IndentLine {
  indent: number;
  dash: number;
  content: string;
}

/**
 * Splits one line in a single pass (no regex: a backtracking pattern took seconds on
 * a line of many spaces). Content is what precedes the first `#`, as the old pattern read it.
 */
function readIndentLine(line: string): IndentLine {
  let i = 0;
  while (line.charCodeAt(i) === 32) i++;
  const indent = i;
  let dash = 0;
  if (line[i] === '-' && line[i + 1] === ' ') {
    let j = i + 1;
    while (line.charCodeAt(j) === 32) j++;
    dash = j - i;
    i = j;
  }
  const hash = line.indexOf('#', i);
  let end = hash < 0 ? line.length : hash;
  while (end > i && /\s/.test(line.charAt(end - 1))) end--;
  const content = line[i] === '\r' ? '' : line.slice(i, end);
  return { indent, dash, content };
}

/**
 * The file's indentation step: how far the first key under a `key:` line is indented
 * past that key. Dash lines are skipped, since `- ` may sit at any offset under its
 * parent. Defaults to 2. Linear in the length of the lines read.
 */
export function detectIndentUnit(text: string): number {
  const lines = text.split('\n', 400);
  let parentCol = -1;
  for (const line of lines) {
    const { indent, dash, content } = readIndentLine(line);
    if (content === '') continue;
    if (parentCol >= 0 && dash === 0 && indent > parentCol) {
      const unit = indent - parentCol;
      if (unit >= 2 && unit <= 8) return unit;
    }
    parentCol = content.endsWith(':') ? indent + dash : -1;
  }
  return 2;
}

/**
 * Text to insert at `pos` so it starts on a fresh line: adds a line break first when
 * `pos` is the end of a file that does not end with one.
 */
export function onFreshLine(text: string, pos: number, insert: string, eol: string): string {
  return pos === text.length && text.length > 0 && !text.endsWith('\n') ? eol + insert : insert;
}
