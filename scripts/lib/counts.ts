/**
 * How each test stage hands its counts to `npm test` (scripts/test-all.js): as JSON in
 * the file that test-all names in CAREER_GOALS_COUNTS_FILE, written from the test
 * runner's own structured results (mocha's stats, the extension host's result record),
 * never scraped from the text a reporter prints. Outside `npm test` nothing is written.
 */
import * as fs from 'node:fs';

/** The environment variable test-all.js sets to a fresh file per stage (the name is test-all's). */
const COUNTS_FILE_ENV = 'CAREER_GOALS_COUNTS_FILE';

/** A stage's tests: the same three numbers every runner reports. */
export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
}

/** Writes `counts` where test-all.js reads them, when it asked for them. */
export function writeCounts(counts: TestCounts): void {
  const file = process.env[COUNTS_FILE_ENV];
  if (file) fs.writeFileSync(file, `${JSON.stringify(counts)}\n`);
}

/** The counts of a mocha run, from its stats. */
export function countsOfMocha(stats: { passes: number; failures: number; pending: number } | undefined): TestCounts {
  return { passed: stats?.passes ?? 0, failed: stats?.failures ?? 0, skipped: stats?.pending ?? 0 };
}

/** `N passed, M failed[, K skipped]`: the line every runner ends with, for people to read. */
export function formatCounts(c: TestCounts): string {
  return `${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`;
}
