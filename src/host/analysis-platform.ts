/**
 * The desktop's analysis runner: plans of WORKER_MIN_CHARS or more are analysed in a
 * `worker_threads` worker (dist/analysis-worker.js), started on first need; smaller
 * ones in this thread, where a worker's round trip would cost more than the analysis.
 * Should the worker fail to start or die, analyses run in this thread from then on,
 * logged once. The web build uses analysis-platform.web.ts instead (see esbuild.js).
 */
import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import type { Analysis, AnalyzeOptions } from '../core/types';
import { internalErrorLine, inThreadRunner, WORKER_MIN_CHARS, type AnalysisRunner } from './analysis-runner';
import type { WorkerReply, WorkerRequest, WorkerStart } from './analysis-worker-protocol';
import { displayBundle } from './l10n';
import type { Logger } from './log';

interface Pending {
  resolve: (a: Analysis) => void;
  /** Analyses in this thread instead, when the worker cannot. */
  fallback: () => Analysis;
}

/** In a worker for large plans, in this thread for the rest and whenever the worker is unavailable. */
export function createAnalysisRunner(extensionUri: vscode.Uri, log: Logger): AnalysisRunner {
  const here = inThreadRunner((where, e) => log.error(internalErrorLine(where), e));
  let worker: Worker | undefined;
  let broken = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  /** Whatever was waiting is analysed here, so no caller waits for ever. */
  const analyseWaitingHere = (): void => {
    for (const [id, p] of pending) {
      pending.delete(id);
      p.resolve(p.fallback());
    }
  };

  const giveUp = (why: string, e?: unknown): void => {
    if (!broken) log.error(`The analysis worker ${why}; large plans are analysed in the extension host from now on`, e);
    broken = true;
    worker = undefined;
    analyseWaitingHere();
  };

  const start = (): Worker | undefined => {
    if (worker || broken) return worker;
    try {
      // The worker translates the core's diagnostics with the bundle the host has.
      const workerData: WorkerStart = { l10n: displayBundle() };
      // A local file: worker_threads runs only on the desktop, where the extension is one.
      // eslint-disable-next-line no-restricted-properties
      const w = new Worker(vscode.Uri.joinPath(extensionUri, 'dist', 'analysis-worker.js').fsPath, { workerData });
      w.on('message', (m: WorkerReply) => {
        if ('type' in m) {
          log.error(`${internalErrorLine(m.where)} (in the analysis worker): ${m.error}`);
          return;
        }
        const p = pending.get(m.id);
        if (!p) return;
        pending.delete(m.id);
        if ('analysis' in m) {
          counts.worker++;
          // Receiving a large plan's analysis (its structured clone read back) is a task
          // of its own; what the store and the views then do with it runs in the next,
          // so that no one task on this thread holds both.
          const analysis = m.analysis;
          setTimeout(() => p.resolve(analysis), 0);
        } else {
          log.warn(`The analysis worker could not analyse a plan (${m.error}); analysed in the extension host instead`);
          p.resolve(p.fallback());
        }
      });
      w.on('error', (e) => giveUp('failed', e));
      w.on('exit', (code) => {
        if (worker === w) giveUp(`stopped (exit code ${code})`);
      });
      // The worker never keeps the extension host alive by itself.
      w.unref();
      worker = w;
    } catch (e) {
      giveUp('could not start', e);
    }
    return worker;
  };

  const counts = here.counts;
  return {
    counts,
    analyze(key: string, text: string, now: Date, opts: AnalyzeOptions) {
      if (text.length < WORKER_MIN_CHARS) return here.analyze(key, text, now, opts);
      const w = start();
      if (!w) return here.analyze(key, text, now, opts);
      const id = nextId++;
      return new Promise<Analysis>((resolve) => {
        pending.set(id, { resolve, fallback: () => here.analyze(key, text, now, opts) as Analysis });
        const request: WorkerRequest = { type: 'analyze', id, key, text, now: now.getTime(), opts };
        try {
          w.postMessage(request);
        } catch (e) {
          giveUp('could not be reached', e);
        }
      });
    },
    forget(key: string) {
      const request: WorkerRequest = { type: 'forget', key };
      worker?.postMessage(request);
    },
    dispose() {
      const w = worker;
      worker = undefined;
      broken = true;
      analyseWaitingHere();
      void w?.terminate();
    },
  };
}
