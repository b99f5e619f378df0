/**
 * Mocha entry point for the WEB WORKER extension host (`npm run test:integration -- --web`):
 * the same suites as test/integration/index.ts, bundled for the browser with mocha's
 * browser build, as `@vscode/test-web` does. The web worker host loads this file as a
 * CommonJS module with `vscode` as its only `require`, so everything else is inside.
 *
 * Which suites run here is decided at build time (esbuild.js, the `web-suites` module):
 * every suite under test/integration/suite, except the few that drive Node itself
 * (test/web/node-only.ts), which are listed here as skipped with their reason.
 */
import { format } from 'util';
import { checkAndRestore, recordFixture } from '../integration/guard';
import { MOCHA_LINE_MARK, RESULT_PREFIX } from '../integration/marks';
import { NODE_ONLY } from './node-only';
import { loadSuites } from 'career-goals:web-suites';

/** What the runner prepends to this bundle (scripts/lib/web-extension.ts): a grep, colours. */
interface WebTestOptions {
  grep?: string;
}

declare const CAREER_GOALS_WEB_TEST: WebTestOptions | undefined;

/** Called by the web worker extension host once it is up; resolves when every suite passed. */
export function run(): Promise<void> {
  // mocha's browser build sets the globals `mocha` and `Mocha`. Required, not imported:
  // esbuild would inline an imported UMD file unwrapped, and its `module.exports = …`
  // would replace this module's exports.
  require('mocha/mocha.js');
  const options: WebTestOptions = typeof CAREER_GOALS_WEB_TEST === 'object' ? CAREER_GOALS_WEB_TEST : {};
  const reporterBase = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  reporterBase.consoleLog = (...args: unknown[]) => console.log(MOCHA_LINE_MARK + format(...args));
  mocha.setup({ ui: 'bdd', timeout: 20_000, color: false });
  // By class, not by name: the browser build's default is its HTML reporter, which needs a DOM.
  mocha.reporter(Mocha.reporters.Spec);
  if (options.grep) mocha.grep(options.grep);
  // Suites call describe/it as they load: only now, after setup, are those defined.
  loadSuites();
  for (const [file, reason] of Object.entries(NODE_ONLY)) {
    describe(`${file} (Node only)`, () => {
      it.skip(`skipped on the web: ${reason}`, () => undefined);
    });
  }
  const leaks: string[] = [];
  mocha.suite.beforeAll('record the fixture workspace', recordFixture);
  for (const suite of mocha.suite.suites) {
    suite.afterAll('workspace guard', async () => {
      const left = await checkAndRestore();
      if (left.length) leaks.push(`"${suite.fullTitle()}" left: ${left.join('; ')}`);
    });
  }
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((testFailures) => {
        const { passes = 0, pending = 0 } = runner.stats ?? {};
        const failures = testFailures + leaks.length;
        for (const leak of leaks) console.log(`${MOCHA_LINE_MARK}workspace guard: ${leak}`);
        console.log(`${RESULT_PREFIX} ${JSON.stringify({ passes, failures, pending, host: 'webworker' })}`);
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
    } catch (e) {
      reject(e);
    }
  });
}
