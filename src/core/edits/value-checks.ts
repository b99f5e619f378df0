/**
 * Light validation of values before they are written, so an edit never puts into the
 * file something the parser would then reject.
 */
import { primitiveText } from '../text/primitive-text';
import { parseIsoDay } from '../time/dates';
import { refuse } from './context';
import { raw, type Raw } from './scalar';

/** A real calendar date `YYYY-MM-DD`, written plain; refuses anything else. */
export function isoDate(value: unknown, what: string): Raw {
  const s = String(value);
  if (typeof parseIsoDay(s) === 'number') return raw(s);
  return refuse(`${what} must be a date written YYYY-MM-DD, not "${s}".`);
}

/** A finite number (numeric strings accepted); refuses anything else. */
export function finiteNumber(value: unknown, what: string): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n)) return refuse(`${what} must be a finite number, not "${String(value)}".`);
  return n;
}

/**
 * A non-empty single-line text; refuses empty or multi-line input. A number or boolean
 * counts as its text; a list or object is refused, as it has none to write.
 */
export function text(value: unknown, what: string, multiline = false): string {
  const s = value === undefined || value === null ? '' : primitiveText(value);
  if (s === undefined) return refuse(`${what} must be text, not ${Array.isArray(value) ? 'a list' : 'an object'}.`);
  if (s.trim() === '') return refuse(`${what} must not be empty.`);
  if (!multiline && /[\r\n]/.test(s)) return refuse(`${what} must be a single line.`);
  return s;
}

/** One of the allowed words; refuses others, listing them. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (allowed.includes(value as T)) return value as T;
  return refuse(`${what} must be one of ${allowed.join(', ')}, not "${String(value)}".`);
}
