/**
 * The check of verify.ts, done on the lines the fast path read instead of the whole
 * file: when every edit falls inside the span (one goal item or one entry of it, or
 * the last items of the wins or lessons list), the rest of the file is unchanged by construction, so it
 * is enough that the span, re-parsed from the result, is still that many clean list
 * items and holds exactly the data the op means. A full check of a 5 MB file costs
 * seconds; this costs what the op's own slice parse did.
 *
 * It only ever confirms: when it cannot tell (an alias, an edit outside the span, a
 * difference), the caller runs the full check, which refuses with its own reason.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { GoalOp, TextEdit } from '../types';
import { findItem, Refusal, scalarText, type EditContext } from './context';
import { duplicateKey } from './duplicates';
import { isOneEntry, parseSliceDoc } from './fast';
import { intendedData, sameData, type Located } from './intended';

/**
 * `text.slice(start, end)` read as data: the items of a block list, or with `pair`
 * the one `pair:` entry of a goal (wrapped as a one-goal list); undefined when the
 * slice is not clean or not of that shape.
 */
function readSpan(text: string, start: number, end: number, pair: string | undefined, inserted?: string): { node: unknown; items: unknown[] } | undefined {
  const doc = parseSliceDoc(text, start, end);
  if (!doc || duplicateKey(doc) !== undefined) return undefined;
  if (pair !== undefined ? !(inserted === undefined ? isOneEntry(doc.contents, pair) : areEntries(doc.contents, [pair, inserted])) : !isSeq(doc.contents)) return undefined;
  // An alias would tie the span to anchors outside it (then the parse has failed) or inside it (an edit may change both copies, which the data shows).
  let data: unknown;
  try {
    data = doc.toJS();
  } catch {
    return undefined;
  }
  if (pair !== undefined) return { node: doc.contents, items: [data] };
  return Array.isArray(data) && isSeq(doc.contents) ? { node: doc.contents.items[0], items: data } : undefined;
}

/** Whether `node` is a map of exactly these entries, in this order. */
function areEntries(node: unknown, keys: readonly string[]): boolean {
  if (!isMap(node) || node.items.length !== keys.length) return false;
  return node.items.every((p, i) => isScalar(p.key) && p.key.value === keys[i]);
}

/** Where the op acts inside the goal of a one-goal span (`goal`, its map), found by the op's own lookups. */
function locate(goal: unknown, op: GoalOp): Located | undefined {
  if (!isMap(goal) || !('goalId' in op)) return undefined;
  const at: Located = { goal: 0 };
  const key = op.op === 'setTaskDone' || op.op === 'updateTask' || op.op === 'removeTask' ? 'tasks' : op.op === 'setCheckpointDone' || op.op === 'updateCheckpoint' ? 'checkpoints' : undefined;
  try {
    if (key && 'index' in op) at.item = findItem(goal, op.goalId, key, op.index, op.expectTitle).index;
  } catch (e) {
    if (e instanceof Refusal) return undefined;
    throw e;
  }
  if (op.op === 'setGoalField' && op.field === 'title') at.pinId = !scalarText(goal, 'id');
  return at;
}

/**
 * True when `after` (the result of `edits` on `ctx.text`) is confirmed from the
 * fast path's span alone: clean, the same number of items (one more after an
 * append), and the op's intended data. False when only the full check can tell.
 */
export function verifiedInSpan(ctx: EditContext, after: string, op: GoalOp, edits: readonly TextEdit[]): boolean {
  const span = ctx.span;
  if (!span) return false;
  for (const e of edits) if (e.offset < span.start || e.offset + e.length > span.end) return false;
  const before = readSpan(ctx.text, span.start, span.end, span.pair);
  // An inserted entry must land right after the one the span holds, and nowhere else.
  const got = readSpan(after, span.start, span.end + after.length - ctx.text.length, span.pair, span.inserts);
  if (!before || !got) return false;
  let at: Located | undefined = {};
  if (span.list === 'goals') {
    if (before.items.length !== 1 || got.items.length !== 1) return false;
    at = locate(before.node, op);
  } else if (got.items.length !== before.items.length + 1) return false;
  if (!at) return false;
  const want = intendedData({ [span.list]: before.items }, op, at);
  return want !== undefined && sameData({ [span.list]: got.items }, want);
}
