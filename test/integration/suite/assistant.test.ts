/**
 * The Language Model tools in the real host, through VS Code's own `vscode.lm.tools` and
 * `vscode.lm.invokeTool` (no chat request, so no token). No language model is called:
 * the tests are the caller a model would be. Reads return the plan's words; every bad
 * input throws a message saying what is wrong and leaves goals.yaml byte-identical.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerGoalsTestApi } from '../../../src/api';
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
    }, 'the five Career Goals tools in vscode.lm.tools');
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

  it('refuses to write while goals.yaml has a YAML syntax error, naming the line', async () => {
    const broken = fileIn('broken', 'goals.yaml');
    const before = await readText(broken);
    await assert.rejects(Promise.resolve(invoke(TOOLS.logWin.lm, { folder: 'broken', text: 'A win' })), /has a YAML syntax error \(line \d+/);
    assert.equal(await readText(broken), before);
  });
});
