/**
 * Calendar quarters as `YYYY-Qn` labels: the quarters of fiscal-quarter.ts with a
 * January start, for the places that have no plan to read `rhythm.year_starts` from.
 * Each takes the start month too, so a caller that has one passes it through.
 */
import { fiscalQuarterBounds, fiscalQuarterOf, shiftQuarterName, type DayBounds, type YearStart } from './fiscal-quarter';

/** The quarter label of an ISO date, e.g. `2026-11-21` → `2026-Q4` (`FY2027-Q3` from April). Undefined for an invalid date. */
export function quarterOf(iso: string, yearStarts?: YearStart): string | undefined {
  return fiscalQuarterOf(iso, yearStarts);
}

/** The quarter `by` quarters after `label` (before it when negative), e.g. `2026-Q4` → `2027-Q1`. Undefined for a malformed label. */
export function shiftQuarter(label: string, by: number): string | undefined {
  return shiftQuarterName(label, by);
}

/** The quarter after `label`, e.g. `2026-Q4` → `2027-Q1`, `FY2027-Q4` → `FY2028-Q1`. Undefined for a malformed label. */
export function nextQuarter(label: string): string | undefined {
  return shiftQuarterName(label, 1);
}

/** First and last ISO day of a quarter, or undefined for a malformed label or one in the other convention. */
export function quarterBounds(label: string, yearStarts?: YearStart): DayBounds | undefined {
  return fiscalQuarterBounds(label, yearStarts);
}
