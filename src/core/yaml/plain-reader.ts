/**
 * yaml/: the plain-YAML reader (this file) and its scalars (plain-scalars.ts), which
 * read the plain block style into yaml's own node classes. It imports only the `yaml`
 * package, no other core module (a lint zone in eslint.config.mjs).
 */
/**
 * A fast reader for the plain block style most goals files are written in, building
 * the very nodes yaml's Composer builds (same classes, values, sources, types and
 * ranges), in one pass over the text. yaml's Lexer, Parser and Composer cost about 25
 * of the 30 ms a full analysis of a 39 KB plan takes; this reader takes a few.
 *
 * It knows a deliberately small part of YAML, the part people write plans in: block
 * mappings and lists, `- key: value` items, one-line plain, quoted and flow values,
 * literal and folded block scalars, comments and blank lines. For anything else it
 * returns undefined and the caller reads the text with yaml, as before: tabs, carriage
 * returns, a byte order mark, directives and document markers, anchors, aliases and
 * tags, explicit and quoted keys, values continued on further lines, nested or
 * multi-line flow collections, rare escapes, and comments placed where yaml's ranges
 * depend on its parser's inner rules. Nothing it reads may be a YAML error or warning.
 * The differential test (test/unit/plain-yaml.property.test.ts) holds every node it
 * builds equal to yaml's.
 */
import { Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { CLOSE_BRACE, CLOSE_BRACKET, COLON, COMMA, DASH, DOUBLE_QUOTE, flowScalarEnd, GREATER, HASH, isFlowIndicator, isUnknown, NL, OPEN_BRACE, OPEN_BRACKET, PIPE, plainScalar, quotedScalar, readBlockScalar, SINGLE_QUOTE, SPACE, unknown, type Inline } from './plain-scalars';

/** The document's root node, as yaml's Composer builds it from the same text. */
export interface PlainRead {
  contents: Node;
}

/**
 * Block collections nested deeper than this are left to yaml, which reports nesting too
 * deep for it as an error; this reader's recursion stays far from the stack's end.
 * A plan nests five or six deep.
 */
const MAX_BLOCK_DEPTH = 64;

/** Flow collections nested deeper than this are left to yaml (and the stack stays short). */
const MAX_FLOW_DEPTH = 8;

/** The first content line at or after a line start: where it starts and how far it is indented (-1 at the end of the text). */
interface Next {
  line: number;
  indent: number;
  /** Whether comment lines were passed on the way. */
  comments: boolean;
  /** Their indent (they all have the same), or -1. */
  commentIndent: number;
}

/**
 * Reads `text`, or returns undefined when it is not plain block YAML this reader is
 * sure of. It throws only on a bug of its own, which its callers treat as a decline
 * (parse/fast-path.ts).
 */
export function readPlainYaml(text: string): PlainRead | undefined {
  // Whole-text refusals first: cheap, and they keep every later scan simple.
  if (/[\t\r\uFEFF]/.test(text) || /^(?:---|\.\.\.|%)/m.test(text)) return undefined;
  try {
    return new PlainReader(text).document();
  } catch (e) {
    if (isUnknown(e)) return undefined;
    throw e;
  }
}

class PlainReader {
  private readonly len: number;
  /** Block collections open around the one being read (see MAX_BLOCK_DEPTH). */
  private depth = 0;

  constructor(private readonly s: string) {
    this.len = s.length;
  }

  document(): PlainRead {
    const first = this.next(0);
    const { node, next } = this.block(first, -1);
    if (next.indent !== -1) unknown();
    // Comments at the end: left of the root, they are the document's; at an indented
    // root's column (a piece of a plan read alone, incremental/pieces.ts), the root's,
    // to the end of the text. Further right, some inner node's, by yaml's parser's rules.
    if (next.comments) {
      const root = first.indent;
      if (next.commentIndent === root && root > 0 && node.range) node.range[2] = this.len;
      else if (next.commentIndent >= root && next.commentIndent > 0) unknown();
    }
    return { contents: node };
  }

  /** The end of the line holding `pos`: the index of its `\n`, or the text's length. */
  private lineEnd(pos: number): number {
    const i = this.s.indexOf('\n', pos);
    return i < 0 ? this.len : i;
  }

  /** The start of the line after the one holding `pos` (the text's length on the last line). */
  private afterLine(pos: number): number {
    const i = this.s.indexOf('\n', pos);
    return i < 0 ? this.len : i + 1;
  }

  /**
   * The first content line from the line start `pos`, past blank and comment lines.
   * A comment passed must be indented as that content line: there it belongs to what
   * follows and takes no part in any range (those at the end of the text: see
   * document). Elsewhere (trailing a list or mapping, or more indented than the next
   * line), yaml's parser gives it to one node's range or another's by rules this reader
   * does not repeat.
   */
  private next(pos: number): Next {
    const s = this.s;
    let comments = false;
    let commentIndent = -1;
    while (pos < this.len) {
      let i = pos;
      while (s.charCodeAt(i) === SPACE) i++;
      const c = s.charCodeAt(i);
      if (i >= this.len || c === NL) {
        pos = i + 1;
        continue;
      }
      const indent = i - pos;
      if (c === HASH) {
        if (comments && indent !== commentIndent) unknown();
        comments = true;
        commentIndent = indent;
        pos = this.afterLine(i);
        continue;
      }
      if (comments && indent !== commentIndent) unknown();
      return { line: pos, indent, comments, commentIndent };
    }
    return { line: this.len, indent: -1, comments, commentIndent };
  }

  /**
   * The block node (a mapping or a list) starting on content line `at`, inside a
   * collection indented `parent`. A lone scalar on a line of its own is refused.
   */
  private block(at: Next, parent: number): { node: Node; next: Next } {
    if (at.indent <= parent) unknown();
    const p = at.line + at.indent;
    if (this.isDash(p)) return this.seq(p, at.indent);
    const colon = this.keyColon(p);
    if (colon < 0) unknown();
    return this.map(p, at.indent, colon);
  }

  /** Whether a `-` item indicator is at `p`: a dash followed by a space, a line end or the end. */
  private isDash(p: number): boolean {
    if (this.s.charCodeAt(p) !== DASH) return false;
    const c = this.s.charCodeAt(p + 1);
    return c === SPACE || c === NL || p + 1 >= this.len;
  }

  /**
   * The index of the `:` ending an implicit key that starts at `p` on this line, or -1
   * when the line holds no `key:`. Refuses keys this reader does not build (quoted,
   * flow or explicit keys, a space before the colon, very long keys).
   */
  private keyColon(p: number): number {
    const s = this.s;
    const end = this.lineEnd(p);
    for (let i = p; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c === COLON) {
        const n = s.charCodeAt(i + 1);
        if (i + 1 < this.len && n !== SPACE && n !== NL) continue;
        if (i === p || s.charCodeAt(i - 1) === SPACE || i - p > 1000) unknown();
        if (!plainStart(s, p, false)) unknown();
        return i;
      }
      if (c === HASH && i > p && s.charCodeAt(i - 1) === SPACE) return -1;
    }
    return -1;
  }

  /** A block mapping whose first key starts at `p` and ends at the `:` at `colon`, its keys at column `col`. */
  private map(p: number, col: number, colon: number): { node: Node; next: Next } {
    if (++this.depth > MAX_BLOCK_DEPTH) unknown();
    const map = new YAMLMap();
    const start = p;
    let end = p;
    for (;;) {
      const key = plainScalar(this.s.slice(p, colon), p, colon, colon);
      const { node, next, valueEnd } = this.value(colon + 1, col, true);
      map.items.push(new Pair(key, node));
      end = valueEnd;
      if (next.indent === col) {
        const q = next.line + col;
        if (this.isDash(q)) unknown();
        p = q;
        colon = this.keyColon(p);
        if (colon < 0) unknown();
        continue;
      }
      if (next.indent > col) unknown();
      map.range = [start, end, end];
      this.depth--;
      return { node: map, next };
    }
  }

  /** A block list whose first `-` is at `p`, at column `col`. */
  private seq(p: number, col: number): { node: Node; next: Next } {
    if (++this.depth > MAX_BLOCK_DEPTH) unknown();
    const seq = new YAMLSeq();
    const start = p;
    let end = p;
    let comments = false;
    for (;;) {
      const { node, next, valueEnd } = this.value(p + 1, col, false, comments);
      seq.items.push(node);
      comments = next.comments;
      end = valueEnd;
      if (next.indent === col && this.isDash(next.line + col)) {
        p = next.line + col;
        continue;
      }
      if (next.indent > col) unknown();
      seq.range = [start, end, end];
      this.depth--;
      return { node: seq, next };
    }
  }

  /**
   * The value after a key's `:` or an item's `-` at `p`, in a collection at column
   * `col`: on the same line, on the lines below, or empty. Returns the node, where its
   * range ends (yaml's range[2]) and the next content line after it. `commentsBefore`:
   * comment lines came before this list item's `-`.
   */
  private value(p: number, col: number, inMap: boolean, commentsBefore = false): { node: Node; next: Next; valueEnd: number } {
    const s = this.s;
    let q = p;
    while (s.charCodeAt(q) === SPACE) q++;
    const c = s.charCodeAt(q);
    if (q >= this.len || c === NL || c === HASH) {
      const lineEnd = this.lineEnd(q);
      const next = this.next(lineEnd + 1);
      if (next.indent > col) {
        const { node, next: after } = this.block(next, col);
        return { node, next: after, valueEnd: node.range?.[2] ?? 0 };
      }
      // A list may sit at its key's own column: `key:` then `- item` lines.
      if (inMap && next.indent === col && this.isDash(next.line + col)) {
        const { node, next: after } = this.seq(next.line + col, col);
        // Comments at its column after such a list are the list's, in yaml's ranges.
        if (after.comments) unknown();
        return { node, next: after, valueEnd: node.range?.[2] ?? 0 };
      }
      // An empty value's range takes in the comments after it, by yaml's parser's rules.
      // So does an empty list item's, with the comments before its `-`.
      if (c === HASH || next.comments || commentsBefore) unknown();
      const empty = new Scalar(null);
      empty.range = [q, q, q];
      empty.source = '';
      empty.type = 'PLAIN';
      return { node: empty, next, valueEnd: q };
    }
    if (c === PIPE || c === GREATER) {
      const read = readBlockScalar(s, q, col);
      const next = this.next(read.end);
      if (next.indent > col) unknown();
      return { node: read.node, next, valueEnd: read.end };
    }
    // `- key: value` starts a mapping whose keys sit at this column; quotes and flow collections are values.
    const opens = c === DOUBLE_QUOTE || c === SINGLE_QUOTE || c === OPEN_BRACKET || c === OPEN_BRACE;
    if (!inMap && !opens) {
      if (this.isDash(q)) unknown(); // `- - x`
      const colon = this.keyColon(q);
      if (colon >= 0) {
        const { node, next } = this.map(q, q - this.lineStart(q), colon);
        return { node, next, valueEnd: node.range?.[2] ?? 0 };
      }
    }
    const inline = this.inline(q);
    const next = this.next(inline.lineEnd);
    // A more indented line would continue a plain value (or be an error).
    if (next.indent > col) unknown();
    return { node: inline.node, next, valueEnd: inline.lineEnd };
  }

  /** The start of the line holding `p`. */
  private lineStart(p: number): number {
    return this.s.lastIndexOf('\n', p - 1) + 1;
  }

  /** A value that ends on its own line: plain, quoted or a flow collection, then spaces, an optional comment and the line end. */
  private inline(q: number): { node: Node; lineEnd: number } {
    const s = this.s;
    const c = s.charCodeAt(q);
    let read: Inline;
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) read = quotedScalar(s, q);
    else if (c === OPEN_BRACKET || c === OPEN_BRACE) read = this.flow(q);
    else {
      const end = this.lineEnd(q);
      let valueEnd = end;
      for (let i = q; i < end; i++) {
        const ch = s.charCodeAt(i);
        if (ch === HASH && s.charCodeAt(i - 1) === SPACE) {
          valueEnd = i;
          break;
        }
        // `key: a: b` is a nested mapping yaml refuses on one line; `a:` at the end too.
        if (ch === COLON && (i + 1 >= end || s.charCodeAt(i + 1) === SPACE)) unknown();
      }
      while (valueEnd > q && s.charCodeAt(valueEnd - 1) === SPACE) valueEnd--;
      if (!plainStart(s, q, false)) unknown();
      read = { node: plainScalar(s.slice(q, valueEnd), q, valueEnd, valueEnd), end: valueEnd };
    }
    // After the value: spaces, then a comment (after at least one space) or the line end.
    let i = read.end;
    while (s.charCodeAt(i) === SPACE) i++;
    if (i < this.len && s.charCodeAt(i) !== NL) {
      if (s.charCodeAt(i) !== HASH || i === read.end) unknown();
    }
    const lineEnd = this.afterLine(i);
    const range = read.node.range;
    if (range) range[2] = lineEnd;
    return { node: read.node, lineEnd };
  }

  /** A flow list `[a, b]` or mapping `{ k: v }` on one line, its values scalars or flow collections nested at most MAX_FLOW_DEPTH deep. */
  private flow(q: number, depth = 0): Inline {
    if (depth > MAX_FLOW_DEPTH) unknown();
    const s = this.s;
    const isSeq = s.charCodeAt(q) === OPEN_BRACKET;
    const close = isSeq ? CLOSE_BRACKET : CLOSE_BRACE;
    const node = isSeq ? new YAMLSeq() : new YAMLMap();
    node.flow = true;
    let i = q + 1;
    const skip = (): void => {
      while (s.charCodeAt(i) === SPACE) i++;
    };
    skip();
    if (s.charCodeAt(i) === close) {
      node.range = [q, i + 1, i + 1];
      return { node, end: i + 1 };
    }
    for (;;) {
      const key = this.flowNode(i, isSeq, depth);
      i = key.end;
      skip();
      if (key.node.range) key.node.range[2] = i;
      if (isSeq) (node as YAMLSeq).items.push(key.node);
      else {
        // `key: value`, the colon right after the key and a space after it.
        if (s.charCodeAt(i) !== COLON || i !== key.node.range?.[1] || s.charCodeAt(i + 1) !== SPACE) unknown();
        i += 1;
        skip();
        const value = this.flowNode(i, true, depth);
        i = value.end;
        skip();
        if (value.node.range) value.node.range[2] = i;
        (node as YAMLMap).items.push(new Pair(key.node, value.node));
      }
      const c = s.charCodeAt(i);
      if (c === close) {
        node.range = [q, i + 1, i + 1];
        return { node, end: i + 1 };
      }
      if (c !== COMMA) unknown();
      i += 1;
      skip();
      if (s.charCodeAt(i) === close) unknown(); // a trailing comma
    }
  }

  /**
   * One node inside a flow collection at `i`: a flow collection (as a value only), a
   * quoted scalar, or a plain one up to a flow indicator.
   */
  private flowNode(i: number, value: boolean, depth: number): Inline {
    const s = this.s;
    const c = s.charCodeAt(i);
    if (value && (c === OPEN_BRACKET || c === OPEN_BRACE)) {
      const read = this.flow(i, depth + 1);
      if (s.charCodeAt(read.end) === COLON) unknown(); // a flow collection as a key
      return read;
    }
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      const read = quotedScalar(s, i);
      // A quoted flow key (`{"k": v}`) or a `"k": v` pair in a list is left to yaml.
      if (!value || s.charCodeAt(read.end) === COLON) unknown();
      return read;
    }
    if (!plainStart(s, i, true)) unknown();
    const end = flowScalarEnd(s, i, this.lineEnd(i));
    // In a list, `a: b` would be a pair; in a mapping's value, a nested one.
    if (value && s.charCodeAt(end) === COLON) unknown();
    return { node: plainScalar(s.slice(i, end), i, end, end), end };
  }
}

/**
 * Whether a plain scalar may start at `p` as this reader reads plain scalars: not
 * with an indicator (`-?:` followed by a space are handled before; `-x` is text).
 */
function plainStart(s: string, p: number, inFlow: boolean): boolean {
  const c = s.charCodeAt(p);
  if (c === DASH) {
    const n = s.charCodeAt(p + 1);
    return p + 1 < s.length && n !== SPACE && n !== NL && !(inFlow && isFlowIndicator(n));
  }
  return !(Number.isNaN(c) || NOT_PLAIN_START.has(c));
}

/** Characters a plain scalar does not start with: YAML's indicators, and the blanks. */
const NOT_PLAIN_START: ReadonlySet<number> = new Set([...'?:,[]{}#&*!|>\'"%@` \n'].map((ch) => ch.charCodeAt(0)));
