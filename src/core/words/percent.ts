/**
 * Whole percents. A leaf with no imports, so the review page's browser bundle can use
 * the same rule as the tree, status bar and journal without pulling in the parser.
 */

/** Whole percent of a 0–1 progress, rounded down so that 100% only ever means complete. */
export function percent(progress: number): number {
  return Math.floor(Math.max(0, Math.min(1, progress)) * 100 + 1e-9);
}

/** `46%`: the whole percent as people read it everywhere. */
export function percentLabel(progress: number): string {
  return `${percent(progress)}%`;
}
