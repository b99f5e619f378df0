/**
 * The Language Model tools in the real host, through VS Code's own `vscode.lm.tools` and
 * `vscode.lm.invokeTool` (no chat request, so no token). No language model is called:
 * the tests are the caller a model would be. Reads return the plan's words; every bad
 * input throws a message saying what is wrong and leaves goals.yaml byte-identical.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerGoalsTestApi } from '../../../src/api';
import { AssistantTools } from '../../../src/assistant/lm-tools';
import type { ToolHost } from '../../../src/assistant/tool-host';
import { TOOLS } from '../../../src/core/assistant';
import { activateExtension, fileIn, readText, restoreText, waitFor } from '../workspace';

/** The text of a tool result. */
function textOf(result: vscode.LanguageModelToolResult): string {
  return result.content.map((p) => (p instanceof vscode.LanguageModelTextPart ? p.value : '')).join('');
}

function invoke(name: string, input: object): Thenable<vscode.LanguageModelToolResult> {
  return vscode.lm.invokeTool(name, { input, toolInvocationToken: undefined });
}

describe('assistant: Language Model tools', () => {
  const uri = () => fileIn('valid', 'goals.yaml');
  let api: CareerGoalsTestApi;
  let original: string;

  before(async () => {
    api = await activateExtension<CareerGoalsTestApi>();
    await api.whenIdle();
    original = await readText(uri());
  });
  afterEach(() => restoreText(api, uri(), original));

  it('lists every tool in vscode.lm.tools, the writing ones too in this trusted workspace', async () => {
    const names = Object.values(TOOLS).map((t) => t.lm);
    const listed = await waitFor(() => {
      const ours = vscode.lm.tools.filter((t) => t.name.startsWith('careerGoals_'));
      return ours.length === names.length ? ours : undefined;
    }, `the ${names.length} Career Goals tools in vscode.lm.tools`);
    assert.deepEqual(listed.map((t) => t.name).sort(), [...names].sort());
    const plan = listed.find((t) => t.name === TOOLS.getPlan.lm);
    assert.equal(plan?.description, TOOLS.getPlan.description);
    assert.ok(vscode.workspace.isTrusted);
  });

  it('careerGoals_getPlan states the overall figure as the status bar does', async () => {
    const snapshot = api.getSnapshot(uri());
    assert.ok(snapshot);
    const text = textOf(await invoke(TOOLS.getPlan.lm, { folder: 'valid' }));
    assert.match(text, /^Career plan of valid \(goals\.yaml\) on \d{4}-\d{2}-\d{2}$/m);
    assert.match(text, new RegExp(`^Overall progress: ${Math.floor(snapshot.overall * 100)}% · 3 goals`, 'm'));
    assert.match(text, /^- Ship the deploy CLI \[id: ship-cli\] \(short-term\): /m);
    assert.match(text, /^ {4}1\. Write the migration guide \(high priority\)$/m);
    assert.match(text, /^North star: Lead a platform team that ships calmly$/m);
  });

  it('careerGoals_getHistory ends with today and the review streak', async () => {
    const text = textOf(await invoke(TOOLS.getHistory.lm, { folder: 'valid' }));
    assert.match(text, /^- \d{4}-\d{2}-\d{2} today: overall \d+%$/m);
    assert.match(text, /^Weekly review streak: \d+ weeks? \(best \d+\)$/m);
  });

  // The writes. Outside a chat, VS Code 1.100 shows a tool's confirmation as a modal
  // dialog, and an extension test run skips every such dialog as confirmed (its
  // DialogService.confirm answers "yes" in tests). So invokeTool writes at once here, and
  // the confirmation's text is checked on its own, through the extension's test hooks.
  const WIN_LINE = '  - { date: 2026-10-16, text: Beta team deployed with the CLI on day one, goal: ship-cli }';

  it('careerGoals_logWin, once confirmed, adds exactly one line under wins:', async () => {
    const r = textOf(await invoke(TOOLS.logWin.lm, { folder: 'valid', text: 'Shipped the pager dashboard', goal: 'Ship the deploy CLI', date: '2026-10-20' }));
    assert.match(r, /^Done: Log a win dated 2026-10-20 for "Ship the deploy CLI": "Shipped the pager dashboard"\./);
    assert.equal(await readText(uri()), original.replace(WIN_LINE, `${WIN_LINE}\n  - { date: 2026-10-20, text: Shipped the pager dashboard, goal: ship-cli }`));
    await waitFor(() => api.getSnapshot(uri())?.goals.length === 3 && api.internals.store.find(uri())?.text.includes('Shipped the pager dashboard'), 'the store to adopt the write');
  });

  it('careerGoals_updateMetric, once confirmed, changes only the current value', async () => {
    await invoke(TOOLS.updateMetric.lm, { folder: 'valid', goal: 'ship-cli', value: 2 });
    const line = '    metric: { name: teams onboarded, unit: teams, start: 0, target: 4, current: 1 }';
    assert.equal(await readText(uri()), original.replace(line, line.replace('current: 1', 'current: 2')));
  });

  it('careerGoals_completeTask, once confirmed, ticks one task, and one Undo reverts it', async () => {
    const editor = await vscode.window.showTextDocument(uri());
    try {
      await invoke(TOOLS.completeTask.lm, { folder: 'valid', goal: 'ship-cli', task: 'write the migration guide' });
      const line = '      - { title: Write the migration guide, done: false, priority: high }';
      const expected = original.replace(line, line.replace('done: false', 'done: true'));
      assert.equal(await readText(uri()), expected);
      assert.equal(editor.document.getText(), expected);
      assert.equal(editor.document.isDirty, false, 'the write was saved');
      await vscode.commands.executeCommand('undo');
      await waitFor(() => editor.document.getText() === original, 'one Undo to restore the original text');
      await editor.document.save();
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });

  it('the confirmation shows exactly the lines that will change, and changes nothing', async () => {
    const prepared = await api.internals.assistant.prepare(TOOLS.updateMetric.lm, { folder: 'valid', goal: 'ship-cli', value: 3 });
    assert.equal(prepared?.confirmationMessages?.title, 'Update a metric in goals.yaml?');
    const message = prepared?.confirmationMessages?.message;
    const text = typeof message === 'string' ? message : (message?.value ?? '');
    assert.match(text, /Set the metric "teams onboarded" of "Ship the deploy CLI" from 1 to 3 teams/);
    assert.match(text, /^- 22 \| {5}metric: \{ name: teams onboarded, unit: teams, start: 0, target: 4, current: 1 \}$/m);
    assert.match(text, /^\+ 22 \| {5}metric: \{ name: teams onboarded, unit: teams, start: 0, target: 4, current: 3 \}$/m);
    assert.equal(await readText(uri()), original, 'preparing writes nothing');
    const bad = await api.internals.assistant.prepare(TOOLS.updateMetric.lm, { folder: 'valid', goal: 'ship-cli', value: 'x' });
    assert.equal(bad?.confirmationMessages, undefined, 'bad input asks nothing: the invocation throws and says why');
  });

  const BAD: [string, object, RegExp][] = [
    [TOOLS.logWin.lm, { folder: 'valid', text: '' }, /text is empty/],
    [TOOLS.logWin.lm, { folder: 'valid', text: 'x', goal: 'nope' }, /There is no goal "nope" in goals\.yaml\. Active goals: ship-cli, mentor, staff\./],
    [TOOLS.logWin.lm, { folder: 'valid', text: 'x', date: '2026-02-30' }, /2026-02-30 is not a real calendar date/],
    [TOOLS.updateMetric.lm, { folder: 'valid', goal: 'ship-cli', value: 'many' }, /value must be a number/],
    [TOOLS.updateMetric.lm, { folder: 'valid', goal: 'mentor', value: 1 }, /has no metric/],
    [TOOLS.completeTask.lm, { folder: 'valid', goal: 'ship-cli', task: 'Paint the shed' }, /has no task "Paint the shed"/],
    [TOOLS.completeTask.lm, { folder: 'valid', goal: 'ship-cli', task: 'Record a demo video' }, /already done/],
    [TOOLS.completeTask.lm, { folder: 'valid', goal: '<script>alert(1)</script>\n---', task: 1 }, /There is no goal "<script>alert\(1\)<\/script> ---"/],
    [TOOLS.getPlan.lm, { folder: 'nowhere' }, /There is no workspace folder "nowhere" with a goals file\. Folders with one: /],
    [TOOLS.getHistory.lm, { folder: 'valid', since: '2026-13-01' }, /not a real calendar date/],
  ];
  for (const [tool, input, message] of BAD) {
    it(`${tool} ${JSON.stringify(input).slice(0, 70)} throws, and goals.yaml is untouched`, async () => {
      await assert.rejects(Promise.resolve(invoke(tool, input)), (e: Error) => {
        assert.match(e.message, message);
        return true;
      });
      assert.equal(await readText(uri()), original);
    });
  }

  /**
   * The extension's own tools on the real store, with a host that stands in for what a
   * test run of VS Code cannot be: an untrusted workspace, a person who answers the
   * confirmation. Its tools are not registered with VS Code (the real ones are).
   */
  function ownTools(trusted: boolean, answer: boolean) {
    const trust = new vscode.EventEmitter<void>();
    const asked: { question: string; detail: string }[] = [];
    const host: ToolHost = {
      get isTrusted() {
        return trusted;
      },
      onDidGrantTrust: trust.event,
      registerTool: () => new vscode.Disposable(() => undefined),
      pickFolder: (store) => Promise.resolve(store.find(uri())),
      confirm: (question, detail) => {
        asked.push({ question, detail });
        return Promise.resolve(answer);
      },
    };
    const sources = { history: () => Promise.reject(new Error('not read here')), evidence: () => Promise.reject(new Error('not read here')) };
    const tools = new AssistantTools(api.internals.store, api.internals.log, sources, host);
    // As VS Code does: the workspace is trusted, then the event fires.
    const grant = (): void => {
      trusted = true;
      trust.fire();
    };
    return { tools, asked, grant, dispose: () => (tools.dispose(), trust.dispose()) };
  }

  it('registers only the reading tools in an untrusted workspace, and the writing ones once it is trusted', () => {
    const own = ownTools(false, true);
    try {
      const reading = Object.values(TOOLS).filter((t) => !t.writes).map((t) => t.lm);
      assert.deepEqual(own.tools.names.sort(), [...reading].sort());
      own.grant();
      assert.deepEqual(own.tools.names.sort(), Object.values(TOOLS).map((t) => t.lm).sort());
    } finally {
      own.dispose();
    }
  });

  it('writes nothing when the person declines the change it asks about, and writes once they confirm', async () => {
    // Several folders, no folder given and no editor open: the folder is picked, then the
    // change confirmed in a dialog of its own, since VS Code's confirmation came before the pick.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.ok(api.internals.store.states.length > 1, 'a multi-root workspace');
    const input = { goal: 'ship-cli', value: 3 };
    const declined = ownTools(true, false);
    try {
      await assert.rejects(declined.tools.invoke(TOOLS.updateMetric.lm, input), /The person declined the change; nothing was written\./);
      assert.equal(declined.asked.length, 1);
      assert.match(declined.asked[0]?.question ?? '', /^Update a metric in valid\/goals\.yaml\?$/);
      assert.match(declined.asked[0]?.detail ?? '', /^\+ 22 \| {5}metric: \{ name: teams onboarded, unit: teams, start: 0, target: 4, current: 3 \}$/m);
      assert.equal(await readText(uri()), original, 'declined: goals.yaml is byte-identical');
    } finally {
      declined.dispose();
    }
    const confirmed = ownTools(true, true);
    try {
      await confirmed.tools.invoke(TOOLS.updateMetric.lm, input);
      const line = '    metric: { name: teams onboarded, unit: teams, start: 0, target: 4, current: 1 }';
      assert.equal(await readText(uri()), original.replace(line, line.replace('current: 1', 'current: 3')));
    } finally {
      confirmed.dispose();
    }
  });

  it('refuses to write while goals.yaml has a YAML syntax error, naming the line', async () => {
    const broken = fileIn('broken', 'goals.yaml');
    const before = await readText(broken);
    await assert.rejects(Promise.resolve(invoke(TOOLS.logWin.lm, { folder: 'broken', text: 'A win' })), /has a YAML syntax error \(line \d+/);
    assert.equal(await readText(broken), before);
  });
});
