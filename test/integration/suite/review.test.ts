/**
 * Guided reviews in the real host: commands open the right panel, the protocol
 * round-trips, completion writes minimal edits plus a journal entry, outside edits
 * during a session are reported, invalid messages are rejected, and the cadence
 * follows the journal. Panels are driven through the test hooks (no browser).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { dayOf, dayToIso } from '../../../src/core/time/dates';
import { parseJournalEntry } from '../../../src/core/history/journal';
import type { ReviewKind } from '../../../src/core/model';
import type { CareerGoalsTestApi } from '../../../src/api';
import type { ReviewTestHooks } from '../../../src/review';
import { emptyDraft } from '../../../src/shared/draft';
import type { HostMessage, ReviewDraft, ReviewSession } from '../../../src/shared/protocol';
import { MOCHA_LINE_MARK } from '../marks';
import { activateExtension, activeEditorOn, arrived, fileIn, folder, readText, restoreText, waitFor, writeText } from '../workspace';

type Api = CareerGoalsTestApi;
type Hooks = ReviewTestHooks;

const today = () => dayToIso(dayOf(new Date()));

function hooks(api: Api): Hooks {
  return api.internals.reviews;
}

function last<T extends HostMessage['type']>(h: Hooks, kind: ReviewKind, f: vscode.Uri, type: T): Extract<HostMessage, { type: T }> | undefined {
  return [...h.sent(kind, f)].reverse().find((m): m is Extract<HostMessage, { type: T }> => m.type === type);
}

async function removeJournal(name: 'valid' | 'second' | 'broken'): Promise<void> {
  try {
    await vscode.workspace.fs.delete(fileIn(name, 'reviews'), { recursive: true, useTrash: false });
  } catch {
    // Not there: nothing to clean.
  }
}

describe('reviews', function () {
  this.timeout(30_000);
  let api: Api;
  let h: Hooks;
  let original: string;
  const valid = () => folder('valid').uri;
  const goalsFile = () => fileIn('valid', 'goals.yaml');

  before(async () => {
    api = await activateExtension<Api>();
    await api.whenIdle();
    h = hooks(api);
    original = await readText(goalsFile());
  });

  afterEach(async () => {
    for (const p of h.panels()) h.close(p.kind, p.folderUri);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await restoreText(api, goalsFile(), original);
    await removeJournal('valid');
    await removeJournal('broken');
    await api.whenIdle();
    await vscode.commands.executeCommand('careerGoals.refresh');
    await api.whenIdle();
  });

  after(() => {
    for (const t of h.timings) console.log(`${MOCHA_LINE_MARK}      timing: ${t.label}: ${t.ms} ms`);
  });

  it('opens one panel per kind and folder, and reveals it when run again', async () => {
    await vscode.commands.executeCommand('careerGoals.startWeeklyReview', valid());
    await vscode.commands.executeCommand('careerGoals.startMonthlyReview', valid());
    await vscode.commands.executeCommand('careerGoals.startQuarterlyReview', valid());
    await vscode.commands.executeCommand('careerGoals.startWeeklyReview', valid());
    await vscode.commands.executeCommand('careerGoals.startWeeklyReview', folder('second').uri);
    const open = h.panels().map((p) => `${p.kind}@${p.folderUri === valid().toString() ? 'valid' : 'second'}`).sort();
    assert.deepEqual(open, ['monthly@valid', 'quarterly@valid', 'weekly@second', 'weekly@valid']);
    assert.match(h.panels().find((p) => p.kind === 'monthly')!.title, /^Monthly Deep Dive/);
    await vscode.commands.executeCommand('careerGoals.startWeeklyReview', valid());
    assert.equal(h.panels().find((p) => p.kind === 'weekly' && p.folderUri === valid().toString())?.visible, true);
  });

  it('loads the real webview under its CSP, which asks for the session', async function () {
    const started = Date.now();
    await vscode.commands.executeCommand('careerGoals.startWeeklyReview', valid());
    // Only the bundled script, allowed by nonce, can post `ready`; the host answers with init.
    await waitFor(() => h.sent('weekly', valid()).some((m) => m.type === 'init'), 'the webview script runs and posts ready', 20_000);
    console.log(`${MOCHA_LINE_MARK}      timing: command to webview ready and session sent: ${Date.now() - started} ms`);
  });

  it('startReview opens the due review', async () => {
    const due = api.getSnapshot(valid())?.reviewDue;
    assert.ok(due, 'with no journal a review is due');
    await vscode.commands.executeCommand('careerGoals.startReview', valid());
    assert.deepEqual(h.panels().map((p) => p.kind), [due]);
  });

  it('answers ready with the session and keeps the draft across close and reopen', async () => {
    await vscode.commands.executeCommand('careerGoals.startQuarterlyReview', valid());
    await h.post('quarterly', valid(), { type: 'ready' });
    const init = last(h, 'quarterly', valid(), 'init');
    assert.ok(init, 'init is posted');
    const s: ReviewSession = init.session;
    assert.equal(s.kind, 'quarterly');
    assert.equal(s.folderName, 'valid');
    assert.equal(s.today, today());
    assert.equal(s.northStar, 'Lead a platform team that ships calmly');
    assert.deepEqual(s.goals.map((g) => g.id), ['ship-cli', 'mentor', 'staff']);
    const cli = s.goals[0]!;
    assert.deepEqual(cli.metric, { name: 'teams onboarded', unit: 'teams', start: 0, target: 4, current: 1 });
    assert.deepEqual(cli.tasks[0], { index: 0, title: 'Write the migration guide', done: false, priority: 'high' });
    assert.ok(cli.inFocus);
    assert.ok(s.prompts.length >= 3);
    assert.equal(s.canWrite, true);
    assert.equal(init.draft, undefined);

    const draft: ReviewDraft = { ...emptyDraft(), answers: { [s.prompts[0]!]: 'Kept across close' } };
    await h.post('quarterly', valid(), { type: 'draftChanged', draft, dirty: true });
    assert.equal(h.panels()[0]?.dirty, true);
    assert.match(h.panels()[0]!.title, /^● /);
    h.close('quarterly', valid());
    await vscode.commands.executeCommand('careerGoals.startQuarterlyReview', valid());
    await h.post('quarterly', valid(), { type: 'ready' });
    assert.deepEqual(last(h, 'quarterly', valid(), 'init')?.draft?.answers, draft.answers);
    await h.post('quarterly', valid(), { type: 'discard' });
    assert.deepEqual(h.panels(), []);
  });

  it('rejects invalid messages with an error and writes nothing', async () => {
    await vscode.commands.executeCommand('careerGoals.startWeeklyReview', valid());
    await h.post('weekly', valid(), { type: 'ready' });
    const bad: [unknown, RegExp][] = [
      [{ type: 'deleteEverything' }, /Unknown message type/],
      [{ type: 'complete', draft: { ...emptyDraft(), goals: { 'ship-cli': { metric: { current: 'lots' } } } } }, /current must be a finite number/],
      [{ type: 'complete', draft: { ...emptyDraft(), goals: { 'no-such-goal': { decision: { decision: 'drop' } } } } }, /unknown goal id "no-such-goal"/],
      [{ type: 'complete', draft: { ...emptyDraft(), wins: [{ text: 'x'.repeat(5000) }] } }, /too long/],
      [{ type: 'openJournal', path: '../goals.yaml' }, /Only journal entries/],
      ['not even an object', /must be an object/],
    ];
    for (const [message, error] of bad) {
      await h.post('weekly', valid(), message);
      const sent = h.sent('weekly', valid());
      const reply = sent[sent.length - 1];
      assert.equal(reply?.type, 'error', `expected an error for ${JSON.stringify(message).slice(0, 80)}`);
      if (reply?.type === 'error') assert.match(reply.message, error);
    }
    assert.equal(await readText(goalsFile()), original);
  });

  it('completes a weekly review: minimal edits, a journal entry, and the cadence follows', async () => {
    assert.equal(api.getSnapshot(valid())?.reviewDue, 'weekly');
    await vscode.commands.executeCommand('careerGoals.startWeeklyReview', valid());
    await h.post('weekly', valid(), { type: 'ready' });
    const session = last(h, 'weekly', valid(), 'init')!.session;
    const draft: ReviewDraft = {
      ...emptyDraft(),
      goals: { 'ship-cli': { tasks: [{ index: 0, title: 'Write the migration guide', done: true }], metric: { current: 2 } } },
      wins: [{ text: 'Second team onboarded', goalId: 'ship-cli' }],
      answers: { [session.prompts[0]!]: 'The CLI moved.\nTwo teams now.' },
    };
    const started = Date.now();
    await h.post('weekly', valid(), { type: 'complete', draft });
    console.log(`${MOCHA_LINE_MARK}      timing: completing a weekly review (3 changes + journal entry): ${Date.now() - started} ms`);
    const done = last(h, 'weekly', valid(), 'completed');
    assert.ok(done, `completed is posted (got ${JSON.stringify(h.sent('weekly', valid()).map((m) => m.type))})`);
    assert.deepEqual(done.failed, []);
    assert.equal(done.applied.length, 3);
    assert.equal(done.journalOnly, false);
    assert.equal(done.journalPath, `reviews/${today()}-weekly.md`);

    const after = await readText(goalsFile());
    const before = original.split('\n');
    const now = after.split('\n');
    const removed = before.filter((l) => !now.includes(l));
    const added = now.filter((l) => !before.includes(l));
    assert.deepEqual(removed.map((l) => l.trim()), ['metric: { name: teams onboarded, unit: teams, start: 0, target: 4, current: 1 }', '- { title: Write the migration guide, done: false, priority: high }']);
    assert.equal(added.length, 3, `three lines change or appear:\n${added.join('\n')}`);
    assert.ok(added.some((l) => /current: 2/.test(l)));
    assert.ok(added.some((l) => /Write the migration guide.*done: true/.test(l)));
    assert.ok(added.some((l) => /Second team onboarded/.test(l) && l.includes(today())));

    const journal = await readText(fileIn('valid', 'reviews', `${today()}-weekly.md`));
    const parsed = parseJournalEntry(journal);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
    assert.equal(parsed.entry.kind, 'weekly');
    assert.equal(parsed.entry.date, today());
    assert.equal(typeof parsed.entry.progress?.['ship-cli'], 'number');
    assert.match(journal, /The CLI moved\.\nTwo teams now\./);
    assert.match(journal, /completed task “Write the migration guide”/);

    await waitFor(() => api.getSnapshot(valid())?.reviewDue !== 'weekly', 'the weekly review is no longer due');

    // A second weekly review the same day never overwrites the first.
    await h.post('weekly', valid(), { type: 'saveJournalOnly', draft: { ...emptyDraft(), notes: 'again' } });
    assert.equal(last(h, 'weekly', valid(), 'completed')?.journalPath, `reviews/${today()}-weekly-2.md`);
    assert.equal(await readText(goalsFile()), after);
  });

  it('reapplies what still applies after an outside edit and reports the rest', async () => {
    await vscode.commands.executeCommand('careerGoals.startWeeklyReview', valid());
    await h.post('weekly', valid(), { type: 'ready' });
    // Someone deletes the task line in another tool while the review is open.
    await writeText(goalsFile(), original.replace(/\n\s+- \{ title: Write the migration guide[^\n]*/, ''));
    await waitFor(async () => {
      await api.whenIdle();
      return !(await vscode.workspace.openTextDocument(goalsFile())).getText().includes('Write the migration guide');
    }, 'the outside edit is seen');
    const updated = await waitFor(() => last(h, 'weekly', valid(), 'sessionUpdated'), 'the panel gets the new session');
    assert.deepEqual(updated.session.goals[0]!.tasks.map((t) => t.title), ['Record a demo video']);
    const draft: ReviewDraft = {
      ...emptyDraft(),
      goals: { 'ship-cli': { tasks: [{ index: 0, title: 'Write the migration guide', done: true }], metric: { current: 3 } } },
    };
    await h.post('weekly', valid(), { type: 'complete', draft });
    const done = last(h, 'weekly', valid(), 'completed');
    assert.ok(done, `completed is posted (got ${JSON.stringify(h.sent('weekly', valid()).slice(-2))})`);
    assert.equal(done.applied.length, 1);
    assert.match(done.applied[0]!, /metric now 3/);
    assert.equal(done.failed.length, 1);
    assert.match(done.failed[0]!.change, /Write the migration guide/);
    assert.ok(done.failed[0]!.reason.length > 0);
    assert.match(await readText(goalsFile()), /current: 3/);
    const journal = await readText(fileIn('valid', 'reviews', `${today()}-weekly.md`));
    assert.match(journal, /## Changes that could not be applied\n\n- .*Write the migration guide/);
  });

  it('offers journal-only saving while goals.yaml has a syntax error', async () => {
    const broken = folder('broken').uri;
    const brokenText = await readText(fileIn('broken', 'goals.yaml'));
    await vscode.commands.executeCommand('careerGoals.startWeeklyReview', broken);
    await h.post('weekly', broken, { type: 'ready' });
    const s = last(h, 'weekly', broken, 'init')!.session;
    assert.equal(s.canWrite, false);
    assert.match(s.problem ?? '', /syntax error/);
    const draft: ReviewDraft = { ...emptyDraft(), goals: { 'fix-me': { newTasks: [{ title: 'Fix the YAML' }] } }, notes: 'Keep me' };
    // As the page does: it reports its draft (the host's copy is a cache of it), and complete carries it once.
    await h.post('weekly', broken, { type: 'draftChanged', draft, dirty: true });
    await h.post('weekly', broken, { type: 'complete', draft });
    assert.match(last(h, 'weekly', broken, 'error')?.message ?? '', /syntax error.*Nothing was written/);
    // Without a draft of its own, saveJournalOnly uses the host's copy: the draft the page last reported.
    await h.post('weekly', broken, { type: 'saveJournalOnly' });
    const done = last(h, 'weekly', broken, 'completed');
    assert.equal(done?.journalOnly, true);
    const journal = await readText(fileIn('broken', done.journalPath));
    assert.match(journal, /## Changes not written to goals.yaml\n\n- .*new task “Fix the YAML”/);
    assert.match(journal, /Keep me/);
    assert.equal(await readText(fileIn('broken', 'goals.yaml')), brokenText);
  });

  it('reports malformed journal entries as diagnostics and skips them', async () => {
    const bad = fileIn('valid', 'reviews', 'notes.md');
    await writeText(bad, '# Just notes, no front matter\n');
    await vscode.commands.executeCommand('careerGoals.refresh');
    await api.whenIdle();
    const diags = await waitFor(() => vscode.languages.getDiagnostics(bad).filter((d) => d.source === 'Career Goals'), 'a journal diagnostic');
    assert.match(diags[0]!.message, /no front matter/);
    assert.equal(api.getSnapshot(valid())?.reviewDue, 'weekly');
  });

  it('clears journal warnings once careerGoals.journalFolder points elsewhere', async () => {
    const bad = fileIn('valid', 'reviews', 'notes.md');
    await writeText(bad, '# Just notes, no front matter\n');
    const config = vscode.workspace.getConfiguration('careerGoals', valid());
    try {
      await vscode.commands.executeCommand('careerGoals.refresh');
      await api.whenIdle();
      await waitFor(() => vscode.languages.getDiagnostics(bad).some((d) => d.source === 'Career Goals'), 'a journal diagnostic');
      await config.update('journalFolder', 'journal', vscode.ConfigurationTarget.WorkspaceFolder);
      await waitFor(async () => {
        await api.whenIdle();
        return !vscode.languages.getDiagnostics(bad).some((d) => d.source === 'Career Goals');
      }, 'the old journal folder’s warning to go');
    } finally {
      await config.update('journalFolder', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
      await vscode.workspace.fs.delete(fileIn('valid', '.vscode'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
    await waitFor(() => vscode.languages.getDiagnostics(bad).some((d) => d.source === 'Career Goals'), 'the warning back with the setting');
  });

  it('keeps a completed review finished when the page’s report of that draft arrives afterwards', async () => {
    await vscode.commands.executeCommand('careerGoals.startWeeklyReview', valid());
    await h.post('weekly', valid(), { type: 'ready' });
    const draft: ReviewDraft = { ...emptyDraft(), notes: 'Reported late' };
    await h.post('weekly', valid(), { type: 'saveJournalOnly', draft });
    assert.equal(last(h, 'weekly', valid(), 'completed')?.journalOnly, true);
    // The page debounces its reports: the one for this draft may come after `completed`.
    await h.post('weekly', valid(), { type: 'draftChanged', draft, dirty: true });
    assert.equal(h.panels()[0]?.dirty, false);
    assert.doesNotMatch(h.panels()[0]!.title, /^● /);
    h.close('weekly', valid());
    await vscode.commands.executeCommand('careerGoals.startWeeklyReview', valid());
    await h.post('weekly', valid(), { type: 'ready' });
    assert.equal(last(h, 'weekly', valid(), 'init')?.draft, undefined, 'no stash is left for a saved review');
    // A change after completing is new work again.
    await h.post('weekly', valid(), { type: 'draftChanged', draft: { ...draft, notes: 'More' }, dirty: true });
    assert.equal(h.panels()[0]?.dirty, true);
    await h.post('weekly', valid(), { type: 'discard' });
  });

  it('restores a panel from its saved state, and refuses unusable state', async () => {
    const draft: ReviewDraft = { ...emptyDraft(), answers: { 'Anything?': 'Restored after reload' } };
    await h.restore({ kind: 'monthly', folderUri: valid().toString(), draft, dirty: true });
    assert.deepEqual(h.panels().map((p) => [p.kind, p.folderUri, p.dirty]), [['monthly', valid().toString(), true]]);
    await h.post('monthly', valid(), { type: 'ready' });
    assert.deepEqual(last(h, 'monthly', valid(), 'init')?.draft?.answers, draft.answers);
    // Restoring the same review twice keeps the live panel only.
    await h.restore({ kind: 'monthly', folderUri: valid().toString() });
    assert.equal(h.panels().length, 1);
    for (const state of [undefined, { kind: 'yearly', folderUri: valid().toString() }, { kind: 'weekly' }]) {
      await h.restore(state);
      assert.equal(h.panels().length, 1, `no live panel for ${JSON.stringify(state)}`);
    }
    h.close('monthly', valid());
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens a goal in goals.yaml and copies the summary', async () => {
    await vscode.commands.executeCommand('careerGoals.startWeeklyReview', valid());
    await h.post('weekly', valid(), { type: 'ready' });
    await h.post('weekly', valid(), { type: 'openGoal', goalId: 'mentor' });
    // showTextDocument resolves before its selection reaches a web worker host: wait for it.
    await activeEditorOn(goalsFile(), 'goals.yaml open with the title "Mentor two engineers" selected', (text) => text === 'Mentor two engineers');
    await h.post('weekly', valid(), { type: 'copySummary', draft: { ...emptyDraft(), answers: { 'Why?': 'Because it matters' } } });
    assert.match(last(h, 'weekly', valid(), 'notice')?.message ?? '', /copied/);
    const clip = await arrived('the weekly summary on the clipboard', () => vscode.env.clipboard.readText(), (text) => text.startsWith('# Weekly Review'));
    assert.match(clip, /^# Weekly Review — \d{4}-\d{2}-\d{2} \(valid\)/);
    assert.match(clip, /\*\*Why\?\*\*\n\nBecause it matters/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('never writes a journal entry outside the workspace folder', async () => {
    const config = vscode.workspace.getConfiguration('careerGoals', valid());
    await config.update('journalFolder', '../outside', vscode.ConfigurationTarget.WorkspaceFolder);
    try {
      await api.whenIdle();
      await vscode.commands.executeCommand('careerGoals.startWeeklyReview', valid());
      await h.post('weekly', valid(), { type: 'ready' });
      await h.post('weekly', valid(), { type: 'saveJournalOnly', draft: { ...emptyDraft(), notes: 'Where do I go?' } });
      assert.equal(last(h, 'weekly', valid(), 'completed')?.journalPath, '');
      assert.match(last(h, 'weekly', valid(), 'error')?.message ?? '', /outside the workspace folder.*Copy the summary/);
      await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(vscode.Uri.joinPath(valid(), '..', 'outside'))));
    } finally {
      await config.update('journalFolder', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
      await vscode.workspace.fs.delete(fileIn('valid', '.vscode'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
  });
});
