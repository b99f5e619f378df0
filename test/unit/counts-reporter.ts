/**
 * The unit suite's mocha reporter (.mocharc.json): mocha's Spec output for people, and at
 * the end of the run the counts from mocha's own stats for `npm test`
 * (scripts/lib/counts.ts), so no one reads them back out of the printed text.
 */
import Mocha from 'mocha';
import { countsOfMocha, writeCounts } from '../../scripts/lib/counts';

class CountsReporter extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => writeCounts(countsOfMocha(runner.stats)));
  }
}

export = CountsReporter;
