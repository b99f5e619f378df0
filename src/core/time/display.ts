/**
 * Days and numbers as the display language writes them, for what a person reads on a
 * screen (the Goals view, the status bar, the panels, notifications). The plan, the
 * journal and every file a tool reads keep ISO days and plain numbers.
 */

/** Falls back to English when the language tag is one `Intl` does not know. */
function supported(locale: string): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length ? locale : 'en';
  } catch {
    return 'en';
  }
}

/**
 * `2026-12-07` as the language writes it: "Dec 7, 2026", "07.12.2026". A string that
 * is not an ISO day comes back unchanged, so a typo stays visible as typed.
 */
export function displayDay(day: string, locale: string, style: 'short' | 'medium' | 'long' = 'medium'): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) return day;
  // UTC on both sides: the day a person typed is the day shown, in every time zone.
  return new Intl.DateTimeFormat(supported(locale), { dateStyle: style, timeZone: 'UTC' }).format(date);
}

/** A number as the language writes it (`1,234.5`, `1.234,5`), with at most `digits` decimals. */
export function displayNumber(value: number, locale: string, digits = 1): string {
  if (!Number.isFinite(value)) return String(value);
  return new Intl.NumberFormat(supported(locale), { maximumFractionDigits: digits }).format(value);
}
