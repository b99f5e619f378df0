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
 * Whole percents. A leaf that imports only @vscode/l10n, so the review page's browser
 * bundle can use the same rule as the tree, status bar and journal without pulling in
 * the parser.
 */
import * as l10n from '@vscode/l10n';

/** Whole percent of a 0–1 progress, rounded down so that 100% only ever means complete. */
export function percent(progress: number): number {
  return Math.floor(Math.max(0, Math.min(1, progress)) * 100 + 1e-9);
}

/** `46%` (`46 %` in German): the whole percent as people read it everywhere, in the display language. */
export function percentLabel(progress: number): string {
  return l10n.t('{0}%', percent(progress));
}
