/**
 * Dates for the time scales. goals.yaml and the journal hold zone-less `YYYY-MM-DD`
 * dates, and d3's time scales and intervals work in local time, so each date becomes
 * the local midnight of that calendar day (`new Date('YYYY-MM-DD')` would be UTC
 * midnight, the previous evening west of Greenwich).
 *
 * Positions are computed from whole day numbers, not milliseconds: a day with a DST
 * change is 23 or 25 hours long, and the same chart must come out the same in every
 * time zone (a report exported on a laptop and in CI). d3 still picks the ticks.
 */
import { scaleLinear, scaleTime } from 'd3-scale';
import { timeDay, timeMonth, timeYear } from 'd3-time';
import { timeFormat } from 'd3-time-format';
import { dayOf } from '../../core/time/dates';
import type { DisplayFormats } from '../../core/time/display';

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight of a `YYYY-MM-DD` day, or undefined when it is not a real day. */
export function localDate(iso: string): Date | undefined {
  const m = ISO_RE.exec(iso);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const date = new Date(y, mo - 1, d);
  // The Date constructor rolls 2026-02-30 over to March; refuse it instead.
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return undefined;
  // Years 0–99 are read as 1900–1999 by the constructor; set the year exactly.
  if (y < 100) date.setFullYear(y);
  return date;
}

/** Days a single-day domain is widened by on each side, so one point sits mid-axis. */
const LONE_DAY_PADDING = 7;

/**
 * The time domain over `dates`: first to last, or ±7 days around the only day (a new
 * plan has one point; a zero-width domain would put every tick on one pixel).
 */
export function timeDomain(dates: readonly Date[], fallback: Date): [Date, Date] {
  let lo: Date | undefined;
  let hi: Date | undefined;
  for (const d of dates) {
    if (!lo || d < lo) lo = d;
    if (!hi || d > hi) hi = d;
  }
  lo ??= fallback;
  hi ??= fallback;
  if (hi.getTime() - lo.getTime() < 86_400_000) return [timeDay.offset(lo, -LONE_DAY_PADDING), timeDay.offset(hi, LONE_DAY_PADDING)];
  return [lo, hi];
}

const formatDay = timeFormat('%b %-d');
const formatMonth = timeFormat('%b');
const formatYear = timeFormat('%Y');
const formatMonthYearEn = timeFormat('%b %Y');

/**
 * A local date in the display language's `formats` (`7. Dez.`, `Dez. 2026`); without
 * them (a file, not a screen), d3's English `fallback`.
 */
export function localeDate(date: Date, formats: DisplayFormats | undefined, options: Intl.DateTimeFormatOptions, fallback: (d: Date) => string): string {
  return formats ? formats.date(date, options) : fallback(date);
}

/**
 * A tick's label at the coarsest unit it falls on: the year on 1 January, the month
 * on the 1st, else month and day. d3's own multi-scale format reads "Sat 21" for day
 * ticks, which says less than "Nov 21". With `formats`, in the display language's words (`21. Nov.`).
 */
export function timeTickLabel(date: Date, formats?: DisplayFormats): string {
  if (timeMonth.floor(date) < date) return localeDate(date, formats, { month: 'short', day: 'numeric' }, formatDay);
  if (timeYear.floor(date) < date) return monthLabel(date, formats);
  return localeDate(date, formats, { year: 'numeric' }, formatYear);
}

/** `Nov`: a month's short name, in the display language's `formats` when given. */
export function monthLabel(date: Date, formats?: DisplayFormats): string {
  return localeDate(date, formats, { month: 'short' }, formatMonth);
}

/** `Nov 2026`: a month as the wins chart names it, in the display language's `formats` when given. */
export function formatMonthYear(date: Date, formats?: DisplayFormats): string {
  return localeDate(date, formats, { month: 'short', year: 'numeric' }, formatMonthYearEn);
}

/** A time scale over calendar days: d3's `scaleTime` ticks, positions by day number. */
export interface DayScale {
  (date: Date): number;
  /** d3 `scaleTime().ticks(count)` over the domain: local midnights on days, weeks, months or years. */
  ticks(count: number): Date[];
  range(): [number, number];
}

/**
 * The scale from `domain` (local midnights, at least a day apart, as {@link timeDomain}
 * gives) onto `range`. Tick dates come from d3's `scaleTime().ticks()`; with a domain
 * of two weeks or more they fall on local midnights, so their day numbers are exact.
 */
export function dayScale(domain: [Date, Date], range: [number, number]): DayScale {
  const time = scaleTime().domain(domain);
  const days = scaleLinear().domain([dayOf(domain[0]), dayOf(domain[1])]).range(range);
  const scale = ((date: Date) => days(dayOf(date))) as DayScale;
  scale.ticks = (count) => time.ticks(count);
  scale.range = () => [range[0], range[1]];
  return scale;
}
