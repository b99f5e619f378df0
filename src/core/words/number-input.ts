/**
 * The one reading of a number a person types, shared by every input: Update Metric,
 * Add Goal, the review page's metric fields and the quarterly metrics section. A leaf
 * with no imports, so the review page's browser bundle uses the very same rule.
 *
 * What a person means:
 * - `3`, `-2`, `+4`, `2.5`, `.5`, `5.`: plain numbers.
 * - `1,000` and `12,345,678.5`: commas between groups of three digits are thousands.
 * - `2,5` and `0,75`: any other single comma is a decimal comma.
 * - `1e3`, `2.5E-2`: scientific notation, as people paste it from tools.
 * - Not numbers: hex, binary and octal (`0x10`, `0b11`, `0o7`), `Infinity`, `NaN`, a
 *   sign on its own or before a separator (`-,5`), two decimal points, or a mix of a
 *   decimal comma and a decimal point (`1.000,5`: ambiguous, so asked again).
 */
import * as l10n from '@vscode/l10n';

const PLAIN = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
/** First group 1–3 digits with no leading zero (except `0` itself can't lead), then `,ddd` groups. */
const THOUSANDS = /^([-+]?)([1-9]\d{0,2}(?:,\d{3})+)(\.\d+)?$/;
const DECIMAL_COMMA = /^([-+]?\d+),(\d+)$/;

/** A finite number from what a person typed, or undefined when it is not one (see the module comment). */
export function parseNumberInput(text: string): number | undefined {
  const t = text.trim();
  if (t.length === 0 || t.length > 64) return undefined;
  let normal: string | undefined;
  const grouped = THOUSANDS.exec(t);
  if (grouped) normal = `${grouped[1] ?? ''}${(grouped[2] ?? '').replace(/,/g, '')}${grouped[3] ?? ''}`;
  else {
    const comma = DECIMAL_COMMA.exec(t);
    normal = comma ? `${comma[1] ?? ''}.${comma[2] ?? ''}` : t;
  }
  if (!PLAIN.test(normal)) return undefined;
  const n = Number(normal);
  return Number.isFinite(n) ? n : undefined;
}

/** Why `text` is not a number, or undefined when it is. */
export function numberInputProblem(text: string): string | undefined {
  return parseNumberInput(text) === undefined ? l10n.t('Enter a number, such as 3, 2.5 or 1,000.') : undefined;
}
