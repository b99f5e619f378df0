/** Messages between analysis-platform.ts and its worker, analysis-worker.ts. */
import type { FastPath } from '../core/parse/fast-path';
import type { Analysis, AnalyzeOptions } from '../core/types';

/**
 * What the worker is started with (`workerData`): the display language's bundle, so the
 * core's diagnostics read there as in the host (`{}` in English).
 */
export interface WorkerStart {
  l10n: { [key: string]: string };
}

/** Host → worker. `now` is a timestamp: the worker's "today" is the host's. */
export type WorkerRequest = { type: 'analyze'; id: number; key: string; text: string; now: number; opts: AnalyzeOptions } | { type: 'forget'; key: string };

/**
 * Worker → host: the analysis, or why there is none (the host then analyses itself), or
 * a fast path's error for the host's log (the analysis still follows).
 */
export type WorkerReply = { id: number; analysis: Analysis } | { id: number; error: string } | { type: 'internal-error'; where: FastPath; error: string };
