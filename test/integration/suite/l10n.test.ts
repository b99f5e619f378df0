/**
 * Localization in the real host, which the suite runs in English: the extension reads
 * the display language from vscode.env.language, VS Code has loaded no bundle, so
 * vscode.l10n.t gives the English message with its arguments filled in, and what the
 * Goals view and the status bar show is that English, with days written by Intl for
 * the display language (not ISO). The German itself is unit-tested (l10n-host.test.ts).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerGoalsTestApi } from '../../../src/api';
import { displayDay } from '../../../src/core/time/display';
import { displayBundle, displayLanguage } from '../../../src/host/l10n';
import type { GoalsNode } from '../../../src/views/tree/nodes';
import { activateExtension } from '../workspace';

let api: CareerGoalsTestApi;
const labelOf = (item: vscode.TreeItem): string => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));

function child(parent: GoalsNode | undefined, label: string): GoalsNode {
  const found = api.internals.tree.getChildren(parent).find((n) => labelOf(api.internals.tree.getTreeItem(n)) === label);
  assert.ok(found, `no "${label}" in the Goals view`);
  return found;
}

describe('localization in the host', () => {
  before(async () => {
    api = await activateExtension<CareerGoalsTestApi>();
    await api.whenIdle();
  });

  it('reads the display language from vscode.env.language, with no bundle in English', () => {
    assert.match(vscode.env.language, /^en\b/, 'the suite runs VS Code in English');
    assert.equal(displayLanguage(), vscode.env.language);
    assert.equal(vscode.l10n.bundle, undefined, 'English needs no bundle');
    assert.deepEqual(displayBundle(), {});
  });

  it('gives the English message from vscode.l10n.t, with its arguments in place', () => {
    assert.equal(vscode.l10n.t('Show the Goals view'), 'Show the Goals view');
    assert.equal(vscode.l10n.t('{0} has {1} problems', 'goals.yaml', 3), 'goals.yaml has 3 problems');
    assert.equal(vscode.l10n.t('Next checkpoint: **{0}** on {1} ({2})', 'Beta', 'Dec 15, 2026', 'CLI'), 'Next checkpoint: **Beta** on Dec 15, 2026 (CLI)');
  });

  it('shows the English words in the Goals view, and a win’s day as the display language writes it', () => {
    const valid = child(undefined, 'valid');
    const wins = child(valid, 'Wins');
    assert.match(String(api.internals.tree.getTreeItem(wins).description), /^\d+ wins?$/);
    const [win] = api.internals.tree.getChildren(wins);
    assert.ok(win?.kind === 'win', 'the fixture has a win');
    const item = api.internals.tree.getTreeItem(win);
    assert.equal(item.description, displayDay(win.entry.date, vscode.env.language));
    assert.notEqual(item.description, win.entry.date, 'not the ISO day of the file');
  });

  it('words the status bar in English', () => {
    const view = api.internals.statusBar.view;
    assert.ok(view, 'the status bar shows');
    assert.match(view.tooltip, /^\*\*Career Goals\*\*: (\d+% overall across \d+ active goals?|no active goals)$/m);
    assert.ok(view.tooltip.includes('[$(graph-line) Open Dashboard](command:'), view.tooltip);
    assert.match(view.ariaLabel, /^Career Goals: /);
  });
});
