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

/** The Date of an ISO day at UTC midnight, or undefined when `day` is not a real ISO day. */
function isoDate(day: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day ? undefined : date;
}

/**
 * Days, dates and numbers in one display language. Making an `Intl` formatter costs
 * about as much as a hundred formats, and a chart of two years writes a thousand days:
 * so a screen that writes many (a chart, a table) makes one of these and formats with
 * it, and each formatter is made once, when first needed.
 */
export interface DisplayFormats {
  /** The language tag the formats use (`en` when Intl did not know the one asked for). */
  readonly locale: string;
  /** `2026-12-07` as the language writes it; a string that is not an ISO day comes back unchanged. */
  day(day: string, style?: 'short' | 'medium' | 'long'): string;
  /** A local date with Intl `options` (`7. Dez.`, `Dez. 2026`). */
  date(date: Date, options: Intl.DateTimeFormatOptions): string;
  /** A number with at most `digits` decimals (`1,234.5`, `1.234,5`). */
  number(value: number, digits?: number): string;
}

/** The formats of `locale` (a BCP 47 tag; an unknown one writes English). */
export function displayFormats(locale: string): DisplayFormats {
  const tag = supported(locale);
  const days = new Map<string, Intl.DateTimeFormat>();
  const dates = new Map<string, Intl.DateTimeFormat>();
  const numbers = new Map<number, Intl.NumberFormat>();
  // A chart writes each day two or three times (its marker, its row, the description).
  const written = new Map<string, string>();
  return {
    locale: tag,
    day(day, style = 'medium') {
      const key = `${style} ${day}`;
      const known = written.get(key);
      if (known !== undefined) return known;
      const date = isoDate(day);
      if (!date) return day;
      let f = days.get(style);
      // UTC on both sides: the day a person typed is the day shown, in every time zone.
      if (!f) days.set(style, (f = new Intl.DateTimeFormat(tag, { dateStyle: style, timeZone: 'UTC' })));
      const text = f.format(date);
      written.set(key, text);
      return text;
    },
    date(date, options) {
      const key = JSON.stringify(options);
      let f = dates.get(key);
      if (!f) dates.set(key, (f = new Intl.DateTimeFormat(tag, options)));
      return f.format(date);
    },
    number(value, digits = 1) {
      if (!Number.isFinite(value)) return String(value);
      let f = numbers.get(digits);
      if (!f) numbers.set(digits, (f = new Intl.NumberFormat(tag, { maximumFractionDigits: digits })));
      return f.format(value);
    },
  };
}

/**
 * `2026-12-07` as the language writes it: "Dec 7, 2026", "07.12.2026". A string that
 * is not an ISO day comes back unchanged, so a typo stays visible as typed. For one
 * day; a screen that writes many uses displayFormats.
 */
export function displayDay(day: string, locale: string, style: 'short' | 'medium' | 'long' = 'medium'): string {
  return isoDate(day) ? displayFormats(locale).day(day, style) : day;
}

/** A number as the language writes it (`1,234.5`, `1.234,5`), with at most `digits` decimals. For one number; see displayFormats. */
export function displayNumber(value: number, locale: string, digits = 1): string {
  return Number.isFinite(value) ? displayFormats(locale).number(value, digits) : String(value);
}
