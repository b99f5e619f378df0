/**
 * Quick fixes for the pitfalls, in the real host: each appears for its diagnostic
 * (kind QuickFix, tied to it), and applying it edits goals.yaml minimally through the
 * store, keeping comments and every other line.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerGoalsTestApi } from '../../../src/api';
import { parseGoals } from '../../../src/core/parse';
import { activateExtension, fileIn, keepsEveryLine, readText, replaceText, waitFor } from '../workspace';

const PLAN = `# Plan for quick-fix tests: this comment must survive every fix.
version: 1

vision:
  north_star: Lead a platform team
  values: [craft]

goals:
  # The goal every fix targets: nothing but a title and a horizon.
  - id: bare
    title: Bare goal
    horizon: medium
    status: active
${[1, 2, 3, 4, 5]
  .map(
    (n) => `
  - id: g${n}
    title: Goal ${n}
    horizon: short
    status: active
    why: Reason ${n}
    start: 2026-10-01
    due: 2099-12-31
    metric: { name: things, start: 0, target: 10, current: ${n} }
    flexibility: Plan B ${n}
`,
  )
  .join('')}`;

function addMonths(months: number): string {
  const d = new Date();
  const t = new Date(d.getFullYear(), d.getMonth() + months, 1);
  const last = new Date(t.getFullYear(), t.getMonth() + 1, 0).getDate();
  return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(Math.min(d.getDate(), last)).padStart(2, '0')}`;
}

describe('codeActions: quick fixes for pitfalls', () => {
  const uri = () => fileIn('valid', 'goals.yaml');
  let api: CareerGoalsTestApi;
  let original: string;

  /** Replaces the file's text, through the loaded document when there is one, and waits for the store. */
  const write = (text: string) => replaceText(api, uri(), text);

  /** The quick fixes VS Code offers for the first diagnostic with `code` (and `message` part). */
  async function fixesFor(code: string, about = 'Bare goal'): Promise<{ diagnostic: vscode.Diagnostic; actions: vscode.CodeAction[] }> {
    const diagnostic = await waitFor(
      () => vscode.languages.getDiagnostics(uri()).find((d) => d.code === code && (code === 'pitfall/too-many-goals' || code === 'pitfall/no-celebration' || d.message.includes(about))),
      `a ${code} diagnostic`,
    );
    // The provider API needs the document loaded, as it is when a person looks at it.
    await vscode.workspace.openTextDocument(uri());
    const all = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri(), diagnostic.range)) ?? [];
    // The API returns actions without their `diagnostics` (not converted back), so fixes are told apart by title.
    const actions = all.filter((a): a is vscode.CodeAction => 'kind' in a);
    return { diagnostic, actions };
  }

  async function run(action: vscode.CodeAction, ...extra: unknown[]): Promise<{ written: boolean; error?: string }> {
    assert.ok(action.command, `${action.title} has a command`);
    assert.ok(action.kind && vscode.CodeActionKind.QuickFix.contains(action.kind), 'it is a quick fix');
    return vscode.commands.executeCommand(action.command.command, ...((action.command.arguments ?? []) as unknown[]), ...extra);
  }

  before(async () => {
    api = await activateExtension<CareerGoalsTestApi>();
    await api.whenIdle();
    original = await readText(uri());
  });
  beforeEach(() => write(PLAN));
  after(() => write(original));

  it('offers no fix where there is no problem', async () => {
    await fixesFor('pitfall/not-measurable');
    const all = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri(), new vscode.Range(4, 2, 4, 5))) ?? [];
    assert.deepEqual(all.map((a) => a.title).filter((t) => /metric|due date|why|plan B|Pause|Log a win/i.test(t)), [], 'the north_star line has no problem, so no quick fix');
  });

  it('not measurable: adds a metric skeleton to the goal', async () => {
    const { actions } = await fixesFor('pitfall/not-measurable');
    const fix = actions.find((a) => /Add a metric/.test(a.title));
    assert.ok(fix, `offered: ${actions.map((a) => a.title).join(', ')}`);
    assert.equal((await run(fix)).written, true);
    const text = await readText(uri());
    assert.ok(keepsEveryLine(PLAN, text), 'nothing else changed');
    const bare = parseGoals(text).model.goals.find((g) => g.id === 'bare');
    assert.ok(bare?.metric && bare.metric.target !== bare.metric.start, 'a measurable metric was added');
    await waitFor(() => !vscode.languages.getDiagnostics(uri()).some((d) => d.code === 'pitfall/not-measurable'), 'the pitfall to go');
  });

  it('not time-bound: sets the due date suggested from the horizon (medium: +18 months)', async () => {
    const { actions } = await fixesFor('pitfall/not-time-bound');
    const due = addMonths(18);
    const fix = actions.find((a) => a.title.includes(due));
    assert.ok(fix, `offered: ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(fix.isPreferred, true);
    assert.equal((await run(fix)).written, true);
    const text = await readText(uri());
    assert.ok(keepsEveryLine(PLAN, text));
    assert.equal(text.split('\n').length, PLAN.split('\n').length + 1, 'one line added');
    assert.equal(parseGoals(text).model.goals.find((g) => g.id === 'bare')?.due, due);
  });

  it('not meaningful: asks for a why and writes it', async () => {
    const { actions } = await fixesFor('pitfall/not-meaningful');
    const fix = actions.find((a) => /why/i.test(a.title));
    assert.ok(fix);
    assert.equal((await run(fix, 'It unblocks: the whole team')).written, true);
    const text = await readText(uri());
    assert.ok(keepsEveryLine(PLAN, text));
    assert.equal(parseGoals(text).model.goals.find((g) => g.id === 'bare')?.why, 'It unblocks: the whole team');
  });

  it('no flexibility: asks for a plan B and writes it', async () => {
    const { actions } = await fixesFor('pitfall/no-flexibility');
    const fix = actions.find((a) => /plan B/i.test(a.title));
    assert.ok(fix);
    assert.equal((await run(fix, 'Half the scope counts')).written, true);
    assert.equal(parseGoals(await readText(uri())).model.goals.find((g) => g.id === 'bare')?.flexibility, 'Half the scope counts');
  });

  it('too many goals: pauses the least-progressed active goal', async () => {
    const { actions } = await fixesFor('pitfall/too-many-goals');
    const fix = actions.find((a) => a.title.startsWith('Pause “Bare goal”'));
    assert.ok(fix, `offered: ${actions.map((a) => a.title).join(', ')}`);
    assert.equal((await run(fix)).written, true);
    const text = await readText(uri());
    assert.equal(text, PLAN.replace('horizon: medium\n    status: active', 'horizon: medium\n    status: paused'));
    await waitFor(() => !vscode.languages.getDiagnostics(uri()).some((d) => d.code === 'pitfall/too-many-goals'), 'the pitfall to go');
  });

  it('no celebration: offers Log a Win, which appends a win', async () => {
    const { actions } = await fixesFor('pitfall/no-celebration');
    const fix = actions.find((a) => /Log a win/i.test(a.title));
    assert.ok(fix?.command);
    assert.equal(fix.command.command, 'careerGoals.logWin');
    const arg = fix.command.arguments?.[0] as { uri: vscode.Uri };
    assert.equal(arg.uri.toString(), uri().toString());
    const r = await vscode.commands.executeCommand<{ written: boolean }>(fix.command.command, { ...arg, text: 'Celebrated at last' });
    assert.equal(r.written, true);
    const text = await readText(uri());
    assert.ok(keepsEveryLine(PLAN, text));
    assert.equal(parseGoals(text).model.wins.at(-1)?.text, 'Celebrated at last');
  });

  it('a misspelt rhythm word and a pause the wrong way round: each fix is one edit of that value, taken back by one Undo', async () => {
    const tail = 'rhythm:\n  weekly: fryday # my day\npauses:\n  - {from: 2030-12-21, to: 2030-12-03, note: Winter}\n';
    await write(`${PLAN}${tail}`);
    const doc = await vscode.workspace.openTextDocument(uri());
    const editor = await vscode.window.showTextDocument(doc);
    const word = (await fixesFor('invalid-rhythm', 'fryday')).actions.find((a) => a.title === 'Write “friday”');
    assert.ok(word?.edit, 'a text fix for the weekday');
    assert.equal(word.isPreferred, true);
    assert.equal(await vscode.workspace.applyEdit(word.edit), true);
    assert.equal(doc.getText(), `${PLAN}${tail.replace('fryday', 'friday')}`);
    // A text fix is offered on the text the store analysed: wait until it has the edited one.
    await waitFor(async () => {
      await api.whenIdle();
      return api.internals.store.find(uri())?.text === doc.getText();
    }, 'the store to analyse the edited text');
    const swap = (await fixesFor('pause-order', 'Pause 1')).actions.find((a) => a.title === 'Swap the pause’s from and to dates');
    assert.ok(swap?.edit, 'a text fix for the pause');
    assert.equal(await vscode.workspace.applyEdit(swap.edit), true);
    const both = `${PLAN}${tail.replace('fryday', 'friday').replace('from: 2030-12-21, to: 2030-12-03', 'from: 2030-12-03, to: 2030-12-21')}`;
    assert.equal(doc.getText(), both);
    // One Undo takes the swap back whole: both dates.
    await vscode.window.showTextDocument(doc, { viewColumn: editor.viewColumn });
    await vscode.commands.executeCommand('undo');
    await waitFor(() => doc.getText() === `${PLAN}${tail.replace('fryday', 'friday')}`, 'one Undo to restore both dates');
    await doc.save();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
