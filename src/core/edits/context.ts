/**
 * One parse of goals.yaml per edit, and the lookups every operation shares: finding
 * a goal by id, an item by index and title, and the file's layout conventions.
 */
import * as l10n from '@vscode/l10n';
import { MAX_PLAN_CHARS, tooLargeMessage } from '../parse/plan-size';
import { isAlias, isMap, isSeq, parseDocument, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { claimOf, resolveGoalIds, scalarSourceText, type IdClaim } from '../parse/goal-ids';
import { MAX_ALIASES, scanDocument } from '../parse/readers';
import { duplicateKey } from './duplicates';
import { pairOf, type KeyPair } from './nodes';
import { goalSlice, sliceTopList, type Span } from './fast';
import type { EditMemory } from './memory';
import type { ItemStyle, Layout } from './render';
import { detectEol, detectIndentUnit } from './text';
import { textBefore } from '../text/indexing';

export { goalIdOf, pairOf, scalarText, type KeyPair } from './nodes';

/** Thrown by an operation that cannot apply; the message is the reason shown to the person. */
export class Refusal extends Error {}

/** Stops the current operation with a reason. */
export function refuse(reason: string): never {
  throw new Refusal(reason);
}

/** The parsed file plus its layout; built once per operation. */
export interface EditContext extends Layout {
  text: string;
  /** Top-level mapping, or null for a file with no content yet (or when only `goal` was parsed). */
  root: YAMLMap | null;
  /** The one goal parsed on the fast path; possibly only the entry the op changes. */
  goal?: { id: string; node: YAMLMap };
  /** The whole document, when it was parsed (to follow aliases). */
  doc?: Document;
  /** On the fast path, the only lines that were parsed (and that the op may change). */
  span?: Span;
}

/**
 * Builds the context for one operation. The whole file must be free of YAML syntax
 * errors (positions in a broken file are not trustworthy, and a splice there could
 * make things worse); that verdict is remembered per text, in `memory`. For an op inside one goal
 * on a text known to be clean, only that goal's lines are parsed (see fast.ts); when
 * the op changes only the goal's `key` entry, only that entry's lines; for a win or
 * lesson (`topKey`), only the list's last items.
 */
export function createContext(text: string, memory: EditMemory, goalId?: string, key?: string, topKey?: 'wins' | 'lessons'): EditContext {
  // The parser does not read a file past the limit, so nothing may edit it either.
  if (text.length > MAX_PLAN_CHARS) refuse(tooLargeMessage(text.length));
  // Looking a verdict up makes it the most recently used, as remembering it again did.
  const known = memory.verdicts.get(text);
  if (typeof known === 'string') refuse(known);
  if (known === null) {
    const fast = fastContext(text, memory, goalId, key, topKey);
    if (fast) return fast;
  }
  // yaml's own duplicate-key check compares every key with every other (quadratic on
  // a map with many keys); duplicateKey does the same check with a Set.
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: false });
  const err = doc.errors[0];
  const reason = err ? syntaxReason(err.linePos?.[0].line ?? 1, textBefore(err.message, ' at line ')) : duplicateReason(text, doc);
  if (reason !== undefined) {
    memory.verdicts.set(text, reason);
    refuse(reason);
  }
  memory.markClean(text);
  const contents = doc.contents;
  if (contents !== null && !isMap(contents)) refuse(l10n.t('goals.yaml must be a mapping of keys (version, vision, goals, …) at the top level.'));
  // Now known clean: a fast-path context lets the op's result be checked on its own lines (verify-slice.ts), not parsed whole again.
  return fastContext(text, memory, goalId, key, topKey) ?? { ...layoutOf(text), text, root: contents, doc };
}

/** The fast-path context for an op on a text known clean, or undefined when the scan cannot be sure (see fast.ts). */
function fastContext(text: string, memory: EditMemory, goalId: string | undefined, key: string | undefined, topKey: 'wins' | 'lessons' | undefined): EditContext | undefined {
  if (!memory.fastPath) return undefined;
  if (goalId !== undefined) {
    const goal = goalSlice(text, goalId, key);
    if (goal) return { ...layoutOf(text), text, root: null, goal: { id: goalId, node: goal.node }, span: goal.span };
  }
  if (topKey !== undefined) {
    const list = sliceTopList(text, topKey);
    if (list) return { ...layoutOf(text), text, root: list.root, span: list.span };
  }
  return undefined;
}

function syntaxReason(line: number, message: string): string {
  const what = message.replace(/[.:]\s*$/, '');
  return l10n.t('goals.yaml has a YAML syntax error at line {0}: {1}. Fix it before editing.', line, what);
}

/** A syntax refusal without its closing advice (`… at line 3: bad indentation.`), for a sentence that goes on. */
export function withoutFixAdvice(reason: string): string {
  const template = l10n.t('goals.yaml has a YAML syntax error at line {0}: {1}. Fix it before editing.');
  const tails = new Set(['. Fix it before editing.', template.slice(template.indexOf('{1}') + 3)]);
  for (const tail of tails) if (tail.length > 1 && reason.endsWith(tail)) return `${reason.slice(0, -tail.length)}.`;
  return reason;
}

/** The refusal for a key written twice in one mapping, in the words yaml's own check used. */
function duplicateReason(text: string, doc: Document): string | undefined {
  const at = duplicateKey(doc);
  if (at === undefined) return undefined;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return syntaxReason(line, 'Map keys must be unique');
}

/** Line endings, indentation step and `- ` placement, read from the text alone. */
function layoutOf(text: string): Layout {
  const indentUnit = detectIndentUnit(text);
  const layout: Layout = { eol: detectEol(text), indentUnit, seqIndent: indentUnit, itemOffset: 2 };
  // The first block list under a top-level key shows where `- ` goes and how far its keys sit past it.
  const m = /^[A-Za-z_][\w-]*[ \t]*:[ \t]*(?:#.*)?\r?\n(?:[ \t]*(?:#.*)?\r?\n)*( *)-( +)([A-Za-z_][\w-]*[ \t]*:(?:[ \t]|\r?$))?/m.exec(text);
  // The two indent groups always take part in a match; the key after `- ` is optional.
  const [, dashIndent, gap, firstKey] = m ?? [];
  if (dashIndent !== undefined && gap !== undefined) {
    layout.seqIndent = dashIndent.length;
    if (firstKey !== undefined) layout.itemOffset = Math.max(2, 1 + gap.length);
  }
  return layout;
}

/** The `goals:` sequence, when present. */
export function goalsSeq(ctx: EditContext): YAMLSeq | undefined {
  const v = pairOf(ctx.root, 'goals')?.value;
  return isSeq(v) ? v : undefined;
}

/**
 * Every goal's id in file order (undefined for items the parser leaves out), by the
 * rule the parser uses (parse/goal-ids.ts), so an op reaches the goal the model shows.
 */
export function goalIds(ctx: EditContext): (string | undefined)[] {
  const items = goalsSeq(ctx)?.items ?? [];
  // Aliases are followed as the parser follows them: through one scan of the document
  // (yaml's Alias.resolve walks the whole document each time) and at most MAX_ALIASES
  // times. (The parser's budget counts every alias of the file in reading order, so
  // past a hundred aliases the two may differ; the cost stays linear either way.)
  let targets: Map<unknown, unknown> | undefined;
  let followed = 0;
  const deref = (n: unknown): unknown => {
    if (!isAlias(n) || !ctx.doc) return n;
    if (++followed > MAX_ALIASES) return null;
    targets ??= scanDocument(ctx.doc).aliasTargets;
    return targets.get(n) ?? null;
  };
  const claims: IdClaim[] = [];
  const owners: number[] = [];
  items.forEach((item, i) => {
    const node = deref(item);
    const claim = isMap(node) ? claimOf(node, deref) : undefined;
    if (claim === undefined || typeof claim === 'symbol') return;
    claims.push(claim);
    owners.push(i);
  });
  const ids: (string | undefined)[] = items.map(() => undefined);
  // One result per claim, in order, so owners[k] is the item that made claim k.
  resolveGoalIds(claims).forEach((r, k) => {
    const owner = owners[k];
    if (owner !== undefined) ids[owner] = r.id;
  });
  return ids;
}

/** The goal with this id, or a refusal that names it. */
export function findGoalNode(ctx: EditContext, id: string): YAMLMap {
  if (ctx.goal?.id === id) return ctx.goal.node;
  const i = goalIds(ctx).indexOf(id);
  const item = i < 0 ? undefined : goalsSeq(ctx)?.items[i];
  if (isAlias(item)) return refuse(l10n.t('Goal "{0}" is an alias (*name) of another goal; edit the goal it points at.', id));
  if (isMap(item)) return item;
  return refuse(l10n.t('No goal with id "{0}" in goals.yaml.', id));
}

/** The title of a task or checkpoint, written as a map or as a bare string, read as the parser reads it. */
function itemTitle(item: unknown): string | undefined {
  if (isMap(item)) return scalarSourceText(pairOf(item, 'title')?.value);
  return scalarSourceText(item);
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
export function findItem(goal: YAMLMap, goalId: string, key: 'tasks' | 'checkpoints', index: number, expectTitle: string | undefined): LocatedItem {
  const tasks = key === 'tasks';
  const pair = pairOf(goal, key);
  const seq = pair?.value;
  if (!pair || !isSeq(seq)) return refuse(tasks ? l10n.t('Goal "{0}" has no tasks list.', goalId) : l10n.t('Goal "{0}" has no checkpoints list.', goalId));
  const at = Number.isInteger(index) && index >= 0 && index < seq.items.length ? (seq.items[index] as Node) : undefined;
  if (at && (expectTitle === undefined || itemTitle(at) === expectTitle)) return { pair, seq, item: at, index };
  if (expectTitle !== undefined) {
    const found = seq.items.findIndex((i) => itemTitle(i) === expectTitle);
    if (found >= 0) return { pair, seq, item: seq.items[found] as Node, index: found };
    return refuse(tasks ? l10n.t('Goal "{0}" has no task titled "{1}".', goalId, expectTitle) : l10n.t('Goal "{0}" has no checkpoint titled "{1}".', goalId, expectTitle));
  }
  return refuse(tasks ? l10n.t('Goal "{0}" has no task at index {1} (it has {2}).', goalId, index, seq.items.length) : l10n.t('Goal "{0}" has no checkpoint at index {1} (it has {2}).', goalId, index, seq.items.length));
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
 * first list under the same key (or the listed fallbacks) anywhere in the file, else
 * flow as in the template. Read from the text so that it never needs a full parse.
 */
export function siblingItemStyle(ctx: EditContext, keys: string[], own?: unknown): ItemStyle {
  const mine = itemStyleOf(own);
  if (mine) return mine;
  for (const key of keys) {
    const re = new RegExp(`^[ \\t]*(?:- +)?${key}[ \\t]*:[ \\t]*(?:#.*)?\\r?\\n(?:[ \\t]*(?:#.*)?\\r?\\n)*[ \\t]*-[ \\t]+(\\{|[A-Za-z_][\\w-]*[ \\t]*:(?:[ \\t]|\\r?$))?`, 'gm');
    for (const m of ctx.text.matchAll(re)) {
      if (m[1] !== undefined) return m[1] === '{' ? 'flow' : 'block';
    }
  }
  return 'flow';
}

/** Whether the file writes `key:` maps (such as `metric`) as one-line `{ ... }`; default yes. */
export function siblingMapIsFlow(ctx: EditContext, key: string): boolean {
  const m = new RegExp(`^[ \\t]*(?:- +)?${key}[ \\t]*:[ \\t]*(\\{|(?:#.*)?\\r?$)`, 'm').exec(ctx.text);
  return !m || m[1] === '{';
}
