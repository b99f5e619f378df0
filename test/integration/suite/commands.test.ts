/**
 * The editing commands in the real host, driven through their args objects (no UI):
 * addGoal, logWin, toggleItem, updateMetric, setStatus, and the refusal to edit a
 * file with a YAML syntax error. Each test restores the fixture it changed.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerGoalsTestApi } from '../../../src/api';
import { Commands } from '../../../src/constants';
import { parseGoals } from '../../../src/core/parse';
import { activateExtension, fileIn, keepsEveryLine, readText, replaceText, waitFor } from '../workspace';

interface Result {
  written: boolean;
  error?: string;
  goalId?: string;
  failed: { reason: string }[];
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('commands: editing goals', () => {
  const uri = () => fileIn('valid', 'goals.yaml');
  let api: CareerGoalsTestApi;
  let original: string;

  before(async () => {
    api = await activateExtension<CareerGoalsTestApi>();
    await api.whenIdle();
    original = await readText(uri());
  });
  afterEach(() => replaceText(api, uri(), original));

  it('addGoal with a NewGoal inserts one goal block in the file’s style', async () => {
    const goal = { title: 'Learn Rust', horizon: 'medium', why: 'Systems work needs it', values: ['craft'], start: '2026-11-21', due: '2028-05-21', metric: { name: 'services in Rust', start: 0, target: 2 } };
    const result = await vscode.commands.executeCommand<Result>(Commands.addGoal, { uri: uri(), goal });
    assert.equal(result.written, true, result.error);
    assert.equal(result.goalId, 'learn-rust');
    const text = await readText(uri());
    assert.ok(keepsEveryLine(original, text), 'every original line (comments included) is kept');
    assert.match(text, /\n {2}- id: learn-rust\n {4}title: Learn Rust\n {4}horizon: medium\n/);
    const added = parseGoals(text).model.goals.find((g) => g.id === 'learn-rust');
    assert.ok(added);
    assert.equal(added.why, 'Systems work needs it');
    assert.deepEqual(added.values, ['craft']);
    assert.equal(added.due, '2028-05-21');
    assert.deepEqual({ name: added.metric?.name, start: added.metric?.start, target: added.metric?.target }, goal.metric);
    assert.deepEqual(parseGoals(text).diagnostics.filter((d) => d.severity === 'error'), []);
    await waitFor(() => api.getSnapshot(uri())?.goals.some((g) => g.id === 'learn-rust'), 'the snapshot to list the new goal');
  });

  it('addGoal numbers the id when the title’s slug is taken and refuses a goal without a horizon', async () => {
    const r = await vscode.commands.executeCommand<Result>(Commands.addGoal, { uri: uri(), title: 'Mentor', horizon: 'short', id: undefined });
    assert.equal(r.written, true);
    assert.equal(r.goalId, 'mentor-2');
    const bad = await vscode.commands.executeCommand<Result>(Commands.addGoal, { uri: uri(), title: 'No horizon' });
    assert.equal(bad.written, false);
    assert.match(bad.error ?? '', /horizon/);
  });

  it('logWin appends a win dated today, linked to the goal', async () => {
    const result = await vscode.commands.executeCommand<Result>(Commands.logWin, { uri: uri(), text: 'Second team onboarded: smooth', goalId: 'ship-cli' });
    assert.equal(result.written, true, result.error);
    const text = await readText(uri());
    assert.ok(keepsEveryLine(original, text));
    const win = parseGoals(text).model.wins.at(-1);
    assert.deepEqual({ date: win?.date, text: win?.text, goal: win?.goal }, { date: today(), text: 'Second team onboarded: smooth', goal: 'ship-cli' });
  });

  it('logWin from a goal ref with given text uses that goal', async () => {
    const result = await vscode.commands.executeCommand<Result>(Commands.logWin, { ref: { kind: 'goal', uri: uri(), goalId: 'mentor' }, text: 'First mentee led standup' });
    assert.equal(result.written, true, result.error);
    assert.equal(parseGoals(await readText(uri())).model.wins.at(-1)?.goal, 'mentor');
  });

  it('toggleItem flips a task and a checkpoint, changing only that item', async () => {
    const task = { kind: 'task', uri: uri(), goalId: 'ship-cli', index: 0, title: 'Write the migration guide' };
    assert.equal((await vscode.commands.executeCommand<Result>(Commands.toggleItem, task)).written, true);
    let text = await readText(uri());
    assert.equal(parseGoals(text).model.goals[0]?.tasks[0]?.done, true);
    assert.equal(text.replace('Write the migration guide, done: true', 'Write the migration guide, done: false'), original);
    await api.whenIdle();
    assert.equal((await vscode.commands.executeCommand<Result>(Commands.toggleItem, { ref: task })).written, true, 'a tree node shape ({ ref }) works too');
    assert.equal(await readText(uri()), original, 'toggling twice restores the file exactly');

    const checkpoint = { kind: 'checkpoint', uri: uri(), goalId: 'ship-cli', index: 1, title: 'All teams onboarded' };
    assert.equal((await vscode.commands.executeCommand<Result>(Commands.toggleItem, checkpoint, true)).written, true);
    text = await readText(uri());
    assert.equal(parseGoals(text).model.goals[0]?.checkpoints[1]?.done, true);
  });

  it('updateMetric sets current and accepts only numbers', async () => {
    const result = await vscode.commands.executeCommand<Result>(Commands.updateMetric, { uri: uri(), goalId: 'ship-cli', value: 3 });
    assert.equal(result.written, true, result.error);
    const text = await readText(uri());
    assert.equal(text, original.replace('target: 4, current: 1 }', 'target: 4, current: 3 }'));
    await api.whenIdle();
    const metricRef = { kind: 'metric', uri: uri(), goalId: 'ship-cli' };
    assert.equal((await vscode.commands.executeCommand<Result>(Commands.updateMetric, metricRef, '2,5')).written, true);
    assert.equal(parseGoals(await readText(uri())).model.goals[0]?.metric?.current, 2.5);
  });

  it('setStatus changes a goal’s status', async () => {
    const result = await vscode.commands.executeCommand<Result>(Commands.setStatus, { kind: 'goal', uri: uri(), goalId: 'mentor' }, 'paused');
    assert.equal(result.written, true, result.error);
    const text = await readText(uri());
    assert.equal(text, original.replace(/(id: mentor\n[^]*?status: )active/, '$1paused'));
    await waitFor(() => api.getSnapshot(uri())?.goals.find((g) => g.id === 'mentor')?.status === 'paused', 'the snapshot to show mentor paused');
  });

  it('every action refuses while the file has a syntax error, and leaves it untouched', async () => {
    const broken = fileIn('broken', 'goals.yaml');
    const before = await readText(broken);
    const attempts: [string, unknown, unknown?][] = [
      [Commands.logWin, { uri: broken, text: 'x' }],
      [Commands.addGoal, { uri: broken, goal: { title: 'x', horizon: 'short' } }],
      [Commands.setStatus, { kind: 'goal', uri: broken, goalId: 'fix-me' }, 'done'],
      [Commands.updateMetric, { uri: broken, goalId: 'fix-me', value: 1 }],
      [Commands.toggleItem, { kind: 'task', uri: broken, goalId: 'fix-me', index: 0, title: 'Unclosed mapping' }],
    ];
    for (const [command, arg, extra] of attempts) {
      const r = await vscode.commands.executeCommand<Result>(command, arg, extra);
      assert.equal(r.written, false, command);
      assert.match(r.error ?? '', /syntax error.*line \d+/i, `${command} names the error and its line`);
    }
    assert.equal(await readText(broken), before);
  });

  it('never writes into another folder’s file when the given folder has none', async () => {
    const r = await vscode.commands.executeCommand<Result | undefined>(Commands.logWin, { uri: fileIn('empty', 'goals.yaml'), text: 'Lost win' });
    assert.equal(r, undefined);
    assert.equal(await readText(uri()), original);
  });

  it('edits on top of unsaved changes in the open editor, keeping them', async () => {
    const doc = await vscode.workspace.openTextDocument(uri());
    await vscode.window.showTextDocument(doc);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri(), new vscode.Position(0, 0), '# my unsaved note\n');
    await vscode.workspace.applyEdit(edit);
    const result = await vscode.commands.executeCommand<Result>(Commands.setStatus, { kind: 'goal', uri: uri(), goalId: 'staff' }, 'done');
    assert.equal(result.written, true, result.error);
    const text = await readText(uri());
    assert.ok(text.startsWith('# my unsaved note\n'), 'the unsaved line was kept and saved with the edit');
    assert.equal(parseGoals(text).model.goals.find((g) => g.id === 'staff')?.status, 'done');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
