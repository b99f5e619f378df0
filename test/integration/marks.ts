/**
 * How mocha's report travels from the extension host to the runner: both sides import
 * this one module (test/integration/index.ts inside the host, scripts/lib/host-log.ts in
 * the Node runner), so they cannot drift apart. A leaf module: no imports, safe to
 * bundle on either side.
 */

/** Line prefix the runners parse to count results. */
export const RESULT_PREFIX = '[integration-result]';

/**
 * Marks mocha's own lines so the code-server runner can tell them from the workbench's
 * log (both arrive through the same channel). Invisible in a desktop terminal. Suites
 * that print their own report lines (timings) start them with it too.
 */
export const MOCHA_LINE_MARK = '\u2063';
