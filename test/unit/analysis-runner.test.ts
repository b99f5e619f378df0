/**
 * Where the store's analyses run and how long typing waits: the in-thread runner (and
 * the web build's, which is always it) gives `analyze`'s result; the typing pause is
 * TYPING_DEBOUNCE_MS under WORKER_MIN_CHARS and follows the measured cost above it.
 */
import * as assert from 'node:assert/strict';
import { personPlan } from '../../scripts/bench/keystroke';
import { analyze } from '../../src/core/analyze';
import { inThreadRunner, MAX_TYPING_DEBOUNCE_MS, TYPING_DEBOUNCE_MS, typingDebounceMs, WORKER_MIN_CHARS } from '../../src/host/analysis-runner';
import { createAnalysisRunner } from '../../src/host/analysis-platform.web';
import type { Logger } from '../../src/host/log';

const NOW = new Date(2026, 10, 21);

describe('analysis runner', () => {
  it('analyses in this thread on the web, large plans included', async () => {
    const runner = createAnalysisRunner(undefined as never, undefined as unknown as Logger);
    const text = personPlan(200, 3000);
    assert.ok(text.length >= WORKER_MIN_CHARS);
    const got = await runner.analyze('plan', text, NOW, {});
    assert.deepEqual(got, analyze(text, NOW, {}));
    assert.deepEqual(runner.counts, { thread: 1, worker: 0 });
  });

  it('passes the options through', async () => {
    const runner = inThreadRunner();
    const text = personPlan(8, 10);
    const opts = { maxActiveGoals: 2, reviews: [{ kind: 'weekly' as const, date: '2026-11-20' }] };
    assert.deepEqual(await runner.analyze('plan', text, NOW, opts), analyze(text, NOW, opts));
  });

  it('waits TYPING_DEBOUNCE_MS (at most 75 ms) after a keystroke in a plan under 100 KB', () => {
    assert.ok(TYPING_DEBOUNCE_MS <= 75);
    assert.equal(WORKER_MIN_CHARS, 100_000);
    for (const chars of [0, 9_000, 39_000, WORKER_MIN_CHARS - 1]) assert.equal(typingDebounceMs(chars, 500), TYPING_DEBOUNCE_MS);
  });

  it('waits one and a half times the last analysis of a larger plan, within bounds', () => {
    assert.equal(typingDebounceMs(WORKER_MIN_CHARS, 100), 150);
    assert.equal(typingDebounceMs(486_000, 10), TYPING_DEBOUNCE_MS);
    assert.equal(typingDebounceMs(486_000, 1000), MAX_TYPING_DEBOUNCE_MS);
    assert.equal(typingDebounceMs(486_000, undefined), MAX_TYPING_DEBOUNCE_MS, 'not yet measured: the longest pause');
  });
});
