/**
 * The words of `rhythm:`, read into the model's values, or what is wrong with them in
 * words fit for a person. Case does not matter: `Friday` reads as `friday`.
 */
import * as l10n from '@vscode/l10n';
import { MONTHS, WEEKDAYS, type MonthlyDay, type Weekday } from '../model';

/** A value, or why it is not one. */
export type SpecResult<T> = { ok: true; value: T } | { ok: false; error: string };

const list = (xs: readonly string[]): string => xs.map((x) => `\`${x}\``).join(', ');

/** `friday` → friday; anything else says which days there are. */
export function readWeekday(text: string, field: string): SpecResult<Weekday> {
  const w = text.trim().toLowerCase();
  return (WEEKDAYS as readonly string[]).includes(w)
    ? { ok: true, value: w as Weekday }
    : { ok: false, error: l10n.t('`{0}` must be a day of the week ({1} or `sunday`), not `{2}`.', field, list(WEEKDAYS.slice(1)), text) };
}

/** `1`–`28`, `last`, `first-<weekday>` or `last-<weekday>`. */
export function readMonthlyDay(value: string | number, field: string): SpecResult<MonthlyDay> {
  const wrong: SpecResult<MonthlyDay> = {
    ok: false,
    error: l10n.t(
      '`{0}` must be a day of the month from 1 to 28, `last`, or `first-<weekday>` / `last-<weekday>` such as `last-friday`, not `{1}`. Days after the 28th are not in every month: use `last`.',
      field,
      String(value),
    ),
  };
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= 28 ? { ok: true, value: { kind: 'day', day: value } } : wrong;
  const t = value.trim().toLowerCase();
  if (/^\d+$/.test(t)) return readMonthlyDay(Number(t), field);
  if (t === 'last') return { ok: true, value: { kind: 'last-day' } };
  const m = /^(first|last)-([a-z]+)$/.exec(t);
  if (m && (WEEKDAYS as readonly string[]).includes(m[2] ?? '')) return { ok: true, value: { kind: m[1] as 'first' | 'last', weekday: m[2] as Weekday } };
  return wrong;
}

/** `april` → 4. */
export function readMonth(text: string, field: string): SpecResult<number> {
  const i = (MONTHS as readonly string[]).indexOf(text.trim().toLowerCase());
  return i >= 0 ? { ok: true, value: i + 1 } : { ok: false, error: l10n.t('`{0}` must be the name of a month, `january` to `december`, not `{1}`.', field, text) };
}
