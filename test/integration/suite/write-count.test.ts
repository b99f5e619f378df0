/**
 * Counts the work one weekly review with three changes costs: one parse of goals.yaml
 * to compute the edits, one analysis of the result (which the store adopts), and one
 * change event. The file events the writes cause, and the stat re-check after them,
 * find nothing new: no parse, no analysis, no further event.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { dayOf, dayToIso } from '../../../src/core/time/dates';
import type { CareerGoalsTestApi } from '../../../src/api';
import type { StoreCounts } from '../../../src/host/types';
import { emptyDraft } from '../../../src/shared/draft';
import type { HostMessage, ReviewDraft } from '../../../src/shared/protocol';
import { MOCHA_LINE_MARK } from '../marks';
import { activateExtension, fileIn, folder, readText, restoreText, waitFor } from '../workspace';

describe('write count', function () {
  this.timeout(30_000);
  let api: CareerGoalsTestApi;
  let original = '';
  const valid = () => folder('valid').uri;
  const goalsFile = () => fileIn('valid', 'goals.yaml');
  const counts = (): StoreCounts => ({ ...api.internals.store.counts });

  before(async () => {
    api = await activateExtension<CareerGoalsTestApi>();
    await api.whenIdle();
    original = await readText(goalsFile());
  });

  after(async () => {
    for (const p of api.internals.reviews.panels()) api.internals.reviews.close(p.kind, p.folderUri);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await restoreText(api, goalsFile(), original);
    await vscode.workspace.fs.delete(fileIn('valid', 'reviews'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await waitFor(async () => {
      await api.whenIdle();
      return api.internals.store.find(goalsFile())?.text === original && api.getSnapshot(valid())?.reviewDue === 'weekly';
    }, 'the store back to the original file, with no journal');
  });

  it('one weekly review with 3 changes: one parse for the edits, one analysis of the result, one change event', async () => {
    const h = api.internals.reviews;
    await vscode.commands.executeCommand('careerGoals.startWeeklyReview', valid());
    await h.post('weekly', valid(), { type: 'ready' });
    const init = h.sent('weekly', valid()).find((m): m is Extract<HostMessage, { type: 'init' }> => m.type === 'init');
    assert.ok(init, 'init is posted');
    assert.equal(api.getSnapshot(valid())?.reviewDue, 'weekly');
    // Start from quiet: nothing left over from earlier suites (a re-check reads only what changed).
    await api.internals.store.recheck();
    await api.whenIdle();

    const draft: ReviewDraft = {
      ...emptyDraft(),
      goals: { 'ship-cli': { tasks: [{ index: 0, title: 'Write the migration guide', done: true }], metric: { current: 2 } } },
      wins: [{ text: 'Second team onboarded', goalId: 'ship-cli' }],
      answers: { [init.session.prompts[0]!]: 'Counted.' },
    };
    const before = counts();
    const trailFrom = api.internals.store.trail.at(-1)?.seq ?? 0;
    // What the store did since `before`, and why: the message of a failed count.
    const why = (what: string) => `${what}; the store since the start: ${JSON.stringify(api.internals.store.trail.filter((t) => t.seq > trailFrom).map((t) => t.line))}`;
    let events = 0;
    const sub = api.onDidChange(() => events++);
    try {
      await h.post('weekly', valid(), { type: 'complete', draft });
      const done = [...h.sent('weekly', valid())].reverse().find((m) => m.type === 'completed');
      assert.ok(done?.type === 'completed', 'completed is posted');
      assert.equal(done.applied.length, 3);
      assert.deepEqual(done.failed, []);
      assert.equal(done.journalPath, `reviews/${dayToIso(dayOf(new Date()))}-weekly.md`);

      const delta = (now: StoreCounts) => ({ editParses: now.editParses - before.editParses, analyses: now.analyses - before.analyses, changes: now.changes - before.changes });
      const expected = { editParses: 1, analyses: 1, changes: 1 };
      // When `completed` is posted the store already holds the result: the text written and the journal read back.
      assert.deepEqual(delta(counts()), expected, why('right after completing'));
      assert.equal(events, 1, why('onDidChange fired once'));
      assert.ok(api.internals.store.find(goalsFile())?.text.includes('Second team onboarded'));
      assert.notEqual(api.getSnapshot(valid())?.reviewDue, 'weekly', 'the due review changed at once');

      // Then the file events for goals.yaml and the journal entry arrive, and a re-check follows them.
      await waitFor(() => counts().fileEvents > before.fileEvents && counts().journalEvents > before.journalEvents, 'file events for goals.yaml and the journal');
      const rechecks = counts().rechecks;
      await waitFor(() => counts().rechecks > rechecks, 'the re-check after the file events');
      await api.whenIdle();
      const settled = counts();
      assert.deepEqual(delta(settled), expected, why('after the file events and the re-check'));
      assert.equal(events, 1, why('still one onDidChange'));
      console.log(
        `${MOCHA_LINE_MARK}      count: weekly review with 3 changes: ${settled.editParses - before.editParses} parse(s) for the edits, ${settled.analyses - before.analyses} analysis(es), ${events} change event(s); ` +
          `${settled.fileEvents - before.fileEvents} goals file event(s), ${settled.journalEvents - before.journalEvents} journal event(s), ${settled.rechecks - before.rechecks} re-check(s)`,
      );
    } finally {
      sub.dispose();
    }
  });
});
