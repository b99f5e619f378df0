/**
 * Brag documents and quarterly reports: the pure builders behind
 * `careerGoals.exportBragDocument`, `careerGoals.exportQuarterlyReport` and
 * `career-goals export`. One import for the callers; the parts live in report-*.ts.
 */
export {
  PERIOD_CHOICES,
  PERIOD_CHOICE_LABELS,
  MAX_REPORT_SUFFIX,
  customPeriod,
  inPeriod,
  parsePeriodChoice,
  periodOf,
  quarterPeriod,
  reportFileName,
  reportFiles,
  uniqueFileName,
  uniqueReportFiles,
  type PeriodChoice,
  type PeriodResult,
  type ReportKind,
  type ReportPeriod,
} from './report-period';
export { journalFacts, type JournalFacts, type ReportJournalEntry } from './report-journal';
export type { ReportSources } from './report-data';
export { bragDocument, type ReportOptions } from './report-brag';
export { quarterlyReport } from './report-quarterly';
