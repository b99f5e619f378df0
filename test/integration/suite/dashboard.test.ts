/**
 * The progress dashboard: one panel per folder, drawn from the model the host posts
 * once the page is listening, updated live, and opening a review point's journal
 * entry. Messages from the page are validated.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerGoalsTestApi } from '../../../src/api';
import type { DashboardHostMessage } from '../../../src/shared/dashboard-protocol';
import { activateExtension, fileIn, folder, readText, waitFor, writeText } from '../workspace';

let api: CareerGoalsTestApi;

type ModelMessage = Extract<DashboardHostMessage, { type: 'model' }>;

/** The last model the panel of `name` posted, once it posted one that passes `ok`. */
function lastModel(name: 'valid' | 'second', ok: (m: ModelMessage) => boolean = () => true): Promise<ModelMessage> {
  return waitFor(() => {
    const sent = api.internals.dashboards.sent(folder(name).uri);
    const m = sent.filter((s): s is ModelMessage => s.type === 'model').at(-1);
    return m && ok(m) ? m : undefined;
  }, `a dashboard model for ${name}`, 20_000);
}

describe('dashboard', function () {
  this.timeout(60_000);

  before(async () => {
    api = await activateExtension<CareerGoalsTestApi>();
    await api.whenIdle();
  });

  afterEach(async () => {
    api.internals.dashboards.closeAll();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens one panel per folder and draws the model once the page is ready', async () => {
    await vscode.commands.executeCommand('careerGoals.openDashboard', folder('valid').uri);
    // A webview loads only once it is visible: the page's `ready` brings the model.
    const m = await lastModel('valid');
    await vscode.commands.executeCommand('careerGoals.openDashboard', folder('second').uri);
    await vscode.commands.executeCommand('careerGoals.openDashboard', folder('valid').uri);
    const panels = api.internals.dashboards.panels();
    assert.deepEqual(panels.map((p) => p.folderUri).sort(), [folder('second').uri.toString(), folder('valid').uri.toString()].sort(), 'a second open of a folder reveals its panel');
    assert.equal(panels.find((p) => p.folderUri === folder('valid').uri.toString())?.visible, true, 'revealed');
    assert.equal(m.folderName, 'valid');
    assert.equal(m.folderUri, folder('valid').uri.toString());
    assert.deepEqual(
      m.model.goals.map((g) => g.id),
      ['ship-cli', 'mentor', 'staff'],
    );
    assert.equal(m.model.empty, true, 'no journal and no git: only today');
    // Commits can add points where the folder is local and the Git extension runs beside
    // this one: not in the web worker host, whose folders here are vscode-remote: URIs.
    const webWorker = typeof (globalThis as { process?: unknown }).process === 'undefined';
    assert.equal(m.git, !webWorker && folder('valid').uri.scheme === 'file');
    assert.equal(m.model.calendar.length, 52);
    assert.deepEqual(JSON.parse(JSON.stringify(m.model)), m.model);
  });

  it('follows goals.yaml and the journal, and opens a review point’s entry', async () => {
    const uri = fileIn('second', 'goals.yaml');
    const original = await readText(uri);
    const dir = fileIn('second', 'reviews');
    const d = new Date();
    d.setDate(d.getDate() - 3);
    const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const entry = vscode.Uri.joinPath(dir, `${date}-weekly.md`);
    try {
      await vscode.commands.executeCommand('careerGoals.openDashboard', folder('second').uri);
      await lastModel('second');
      await writeText(entry, `---\nkind: weekly\ndate: ${date}\noverall: 25\n---\n\n# Weekly Review\n`);
      const withReview = await lastModel('second', (m) => m.model.points.some((p) => p.source === 'review'));
      assert.equal(withReview.model.empty, false);
      const point = withReview.model.points.find((p) => p.source === 'review');
      assert.equal(point?.ref, `reviews/${date}-weekly.md`);

      await writeText(uri, original.replace('status: paused', 'status: active'));
      await lastModel('second', (m) => m.model.goals.find((g) => g.id === 'publish')?.status === 'active');

      await api.internals.dashboards.post(folder('second').uri, { type: 'openPoint', source: 'review', ref: `reviews/${date}-weekly.md` });
      await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === entry.toString(), 'the journal entry to open');

      // A made-up path or a malformed message opens nothing and breaks nothing.
      await api.internals.dashboards.post(folder('second').uri, { type: 'openPoint', source: 'review', ref: '../../etc/passwd' });
      await api.internals.dashboards.post(folder('second').uri, { type: 'openPoint', source: 'commit', ref: 'HEAD; rm -rf /' });
      await api.internals.dashboards.post(folder('second').uri, { type: 'nope' });
      await api.internals.dashboards.post(folder('second').uri, null);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), entry.toString());
      assert.equal(api.internals.dashboards.panels().length, 1);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false }).then(undefined, () => undefined);
      if ((await readText(uri)) !== original) await writeText(uri, original);
      await waitFor(() => api.getSnapshot(uri)?.goals.find((g) => g.id === 'publish')?.status === 'paused', 'the fixture to be back');
      await api.whenIdle();
    }
  });
});
