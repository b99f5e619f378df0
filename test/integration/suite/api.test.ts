/**
 * The API activate() returns: JSON-serialisable snapshots per folder, whenIdle, and
 * onDidChange.
 */
import * as assert from 'node:assert/strict';
import type { CareerGoalsTestApi } from '../../../src/api';
import { activateExtension, fileIn, folder, readText, restoreText, waitFor, writeText } from '../workspace';

let api: CareerGoalsTestApi;

describe('API', () => {
  before(async () => {
    api = await activateExtension<CareerGoalsTestApi>();
    await api.whenIdle();
  });

  it('returns a plain JSON snapshot of the first folder by default', () => {
    const snap = api.getSnapshot();
    assert.ok(snap);
    assert.deepEqual(JSON.parse(JSON.stringify(snap)), snap, 'survives a JSON round trip unchanged');
    assert.equal(snap.uri, fileIn('valid', 'goals.yaml').toString());
    assert.equal(snap.folder, 'valid');
    assert.deepEqual(
      snap.goals.map((g) => [g.id, g.horizon, g.status]),
      [
        ['ship-cli', 'short', 'active'],
        ['mentor', 'medium', 'active'],
        ['staff', 'long', 'active'],
      ],
    );
    for (const g of snap.goals) {
      assert.ok(g.progress >= 0 && g.progress <= 1);
      assert.ok(['on-track', 'behind', 'overdue', 'unscheduled', 'none'].includes(g.pace));
      assert.ok(g.pace === 'on-track' ? typeof g.bufferDays === 'number' : g.bufferDays === null);
    }
    assert.equal(snap.activeGoals, 3);
    assert.ok(snap.overall >= 0 && snap.overall <= 1);
    assert.ok(snap.reviewDue === null || ['weekly', 'monthly', 'quarterly'].includes(snap.reviewDue));
    assert.deepEqual(Object.keys(snap.diagnostics).sort(), ['error', 'hint', 'info', 'warning']);
    assert.equal(snap.diagnostics.error, 0);
  });

  it('answers per folder, by folder or file URI, and null for a folder without a file', () => {
    assert.equal(api.getSnapshot(folder('second').uri)?.folder, 'second');
    assert.equal(api.getSnapshot(fileIn('second', 'goals.yaml'))?.goals[1]?.status, 'paused');
    assert.equal(api.getSnapshot(folder('empty').uri), null);
    assert.ok((api.getSnapshot(folder('broken').uri)?.diagnostics.error ?? 0) > 0, 'broken file reports errors');
  });

  it('fires onDidChange and settles in whenIdle after a change', async () => {
    const uri = fileIn('second', 'goals.yaml');
    const original = await readText(uri);
    let fired = 0;
    const sub = api.onDidChange(() => fired++);
    try {
      await writeText(uri, original.replace('status: paused', 'status: active'));
      await waitFor(() => api.getSnapshot(uri)?.activeGoals === 2, 'the change to reach the snapshot');
      await api.whenIdle();
      assert.ok(fired > 0);
    } finally {
      sub.dispose();
      await restoreText(api, uri, original);
      await waitFor(() => api.getSnapshot(uri)?.activeGoals === 1, 'second restored');
    }
  });
});
