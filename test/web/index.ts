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
import { MOCHA_LINE_MARK } from '../integration/marks';
import { runGuarded } from '../integration/run-guarded';
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
  return runGuarded(mocha, 'webworker');
}
