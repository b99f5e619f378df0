/**
 * api.getHistory from the journal: a point per entry and today's state last; nothing
 * from git where there is no repository. Runs in both extension hosts; the commit
 * history is history-git.test.ts (Node only).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerGoalsTestApi } from '../../../src/api';
import { activateExtension, daysAgo, historyOf, at, fileIn, folder, waitFor, writeText } from '../workspace';

let api: CareerGoalsTestApi;

const history = (uri: vscode.Uri) => historyOf(api, uri);
describe('history (api.getHistory)', function () {
  this.timeout(60_000);

  before(async () => {
    api = await activateExtension<CareerGoalsTestApi>();
    await api.whenIdle();
  });

  it('has only today for a folder with no journal and no git, and null without a goals file', async () => {
    const h = await history(folder('valid').uri);
    assert.deepEqual(
      h.points.map((p) => p.source),
      ['today'],
    );
    const snap = api.getSnapshot(folder('valid').uri);
    assert.equal(at(h.points, 0).overall, snap?.overall);
    assert.deepEqual(Object.keys(at(h.points, 0).goals).sort(), ['mentor', 'ship-cli', 'staff']);
    assert.deepEqual(h.reviews, { current: 0, best: 0 });
    assert.equal(await api.getHistory(folder('empty').uri), null);
  });

  it('reads a point per journal entry, with metric values, and the weekly streak', async () => {
    const dir = fileIn('valid', 'reviews');
    const older = daysAgo(14);
    const newer = daysAgo(7);
    const entry = (date: string, overall: number, extra = '') => `---\nkind: weekly\ndate: ${date}\noverall: ${overall}\nprogress:\n  ship-cli: ${overall}\n${extra}---\n\n# Weekly Review — ${date}\n`;
    try {
      await writeText(vscode.Uri.joinPath(dir, `${older}-weekly.md`), entry(older, 20));
      await writeText(vscode.Uri.joinPath(dir, `${newer}-weekly.md`), entry(newer, 35, 'metrics:\n  ship-cli: 7\n'));
      const h = await waitFor(async () => {
        const got = await history(folder('valid').uri);
        return got.points.length === 3 ? got : undefined;
      }, 'two review points before today');
      assert.deepEqual(JSON.parse(JSON.stringify(h)), h, 'plain JSON');
      assert.deepEqual(
        h.points.map((p) => [p.date, p.source, p.kind ?? '']),
        [
          [older, 'review', 'weekly'],
          [newer, 'review', 'weekly'],
          [daysAgo(0), 'today', ''],
        ],
      );
      assert.deepEqual(at(h.points, 1).goals['ship-cli'], { progress: 0.35, metric: 7 });
      assert.equal(at(h.points, 0).goals['ship-cli']?.metric, undefined, 'an entry without metrics still counts');
      assert.equal(at(h.points, 1).ref, `reviews/${newer}-weekly.md`);
      assert.deepEqual(h.reviews, { current: 2, best: 2 });
    } finally {
      await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false });
      await waitFor(async () => (await history(folder('valid').uri)).points.length === 1, 'the review points to go with the journal');
    }
  });
});
