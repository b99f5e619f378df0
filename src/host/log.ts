/**
 * The "Career Goals" output channel. Timings (activation, keystroke to refreshed
 * tree) go here and to the console so test runs print them.
 */
import * as vscode from 'vscode';

/** Writes to the output channel and the console. */
export interface Logger extends vscode.Disposable {
  info(message: string): void;
  error(message: string, error?: unknown): void;
  /** Logs `label: N ms` measured from `startedAt` (a `performance.now()` value). */
  timing(label: string, startedAt: number): number;
}

/** Creates the logger; the caller disposes it through `context.subscriptions`. */
export function createLogger(): Logger {
  const channel = vscode.window.createOutputChannel('Career Goals', { log: true });
  return {
    info(message) {
      channel.info(message);
      console.log(`[career-goals] ${message}`);
    },
    error(message, error) {
      const detail = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : error === undefined ? '' : String(error);
      channel.error(detail ? `${message}: ${detail}` : message);
      console.error(`[career-goals] ${message}`, error ?? '');
    },
    timing(label, startedAt) {
      const ms = Math.round((performance.now() - startedAt) * 10) / 10;
      channel.info(`${label}: ${ms} ms`);
      console.log(`[career-goals] timing ${label}: ${ms} ms`);
      return ms;
    },
    dispose: () => channel.dispose(),
  };
}
