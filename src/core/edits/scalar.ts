/**
 * Writing scalar values so they read back as exactly the value meant, in the style
 * the file already uses: plain stays plain unless the value needs quotes.
 */

/** YAML source written as is: a validated date, or a value rendered elsewhere. */
export interface Raw {
  raw: string;
}

/** A single value an edit writes. */
export type ScalarValue = string | number | boolean | Raw;

/** Wraps already-valid YAML source so renderers write it verbatim. */
export function raw(source: string): Raw {
  return { raw: source };
}

/** Type guard for {@link Raw}. */
export function isRaw(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && typeof (v as Raw).raw === 'string' && !Array.isArray(v);
}

// Strings that some YAML reader (1.1 or 1.2) would take as null, a boolean or a number.
const KEYWORD = /^(?:~|null|Null|NULL|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|<<|=)$/;
// YAML 1.1 reads even `.` and `1.2.3` as floats.
const NUMBERISH = /^[-+]?(?=[0-9.])[0-9_]*(?:\.[0-9_.]*)?(?:[eE][-+]?[0-9]+)?$/;
const RADIX = /^[-+]?0[xob][0-9a-fA-F_]+$/;
const SEXAGESIMAL = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const SPECIAL_FLOAT = /^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/;
const TIMESTAMPISH = /^\d{4}-\d\d?-\d\d?(?:[Tt ]|$)/;
// Control characters are exactly what this must match.
// eslint-disable-next-line no-control-regex
const NON_PRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
const LEADING_INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

/**
 * True when `s` can be written without quotes and still read back as the same
 * string by any YAML reader. `flow` is true inside `[...]` or `{...}`, where commas
 * and brackets end a plain scalar. Deliberately conservative: when in doubt, quote.
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export function plainOk(s: string, flow: boolean): boolean {
  if (s.length === 0 || s !== s.trim() || NON_PRINTABLE.test(s)) return false;
  if (LEADING_INDICATOR.test(s)) return false;
  if (s.includes(': ') || s.includes(' #') || s.endsWith(':')) return false;
  if (flow && /[,[\]{}:]/.test(s)) return false;
  if (KEYWORD.test(s) || NUMBERISH.test(s) || RADIX.test(s) || SEXAGESIMAL.test(s) || SPECIAL_FLOAT.test(s) || TIMESTAMPISH.test(s)) return false;
  return true;
}

/**
 * A YAML double-quoted string. JSON escapes are valid YAML escapes; the extra
 * characters escaped here are ones YAML treats as line breaks or non-printable.
 */
export function doubleQuoted(s: string): string {
  return JSON.stringify(s).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** A YAML single-quoted string, or double-quoted when single quotes cannot hold it. */
function singleQuoted(s: string): string {
  return NON_PRINTABLE.test(s) ? doubleQuoted(s) : `'${s.replace(/'/g, "''")}'`;
}

/** Quote styles a scalar can keep; block styles are handled by the caller. */
export type QuoteStyle = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE';

/**
 * Source text for one scalar. Strings keep `style` (the style of the value being
 * replaced) when it can hold them; numbers and booleans are always plain.
 */
export function renderScalar(v: ScalarValue, flow: boolean, style: QuoteStyle = 'PLAIN'): string {
  if (isRaw(v)) return v.raw;
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (style === 'QUOTE_DOUBLE') return doubleQuoted(v);
  if (style === 'QUOTE_SINGLE') return singleQuoted(v);
  return plainOk(v, flow) ? v : doubleQuoted(v);
}
