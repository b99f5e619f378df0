import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readAll, spreadOrder } from '../../src/core/history/version-reads';

describe('version reads (spread order, a few at once)', () => {
  it('orders every index once: the newest and the oldest first, then halves', () => {
    assert.deepEqual(spreadOrder(0), []);
    assert.deepEqual(spreadOrder(1), [0]);
    assert.deepEqual(spreadOrder(2), [1, 0]);
    assert.deepEqual(spreadOrder(9), [8, 0, 4, 2, 6, 1, 3, 5, 7]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), (n) => {
        const order = spreadOrder(n);
        assert.equal(order.length, n);
        assert.equal(new Set(order).size, n);
        assert.ok(order.every((i) => Number.isInteger(i) && i >= 0 && i < n));
      }),
    );
  });

  it('spans the whole range early: after the first 2^k + 1 reads no gap is wider than n / 2^k', () => {
    const n = 700;
    const order = spreadOrder(n);
    for (const k of [2, 4, 6]) {
      const seen = order.slice(0, 2 ** k + 1).sort((a, b) => a - b);
      const widest = Math.max(...seen.slice(1).map((x, i) => x - (seen[i] ?? 0)));
      assert.ok(widest <= Math.ceil(n / 2 ** k), `k=${k}: widest gap ${widest}`);
    }
  });

  it('reads everything with at most `concurrency` at once, and a failure is the item’s own', async () => {
    let running = 0;
    let most = 0;
    const read: number[] = [];
    const failed: number[] = [];
    const done = await readAll([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], {
      concurrency: 3,
      read: async (x) => {
        running++;
        most = Math.max(most, running);
        await new Promise((r) => setTimeout(r, x % 3));
        running--;
        if (x === 4) throw new Error('no such version');
        read.push(x);
      },
      failed: (x) => failed.push(x),
    });
    assert.equal(done, 10);
    assert.equal(most, 3);
    assert.deepEqual(read.sort((a, b) => a - b), [1, 2, 3, 5, 6, 7, 8, 9, 10]);
    assert.deepEqual(failed, [4]);
  });

  it('starts no read once cancelled, and reports each one done', async () => {
    const started: number[] = [];
    const reports: string[] = [];
    const done = await readAll([0, 1, 2, 3, 4, 5], {
      concurrency: 2,
      cancelled: () => started.length >= 3,
      read: async (x) => {
        started.push(x);
        await Promise.resolve();
      },
      after: (n, total) => {
        reports.push(`${n}/${total}`);
      },
    });
    assert.equal(started.length, 3);
    assert.equal(done, 3);
    assert.deepEqual(reports, ['1/6', '2/6', '3/6']);
  });
});
