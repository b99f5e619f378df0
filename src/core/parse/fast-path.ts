/**
 * One rule for the two fast paths, the plain-YAML reader (yaml/) and the incremental
 * analyzer (incremental/): each may decline (undefined), and then the full parser reads
 * the text. A fast path that throws has a bug of Career Goals, not a problem of the
 * person's file, so it is treated as a decline: the full parser's result stands, the
 * error goes to the owner's sink (the extension's log), and the person never sees it.
 */

/** Which fast path failed. */
export type FastPath = 'plain-reader' | 'incremental';

/** Told of a fast path's error after the full parser took over; the extension logs it. */
export type InternalErrorSink = (where: FastPath, error: unknown) => void;

/** A sink that throws the error on, to the fast path around this one (incremental/ reading one piece). */
export const PASS_ON: InternalErrorSink = (_where, error) => {
  throw error;
};

/**
 * `fast()`'s result, or `full()`'s when `fast` declines (undefined) or throws; a throw
 * is reported to `onInternalError` first. `full` runs outside the `try`: its own errors
 * are its caller's.
 */
export function fastOrFull<T>(where: FastPath, fast: () => T | undefined, full: () => T, onInternalError?: InternalErrorSink): T {
  let result: T | undefined;
  try {
    result = fast();
  } catch (e) {
    onInternalError?.(where, e);
  }
  return result !== undefined ? result : full();
}
