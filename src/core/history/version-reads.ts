/**
 * In which order, and how many at once, the committed versions of a goals file are
 * read: the host reads each through the Git extension (a `git` process each), this
 * decides the rest. Pure apart from the promises of the reads it is given, so the
 * bench runs the same loop on a real repository without VS Code.
 *
 * - Spread, not newest first: the newest and the oldest day, then the days halfway
 *   between, and so on, so after a few reads the dashboard already spans the file's
 *   whole life and later reads only add detail.
 * - A fixed number in flight: each read waits on a process, so several overlap their
 *   waits; a new one starts as soon as one ends (no batch waits for its slowest read).
 */

/**
 * The indices 0…n-1 in spread order: the last and the first, then the middle, then the
 * middles of the two halves, breadth first. Every index once.
 */
export function spreadOrder(n: number): number[] {
  if (n <= 0) return [];
  if (n === 1) return [0];
  const order = [n - 1, 0];
  // Open intervals (lo, hi) whose inside is not yet ordered, breadth first.
  let level: [number, number][] = [[0, n - 1]];
  while (level.length > 0) {
    const next: [number, number][] = [];
    for (const [lo, hi] of level) {
      if (hi - lo < 2) continue;
      const mid = (lo + hi) >> 1;
      order.push(mid);
      next.push([lo, mid], [mid, hi]);
    }
    level = next;
  }
  return order;
}

/** How a run of reads is told to go. */
interface ReadPlan<T> {
  /** Reads one item; a rejection is the item's own failure (`failed` hears of it), not the run's. */
  read(item: T): Promise<void>;
  /** At most this many reads at once. */
  concurrency: number;
  /** Stops starting reads once this says so; the reads running end first. */
  cancelled?: () => boolean;
  /** Called after each read with how many are done of how many. */
  after?: (done: number, total: number) => void | Promise<void>;
  /** A read that failed, with what it threw. */
  failed?: (item: T, error: unknown) => void;
}

/**
 * Reads `items` in their order, `concurrency` at once, until all are read or
 * `cancelled` says stop; resolves with how many were read.
 */
export async function readAll<T>(items: readonly T[], plan: ReadPlan<T>): Promise<number> {
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length && !plan.cancelled?.()) {
      const item = items[next++] as T;
      try {
        await plan.read(item);
      } catch (e) {
        plan.failed?.(item, e);
      }
      done++;
      await plan.after?.(done, items.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(plan.concurrency, items.length)) }, worker));
  return done;
}
