/**
 * The desktop's analysis worker (dist/analysis-worker.js, src/host/analysis-worker.ts)
 * gives exactly the analysis this thread gives: for the 486 KB plan it exists for, the
 * example, every broken fixture and text that is not YAML at all. What comes back has
 * crossed a structured clone, so this also proves an Analysis survives one (its Maps,
 * and each insight's goal still being the model's goal object).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as l10n from '@vscode/l10n';
import { personPlan } from '../../scripts/bench/keystroke';
import { analyze } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/types';
import type { WorkerReply, WorkerRequest } from '../../src/host/analysis-worker-protocol';

const ROOT = path.resolve(__dirname, '../../..');
const NOW = new Date(2026, 10, 21, 9, 30);
const OPTS = { maxActiveGoals: 4, reviews: [{ kind: 'weekly' as const, date: '2026-11-14' }] };

describe('analysis worker (desktop)', function () {
  this.timeout(60_000);
  let worker: Worker;
  let nextId = 1;

  const inWorker = (text: string): Promise<Analysis> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const onMessage = (m: WorkerReply) => {
        if ('type' in m) return reject(new Error(`the worker reported an internal error: ${m.error}`));
        if (m.id !== id) return;
        worker.off('message', onMessage);
        if ('analysis' in m) resolve(m.analysis);
        else reject(new Error(m.error));
      };
      worker.on('message', onMessage);
      const request: WorkerRequest = { type: 'analyze', id, key: 'plan', text, now: NOW.getTime(), opts: OPTS };
      worker.postMessage(request);
    });

  before(() => {
    const file = path.join(ROOT, 'dist', 'analysis-worker.js');
    assert.ok(fs.existsSync(file), 'node esbuild.js --tests builds dist/analysis-worker.js');
    worker = new Worker(file);
  });
  after(async () => {
    await worker?.terminate();
  });

  it('follows a plan typed a character at a time, as this thread would', async () => {
    let text = personPlan(200, 3000);
    const places = ['title: Goal number 100 with', 'title: Task 3 of goal 7', 'text: Win number 2999 that', 'north_star: Staff'];
    for (const [i, after] of places.entries()) {
      const at = text.indexOf(after) + after.length;
      assert.ok(at >= after.length, after);
      text = `${text.slice(0, at)}${'xyz'[i % 3]}${text.slice(at)}`;
      assert.deepEqual(await inWorker(text), analyze(text, NOW, OPTS), `after typing at "${after}"`);
    }
  });

  const texts: [string, () => string][] = [
    ['the 486 KB plan (200 goals, 3,000 wins)', () => personPlan(200, 3000)],
    ['the example', () => fs.readFileSync(path.join(ROOT, 'examples', 'goals.yaml'), 'utf8')],
    ...fs
      .readdirSync(path.join(ROOT, 'test', 'fixtures', 'broken'))
      .sort()
      .map((f): [string, () => string] => [`broken/${f}`, () => fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'broken', f), 'utf8')]),
    ['text that is not YAML', () => '\u0000{[: "\t\u2028 - - -'],
  ];
  for (const [name, text] of texts) {
    it(`analyses ${name} exactly as this thread does`, async () => {
      const t = text();
      const got = await inWorker(t);
      const want = analyze(t, NOW, OPTS);
      assert.deepEqual(got, want);
      got.insights.forEach((insight, i) => {
        assert.equal(insight.goal, got.parse.model.goals[i], 'an insight’s goal is the model’s goal object');
        assert.equal(got.byId.get(insight.goal.id), insight);
      });
    });
  }
});

describe('analysis worker in the display language', function () {
  this.timeout(60_000);

  it('writes its diagnostics in the language of the bundle it was started with, as this thread does with the same bundle', async () => {
    const german = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.de.json'), 'utf8')) as Record<string, string>;
    const worker = new Worker(path.join(ROOT, 'dist', 'analysis-worker.js'), { workerData: { l10n: german } });
    try {
      const text = 'version: 1\ngoals:\n  - id: a\n    title: A goal\n    horizon: someday\n';
      const got = await new Promise<Analysis>((resolve, reject) => {
        worker.on('message', (m: WorkerReply) => ('type' in m ? reject(new Error(m.error)) : 'analysis' in m ? resolve(m.analysis) : reject(new Error(m.error))));
        const request: WorkerRequest = { type: 'analyze', id: 1, key: 'plan', text, now: NOW.getTime(), opts: OPTS };
        worker.postMessage(request);
      });
      const english = analyze(text, NOW, OPTS).parse.diagnostics.map((d) => d.message);
      l10n.config({ contents: german });
      const inGerman = analyze(text, NOW, OPTS).parse.diagnostics.map((d) => d.message);
      l10n.config({ contents: {} });
      assert.ok(english.length > 0, 'the plan has diagnostics');
      assert.notDeepEqual(inGerman, english, 'the German bundle changes the messages');
      assert.deepEqual(
        got.parse.diagnostics.map((d) => d.message),
        inGerman,
      );
    } finally {
      await worker.terminate();
    }
  });
});
