/**
 * The periods a brag document or quarterly report covers, and the names of the files
 * they are written to (file-names.ts makes the names). Pure: "today" is always an argument, read as the caller's
 * local calendar date, and every bound is an inclusive ISO day.
 */
import * as l10n from '@vscode/l10n';
import { addDays, subYears } from 'date-fns';
import { clip } from '../text/clip';
import { reportFileName, uniqueReportFiles } from './file-names';
import { dayAsDate, dayOf, dayOfDate, dayToIso, parseIsoDay, todayIso } from '../time/dates';
import type { IsoDate } from '../model';
import type { ReportKind } from './file-names';

export type { ReportKind } from './file-names';
import { fiscalQuarterBounds, fiscalQuarterOf, fiscalSpanOf, readQuarter, shiftQuarterName, type YearStart } from '../time/fiscal-quarter';

/** The periods offered by name (the VS Code picker, `career-goals export --period`). */
export const PERIOD_CHOICES = ['this-quarter', 'last-quarter', 'this-half', 'this-year', 'last-12-months'] as const;
export type PeriodChoice = (typeof PERIOD_CHOICES)[number];

/** Words for each choice, for a picker. */
export const PERIOD_CHOICE_LABELS: Readonly<Record<PeriodChoice, string>> = Object.freeze({
  // Getters: the words are read in the display language when used, not when the module loads.
  get 'this-quarter'(): string {
    return l10n.t('This quarter');
  },
  get 'last-quarter'(): string {
    return l10n.t('Last quarter');
  },
  get 'this-half'(): string {
    return l10n.t('This half');
  },
  get 'this-year'(): string {
    return l10n.t('This year');
  },
  get 'last-12-months'(): string {
    return l10n.t('Last 12 months');
  },
});

/** A report's period: inclusive bounds and the label that names it. */
export interface ReportPeriod {
  kind: 'quarter' | 'half' | 'year' | 'custom';
  /** First day, inclusive. */
  from: IsoDate;
  /** Last day, inclusive. */
  to: IsoDate;
  /**
   * `2026-Q4`, `2026-H2`, `2026`, or `2025-12-01_2026-11-30` for any other span; with a
   * year that starts in another month than January (`rhythm.year_starts`), `FY2027-Q3`,
   * `FY2027-H1`, `FY2027`.
   */
  label: string;
}

/** A period, or what is wrong with the input, in words fit for a person. */
export type PeriodResult = { ok: true; period: ReportPeriod } | { ok: false; error: string };

/** A span by its dates, labelled `from_to`. */
function span(from: IsoDate, to: IsoDate): ReportPeriod {
  return { kind: 'custom', from, to, label: `${from}_${to}` };
}

/** The quarter named by a valid label of a year starting in month `yearStarts` (the caller has checked it). */
function quarter(label: string, yearStarts: YearStart | undefined): ReportPeriod {
  // Non-null: every caller passes a label fiscalQuarterOf made or readQuarter checked.
  const b = fiscalQuarterBounds(label, yearStarts)!;
  return { kind: 'quarter', from: b.start, to: b.end, label };
}

/**
 * The period a choice names on `today`: the quarter, half or year that holds today
 * (whole, even though part of it is still ahead), the quarter before, or the 12 months
 * ending today (`2025-12-01` to `2026-11-30` on 2026-11-30). Quarters, halves and years
 * are those of a year starting in month `yearStarts` (`rhythm.year_starts`; January
 * when undefined), so with `february` on 2026-11-21 this quarter is `FY2027-Q4`,
 * 2026-11-01 to 2027-01-31.
 */
export function periodOf(choice: PeriodChoice, today: Date, yearStarts?: YearStart): ReportPeriod {
  const day = dayOf(today);
  const iso = dayToIso(day);
  const date = dayAsDate(day);
  const isoOf = (d: Date): IsoDate => dayToIso(dayOfDate(d));
  // Non-null: a real day is in a quarter, a half and a year.
  const thisQuarter = fiscalQuarterOf(iso, yearStarts)!;
  switch (choice) {
    case 'this-quarter':
      return quarter(thisQuarter, yearStarts);
    case 'last-quarter':
      return quarter(shiftQuarterName(thisQuarter, -1) ?? thisQuarter, yearStarts);
    case 'this-half': {
      const half = fiscalSpanOf(iso, 6, yearStarts)!;
      return { kind: 'half', from: half.start, to: half.end, label: half.label };
    }
    case 'this-year': {
      const year = fiscalSpanOf(iso, 12, yearStarts)!;
      return { kind: 'year', from: year.start, to: year.end, label: year.label };
    }
    case 'last-12-months':
      // date-fns moves 29 February a year back to the 28th, so the span starts on 1 March.
      return span(isoOf(addDays(subYears(date, 1), 1)), iso);
  }
}

/** Reads a period choice such as `last-quarter`; undefined when it is none. */
function parsePeriodChoice(text: string): PeriodChoice | undefined {
  return (PERIOD_CHOICES as readonly string[]).includes(text) ? (text as PeriodChoice) : undefined;
}

/**
 * The quarter a label names in a year starting in month `yearStarts`: `2026-Q4` with a
 * January start (or none), `FY2027-Q3` with any other (letters in any case), or why
 * not, naming the label meant when the other convention was written.
 */
export function quarterPeriod(text: string, yearStarts?: YearStart): PeriodResult {
  const r = readQuarter(text, yearStarts);
  return r.ok ? { ok: true, period: { kind: 'quarter', from: r.bounds.start, to: r.bounds.end, label: r.label } } : { ok: false, error: r.error };
}

/**
 * A custom span from `from` to `to`, both inclusive `YYYY-MM-DD` days, or what is wrong:
 * a date not written `YYYY-MM-DD`, a day that does not exist (2026-02-30), or a start
 * after the end. A span that is exactly a quarter, half or year keeps its dates as the
 * label: the person chose dates, so the file is named by them.
 */
export function customPeriod(from: string, to: string): PeriodResult {
  const a = dateProblem('start', from);
  if (a) return { ok: false, error: a };
  const b = dateProblem('end', to);
  if (b) return { ok: false, error: b };
  if (from > to) return { ok: false, error: l10n.t('The start date {0} is after the end date {1}: the period must start on or before the day it ends.', from, to) };
  return { ok: true, period: span(from, to) };
}

/**
 * A period as a caller names it: a quarter (`2026-Q4`), one of {@link PERIOD_CHOICES},
 * or dates (a brag document only; `to` defaults to today). The command line's flags and
 * the export commands' arguments both come down to it.
 */
export interface PeriodSpec {
  quarter?: string;
  choice?: string;
  from?: string;
  to?: string;
}

/** Why a {@link PeriodSpec} names no period; each caller words it in its own terms. */
export type PeriodSpecProblem =
  /** `quarter` is not a quarter; `error` is {@link quarterPeriod}'s. */
  | { problem: 'quarter'; error: string }
  /** `choice` is not one of {@link PERIOD_CHOICES}. */
  | { problem: 'choice'; choice: string }
  /** A quarterly report was asked for a period that is not a quarter. */
  | { problem: 'not-a-quarter'; choice: PeriodChoice }
  /** The dates are not a period; `error` is {@link customPeriod}'s. */
  | { problem: 'dates'; error: string };

/**
 * The period `spec` names for a report of `kind`, looking at the quarter, then the
 * choice, then (a brag document only) the dates; undefined when it names none.
 * Quarters, halves and years are those of a year starting in month `yearStarts`.
 */
export function periodOfSpec(kind: ReportKind, spec: PeriodSpec, today: Date, yearStarts?: YearStart): { ok: true; period: ReportPeriod } | ({ ok: false } & PeriodSpecProblem) | undefined {
  if (spec.quarter !== undefined) {
    const r = quarterPeriod(spec.quarter, yearStarts);
    return r.ok ? r : { ok: false, problem: 'quarter', error: r.error };
  }
  if (spec.choice !== undefined) {
    const choice = parsePeriodChoice(spec.choice);
    if (!choice) return { ok: false, problem: 'choice', choice: spec.choice };
    const period = periodOf(choice, today, yearStarts);
    return kind === 'report' && period.kind !== 'quarter' ? { ok: false, problem: 'not-a-quarter', choice } : { ok: true, period };
  }
  if (kind === 'brag' && spec.from !== undefined) {
    const r = customPeriod(spec.from, spec.to ?? todayIso(today));
    return r.ok ? r : { ok: false, problem: 'dates', error: r.error };
  }
  return undefined;
}

/** What is wrong with one bound of a custom period, or undefined when it is a real day. */
function dateProblem(which: 'start' | 'end', text: string): string | undefined {
  const r = parseIsoDay(text);
  if (r === 'format') {
    return which === 'start'
      ? l10n.t('The start date "{0}" is not written YYYY-MM-DD (for example 2026-10-01).', clip(text))
      : l10n.t('The end date "{0}" is not written YYYY-MM-DD (for example 2026-10-01).', clip(text));
  }
  if (r === 'impossible') return which === 'start' ? l10n.t('The start date {0} is not a real calendar date.', text) : l10n.t('The end date {0} is not a real calendar date.', text);
  return undefined;
}

/** True when ISO day `iso` falls inside the period (bounds included). */
export function inPeriod(iso: IsoDate, period: Pick<ReportPeriod, 'from' | 'to'>): boolean {
  return iso >= period.from && iso <= period.to;
}

/** The report's HTML file name for a period (`brag-2026-Q4.html`), never one of `existing`. */
export function reportHtmlFile(kind: ReportKind, period: Pick<ReportPeriod, 'label'>, existing: Iterable<string>): string | undefined {
  return uniqueReportFiles(reportFileName(kind, period, 'html'), [], existing)?.[0];
}

/** The report's Markdown and chart file names for a period, never one of `existing`. */
export function reportFiles(kind: ReportKind, period: Pick<ReportPeriod, 'label'>, existing: Iterable<string>): { markdown: string; chart: string } | undefined {
  const [markdown, chart] = uniqueReportFiles(reportFileName(kind, period), ['svg'], existing) ?? [];
  return markdown !== undefined && chart !== undefined ? { markdown, chart } : undefined;
}
