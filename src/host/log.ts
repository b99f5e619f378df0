/**
 * The "Career Goals" output channel: the one place the extension logs. Timings
 * (activation, keystroke to refreshed tree, review panels) go here and to the console
 * so test runs print them, and the last ones are kept for the test hooks.
 */
import * as vscode from 'vscode';
import { primitiveText } from '../core/text/primitive-text';

/** Writes to the output channel and the console. */
export interface Logger extends vscode.Disposable {
  info(message: string): void;
  /** Something the person may want to fix (a bad setting, a rejected message); never a bug. */
  warn(message: string): void;
  error(message: string, error?: unknown): void;
  /** Logs `label: N ms` measured from `startedAt` (a `performance.now()` value). */
  timing(label: string, startedAt: number): number;
  /** The last timings logged, oldest first (at most TIMINGS_KEPT). */
  readonly timings: readonly { label: string; ms: number }[];
  /** The last warnings logged, oldest first (at most TIMINGS_KEPT), for the test hooks. */
  readonly warnings: readonly string[];
}

/** How many timings the logger remembers for tests. */
const TIMINGS_KEPT = 200;

/** Creates the logger; the caller disposes it through `context.subscriptions`. */
export function createLogger(): Logger {
  const channel = vscode.window.createOutputChannel('Career Goals', { log: true });
  const timings: { label: string; ms: number }[] = [];
  const warnings: string[] = [];
  return {
    timings,
    warnings,
    info(message) {
      channel.info(message);
      console.log(`[career-goals] ${message}`);
    },
    warn(message) {
      channel.warn(message);
      warnings.push(message);
      if (warnings.length > TIMINGS_KEPT) warnings.shift();
      console.warn(`[career-goals] ${message}`);
    },
    error(message, error) {
      const detail = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : error === undefined ? '' : thrownText(error);
      channel.error(detail ? `${message}: ${detail}` : message);
      console.error(`[career-goals] ${message}`, error ?? '');
    },
    timing(label, startedAt) {
      const ms = Math.round((performance.now() - startedAt) * 10) / 10;
      channel.info(`${label}: ${ms} ms`);
      timings.push({ label, ms });
      if (timings.length > TIMINGS_KEPT) timings.shift();
      console.log(`[career-goals] timing ${label}: ${ms} ms`);
      return ms;
    },
    dispose: () => channel.dispose(),
  };
}

/**
 * A thrown value that is not an Error, in words: a primitive as String spells it, an
 * object as its JSON (String would say only `[object Object]`), or its kind when it has none.
 */
function thrownText(error: unknown): string {
  const text = primitiveText(error);
  if (text !== undefined) return text;
  if (error === null) return 'null';
  try {
    const json = JSON.stringify(error);
    if (json !== undefined) return json;
  } catch {
    // A cycle or a BigInt inside: fall back to the kind.
  }
  return Object.prototype.toString.call(error);
}
