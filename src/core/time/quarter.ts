/**
 * Calendar quarters as `YYYY-Qn` labels, the format of `focus.quarter`. Work on ISO
 * dates so callers never meet time zones.
 */
import { dayToIso, parseIsoDay } from './dates';

const LABEL_RE = /^(\d{4})-Q([1-4])$/;

/** The quarter label of an ISO date, e.g. `2026-11-21` → `2026-Q4`. Undefined for an invalid date. */
export function quarterOf(iso: string): string | undefined {
  if (typeof parseIsoDay(iso) !== 'number') return undefined;
  const month = Number(iso.slice(5, 7));
  return `${iso.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

/** The quarter after `label`, e.g. `2026-Q4` → `2027-Q1`. Undefined for a malformed label. */
export function nextQuarter(label: string): string | undefined {
  const m = LABEL_RE.exec(label);
  if (!m) return undefined;
  const year = Number(m[1]);
  const q = Number(m[2]);
  // Four digits always, so `0999-Q4` → `1000-Q1` and `0001-Q1` → `0001-Q2` stay labels.
  const y4 = (n: number): string => String(n).padStart(4, '0');
  return q === 4 ? `${y4(year + 1)}-Q1` : `${y4(year)}-Q${q + 1}`;
}

/** First and last ISO day of a quarter, or undefined for a malformed label. */
export function quarterBounds(label: string): { start: string; end: string } | undefined {
  const m = LABEL_RE.exec(label);
  if (!m) return undefined;
  const year = label.slice(0, 4); // LABEL_RE's first group: the label starts with the year
  const q = Number(m[2]);
  const startMonth = String((q - 1) * 3 + 1).padStart(2, '0');
  const start = `${year}-${startMonth}-01`;
  // The day before the next quarter's first, within the same year (Q4 ends on 31 December, even in 9999).
  if (q === 4) return { start, end: `${year}-12-31` };
  const nextStart = `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  return { start, end: dayToIso((parseIsoDay(nextStart) as number) - 1) };
}

