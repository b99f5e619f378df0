/**
 * Turns what the workbench forwards to `codeAutomationLog(type, args)` back into
 * readable lines on stdout: mocha's report (marked by test/integration/index.ts) always,
 * errors and warnings unless known to be harmless, the rest only when verbose. Also
 * picks out the result line with mocha's totals.
 */
import { format } from 'node:util';
import { MOCHA_LINE_MARK, RESULT_PREFIX } from '../../test/integration/marks';

/** Mocha's totals as reported by test/integration/index.ts. */
export interface Counts {
  passes: number;
  failures: number;
  pending: number;
}

/**
 * Workbench errors and warnings that every offline run logs and that say nothing about the
 * extension: the extension gallery look-up, the file service noting a folder that does
 * not exist yet (the extension handles that itself), and run()'s own rejection, which
 * only repeats mocha's failure count.
 */
const HARMLESS = [/open-vsx\.org/, /ENOTFOUND/, /marketplace/i, /^\[node\.js fs\]/, /integration test\(s\) failed/];

/** Prints one forwarded log entry; returns the counts when it is the result line. */
export function forwardHostLog(type: string, args: unknown[], verbose = process.env.CAREER_GOALS_VERBOSE === '1'): Counts | undefined {
  const text = format(...args);
  const at = text.indexOf(RESULT_PREFIX);
  if (at >= 0) return JSON.parse(text.slice(at + RESULT_PREFIX.length).trim()) as Counts;
  const mark = text.indexOf(MOCHA_LINE_MARK);
  if (mark >= 0) {
    console.log(text.slice(mark + MOCHA_LINE_MARK.length));
    return undefined;
  }
  const important = (type === 'error' || type === 'warn') && !HARMLESS.some((re) => re.test(text));
  if (verbose || important) console.log(`[host ${type}] ${text}`);
  return undefined;
}
