/**
 * A 486 KB plan (200 goals, 3,000 wins, generated as the bench does) on the desktop: its
 * analysis runs in the analysis worker, the result equals this thread's, and the
 * extension host's event loop is measured while the plan loads, for the closing note
 * and the README (reported, never asserted: speed is the bench's business). Node only
 * (test/web/node-only.ts): the web worker host has no worker_threads and no perf_hooks.
 */
import * as assert from 'node:assert/strict';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { personPlan } from '../../../scripts/bench/keystroke';
import type { CareerGoalsTestApi } from '../../../src/api';
import { analyze } from '../../../src/core/analyze';
import { MOCHA_LINE_MARK } from '../marks';
import { activateExtension, fileIn, waitFor, writeText } from '../workspace';

describe('a large plan (486 KB) on the desktop', function () {
  this.timeout(120_000);
  let api: CareerGoalsTestApi;
  const uri = () => fileIn('empty', 'goals.yaml');

  before(async () => {
    api = await activateExtension<CareerGoalsTestApi>();
    await api.whenIdle();
  });
  afterEach(async () => {
    await vscode.workspace.fs.delete(uri()).then(undefined, () => undefined);
    await waitFor(() => !api.internals.store.find(uri()), 'the store to drop the large plan');
    await api.whenIdle();
  });

  it('is analysed in the worker, as this thread would, without long blocks of the extension host', async () => {
    const text = personPlan(200, 3000);
    assert.ok(text.length > 450_000, `${text.length} characters`);
    const inWorker = api.internals.analyses.worker;
    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();
    const started = performance.now();
    await writeText(uri(), text);
    const state = await waitFor(() => {
      const s = api.internals.store.find(uri());
      return s?.text === text ? s : undefined;
    }, 'the store to hold the large plan', 60_000);
    await api.whenIdle();
    const loadMs = Math.round(performance.now() - started);
    delay.disable();
    assert.ok(api.internals.analyses.worker > inWorker, 'analysed in the worker');
    const want = analyze(text, new Date(), { maxActiveGoals: 5, reviews: state.reviews });
    assert.equal(state.analysis.overall, want.overall);
    assert.deepEqual(state.analysis.diagnostics, want.diagnostics);
    assert.deepEqual(state.analysis.parse.model, want.parse.model);
    assert.equal(api.getSnapshot(uri())?.goals.length, 200);
    const longest = Math.round(delay.max / 1e6);
    console.log(`${MOCHA_LINE_MARK}      timing: longest extension-host task while the 486 KB plan loads: ${longest} ms (event loop delay; load ${loadMs} ms, p99 ${Math.round(delay.percentile(99) / 1e6)} ms)`);
  });
});
