/**
 * Small accessors for indexing that the type checker cannot prove in range
 * (`noUncheckedIndexedAccess`), so callers neither assert nor guess a default.
 */

/**
 * `xs[i]` where the algorithm guarantees `i` is in range (table look-ups in diff and
 * edit distance, offsets built alongside the lines). An out-of-range index is a bug
 * in the caller, so it throws rather than letting `undefined` turn into `NaN`.
 */
export function itemAt<T>(xs: ArrayLike<T>, i: number): T {
  const x = xs[i];
  if (x === undefined) throw new RangeError(`Index ${i} is outside 0..${xs.length - 1}.`);
  return x;
}

/** The part of `s` before the first `sep`, or all of `s` when there is none (what `s.split(sep)[0]` gives). */
export function textBefore(s: string, sep: string): string {
  const i = s.indexOf(sep);
  return i < 0 ? s : s.slice(0, i);
}
