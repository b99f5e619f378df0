/**
 * Where the store's analyses run. Small plans are analysed in this thread: it takes a
 * few milliseconds. On the desktop, a plan of WORKER_MIN_CHARS or more goes to a
 * `worker_threads` worker (analysis-platform.ts), so the extension host, and every
 * other extension in it, never waits for one; vscode.dev and github.dev analyse in
 * this thread, since their web worker extension host cannot start workers of its own
 * (analysis-platform.web.ts). Both give the same results (a test holds them to it).
 * Either way each plan has its own IncrementalAnalyzer, so a keystroke reads again only
 * the entry it falls in.
 */
import { IncrementalAnalyzer } from '../core/incremental';
import type { FastPath, InternalErrorSink } from '../core/parse/fast-path';
import type { Analysis, AnalyzeOptions } from '../core/types';

/** Plans this long or longer leave the extension host thread on the desktop. */
export const WORKER_MIN_CHARS = 100_000;

/**
 * The longest a typing pause waits before the model follows the editor.
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export const MAX_TYPING_DEBOUNCE_MS = 300;
/**
 * The typing pause for plans under WORKER_MIN_CHARS.
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export const TYPING_DEBOUNCE_MS = 75;

/** Runs analyses; `key` names the plan (its folder) so a runner may keep per-plan state. */
export interface AnalysisRunner {
  /** The analysis of `text` on `now`. Never rejects: a worker that fails falls back to this thread. */
  analyze(key: string, text: string, now: Date, opts: AnalyzeOptions): Analysis | Promise<Analysis>;
  /** Drops what the runner keeps for `key` (its folder left the workspace). */
  forget(key: string): void;
  dispose(): void;
  /** How many analyses ran where (tests, the log). */
  readonly counts: { thread: number; worker: number };
}

/** One IncrementalAnalyzer per plan, made on first use: what the runners and the worker keep. */
export class PlanAnalyzers {
  private readonly byKey = new Map<string, IncrementalAnalyzer>();

  /** `onInternalError` hears of every fast path's error, for the log. */
  constructor(private readonly onInternalError?: InternalErrorSink) {}

  /** `analyze(text, now, opts)` through the plan's own analyzer. */
  analyze(key: string, text: string, now: Date, opts: AnalyzeOptions): Analysis {
    let analyzer = this.byKey.get(key);
    if (!analyzer) this.byKey.set(key, (analyzer = new IncrementalAnalyzer(this.onInternalError)));
    return analyzer.analyze(text, now, opts);
  }

  forget(key: string): void {
    this.byKey.delete(key);
  }
}

/** Analyses in this thread; a fast path's error goes to `onInternalError`. */
export function inThreadRunner(onInternalError?: InternalErrorSink): AnalysisRunner {
  const counts = { thread: 0, worker: 0 };
  const analyzers = new PlanAnalyzers(onInternalError);
  return {
    counts,
    analyze: (key, text, now, opts) => {
      counts.thread++;
      return analyzers.analyze(key, text, now, opts);
    },
    forget: (key) => analyzers.forget(key),
    dispose: () => undefined,
  };
}

/**
 * How long to wait after a keystroke before analysing: TYPING_DEBOUNCE_MS for plans
 * under WORKER_MIN_CHARS; for larger ones, one and a half times what the last analysis
 * of that plan took (`lastCostMs`), within TYPING_DEBOUNCE_MS..MAX_TYPING_DEBOUNCE_MS,
 * so fast typing never queues analyses behind each other.
 */
export function typingDebounceMs(chars: number, lastCostMs: number | undefined): number {
  if (chars < WORKER_MIN_CHARS) return TYPING_DEBOUNCE_MS;
  const wanted = Math.round(1.5 * (lastCostMs ?? MAX_TYPING_DEBOUNCE_MS));
  return Math.max(TYPING_DEBOUNCE_MS, Math.min(MAX_TYPING_DEBOUNCE_MS, wanted));
}

/**
 * The log line for a fast path's error. The full parser has read the plan by then, so
 * the person sees a correct analysis; the line is for whoever reads the log or files an
 * issue, never a notification.
 */
export function internalErrorLine(where: FastPath): string {
  const what = where === 'plain-reader' ? 'The plain YAML reader' : 'The incremental analysis';
  return `${what} failed inside Career Goals; the full parser read the plan instead, so nothing the person sees is wrong. Please report this with the stack below`;
}
