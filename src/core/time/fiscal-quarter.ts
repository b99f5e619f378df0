/**
 * Quarters, halves and years of a year that starts in any month (`rhythm.year_starts`),
 * on ISO days. With a January start they are the calendar's, labelled `2026-Q4`,
 * `2026-H2`, `2026`. Any other start names a span by the year its fiscal year ends in,
 * the common convention: with a February start, 2026-11-01 … 2027-01-31 is `FY2027-Q4`.
 * The start month is always an argument (1–12), never a setting read here.
 */
import * as l10n from '@vscode/l10n';
import { addMonths, getMonth, getYear } from 'date-fns';
import { dayAsDate, dayOfDate, dayToIso, parseIsoDay } from './dates';

/** The month (1 = January … 12 = December) a year starts in; 1 is the calendar year. */
export type YearStart = number;

/** A quarter label read apart: `FY2027-Q3` is `{ year: 2027, quarter: 3, fiscal: true }`. */
export interface QuarterName {
  /** The year in the label: the calendar year, or the year the fiscal year ends in. */
  year: number;
  quarter: 1 | 2 | 3 | 4;
  /** Written with `FY`: a year that does not start in January. */
  fiscal: boolean;
}

/** First and last day of a span, both included, as ISO days. */
export interface DayBounds {
  start: string;
  end: string;
}

/** A month's name in the display language, for messages (`monthName(4)` is `April`). */
function monthName(month: number): string {
  switch (month) {
    case 2:
      return l10n.t('February');
    case 3:
      return l10n.t('March');
    case 4:
      return l10n.t('April');
    case 5:
      return l10n.t('May');
    case 6:
      return l10n.t('June');
    case 7:
      return l10n.t('July');
    case 8:
      return l10n.t('August');
    case 9:
      return l10n.t('September');
    case 10:
      return l10n.t('October');
    case 11:
      return l10n.t('November');
    case 12:
      return l10n.t('December');
    default:
      return l10n.t('January');
  }
}

/** `FY2027-Q3` or `2026-Q4`; the letters in any case, spaces around it ignored. */
const LABEL_RE = /^(FY)?(\d{4})-Q([1-4])$/i;

/** Whether `yearStarts` names a month; anything else is read as January, the calendar year. */
function startMonth(yearStarts: YearStart | undefined): number {
  return yearStarts !== undefined && Number.isInteger(yearStarts) && yearStarts >= 1 && yearStarts <= 12 ? yearStarts : 1;
}

/** The name of a start month in the display language, for messages: `April`. */
export function yearStartName(yearStarts: YearStart | undefined): string {
  return monthName(startMonth(yearStarts));
}

/** Four digits always, so `0999-Q4` stays a label. */
const year4 = (y: number): string => String(y).padStart(4, '0');

/** The label of a name: `2026-Q4` or `FY2027-Q3`. */
export function quarterName(q: QuarterName): string {
  return `${q.fiscal ? 'FY' : ''}${year4(q.year)}-Q${q.quarter}`;
}

/** Reads `2026-Q4` or `FY2027-Q3` (any case, trimmed) apart; undefined when it is neither. */
export function parseQuarterName(text: string): QuarterName | undefined {
  const m = LABEL_RE.exec(text.trim());
  if (!m) return undefined;
  return { year: Number(m[2]), quarter: Number(m[3]) as QuarterName['quarter'], fiscal: m[1] !== undefined };
}

/**
 * Where a day sits in the year starting in month `s`: the calendar year the year starts
 * in, and the month into that year (0–11). Months are counted from year 0 so that one
 * division does it for every start.
 */
function placeOf(day: number, s: number): { startYear: number; month: number } {
  const date = dayAsDate(day);
  const months = getYear(date) * 12 + getMonth(date) - (s - 1);
  const startYear = Math.floor(months / 12);
  return { startYear, month: months - startYear * 12 };
}

/** The label year of a year that starts in `startYear`: itself for January, else the year it ends in. */
const labelYear = (startYear: number, s: number): number => (s === 1 ? startYear : startYear + 1);

/** Day number of the first day of month `month` (0-based, may pass 11) of the year starting in `startYear`, month `s`. */
function monthStart(startYear: number, s: number, month: number): number | undefined {
  const abs = startYear * 12 + (s - 1) + month;
  const y = Math.floor(abs / 12);
  if (y < 0 || y > 9999) return undefined;
  const day = parseIsoDay(`${year4(y)}-${String((abs % 12) + 1).padStart(2, '0')}-01`);
  return typeof day === 'number' ? day : undefined;
}

/** The span of `months` months from `first`, as ISO bounds. */
function boundsFrom(first: number, months: number): DayBounds {
  return { start: dayToIso(first), end: dayToIso(dayOfDate(addMonths(dayAsDate(first), months)) - 1) };
}

/** Whether a label's convention fits the start month: `FY` exactly when the year does not start in January. */
function fitsYearStart(q: QuarterName, yearStarts: YearStart | undefined): boolean {
  return q.fiscal === (startMonth(yearStarts) !== 1);
}

/**
 * The quarter that holds ISO day `iso` in a year starting in month `yearStarts`:
 * `2026-11-21` is `2026-Q4` from January, `FY2027-Q3` from April, `FY2027-Q4` from
 * February. Undefined for a day that is not real.
 */
export function fiscalQuarterOf(iso: string, yearStarts?: YearStart): string | undefined {
  const day = parseIsoDay(iso);
  if (typeof day !== 'number') return undefined;
  const s = startMonth(yearStarts);
  const { startYear, month } = placeOf(day, s);
  return quarterName({ year: labelYear(startYear, s), quarter: (Math.floor(month / 3) + 1) as QuarterName['quarter'], fiscal: s !== 1 });
}

/**
 * First and last day of the quarter `label` names in a year starting in month
 * `yearStarts`. Undefined for a malformed label, and for one written in the other
 * convention (`FY…` with a January start, a plain `2026-Q4` with any other), which
 * names no quarter of this year: see {@link readQuarter} for the words.
 */
export function fiscalQuarterBounds(label: string, yearStarts?: YearStart): DayBounds | undefined {
  const q = parseQuarterName(label);
  if (!q || !fitsYearStart(q, yearStarts)) return undefined;
  const s = startMonth(yearStarts);
  const first = monthStart(s === 1 ? q.year : q.year - 1, s, (q.quarter - 1) * 3);
  return first === undefined ? undefined : boundsFrom(first, 3);
}

/**
 * The quarter `by` quarters after `label` (before it when negative), in the label's own
 * convention: `FY2027-Q4` → `FY2028-Q1`, `2026-Q4` → `2027-Q1`. The start month does not
 * matter: quarters follow each other the same way in every year. Undefined for a
 * malformed label or a year outside 0–9999.
 */
export function shiftQuarterName(label: string, by: number): string | undefined {
  const q = parseQuarterName(label);
  if (!q) return undefined;
  const index = q.year * 4 + q.quarter - 1 + by;
  const year = Math.floor(index / 4);
  if (year < 0 || year > 9999) return undefined;
  return quarterName({ year, quarter: (index - year * 4 + 1) as QuarterName['quarter'], fiscal: q.fiscal });
}

/** A half or a whole year of a year starting in month `yearStarts`, with its label. */
export interface YearSpan extends DayBounds {
  /** `2026-H2`, `2026`, or with another start `FY2027-H1`, `FY2027`. */
  label: string;
}

/**
 * The half (`months` 6) or year (`months` 12) holding ISO day `iso`, in a year starting
 * in month `yearStarts`. Undefined for a day that is not real.
 */
export function fiscalSpanOf(iso: string, months: 6 | 12, yearStarts?: YearStart): YearSpan | undefined {
  const day = parseIsoDay(iso);
  if (typeof day !== 'number') return undefined;
  const s = startMonth(yearStarts);
  const { startYear, month } = placeOf(day, s);
  const into = months === 12 ? 0 : month - (month % 6);
  const first = monthStart(startYear, s, into);
  if (first === undefined) return undefined;
  const year = `${s === 1 ? '' : 'FY'}${year4(labelYear(startYear, s))}`;
  return { ...boundsFrom(first, months), label: months === 12 ? year : `${year}-H${into / 6 + 1}` };
}

/** A quarter label read against the start month: the label and its days, or what is wrong and, when clear, the label meant. */
export type QuarterRead = { ok: true; label: string; bounds: DayBounds } | { ok: false; error: string; suggestion?: string; sameDays?: boolean };

/**
 * Reads a quarter label as a person wrote it (`fy2027-q3` is read as `FY2027-Q3`) for a
 * year starting in month `yearStarts`, or says what is wrong in words fit for a person:
 * not a label at all, or a label in the other convention. For the latter `suggestion`
 * is the quarter meant: the one holding the written quarter's first day, with
 * `sameDays` true when the two cover exactly the same days (an April, July or October
 * start and a calendar label), so a fix can be offered without a doubt.
 */
export function readQuarter(text: string, yearStarts?: YearStart): QuarterRead {
  const s = startMonth(yearStarts);
  const example = s === 1 ? '2026-Q4' : (fiscalQuarterOf('2026-11-21', s) ?? 'FY2027-Q3');
  const q = parseQuarterName(text);
  if (!q) {
    const error =
      s === 1
        ? l10n.t('"{0}" is not a quarter: write it as YYYY-Qn, for example 2026-Q4.', clipLabel(text))
        : l10n.t(
            '"{0}" is not a quarter: write it as FYyyyy-Qn, named by the year the fiscal year ends in, for example {1} (the quarter holding 2026-11-21 when the year starts in {2}).',
            clipLabel(text),
            example,
            monthName(s),
          );
    return { ok: false, error };
  }
  const label = quarterName(q);
  if (fitsYearStart(q, s)) {
    const bounds = fiscalQuarterBounds(label, s);
    return bounds ? { ok: true, label, bounds } : { ok: false, error: l10n.t('{0} is outside the years 0000 to 9999.', label) };
  }
  // The other convention. `FY2026-Q4` in a January year can only mean `2026-Q4`: a
  // fiscal year that starts in January is the calendar year. A calendar label in a
  // fiscal year is matched by its first day.
  const written = fiscalQuarterBounds(quarterName({ ...q, fiscal: false }), 1);
  const suggestion = s === 1 ? quarterName({ ...q, fiscal: false }) : written ? fiscalQuarterOf(written.start, s) : undefined;
  const meant = suggestion ? fiscalQuarterBounds(suggestion, s) : undefined;
  const sameDays = !!written && !!meant && written.start === meant.start && written.end === meant.end;
  const why =
    s === 1
      ? l10n.t('{0} is not a quarter of this plan: the year starts in January (no `rhythm.year_starts`, or `january`), so quarters are calendar quarters written YYYY-Qn, without FY.', label)
      : l10n.t('{0} is not a quarter of this plan: the year starts in {1} (`rhythm.year_starts`), so quarters are written FYyyyy-Qn, named by the year the fiscal year ends in.', label, monthName(s));
  const hint =
    !suggestion || !meant
      ? ''
      : sameDays
        ? ` ${l10n.t('Did you mean {0} ({1} to {2})?', suggestion, meant.start, meant.end)}`
        : ` ${l10n.t('The quarter holding {0} is {1} ({2} to {3}).', written?.start ?? '', suggestion, meant.start, meant.end)}`;
  return { ok: false, error: `${why}${hint}`, ...(suggestion && meant && { suggestion, sameDays }) };
}

/** A label as quoted in a message: one line, at most 40 characters. */
function clipLabel(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > 40 ? `${one.slice(0, 39)}…` : one;
}
