/**
 * Edits on located YAML nodes: replace one scalar's source, insert a key into a
 * block or flow map, append to or remove from a sequence. Every edit is a splice of
 * the original text, so nothing outside the touched lines changes.
 */
import * as l10n from '@vscode/l10n';
import { isMap, isScalar, isSeq, type Node, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { TextEdit } from '../types';
import { refuse, type EditContext, type KeyPair } from './context';
import { renderBlockItem, renderBlockMap, renderFlow, type ItemStyle, type YValue } from './render';
import { doubleQuoted, isRaw, renderScalar, type ScalarValue } from './scalar';
import { afterLastLine, columnOf, lineEndAfter, lineStart, onFreshLine } from './text';
import { refuseAliased } from './aliases';
import { itemAt } from '../text/indexing';

/** The refusal when the document's shape is not what the editor read a moment before. */
const unfollowable = (): string => l10n.t('goals.yaml changed in a way the editor could not follow; reload and try again.');

function range(n: Node | null | undefined): [number, number, number] {
  if (!n?.range) return refuse(unfollowable());
  return n.range;
}

/**
 * Where a pair's entry starts: at the `?` of an explicit key (`? title` / `: T1`),
 * else at the key. New sibling keys line up with this column.
 */
export function entryStart(ctx: EditContext, key: Node): number {
  const s = range(key)[0];
  let p = s;
  while (p > 0 && (ctx.text[p - 1] === ' ' || ctx.text[p - 1] === '\t')) p--;
  return p < s && ctx.text[p - 1] === '?' ? p - 1 : s;
}

/** The node whose text ends a node's source: the last value of its last entry, recursively. */
function lastLeaf(node: Node | null | undefined): Node | null | undefined {
  let n = node;
  for (let guard = 0; guard < 1000; guard++) {
    if (isMap(n)) {
      const last = n.items[n.items.length - 1] as KeyPair | undefined;
      if (!last || n.flow) return n;
      n = last.value ?? last.key;
    } else if (isSeq(n)) {
      if (n.items.length === 0 || n.flow) return n;
      n = n.items[n.items.length - 1] as Node | null;
    } else return n;
  }
  return n;
}

/** True for a keep-chomped block scalar (`|+`, `>+`, `|2+`): its trailing blank lines are part of its value. */
function isKeepBlock(ctx: EditContext, node: Node | null | undefined): node is Scalar {
  if (!isScalar(node) || (node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED') || !node.range) return false;
  return /^[|>](?:[1-9]?\+|\+[1-9])/.test(ctx.text.slice(node.range[0], node.range[0] + 3));
}

/**
 * Offset just past the lines of `node`, whose source ends at `end`: past the line of
 * its last character, or, when it ends in a keep-chomped block scalar, past the
 * trailing blank lines that belong to that scalar's value.
 */
function afterNode(ctx: EditContext, node: Node | null | undefined, end: number): number {
  const leaf = lastLeaf(node);
  if (isKeepBlock(ctx, leaf) && leaf.range && ctx.text[leaf.range[1] - 1] === '\n' && leaf.range[1] >= end - 1) return leaf.range[1];
  return afterLastLine(ctx.text, end);
}

/** End of a pair's value (or of its key when the value is empty). */
function pairValueEnd(p: KeyPair): number {
  return p.value?.range?.[1] ?? range(p.key)[1];
}

/** Offset just past the `:` that follows a pair's key. */
function afterColon(ctx: EditContext, p: KeyPair): number {
  const colon = ctx.text.indexOf(':', range(p.key)[1]);
  return colon < 0 ? range(p.key)[1] : colon + 1;
}

/** Source for a block scalar holding `v`, or undefined when a block cannot hold it. */
function blockScalarSource(ctx: EditContext, node: Scalar, v: string): string | undefined {
  // Only line feeds may appear in a block scalar's content.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(v) || /^[ \n]/.test(v)) return undefined;
  const [start, end] = range(node);
  const source = ctx.text.slice(start, end);
  const firstContent = /\n( +)\S/.exec(source);
  const pad = firstContent ? firstContent[1] : ' '.repeat(columnOf(ctx.text, lineStart(ctx.text, start)) + ctx.indentUnit);
  const body = v.replace(/\n+$/, '');
  const trailing = v.length - body.length;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const indicator = node.type === 'BLOCK_FOLDED' && !body.includes('\n') ? '>' : '|';
  const lines = body.split('\n').map((l) => (l ? pad + l : ''));
  for (let i = 1; i < trailing; i++) lines.push('');
  return indicator + chomp + ctx.eol + lines.join(ctx.eol) + (source.endsWith('\n') ? ctx.eol : '');
}

/** Whether a value written under an explicit tag still means that value. */
function fitsTag(tag: string, v: ScalarValue): boolean {
  const name = tag.replace(/^tag:yaml\.org,2002:/, '!!');
  if (name === '!!str') return typeof v === 'string' || isRaw(v);
  if (name === '!!int') return typeof v === 'number' && Number.isSafeInteger(v);
  if (name === '!!float') return typeof v === 'number';
  if (name === '!!bool') return typeof v === 'boolean';
  return false;
}

/**
 * Offset of the explicit tag written before a scalar (`!!int 2`, `!!int &a 2`) and of
 * the first character after it and its spaces; undefined when there is none.
 */
function tagBefore(ctx: EditContext, start: number): [number, number] | undefined {
  let p = start;
  for (let token = 0; token < 2; token++) {
    let q = p;
    while (q > 0 && (ctx.text[q - 1] === ' ' || ctx.text[q - 1] === '\t')) q--;
    if (q === p) return undefined;
    let t = q;
    // charAt: t > 0, so it reads the character before t, as indexing would.
    while (t > 0 && !' \t\r\n,[{'.includes(ctx.text.charAt(t - 1))) t--;
    if (t === q) return undefined;
    if (ctx.text[t] === '!') return [t, token === 0 ? start : lineSkip(ctx.text, q)];
    if (ctx.text[t] !== '&') return undefined;
    p = t;
  }
  return undefined;
}

/** Offset past the spaces after `q`. */
function lineSkip(text: string, q: number): number {
  let p = q;
  while (text[p] === ' ' || text[p] === '\t') p++;
  return p;
}

/**
 * Replaces one scalar's source with `v`, keeping its quoting or block style. An
 * explicit tag the new value does not fit (`!!int 2` set to 2.5) is dropped, so the
 * value reads back as written. Refuses when the scalar is reused through an alias.
 */
function replaceScalar(ctx: EditContext, node: Scalar, v: ScalarValue, flow: boolean): TextEdit {
  refuseAliased(ctx, node, l10n.t('This value'));
  const edit = replaceScalarSource(ctx, node, v, flow);
  const tag = node.tag && !fitsTag(node.tag, v) ? tagBefore(ctx, edit.offset) : undefined;
  if (!tag) return edit;
  // Keep what sat between the tag and the value (an anchor), drop the tag itself.
  const kept = ctx.text.slice(tag[1], edit.offset);
  return { offset: tag[0], length: edit.offset + edit.length - tag[0], text: kept + edit.text };
}

function replaceScalarSource(ctx: EditContext, node: Scalar, v: ScalarValue, flow: boolean): TextEdit {
  const [start, end] = range(node);
  const style = node.type ?? 'PLAIN';
  let text: string;
  if ((style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED') && typeof v === 'string') {
    text = blockScalarSource(ctx, node, v) ?? doubleQuoted(v) + (ctx.text[end - 1] === '\n' ? ctx.eol : '');
  } else if (style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED') {
    text = renderScalar(v, flow) + (ctx.text[end - 1] === '\n' ? ctx.eol : '');
  } else if (isRaw(v) && style !== 'PLAIN') {
    // A date written in quotes stays in quotes.
    text = renderScalar(v.raw, flow, style);
  } else {
    text = renderScalar(v, flow, style);
  }
  return { offset: start, length: end - start, text };
}

/**
 * Where a new key goes in a block map: after the last existing key that `order`
 * places before it, else before the first key when that starts its own line.
 */
function blockInsertionPoint(ctx: EditContext, map: YAMLMap, key: string, order: readonly string[]): number {
  const pairs = map.items as KeyPair[];
  const rank = order.indexOf(key);
  let pred: KeyPair | undefined;
  if (rank < 0) pred = pairs.at(-1);
  else {
    for (const p of pairs) {
      const r = order.indexOf(String(p.key?.value));
      if (r >= 0 && r < rank) pred = p;
    }
  }
  if (!pred) {
    // Callers come here only for a map with entries; an empty one is a shape the editor did not expect.
    const firstPair = pairs[0];
    if (!firstPair) return refuse(unfollowable());
    const first = entryStart(ctx, firstPair.key);
    const ls = lineStart(ctx.text, first);
    if (ctx.text.slice(ls, first).trim() === '') return ls;
    pred = firstPair;
  }
  return afterNode(ctx, pred.value ?? pred.key, pairValueEnd(pred));
}

/** Gives an empty `key:` an inline value (`key: { ... }`), or replaces an explicit `~`/`null`. */
export function fillEmpty(ctx: EditContext, pair: KeyPair, inline: string): TextEdit {
  const node = pair.value;
  if (node?.range && node.range[1] > node.range[0]) return { offset: node.range[0], length: node.range[1] - node.range[0], text: inline };
  return { offset: afterColon(ctx, pair), length: 0, text: ' ' + inline };
}

/** Options for {@link insertPair}. */
export interface InsertOptions {
  /** Writing order of keys in this map, to place the new key among its siblings. */
  order: readonly string[];
  /** Style of map items in a list value. */
  itemStyle?: ItemStyle;
  /** Write a map value as an indented block rather than `{ ... }`. */
  blockMap?: boolean;
}

/** Inserts `key: value` into `map` (null: a file with no content yet). */
export function insertPair(ctx: EditContext, map: YAMLMap | null, key: string, value: YValue, opts: InsertOptions): TextEdit {
  const style = opts.itemStyle ?? 'flow';
  if (map?.flow) {
    const last = map.items[map.items.length - 1] as KeyPair | undefined;
    const entry = `${key}: ${renderFlow(value)}`;
    if (!last) {
      const [s, e] = range(map);
      return { offset: s, length: e - s, text: `{ ${entry} }` };
    }
    return { offset: pairValueEnd(last), length: 0, text: `, ${entry}` };
  }
  const hasItems = map !== null && map.items.length > 0;
  const keyCol = hasItems ? columnOf(ctx.text, entryStart(ctx, (map.items[0] as KeyPair).key)) : 0;
  const pos = hasItems ? blockInsertionPoint(ctx, map, key, opts.order) : ctx.text.length;
  const lines =
    opts.blockMap && typeof value === 'object' && !Array.isArray(value) && !isRaw(value)
      ? [' '.repeat(keyCol) + key + ':', ...renderBlockMap(value, keyCol + ctx.indentUnit, ctx, style)]
      : renderBlockMap({ [key]: value }, keyCol, ctx, style);
  return { offset: pos, length: 0, text: onFreshLine(ctx.text, pos, lines.join(ctx.eol) + ctx.eol, ctx.eol) };
}

/**
 * Sets a scalar entry: replaces its value in place, fills an empty `key:`, or inserts
 * the key. Refuses when the entry holds a list or map, naming `where`.
 */
export function setScalarPair(ctx: EditContext, map: YAMLMap, key: string, v: ScalarValue, order: readonly string[], where: string): TextEdit {
  const pair = (map.items as KeyPair[]).find((p) => isScalar(p.key) && String(p.key.value) === key);
  if (!pair) return insertPair(ctx, map, key, v, { order });
  const node = pair.value;
  if (node === null || (isScalar(node) && node.range && node.range[0] === node.range[1])) {
    return { offset: afterColon(ctx, pair), length: 0, text: ' ' + renderScalar(v, map.flow === true) };
  }
  if (!isScalar(node)) return refuse(l10n.t('"{0}" in {1} is a list or map, not a single value; edit it by hand.', key, where));
  return replaceScalar(ctx, node, v, map.flow === true);
}

/**
 * Replaces a list entry's value with `items`: a flow list stays flow, a block list
 * is rewritten at its own indentation, an empty or missing entry gets a flow list.
 */
export function setListPair(ctx: EditContext, map: YAMLMap, key: string, items: YValue[], order: readonly string[], where: string): TextEdit[] {
  const pair = (map.items as KeyPair[]).find((p) => isScalar(p.key) && String(p.key.value) === key);
  if (!pair) return [insertPair(ctx, map, key, items, { order })];
  const node = pair.value;
  if (node === null || (isScalar(node) && node.range && node.range[0] === node.range[1])) {
    return [{ offset: afterColon(ctx, pair), length: 0, text: ' ' + renderFlow(items) }];
  }
  if (isSeq(node) && !node.flow && node.items.length > 0) {
    const [s, e] = range(node);
    const from = lineStart(ctx.text, s);
    const to = afterNode(ctx, node, e);
    if (items.length === 0) {
      return [
        { offset: afterColon(ctx, pair), length: 0, text: ' []' },
        { offset: from, length: to - from, text: '' },
      ];
    }
    return blockListEdits(ctx, node, items);
  }
  if (isSeq(node) || (isScalar(node) && node.value === null)) {
    const [s, e] = range(node);
    return [{ offset: s, length: e - s, text: renderFlow(items) }];
  }
  return refuse(l10n.t('"{0}" in {1} is not a list; edit it by hand.', key, where));
}

/** Whether an existing list item already holds `want`: the same string, written as a scalar. */
function sameItem(node: unknown, want: YValue | undefined): boolean {
  return isScalar(node) && typeof want === 'string' && typeof node.value === 'string' && node.value === want;
}

// Above this many cells the alignment of changed items is skipped and they are all rewritten (lists here are short).
const MAX_ALIGN_CELLS = 250_000;

/**
 * Which items of `old` stay, in order, as a longest common subsequence with `want`:
 * kept[i] is the index in `want` that old item i stays as, or -1 when it goes.
 */
function alignItems(old: readonly unknown[], want: readonly YValue[]): number[] {
  const kept = old.map(() => -1);
  let p = 0;
  while (p < old.length && p < want.length && sameItem(old[p], want[p])) kept[p] = p++;
  let s = 0;
  while (s < old.length - p && s < want.length - p && sameItem(old[old.length - 1 - s], want[want.length - 1 - s])) {
    kept[old.length - 1 - s] = want.length - 1 - s;
    s++;
  }
  const n = old.length - p - s;
  const m = want.length - p - s;
  if (n === 0 || m === 0 || n * m > MAX_ALIGN_CELLS) return kept;
  // lcs[i][j]: length of the longest common subsequence of old[p+i..] and want[p+j..].
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  // i and j stay within 0..n and 0..m, the table's size, so itemAt never throws.
  for (let i = n - 1; i >= 0; i--) {
    const row = itemAt(lcs, i);
    const below = itemAt(lcs, i + 1);
    for (let j = m - 1; j >= 0; j--) {
      row[j] = sameItem(old[p + i], want[p + j]) ? itemAt(below, j + 1) + 1 : Math.max(itemAt(below, j), itemAt(row, j + 1));
    }
  }
  for (let i = 0, j = 0; i < n && j < m;) {
    if (sameItem(old[p + i], want[p + j])) kept[p + i++] = p + j++;
    else if (itemAt(itemAt(lcs, i + 1), j) >= itemAt(itemAt(lcs, i), j + 1)) i++;
    else j++;
  }
  return kept;
}

/**
 * Makes a non-empty block list hold `want` by removing the items that go and
 * inserting the new ones between those that stay, so unchanged items keep their
 * lines, trailing comments and the comment lines around them.
 */
function blockListEdits(ctx: EditContext, seq: YAMLSeq, want: YValue[]): TextEdit[] {
  const old = seq.items as Node[];
  const kept = alignItems(old, want);
  const dashCol = columnOf(ctx.text, range(seq)[0]);
  const edits: TextEdit[] = [];
  let at = lineStart(ctx.text, range(old[0])[0]);
  let next = 0;
  const insertUpTo = (end: number): void => {
    if (next >= end) return;
    const lines = want.slice(next, end).flatMap((item) => renderBlockItem(item, dashCol, ctx, 'flow'));
    edits.push({ offset: at, length: 0, text: onFreshLine(ctx.text, at, lines.join(ctx.eol) + ctx.eol, ctx.eol) });
    next = end;
  };
  old.forEach((item, i) => {
    const [s, e] = range(item);
    const after = afterNode(ctx, item, e);
    // kept has one entry per old item (alignItems maps over old).
    const keep = itemAt(kept, i);
    if (keep >= 0) {
      insertUpTo(keep);
      next = keep + 1;
    } else {
      const from = lineStart(ctx.text, s);
      edits.push({ offset: from, length: after - from, text: '' });
    }
    at = after;
  });
  insertUpTo(want.length);
  return edits;
}

/** True when a blank line (perhaps among comment lines) sets the last item of a block list apart from the one before. */
function blankLineBetweenLastItems(text: string, seq: YAMLSeq): boolean {
  if (seq.items.length < 2) return false;
  for (let end = lineStart(text, range(seq.items[seq.items.length - 1] as Node)[0]); end > 0;) {
    const start = lineStart(text, end - 1);
    const line = text.slice(start, end).trim();
    if (line === '') return true;
    if (!line.startsWith('#')) return false;
    end = start;
  }
  return false;
}

/**
 * Appends `item` to the list under `pair` (or fills an empty `key:`): inside the
 * brackets of a flow list, or as new lines after the last item of a block list.
 */
export function appendItem(ctx: EditContext, pair: KeyPair, item: YValue, style: ItemStyle, where: string): TextEdit {
  const seq = pair.value;
  const keyCol = columnOf(ctx.text, entryStart(ctx, pair.key));
  if (seq === null || (isScalar(seq) && seq.value === null)) {
    if (seq && seq.range && seq.range[0] !== seq.range[1]) {
      return { offset: seq.range[0], length: seq.range[1] - seq.range[0], text: renderFlow([item]) };
    }
    const pos = lineEndAfter(ctx.text, afterColon(ctx, pair));
    const lines = renderBlockItem(item, keyCol + ctx.seqIndent, ctx, style);
    return { offset: pos, length: 0, text: onFreshLine(ctx.text, pos, lines.join(ctx.eol) + ctx.eol, ctx.eol) };
  }
  if (!isSeq(seq)) return refuse(l10n.t('"{0}" in {1} is not a list; edit it by hand.', String(pair.key.value), where));
  const last = seq.items[seq.items.length - 1] as Node | undefined;
  if (seq.flow) {
    if (!last) {
      const [s, e] = range(seq);
      return { offset: s, length: e - s, text: `[${renderFlow(item)}]` };
    }
    return { offset: range(last)[1], length: 0, text: `, ${renderFlow(item)}` };
  }
  const dashCol = columnOf(ctx.text, range(seq)[0]);
  const pos = afterNode(ctx, last ?? seq, range(last ?? seq)[1]);
  const lines = renderBlockItem(item, dashCol, ctx, style);
  // A list whose items are set apart by blank lines (goals usually are) gets its new item set apart too;
  // not after a keep-chomped block scalar, whose value would take the blank line in.
  const gap = blankLineBetweenLastItems(ctx.text, seq) && !isKeepBlock(ctx, lastLeaf(last)) ? ctx.eol : '';
  return { offset: pos, length: 0, text: onFreshLine(ctx.text, pos, gap + lines.join(ctx.eol) + ctx.eol, ctx.eol) };
}

/**
 * Removes item `index` of the list under `pair`. A block list's item lines go; the
 * last item of a block list leaves `key: []` so the key still reads as a list.
 */
export function removeItem(ctx: EditContext, pair: KeyPair, seq: YAMLSeq, index: number): TextEdit[] {
  const item = seq.items[index] as Node;
  const [s, e] = range(item);
  if (seq.flow) {
    if (seq.items.length === 1) return [{ offset: s, length: e - s, text: '' }];
    if (index < seq.items.length - 1) {
      const next = range(seq.items[index + 1] as Node)[0];
      return [{ offset: s, length: next - s, text: '' }];
    }
    const prevEnd = range(seq.items[index - 1] as Node)[1];
    return [{ offset: prevEnd, length: e - prevEnd, text: '' }];
  }
  const from = lineStart(ctx.text, s);
  const to = afterNode(ctx, item, e);
  const edits: TextEdit[] = [];
  if (seq.items.length === 1) edits.push({ offset: afterColon(ctx, pair), length: 0, text: ' []' });
  edits.push({ offset: from, length: to - from, text: '' });
  return edits;
}

/** Removes a key and its value from a map. */
export function removePair(ctx: EditContext, map: YAMLMap, pair: KeyPair): TextEdit {
  const s = range(pair.key)[0];
  const e = pairValueEnd(pair);
  if (map.flow) {
    const i = map.items.indexOf(pair);
    if (i < map.items.length - 1) return { offset: s, length: range((map.items[i + 1] as KeyPair).key)[0] - s, text: '' };
    if (i > 0) {
      const prevEnd = pairValueEnd(map.items[i - 1] as KeyPair);
      return { offset: prevEnd, length: e - prevEnd, text: '' };
    }
    return { offset: s, length: e - s, text: '' };
  }
  const from = lineStart(ctx.text, s);
  const to = afterNode(ctx, pair.value ?? pair.key, e);
  return { offset: from, length: to - from, text: '' };
}
