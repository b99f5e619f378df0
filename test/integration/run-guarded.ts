/**
 * Runs loaded mocha suites with the workspace guard (./guard) after each top-level
 * suite, prints mocha's totals as the runners read them (./marks) and resolves only
 * when every test passed and no suite left the workspace changed. Shared by the Node
 * entry (./index.ts) and the web worker entry (../web/index.ts), so both hosts judge a
 * run the same way. Mocha is a type here: each entry brings its own build of it.
 */
import type Mocha from 'mocha';
import { checkAndRestore, recordFixture } from './guard';
import { MOCHA_LINE_MARK, RESULT_PREFIX } from './marks';

/** Runs `mocha`'s loaded suites; `host` is added to the result line when given. */
export function runGuarded(mocha: Mocha, host?: string): Promise<void> {
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
        // A suite that left the workspace changed counts as one failure of its own.
        const failures = testFailures + leaks.length;
        for (const leak of leaks) console.log(`${MOCHA_LINE_MARK}workspace guard: ${leak}`);
        console.log(`${RESULT_PREFIX} ${JSON.stringify({ passes, failures, pending, ...(host && { host }) })}`);
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
    } catch (e) {
      reject(e instanceof Error ? e : new Error(`mocha could not start: ${JSON.stringify(e)}`));
    }
  });
}
