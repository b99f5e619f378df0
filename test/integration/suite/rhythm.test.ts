/**
 * A rhythm that fits a life, in the real host: a pause said in the status bar, its
 * tooltip and the Goals view (with no review falling due); the Goals view's badge
 * counting the goals that are late and naming them; and Export Calendar (.ics), read
 * back by ical.js. The rules themselves are unit-tested (test/unit/rhythm*.test.ts).
 */
import * as assert from 'node:assert/strict';
import ICAL from 'ical.js';
import * as vscode from 'vscode';
import type { CareerGoalsTestApi } from '../../../src/api';
import { Commands } from '../../../src/constants';
import { dayOf, dayToIso } from '../../../src/core/time/dates';
import { displayDay } from '../../../src/core/time/display';
import { pausedWords } from '../../../src/core/words/status-line';
import { activateExtension, arrived, fileIn, folder, readText, replaceText, restoreText, type FixtureFolder } from '../workspace';

let api: CareerGoalsTestApi;

/** The host's local day, `by` days on: the day the status bar counts from. */
const dayFromToday = (by: number): string => dayToIso(dayOf(new Date()) + by);
const planOf = (name: FixtureFolder) => fileIn(name, 'goals.yaml');

/** Every VEVENT of an .ics text, as ical.js reads it. */
function readIcs(text: string): { uid: string; summary: string; start: string; rrule: string | undefined }[] {
  const comp = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return comp.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    const rrule = v.getFirstPropertyValue('rrule');
    return { uid: e.uid, summary: e.summary, start: e.startDate.toString(), rrule: rrule ? rrule.toString() : undefined };
  });
}

describe('rhythm: pauses, the Goals view badge and the calendar', function () {
  this.timeout(30_000);
  const originals = new Map<FixtureFolder, string>();

  before(async () => {
    api = await activateExtension<CareerGoalsTestApi>();
    await api.whenIdle();
    for (const name of ['valid', 'second', 'broken'] as const) originals.set(name, await readText(planOf(name)));
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const [name, text] of originals) await restoreText(api, planOf(name), text);
    await vscode.workspace.fs.delete(fileIn('valid', 'calendar'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('says "paused until" in the status bar, its tooltip and the Goals view, with no review due', async () => {
    const to = dayFromToday(10);
    const pause = `\npauses:\n  - {from: ${dayFromToday(-3)}, to: ${to}, note: Winter break}\n`;
    // Every folder pauses, so no folder's due review takes the status bar's place.
    await replaceText(api, planOf('valid'), `${originals.get('valid')}${pause}`);
    await replaceText(api, planOf('second'), `${originals.get('second')}${pause}`);
    await replaceText(api, planOf('broken'), `version: 1\ngoals: []\n${pause}`);
    for (const name of ['valid', 'second', 'broken'] as const) {
      await arrived(`${name} paused until ${to} in its snapshot`, () => api.getSnapshot(planOf(name)), (s) => s?.pausedUntil === to && s.reviewDue === null);
    }
    // The day as the display language writes it (the suite runs in English): "Jan 3, 2027".
    const shown = displayDay(to, 'en');
    const bar = await arrived('the status bar to say the pause', () => api.internals.statusBar.view, (v) => v?.text.includes(pausedWords(shown)) === true);
    assert.ok(!bar?.text.includes('review due'), `no review is due during a pause: ${bar?.text}`);
    assert.ok(bar?.ariaLabel.includes(pausedWords(shown)), `the accessible label says it too: ${bar?.ariaLabel}`);
    assert.ok(String(bar?.tooltip).includes(`Paused until ${shown} (Winter break)`), `the tooltip names the pause:\n${String(bar?.tooltip)}`);
    const message = await arrived('the Goals view message', () => api.internals.treeView.message, (m) => m !== undefined && m.includes(`Paused until ${shown} (Winter break)`));
    assert.equal(message, api.internals.viewSummary.summary.message);
  });

  it('counts the late goals in the Goals view badge, names them in its tooltip, and drops one back', async () => {
    const before = api.internals.treeView.badge?.value ?? 0;
    const late = originals.get('valid')!.replace('goals:\n', 'goals:\n  - id: old-promise\n    title: An old promise\n    horizon: short\n    status: active\n    start: 2019-01-01\n    due: 2020-01-31\n\n');
    await replaceText(api, planOf('valid'), late);
    const badge = await arrived('the badge to count the overdue goal', () => api.internals.treeView.badge, (b) => b?.value === before + 1);
    assert.ok(badge?.tooltip.includes('An old promise (valid): overdue'), `the tooltip names it: ${badge?.tooltip}`);
    assert.deepEqual(api.internals.viewSummary.summary.badge, badge);
    await restoreText(api, planOf('valid'), originals.get('valid')!);
    await arrived('the badge to drop back', () => api.internals.treeView.badge?.value ?? 0, (v) => v === before);
  });

  it('exports the calendar: open dates, the reviews as recurring events, stable UIDs', async () => {
    const to = fileIn('valid', 'calendar', 'plan.ics');
    const first = await vscode.commands.executeCommand<{ file: vscode.Uri; events: number } | undefined>(Commands.exportCalendar, { folder: folder('valid').uri, to, today: '2026-11-21', open: false });
    assert.equal(first?.file.toString(), to.toString());
    const events = readIcs(await readText(to));
    assert.equal(events.length, first?.events);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    // The open checkpoint and the active goal's due date; the open task has no date.
    const uidOf = (item: string): string | undefined => [...byUid.keys()].find((u) => u.startsWith(`goal/ship-cli/${item}@`));
    assert.equal(byUid.get(uidOf('checkpoint/all-teams-onboarded') ?? '')?.start, '2026-12-15', `the open checkpoint, among ${[...byUid.keys()].join(', ')}`);
    assert.equal(byUid.get(uidOf('due') ?? '')?.summary, 'Due: Ship the deploy CLI');
    assert.equal(byUid.get(uidOf('due') ?? '')?.start, '2026-12-31');
    assert.ok(!events.some((e) => e.summary.includes('Beta with one team')), 'a done checkpoint has no event');
    const weekly = events.find((e) => e.rrule?.startsWith('FREQ=WEEKLY'));
    assert.ok(weekly, `a weekly review recurs:\n${JSON.stringify(events, null, 1)}`);
    // Importing again updates: the next export has the same UIDs.
    await vscode.commands.executeCommand(Commands.exportCalendar, { folder: folder('valid').uri, to, today: '2026-11-22', open: false });
    assert.deepEqual(readIcs(await readText(to)).map((e) => e.uid).sort(), [...byUid.keys()].sort());
  });

  it('never writes the calendar over the plan, and says why', async () => {
    const plan = planOf('valid');
    const r = await vscode.commands.executeCommand(Commands.exportCalendar, { folder: folder('valid').uri, to: plan, open: false });
    assert.equal(r, undefined);
    assert.equal(await readText(plan), originals.get('valid'));
    const bad = await vscode.commands.executeCommand(Commands.exportCalendar, { folder: folder('valid').uri, to: fileIn('valid', 'calendar', 'x.ics'), today: '2026-02-30' });
    assert.equal(bad, undefined, 'an impossible day is refused');
    const written = await vscode.workspace.fs.stat(fileIn('valid', 'calendar', 'x.ics')).then(
      () => true,
      () => false,
    );
    assert.equal(written, false);
  });
});
