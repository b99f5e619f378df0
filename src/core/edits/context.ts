/**
 * One parse of goals.yaml per edit, and the lookups every operation shares: finding
 * a goal by id, an item by index and title, and the file's layout conventions.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { slugify } from '../slug';
import type { ItemStyle, Layout } from './render';
import { columnOf, detectEol, detectIndentUnit } from './text';

/** Thrown by an operation that cannot apply; the message is the reason shown to the person. */
export class Refusal extends Error {}

/** Stops the current operation with a reason. */
export function refuse(reason: string): never {
  throw new Refusal(reason);
}

/** The parsed file plus its layout; built once per operation. */
export interface EditContext extends Layout {
  text: string;
  /** Top-level mapping, or null for a file with no content yet. */
  root: YAMLMap | null;
}

/** A key-value pair whose key is a plain string. */
export type KeyPair = Pair<Scalar, Node | null>;

/**
 * Parses `text` and refuses when it has any YAML syntax error: positions in a broken
 * file are not trustworthy, and a splice there could make things worse.
 */
export function createContext(text: string): EditContext {
  const doc = parseDocument(text, { prettyErrors: true });
  const err = doc.errors[0];
  if (err) {
    const line = err.linePos?.[0].line ?? 1;
    const what = err.message.split(' at line ')[0].replace(/[.:]\s*$/, '');
    refuse(`goals.yaml has a YAML syntax error at line ${line}: ${what}. Fix it before editing.`);
  }
  const contents = doc.contents;
  if (contents !== null && !isMap(contents)) refuse('goals.yaml must be a mapping of keys (version, vision, goals, …) at the top level.');
  const root = contents as YAMLMap | null;
  const indentUnit = detectIndentUnit(text);
  const ctx: EditContext = { text, root, eol: detectEol(text), indentUnit, seqIndent: indentUnit, itemOffset: 2 };
  detectSequenceLayout(ctx);
  return ctx;
}

/** Reads `- ` placement from the first block sequence under a top-level key. */
function detectSequenceLayout(ctx: EditContext): void {
  for (const pair of ctx.root?.items ?? []) {
    const seq = pair.value;
    if (!isSeq(seq) || seq.flow || !seq.range || !isScalar(pair.key) || !pair.key.range) continue;
    ctx.seqIndent = columnOf(ctx.text, seq.range[0]) - columnOf(ctx.text, pair.key.range[0]);
    const first = seq.items.find((i) => isMap(i) && !i.flow && i.items.length > 0) as YAMLMap | undefined;
    const key = first?.items[0].key as Node | undefined;
    if (key?.range) ctx.itemOffset = Math.max(2, columnOf(ctx.text, key.range[0]) - columnOf(ctx.text, seq.range[0]));
    return;
  }
}

/** The pair for `key` in `map`, if any. */
export function pairOf(map: YAMLMap | null, key: string): KeyPair | undefined {
  return map?.items.find((p) => isScalar(p.key) && String(p.key.value) === key) as KeyPair | undefined;
}

/** The string value of a scalar entry, if it is one. */
export function scalarText(map: YAMLMap, key: string): string | undefined {
  const v = pairOf(map, key)?.value;
  return isScalar(v) && v.value !== null && v.value !== undefined ? String(v.value) : undefined;
}

/** A goal's id: its `id`, or the slug of its title, the same rule the parser uses. */
export function goalIdOf(goal: YAMLMap): string | undefined {
  const id = scalarText(goal, 'id');
  if (id !== undefined && id !== '') return id;
  const title = scalarText(goal, 'title');
  return title !== undefined ? slugify(title) : undefined;
}

/** The `goals:` sequence, when present. */
export function goalsSeq(ctx: EditContext): YAMLSeq | undefined {
  const v = pairOf(ctx.root, 'goals')?.value;
  return isSeq(v) ? v : undefined;
}

/** The goal with this id, or a refusal that names it. */
export function findGoal(ctx: EditContext, id: string): YAMLMap {
  for (const item of goalsSeq(ctx)?.items ?? []) {
    if (isMap(item) && goalIdOf(item) === id) return item;
  }
  return refuse(`No goal with id "${id}" in goals.yaml.`);
}

/** The title of a task or checkpoint, written as a map or as a bare string. */
export function itemTitle(item: unknown): string | undefined {
  if (isMap(item)) return scalarText(item, 'title');
  if (isScalar(item) && item.value !== null) return String(item.value);
  return undefined;
}

/** A task or checkpoint located for an edit. */
export interface LocatedItem {
  pair: KeyPair;
  seq: YAMLSeq;
  item: Node;
  index: number;
}

/**
 * The item at `index` in a goal's `tasks` or `checkpoints`. When `expectTitle` is
 * given and differs (the file changed since the index was read), the item is found
 * by title instead; otherwise the op is refused with the reason.
 */
export function findItem(
  goal: YAMLMap,
  goalId: string,
  key: 'tasks' | 'checkpoints',
  index: number,
  expectTitle: string | undefined,
): LocatedItem {
  const noun = key === 'tasks' ? 'task' : 'checkpoint';
  const pair = pairOf(goal, key);
  const seq = pair?.value;
  if (!pair || !isSeq(seq)) return refuse(`Goal "${goalId}" has no ${key} list.`);
  const at = Number.isInteger(index) && index >= 0 && index < seq.items.length ? (seq.items[index] as Node) : undefined;
  if (at && (expectTitle === undefined || itemTitle(at) === expectTitle)) return { pair, seq, item: at, index };
  if (expectTitle !== undefined) {
    const found = seq.items.findIndex((i) => itemTitle(i) === expectTitle);
    if (found >= 0) return { pair, seq, item: seq.items[found] as Node, index: found };
    return refuse(`Goal "${goalId}" has no ${noun} titled "${expectTitle}".`);
  }
  return refuse(`Goal "${goalId}" has no ${noun} at index ${index} (it has ${seq.items.length}).`);
}

/** Flow or block, from the map items of `seq`; undefined when it has none. */
export function itemStyleOf(seq: unknown): ItemStyle | undefined {
  if (!isSeq(seq)) return undefined;
  for (let i = seq.items.length - 1; i >= 0; i--) {
    const it = seq.items[i];
    if (isMap(it)) return it.flow ? 'flow' : 'block';
  }
  return undefined;
}

/**
 * The item style new entries should follow: the target list's own style, else the
 * same list in other goals (or the listed fallbacks), else flow as in the template.
 */
export function siblingItemStyle(ctx: EditContext, keys: string[], own?: unknown): ItemStyle {
  const mine = itemStyleOf(own);
  if (mine) return mine;
  for (const key of keys) {
    const top = itemStyleOf(pairOf(ctx.root, key)?.value);
    if (top) return top;
    for (const g of goalsSeq(ctx)?.items ?? []) {
      const s = isMap(g) ? itemStyleOf(pairOf(g, key)?.value) : undefined;
      if (s) return s;
    }
  }
  return 'flow';
}

/** Whether goals write `key` (such as `metric`) as a one-line `{ ... }` map; default yes. */
export function siblingMapIsFlow(ctx: EditContext, key: string): boolean {
  for (const g of goalsSeq(ctx)?.items ?? []) {
    const v = isMap(g) ? pairOf(g, key)?.value : undefined;
    if (isMap(v)) return v.flow === true;
  }
  return true;
}
