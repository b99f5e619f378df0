/**
 * The analysis worker (dist/analysis-worker.js, desktop only): `worker_threads` runs it
 * beside the extension host; it analyses what analysis-platform.ts posts, each plan with
 * its own IncrementalAnalyzer, and posts the Analysis back (structured clone keeps its
 * Maps and shared goal objects).
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as l10n from '@vscode/l10n';
import { PlanAnalyzers } from './analysis-runner';
import type { WorkerReply, WorkerRequest, WorkerStart } from './analysis-worker-protocol';

const port = parentPort;
if (!port) throw new Error('analysis-worker.js runs as a worker_threads worker');

// The display language's bundle, before any analysis: the core's diagnostics are
// translated here, as in the extension host (an English host sends none).
l10n.config({ contents: (workerData as Partial<WorkerStart> | undefined)?.l10n ?? {} });

/** Each plan's incremental analyzer lives here, beside the plan's text it last read. */
const analyzers = new PlanAnalyzers((where, e) => {
  const reply: WorkerReply = { type: 'internal-error', where, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  port.postMessage(reply);
});

port.on('message', (m: WorkerRequest) => {
  if (m.type === 'forget') {
    analyzers.forget(m.key);
    return;
  }
  let reply: WorkerReply;
  try {
    reply = { id: m.id, analysis: analyzers.analyze(m.key, m.text, new Date(m.now), m.opts) };
  } catch (e) {
    reply = { id: m.id, error: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply);
});
