/**
 * The analysis worker (dist/analysis-worker.js, desktop only): `worker_threads` runs it
 * beside the extension host; it analyses what analysis-platform.ts posts and posts the
 * Analysis back (structured clone keeps its Maps and shared goal objects).
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import type { WorkerReply, WorkerRequest } from './analysis-worker-protocol';

const port = parentPort;
if (!port) throw new Error('analysis-worker.js runs as a worker_threads worker');

port.on('message', (m: WorkerRequest) => {
  // The worker keeps nothing per plan (yet): there is nothing to forget.
  if (m.type === 'forget') return;
  let reply: WorkerReply;
  try {
    reply = { id: m.id, analysis: analyze(m.text, new Date(m.now), m.opts) };
  } catch (e) {
    reply = { id: m.id, error: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply);
});
