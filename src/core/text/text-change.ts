/**
 * Where two versions of a text differ, found by their common start and end. Typing
 * changes one place, and comparing is far cheaper than cutting or parsing the text
 * again, so the incremental analyzer (incremental/index.ts) starts from this.
 */

/** One replacement turning `before` into `after`: `before[at, oldEnd)` became `after[at, newEnd)`. */
export interface TextChange {
  at: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * The change from `before` to `after`, placed as far towards the end as it can be, then
 * as far towards the start (the second only when it differs). An insertion beside equal
 * characters can be placed either way (a line break typed at the end of a line is also
 * one typed at the start of the next), and which one falls inside one piece of the plan
 * depends on where the pieces are cut, so the caller tries both.
 */
export function textChanges(before: string, after: string): TextChange[] {
  const limit = Math.min(before.length, after.length);
  const prefix = commonPrefix(before, after, limit);
  const suffixAfterPrefix = commonSuffix(before, after, limit - prefix);
  const late: TextChange = { at: prefix, oldEnd: before.length - suffixAfterPrefix, newEnd: after.length - suffixAfterPrefix };
  const suffix = commonSuffix(before, after, limit);
  if (suffix === suffixAfterPrefix) return [late];
  const prefixBeforeSuffix = commonPrefix(before, after, limit - suffix);
  return [late, { at: prefixBeforeSuffix, oldEnd: before.length - suffix, newEnd: after.length - suffix }];
}

/** Compared a block at a time: a native string comparison is much faster than a loop over characters. */
const BLOCK = 512;

/** Length of the common start of `a` and `b`, at most `limit`. */
function commonPrefix(a: string, b: string, limit: number): number {
  let i = 0;
  // Blocks that double while they match, then shrink back: a long common start costs a few comparisons.
  for (let block = BLOCK; block >= BLOCK; ) {
    if (i + block <= limit && a.slice(i, i + block) === b.slice(i, i + block)) {
      i += block;
      block *= 2;
    } else block = block === BLOCK ? 0 : block / 2;
  }
  while (i + BLOCK <= limit && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common end of `a` and `b`, at most `limit`. */
function commonSuffix(a: string, b: string, limit: number): number {
  let i = 0;
  const la = a.length;
  const lb = b.length;
  for (let block = BLOCK; block >= BLOCK; ) {
    if (i + block <= limit && a.slice(la - i - block, la - i) === b.slice(lb - i - block, lb - i)) {
      i += block;
      block *= 2;
    } else block = block === BLOCK ? 0 : block / 2;
  }
  while (i + BLOCK <= limit && a.slice(la - i - BLOCK, la - i) === b.slice(lb - i - BLOCK, lb - i)) i += BLOCK;
  while (i < limit && a.charCodeAt(la - 1 - i) === b.charCodeAt(lb - 1 - i)) i++;
  return i;
}
