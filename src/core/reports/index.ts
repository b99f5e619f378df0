/**
 * reports/: the brag document and the quarterly report. This file is the one import for
 * callers; period.ts holds the periods and file names, data.ts the facts a report
 * states, journal-body.ts what a report reads from a journal entry's body,
 * readable.ts whether a plan can be reported on, sections.ts the shared sections, brag.ts and quarterly.ts the two documents, brag-layout.ts the brag document's
 * reviewer-shaped layout, and
 * markdown.ts the Markdown pieces. It imports history/, analyze.ts, words/, time/,
 * model.ts and types.ts.
 *
 * Brag documents and quarterly reports: the pure builders behind
 * `careerGoals.exportBragDocument`, `careerGoals.exportQuarterlyReport` and
 * `career-goals export`. One import for the callers; the parts live beside it in reports/.
 */
export {
  PERIOD_CHOICES,
  PERIOD_CHOICE_LABELS,
  customPeriod,
  periodOf,
  periodOfSpec,
  quarterPeriod,
  reportFiles,
  reportHtmlFile,
  type ReportKind,
  type ReportPeriod,
} from './period';
export { bragDocument } from './brag';
export { BRAG_LAYOUTS, DEFAULT_GROWING_OTHERS, type BragLayout } from './brag-layout';
export { unreadableProblem } from './readable';
export { quarterlyReport } from './quarterly';
