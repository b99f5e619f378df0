/**
 * The fast path for edits on a text already known to be free of syntax errors:
 * instead of parsing the whole file (tens of milliseconds for a 30-goal plan, seconds
 * for a huge one), find the lines an op needs with a line scan and parse only them,
 * with offsets that match the whole text. Anything the scan cannot be sure of returns
 * undefined and the caller parses the whole file instead; the property tests hold
 * both paths to the same result.
 *
 * The scan leans on what the yaml library accepts in a clean file: a line at or left
 * of a block list's dash column is a new item or ends the list (continuations of
 * quoted, plain or flow values must be indented further), a line at a block map's
 * key column is a key (or a flow closer), and a line holding only spaces, tabs or a
 * comment never ends anything.
 */
import { Composer, isAlias, isMap, isScalar, isSeq, Pair, Parser, Scalar, YAMLMap, YAMLSeq, type Document } from 'yaml';
import { claimOf, FAIL, resolveGoalIds, type IdClaim } from '../parse/goal-ids';
import { scanList, topListStart, type ListItem } from './scan';
import { GOAL_ORDER } from './key-order';

/** Parses `text.slice(start, end)` as one document whose node ranges are offsets into `text`; undefined on any error. */
export function parseSliceDoc(text: string, start: number, end: number): Document | undefined {
  const parser = new Parser();
  parser.offset = start;
  // The text is known clean, so yaml's (quadratic) duplicate-key check has nothing to find.
  const composer = new Composer({ uniqueKeys: false });
  let found: Document | undefined;
  let docs = 0;
  for (const doc of composer.compose(parser.parse(text.slice(start, end)), true, end)) {
    docs++;
    if (doc.errors.length) return undefined;
    found = doc;
  }
  return docs === 1 ? found : undefined;
}

/** Parses `text.slice(start, end)` so node ranges are offsets into `text`. */
function parseSlice(text: string, start: number, end: number): unknown {
  return parseSliceDoc(text, start, end)?.contents;
}

/** The lines the fast path read for an op: `[start, end)` of one goal item, or of a list's last items. */
export interface Span {
  start: number;
  end: number;
  /** The top-level list they belong to. */
  list: 'goals' | 'wins' | 'lessons';
  /** Set when the span is only this `key:` entry of the goal (see slicePair). */
  pair?: string;
  /** Set when the op inserts this key right after the `pair` entry, which the goal lacks (see slicePair). */
  inserts?: string;
}

/** The one node of a list item parsed from its own lines, or undefined when the slice does not read as one item. */
function parseItem(text: string, item: ListItem): unknown {
  const contents = parseSlice(text, item.start, item.end);
  return isSeq(contents) && contents.items.length === 1 ? contents.items[0] : undefined;
}

/** Aliases point outside a slice, so a claim that needs one cannot be read from it. */
const noAlias = (n: unknown): unknown => (isAlias(n) ? FAIL : n);

/** A goal item's claim, from the scan when it could read it, else from the item's own parse. */
function claimOfItem(text: string, item: ListItem): IdClaim | undefined | typeof FAIL {
  if (item.keys || item.flow) {
    const title = item.values.get('title');
    if (title === undefined) return undefined;
    const written = item.values.get('id');
    return written === undefined ? { title } : { written, title };
  }
  const node = parseItem(text, item);
  if (node === undefined || isAlias(node)) return FAIL;
  return isMap(node) ? claimOf(node, noAlias) : undefined;
}

/**
 * The goal with id `id`, parsed from its own lines, or undefined when the scan cannot
 * be sure (the caller then parses the whole file). Every item's id is read (by the
 * scan, or by parsing that item alone) so that duplicates resolve as in the parser.
 * With `key`, returns only that entry of the goal (a one-entry map) when the goal
 * has it on a line of its own.
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export function sliceGoal(text: string, id: string, key?: string): YAMLMap | undefined {
  return goalSlice(text, id, key)?.node;
}

/** {@link sliceGoal}, with the span of the goal's item. */
export function goalSlice(text: string, id: string, key?: string): { node: YAMLMap; span: Span } | undefined {
  const top = topListStart(text, 'goals');
  const items = top && scanList(text, top.body);
  if (!items) return undefined;
  const claims: IdClaim[] = [];
  const owners: ListItem[] = [];
  for (const item of items) {
    const claim = claimOfItem(text, item);
    if (claim === FAIL) return undefined;
    if (claim === undefined) continue;
    claims.push(claim);
    owners.push(item);
  }
  const k = resolveGoalIds(claims).findIndex((r) => r.id === id);
  // owners and claims run in step, one per claimed item; no match means the slow path decides.
  const item = owners[k];
  const claimed = claims[k];
  if (!item || !claimed) return undefined;
  const span: Span = { start: item.start, end: item.end, list: 'goals' };
  const partial = key === undefined ? undefined : slicePair(text, item, key);
  if (partial) return { node: partial.node, span: { start: partial.start, end: partial.end, list: 'goals', pair: partial.key, inserts: partial.key === key ? undefined : key } };
  const goal = parseItem(text, item);
  if (!isMap(goal)) return undefined;
  // The parse of the goal itself must tell the id the scan read.
  const check = claimOf(goal, noAlias);
  if (check === undefined || check === FAIL || check.written !== claimed.written || check.title !== claimed.title) return undefined;
  return { node: goal, span };
}

/**
 * Goal entries that an op inserts as one `key: value` line when absent. Where it goes
 * depends only on which keys the goal has (blockInsertionPoint in splice.ts), which the
 * scan read, so the entry it follows is all the op needs to see.
 */
const SCALAR_FIELDS: ReadonlySet<string> = new Set(['status', 'why', 'start', 'due', 'flexibility']);

/**
 * Just the `key:` entry of a goal item, parsed from its own lines (up to the item's
 * next key) as a one-entry map, with those lines' span: enough for an op that changes
 * only that entry. When the goal lacks a scalar field `key`, the entry it will be
 * inserted after instead (the last key that GOAL_ORDER puts before it, as
 * blockInsertionPoint chooses), so that a goal of 40k keys is not parsed whole to add a
 * `status:` line. Undefined when the scan did not read the item's keys, the entry
 * needed sits on the item's `- ` line, or it cannot be told without the whole goal.
 */
function slicePair(text: string, item: ListItem, key: string): { node: YAMLMap; start: number; end: number; key: string } | undefined {
  const keys = item.keys;
  if (!keys) return undefined;
  let at = keys.findIndex((k) => k.name === key);
  if (at < 0 && SCALAR_FIELDS.has(key)) {
    const rank = GOAL_ORDER.indexOf(key as (typeof GOAL_ORDER)[number]);
    keys.forEach((k, i) => {
      const r = GOAL_ORDER.indexOf(k.name as (typeof GOAL_ORDER)[number]);
      if (r >= 0 && r < rank) at = i;
    });
  }
  const entry = keys[at];
  if (at <= 0 || !entry) return undefined;
  const from = entry.line;
  // The entry runs to the item's next key, or to the item's end when it is the last.
  const to = keys[at + 1]?.line ?? item.end;
  const contents = parseSlice(text, from, to);
  return isOneEntry(contents, entry.name) ? { node: contents, start: from, end: to, key: entry.name } : undefined;
}

/** Whether `node` is a map of exactly one entry, `key`. */
export function isOneEntry(node: unknown, key: string): node is YAMLMap {
  if (!isMap(node) || node.items.length !== 1) return false;
  const k = node.items[0]?.key;
  return isScalar(k) && k.value === key;
}

/**
 * A stand-in for the top-level map holding only the `key:` list, with its last one
 * or two items parsed from their own lines: all that appending a win or lesson reads
 * (where the list starts, its last item's end and style, the gap before it). Undefined
 * when the list is not a block list whose last item is a map.
 */
export function sliceTopList(text: string, key: 'wins' | 'lessons'): { root: YAMLMap; span: Span } | undefined {
  const top = topListStart(text, key);
  const items = top && scanList(text, top.body);
  const first = items?.[0];
  const last = items?.at(-1);
  if (!top || !items || !first || !last) return undefined;
  const parsed: unknown[] = [];
  for (const item of items.slice(-2)) {
    const node = parseItem(text, item);
    if (node === undefined) return undefined;
    parsed.push(node);
  }
  if (!isMap(parsed[parsed.length - 1])) return undefined;
  const seq = new YAMLSeq();
  seq.items = parsed;
  const end = last.end;
  seq.range = [first.start + first.dashCol, end, end];
  const keyNode = new Scalar(key);
  keyNode.range = [top.key, top.key + key.length, top.key + key.length];
  const root = new YAMLMap();
  root.items = [new Pair(keyNode, seq)];
  // The span starts at the second-last item (the gap before the last is read), or the only one.
  return { root, span: { start: (items.at(-2) ?? first).start, end, list: key } };
}
