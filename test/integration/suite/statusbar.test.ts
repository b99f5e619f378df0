/**
 * The status bar item in the real host: aggregate text over folders, tooltip with
 * every active goal and the next checkpoint, click target, and hiding by setting.
 * Its wording is unit-tested in test/unit/views-status.test.ts.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerGoalsTestApi } from '../../../src/api';
import { dayOf, dayToIso } from '../../../src/core/time/dates';
import { displayDay } from '../../../src/core/time/display';
import { percent } from '../../../src/core/words/percent';
import { Commands, Views } from '../../../src/constants';
import { activateExtension, arrived, folder, waitFor } from '../workspace';

let api: CareerGoalsTestApi;
const bar = () => api.internals.statusBar;

describe('status bar', () => {
  before(async () => {
    api = await activateExtension<CareerGoalsTestApi>();
    await api.whenIdle();
  });

  after(async () => {
    await vscode.workspace.getConfiguration('careerGoals').update('statusBar.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.getConfiguration('careerGoals').update('file', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('shows the mean progress of every active goal across folders and the due review', () => {
    const snaps = (['valid', 'second', 'broken'] as const).map((f) => api.getSnapshot(folder(f).uri)!);
    const active = snaps.reduce((n, s) => n + s.activeGoals, 0);
    const mean = snaps.reduce((n, s) => n + s.overall * s.activeGoals, 0) / active;
    const due = snaps.map((s) => s.reviewDue).find((r) => r !== null);
    assert.equal(bar().visible, true);
    assert.equal(bar().view?.text, `$(target) ${percent(mean)}% · ${active} goals${due ? ` · ${due} review due` : ''}`);
    assert.ok(bar().view?.ariaLabel.startsWith('Career Goals: '));
    assert.equal(bar().command, due ? Commands.startReview : `${Views.goals}.focus`);
  });

  it('lists each folder, its active goals with progress and pace, and the next checkpoint in the tooltip', () => {
    const tip = bar().view?.tooltip ?? '';
    for (const text of ['**valid**', '**second**', 'Ship the deploy CLI: ', 'Mentor two engineers: ', 'Outline the book: ']) {
      assert.ok(tip.includes(text), `tooltip should mention ${text}:\n${tip}`);
    }
    assert.ok(!tip.includes('Publish the book'), 'paused goals are not listed');
    // The fixture's only open dated checkpoint is on 2026-12-15: next until then, past after.
    // "Today" is the extension host's local day, as the status bar sees it.
    if (dayToIso(dayOf(new Date())) <= '2026-12-15') assert.ok(tip.includes(`Next checkpoint: **All teams onboarded** on ${displayDay('2026-12-15', 'en')}`), tip);
    else assert.doesNotMatch(tip, /Next checkpoint: \*\*All teams onboarded\*\*/, 'a checkpoint in the past is not the next one');
  });

  it('hides when careerGoals.statusBar.enabled is off, and comes back', async () => {
    await vscode.workspace.getConfiguration('careerGoals').update('statusBar.enabled', false, vscode.ConfigurationTarget.Workspace);
    await waitFor(() => !bar().visible, 'the item to hide');
    await vscode.workspace.getConfiguration('careerGoals').update('statusBar.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor(() => bar().visible, 'the item to show again');
  });

  it('hides, and the Goals view shows its welcome, when no folder has a goals file', async () => {
    await vscode.workspace.getConfiguration('careerGoals').update('file', 'no-such-plan.yaml', vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(() => api.internals.store.states.length === 0, 'every folder to lose its goals file');
      await waitFor(() => !bar().visible, 'the item to hide');
      await arrived('no items in the Goals view, so its welcome shows', () => api.internals.tree.getChildren(), (items) => items.length === 0);
      assert.equal(api.getSnapshot(), null);
    } finally {
      await vscode.workspace.getConfiguration('careerGoals').update('file', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(() => api.internals.store.states.length === 3 && bar().visible, 'the files and the item to come back');
  });
});
