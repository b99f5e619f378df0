/**
 * Reflection prompts for each review kind (the framework's "Reflection Prompts"),
 * and how the `careerGoals.reflectionPrompts` setting changes them.
 */
import * as l10n from '@vscode/l10n';
import type { ReviewKind } from '../model';

/**
 * Built-in prompts, following the framework's Implementation Tips.
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export const BUILT_IN_PROMPTS: Readonly<Record<ReviewKind, readonly string[]>> = Object.freeze({
  // Getters: the words are read in the display language when used, not when the module loads.
  get weekly(): readonly string[] {
    return [
      l10n.t('What moved forward this week?'),
      l10n.t('What got in the way, and what will you change?'),
      l10n.t('Which small win deserves celebrating?'),
      l10n.t('What are the three most important tasks for next week?'),
    ];
  },
  get monthly(): readonly string[] {
    return [
      l10n.t('Do your goals still serve your north star and values?'),
      l10n.t('Which action plans need updating, and how?'),
      l10n.t('What did you learn this month that you want to remember?'),
      l10n.t('Are you pursuing too many goals at once?'),
    ];
  },
  get quarterly(): readonly string[] {
    return [
      l10n.t('Which goals did you complete, and what made them work?'),
      l10n.t('Which goals should you revise, pause or let go of?'),
      l10n.t('Do your success metrics still measure what matters?'),
      l10n.t("What is next quarter's focus, and why?"),
      l10n.t('What changed in your circumstances that your plan should reflect?'),
    ];
  },
});

/** Token that keeps the built-in prompts when it starts a configured list. */
const KEEP_BUILT_INS = '...';

/** At most this many prompts per kind, each at most `MAX_PROMPT_LENGTH` characters. */
const MAX_PROMPTS = 30;
const MAX_PROMPT_LENGTH = 500;

export interface PromptsResult {
  prompts: string[];
  /** Problems with the setting, phrased for a person; the prompts are still usable. */
  warnings: string[];
}

/**
 * Merges the setting's value for `kind` with the built-ins. A list replaces them;
 * a list starting with `"..."` keeps them and adds its prompts after. Anything
 * malformed is skipped with a warning, and the built-ins are used when nothing
 * usable remains, so a review always has prompts.
 */
export function resolvePrompts(kind: ReviewKind, setting: unknown): PromptsResult {
  const builtIns = [...BUILT_IN_PROMPTS[kind]];
  const warnings: string[] = [];
  if (setting === undefined || setting === null) return { prompts: builtIns, warnings };
  if (typeof setting !== 'object' || Array.isArray(setting)) {
    return { prompts: builtIns, warnings: [l10n.t('careerGoals.reflectionPrompts must be an object with weekly, monthly and quarterly lists; using the built-in prompts.')] };
  }
  const value = (setting as Record<string, unknown>)[kind];
  if (value === undefined) return { prompts: builtIns, warnings };
  if (!Array.isArray(value)) {
    return { prompts: builtIns, warnings: [l10n.t('careerGoals.reflectionPrompts.{0} must be a list of text; using the built-in prompts.', kind)] };
  }
  const keep = value[0] === KEEP_BUILT_INS;
  const own: string[] = [];
  value.slice(keep ? 1 : 0).forEach((p, i) => {
    if (typeof p !== 'string') {
      warnings.push(l10n.t('careerGoals.reflectionPrompts.{0}[{1}] is not text and was skipped.', kind, keep ? i + 1 : i));
      return;
    }
    const t = p.trim();
    if (!t || t === KEEP_BUILT_INS) return;
    own.push(t.length > MAX_PROMPT_LENGTH ? t.slice(0, MAX_PROMPT_LENGTH) : t);
  });
  const merged = keep ? [...builtIns, ...own] : own;
  const unique = [...new Set(merged)];
  if (unique.length === 0) {
    if (!keep && value.length > 0) warnings.push(l10n.t('careerGoals.reflectionPrompts.{0} has no usable prompts; using the built-in prompts.', kind));
    return { prompts: builtIns, warnings };
  }
  if (unique.length > MAX_PROMPTS) warnings.push(l10n.t('careerGoals.reflectionPrompts.{0} has more than {1} prompts; only the first {1} are used.', kind, MAX_PROMPTS));
  return { prompts: unique.slice(0, MAX_PROMPTS), warnings };
}
