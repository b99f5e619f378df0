/**
 * The names of the files reports are written to: `brag-2026-Q4.md`, and a free name
 * beside the ones already there, so a second export never overwrites the first.
 */

/** The kinds of report, which name their files (`brag-…`, `report-…`). */
export type ReportKind = 'brag' | 'report';

/** `brag-2026-Q4.md`, `report-2026-Q4.md`, `brag-2025-12-01_2026-11-30.md`. */
export function reportFileName(kind: ReportKind, period: { label: string }, ext = 'md'): string {
  return `${kind}-${period.label}.${ext}`;
}

/**
 * Gives up after this many reports of one kind and period rather than probe forever.
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export const MAX_REPORT_SUFFIX = 1000;

/**
 * Names for a report and its companions (the chart beside the Markdown) with one shared
 * suffix, the first for which no name is taken: `name`, or with `-2`, `-3`… before its
 * extension (`brag-2026-Q4-2.md` with `brag-2026-Q4-2.svg`), compared without case, as
 * macOS and Windows file systems do, so a second export never overwrites the first.
 * Undefined after {@link MAX_REPORT_SUFFIX}. `companionExts` are extensions without the dot.
 */
export function uniqueReportFiles(name: string, companionExts: readonly string[], existing: Iterable<string>): string[] | undefined {
  const taken = new Set<string>();
  for (const e of existing) taken.add(e.toLowerCase());
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  for (let n = 1; n <= MAX_REPORT_SUFFIX; n++) {
    const base = n === 1 ? stem : `${stem}-${n}`;
    const names = [`${base}${ext}`, ...companionExts.map((c) => `${base}.${c}`)];
    if (names.every((x) => !taken.has(x.toLowerCase()))) return names;
  }
  return undefined;
}

