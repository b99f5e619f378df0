/**
 * The CodeLens above each goal, in the real host: `46% · on track · 3/7 tasks`, on
 * the goal's first line, revealing the goal in the Goals view when clicked.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerGoalsTestApi } from '../../../src/api';
import { Commands } from '../../../src/constants';
import { activateExtension, at, fileIn, waitFor } from '../workspace';

describe('codeLens: progress above each goal', () => {
  const uri = () => fileIn('valid', 'goals.yaml');
  let api: CareerGoalsTestApi;
  before(async () => {
    api = await activateExtension<CareerGoalsTestApi>();
    await api.whenIdle();
  });

  it('provides one lens per goal with progress, pace and tasks, on the goal’s line', async () => {
    const doc = await vscode.workspace.openTextDocument(uri());
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri())) ?? [];
    const ours = lenses.filter((l) => l.command?.command === Commands.revealInTree);
    assert.equal(ours.length, 3);
    const pace = '(on track|behind|overdue)';
    const expected: [string, RegExp][] = [
      ['ship-cli', new RegExp(`^25% · ${pace} · 1/2 tasks$`)],
      ['mentor', new RegExp(`^50% · ${pace} · 1/2 tasks$`)],
      ['staff', new RegExp(`^0% · ${pace}$`)],
    ];
    for (const [i, [goalId, title]] of expected.entries()) {
      const lens = at(ours, i);
      assert.match(lens.command!.title, title);
      const [lensUri, lensGoal] = lens.command!.arguments as [vscode.Uri, string];
      assert.equal(lensUri.toString(), uri().toString());
      assert.equal(lensGoal, goalId);
      assert.equal(doc.lineAt(lens.range.start.line).text, `  - id: ${goalId}`);
    }
  });

  it('clicking a lens reveals the goal in the Goals view', async () => {
    await vscode.workspace.openTextDocument(uri());
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri())) ?? [];
    const mentor = lenses.find((l) => l.command?.arguments?.[1] === 'mentor');
    assert.ok(mentor?.command);
    await vscode.commands.executeCommand(mentor.command.command, ...((mentor.command.arguments ?? []) as unknown[]));
    await waitFor(() => {
      const node = api.internals.treeView.selection[0] as { ref?: { goalId?: string } } | undefined;
      return node?.ref?.goalId === 'mentor';
    }, 'the mentor goal to be selected in the Goals view');
  });
});
