/**
 * words/: the words every surface shows, and the rules for what a person types, in one
 * place so the tree, status bar, CodeLens, commands, command line and review page say
 * the same: percent.ts (this file), pace-words.ts, review-kinds.ts, status-line.ts,
 * goal-summary.ts, prompts.ts (reflection prompts), number-input.ts, input-rules.ts and
 * plural.ts (the one helper for counted words).
 * The review page's browser bundles import them, so they import only model.ts, types.ts
 * and time/, never the parser (a lint zone).
 */
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
