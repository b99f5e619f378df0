/**
 * The scalars of the plain-YAML reader (plain-reader.ts): plain values resolved by
 * YAML 1.2's core schema as yaml resolves them, one-line quoted values, and literal
 * and folded block scalars, each a yaml `Scalar` with the fields yaml's Composer sets.
 */
import { Scalar, type Node } from 'yaml';

/** The characters the reader looks for, by code. */
export const NL = 10;
export const SPACE = 32;
export const HASH = 35;
export const DASH = 45;
export const COLON = 58;
export const PIPE = 124;
export const GREATER = 62;
export const DOUBLE_QUOTE = 34;
export const SINGLE_QUOTE = 39;
const BACKSLASH = 92;
export const OPEN_BRACKET = 91;
export const CLOSE_BRACKET = 93;
export const OPEN_BRACE = 123;
export const CLOSE_BRACE = 125;
export const COMMA = 44;

/** `,` `[` `]` `{` `}` */
export function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === OPEN_BRACKET || c === CLOSE_BRACKET || c === OPEN_BRACE || c === CLOSE_BRACE;
}

/**
 * Thrown inside the reader when the text leaves what it knows; caught at the top
 * (readPlainYaml). An Error, as everything thrown is; the one instance is made once,
 * so a stop costs no stack trace.
 */
class Unknown extends Error {}
const UNKNOWN = new Unknown('Not plain YAML this reader knows; yaml reads it.');

/** Stops the read: the caller falls back to yaml. */
export function unknown(): never {
  throw UNKNOWN;
}

/** Whether `e` is the reader's stop (see unknown). */
export function isUnknown(e: unknown): boolean {
  return e === UNKNOWN;
}

/** A value read on one line: its node (range[2] still to be set by the caller) and where it ends. */
export interface Inline {
  node: Node;
  end: number;
}

// The core schema's tests, in yaml's order (yaml/dist/schema/core).
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const NAN_INF = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** First characters of every non-string in the core schema: most text skips the tests. */
const TYPED_START = /^[~nNtTfF0-9+\-.]/;

/** A plain scalar with source `src`, resolved as yaml's core schema resolves it (the tests in yaml's order). */
export function plainScalar(src: string, start: number, valueEnd: number, end: number): Scalar {
  const node = new Scalar<unknown>(src);
  if (src === '') node.value = null;
  else if (TYPED_START.test(src)) {
    if (NULL.test(src)) node.value = null;
    else if (BOOL.test(src)) node.value = src[0] === 't' || src[0] === 'T';
    else if (OCT.test(src)) {
      node.value = parseInt(src.substring(2), 8);
      node.format = 'OCT';
    } else if (INT.test(src)) node.value = parseInt(src, 10);
    else if (HEX.test(src)) {
      node.value = parseInt(src.substring(2), 16);
      node.format = 'HEX';
    } else if (NAN_INF.test(src)) node.value = src.slice(-3).toLowerCase() === 'nan' ? NaN : src[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    else if (EXP.test(src)) {
      node.value = parseFloat(src);
      node.format = 'EXP';
    } else if (FLOAT.test(src)) {
      node.value = parseFloat(src);
      const dot = src.indexOf('.');
      if (dot !== -1 && src[src.length - 1] === '0') node.minFractionDigits = src.length - dot - 1;
    }
  }
  node.range = [start, valueEnd, end];
  node.source = src;
  node.type = 'PLAIN';
  return node;
}

/** yaml's one-character escapes in double quotes. */
const ESCAPES: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\' };

/** A single- or double-quoted scalar starting at `q` and closing on the same line. */
export function quotedScalar(s: string, q: number): Inline {
  const double = s.charCodeAt(q) === DOUBLE_QUOTE;
  let value = '';
  let i = q + 1;
  let from = i;
  for (;;) {
    if (i >= s.length) unknown();
    const c = s.charCodeAt(i);
    if (c === NL) unknown(); // continued on the next line: folding is yaml's to do
    if (double && c === BACKSLASH) {
      value += s.slice(from, i);
      const e = s[i + 1] ?? '';
      const one = ESCAPES[e];
      if (one !== undefined) i += 2;
      else if (e === 'x' || e === 'u' || e === 'U') {
        const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        const hex = s.substr(i + 2, n);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) unknown();
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) unknown();
        value += String.fromCodePoint(code);
        i += 2 + n;
        from = i;
        continue;
      } else unknown();
      value += one;
      from = i;
      continue;
    }
    if (double ? c === DOUBLE_QUOTE : c === SINGLE_QUOTE) {
      if (!double && s.charCodeAt(i + 1) === SINGLE_QUOTE) {
        value += s.slice(from, i + 1);
        i += 2;
        from = i;
        continue;
      }
      value += s.slice(from, i);
      break;
    }
    i++;
  }
  const end = i + 1;
  const node = new Scalar(value);
  node.range = [q, end, end];
  node.source = value;
  node.type = double ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
  return { node, end };
}

/**
 * Where a plain scalar inside a flow collection, starting at `i`, ends: before a flow
 * indicator, a `: `, a ` #` or the line end, trailing spaces left out.
 */
export function flowScalarEnd(s: string, i: number, lineEnd: number): number {
  let end = i;
  for (let j = i; j < lineEnd; j++) {
    const c = s.charCodeAt(j);
    if (c === COLON) {
      const n = s.charCodeAt(j + 1);
      if (j + 1 >= s.length || n === SPACE || n === NL || isFlowIndicator(n)) break;
      end = j + 1;
    } else if (c === SPACE) {
      if (s.charCodeAt(j + 1) === HASH) break;
    } else if (isFlowIndicator(c)) break;
    else end = j + 1;
  }
  return end;
}

/**
 * A literal (`|`) or folded (`>`) block scalar whose header is at `q`, in a collection
 * at column `col`: its node and the start of the line after it. The lines it takes and
 * its value follow yaml's lexer and composer (parseBlockScalar, resolveBlockScalar),
 * for headers without an indentation indicator.
 */
export function readBlockScalar(s: string, q: number, col: number): { node: Scalar; end: number } {
  const len = s.length;
  const literal = s.charCodeAt(q) === PIPE;
  let h = q + 1;
  let chomp = '';
  const c1 = s[h];
  if (c1 === '-' || c1 === '+') {
    chomp = c1;
    h++;
  }
  // Then spaces, and a comment after at least one space, to the line end.
  let i = h;
  while (s.charCodeAt(i) === SPACE) i++;
  if (i < len && s.charCodeAt(i) !== NL && (s.charCodeAt(i) !== HASH || i === h)) unknown();
  const nlHeader = s.indexOf('\n', i);
  if (nlHeader < 0) unknown();
  const pos = nlHeader + 1;
  // The content's indent: that of the first line with something on it.
  let nl = pos - 1;
  let indent = 0;
  let j = pos;
  for (; j < len; j++) {
    const c = s.charCodeAt(j);
    if (c === SPACE) indent++;
    else if (c === NL) {
      nl = j;
      indent = 0;
    } else break;
  }
  if (j >= len || indent < col + 1) unknown(); // empty, or not indented under its key
  // Lines continue the scalar while blank or indented at least as much.
  for (;;) {
    const at = nl + 1;
    let k = at;
    while (s.charCodeAt(k) === SPACE) k++;
    if (!(k < len && s.charCodeAt(k) === NL) && k - at < indent) break;
    const next = s.indexOf('\n', k);
    if (next < 0) {
      nl = len;
      break;
    }
    nl = next;
  }
  if (chomp !== '+') {
    // Trailing blank lines no more indented than the content are not the scalar's.
    for (;;) {
      let k = nl - 1;
      const lastChar = k;
      while (s.charCodeAt(k) === SPACE) k--;
      if (k >= pos && s.charCodeAt(k) === NL && k + 1 + indent > lastChar) nl = k;
      else break;
    }
  }
  const end = Math.min(nl + 1, len);
  const source = s.slice(pos, end);
  const node = new Scalar(blockValue(source, literal, chomp, col));
  node.range = [q, end, end];
  node.source = node.value;
  node.type = literal ? 'BLOCK_LITERAL' : 'BLOCK_FOLDED';
  return { node, end };
}

/** yaml's resolveBlockScalar for a header without an indentation indicator, refusing what it reports as an error. */
function blockValue(source: string, literal: boolean, chomp: string, col: number): string {
  const lines = splitLines(source);
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    if ((lines[i]?.[1] ?? '') === '') chompStart = i;
    else break;
  }
  if (chompStart === 0) unknown();
  let trimIndent = col;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [ind, content] = lines[i] ?? ['', ''];
    if (content === '') {
      if (ind.length > trimIndent) trimIndent = ind.length;
    } else {
      if (ind.length < trimIndent) unknown(); // more-indented leading empty lines
      trimIndent = ind.length;
      contentStart = i;
      break;
    }
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if ((lines[i]?.[0].length ?? 0) > trimIndent) chompStart = i + 1;
  }
  let value = '';
  let sep = '';
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i) value += (lines[i]?.[0] ?? '').slice(trimIndent) + '\n';
  for (let i = contentStart; i < chompStart; ++i) {
    const [ind, content] = lines[i] ?? ['', ''];
    if (content && ind.length < trimIndent) unknown();
    if (literal) {
      value += sep + ind.slice(trimIndent) + content;
      sep = '\n';
    } else if (ind.length > trimIndent) {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      value += sep + ind.slice(trimIndent) + content;
      sep = '\n';
      prevMoreIndented = true;
    } else if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  if (chomp === '+') {
    for (let i = chompStart; i < lines.length; ++i) value += '\n' + (lines[i]?.[0] ?? '').slice(trimIndent);
    if (value[value.length - 1] !== '\n') value += '\n';
  } else if (chomp === '') value += '\n';
  return value;
}

/** yaml's splitLines: the lines of a block scalar's source as `[indent, content]`. */
function splitLines(source: string): [string, string][] {
  const split = source.split(/\n( *)/);
  const first = split[0] ?? '';
  const m = /^( *)/.exec(first);
  const lines: [string, string][] = [m?.[1] ? [m[1], first.slice(m[1].length)] : ['', first]];
  for (let i = 1; i < split.length; i += 2) lines.push([split[i] ?? '', split[i + 1] ?? '']);
  return lines;
}
