/**
 * The web build's analysis runner (esbuild.js swaps this file in for
 * analysis-platform.ts): the web worker extension host of vscode.dev and github.dev
 * cannot start workers of its own, so every analysis runs in its thread.
 */
import type * as vscode from 'vscode';
import { internalErrorLine, inThreadRunner, type AnalysisRunner } from './analysis-runner';
import type { Logger } from './log';

/**
 * In this thread, always: the core's diagnostics are translated by the @vscode/l10n that
 * activate pointed at the display language's bundle (useDisplayLanguage), as no worker
 * needs a bundle of its own here.
 */
export function createAnalysisRunner(_extensionUri: vscode.Uri, log: Logger): AnalysisRunner {
  return inThreadRunner((where, e) => log.error(internalErrorLine(where), e));
}
