/**
 * Writing through the store and telling the person when a write did not happen:
 * which error blocks it and where, with buttons that lead straight to it.
 */
import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { GoalOp } from '../core/types';
import { LineIndex } from '../core/text/line-index';
import type { FolderState, GoalsStore, WriteOutcome } from './types';

/** What an editing command returns, so callers (and tests) can see what happened. */
export type CommandResult = WriteOutcome & { uri?: vscode.Uri; goalId?: string };

/**
 * A refusal when the file has a YAML syntax error, naming the first one, so the
 * command can stop before asking questions it could not act on; undefined when the
 * file can be edited.
 */
export function refusalWhileBroken(state: FolderState): CommandResult | undefined {
  if (state.analysis.parse.syntaxOk) return undefined;
  const first = state.analysis.parse.diagnostics.find((d) => d.code === 'yaml-syntax' || d.code === 'duplicate-key');
  const file = vscode.workspace.asRelativePath(state.uri, false);
  const error = first
    ? vscode.l10n.t('{0} has a YAML syntax error (line {1}: {2}). Fix it first: Career Goals does not edit a file it cannot read safely.', file, new LineIndex(state.text).lineNumberAt(first.range.start), first.message)
    : vscode.l10n.t('{0} has a YAML syntax error. Fix it first: Career Goals does not edit a file it cannot read safely.', file);
  return {
    written: false,
    applied: [],
    failed: [],
    error,
    uri: state.uri,
  };
}

/** Shows why a write did not (fully) happen; silent when everything applied. */
async function reportOutcome(result: CommandResult, uri: vscode.Uri): Promise<void> {
  const OPEN = vscode.l10n.t('Open goals.yaml');
  const PROBLEMS = vscode.l10n.t('Show Problems');
  let answer: string | undefined;
  if (result.error) {
    answer = await vscode.window.showErrorMessage(result.error, PROBLEMS, OPEN);
  } else if (result.failed.length > 0) {
    const reasons = result.failed.map((f) => f.reason).join(' ');
    answer = await vscode.window.showWarningMessage(result.written ? vscode.l10n.t('Part of the change was not made: {0}', reasons) : vscode.l10n.t('Nothing was changed: {0}', reasons), OPEN);
  }
  if (answer === PROBLEMS) await vscode.commands.executeCommand(Commands.showProblems, uri);
  if (answer === OPEN) await openAtProblem(uri);
}

/** Opens the goals file, with the cursor on its first error when it has one. */
async function openAtProblem(uri: vscode.Uri): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const error = vscode.languages.getDiagnostics(uri).find((d) => d.severity === vscode.DiagnosticSeverity.Error);
  const selection = error ? new vscode.Range(error.range.start, error.range.start) : undefined;
  await vscode.window.showTextDocument(doc, { selection });
}

/**
 * Writes `ops` to the state's goals file (one WorkspaceEdit, then save) and reports
 * any refusal. Checks syntax first so the message names the error.
 */
export async function writeAndReport(store: GoalsStore, state: FolderState, ops: readonly GoalOp[], extra: Partial<CommandResult> = {}): Promise<CommandResult> {
  const refused = refusalWhileBroken(state);
  let result: CommandResult;
  if (refused) {
    result = { ...refused, ...extra };
  } else {
    try {
      result = { ...(await store.write(state.uri, ops)), uri: state.uri, ...extra };
    } catch (e) {
      // store.write should not throw, but a failed save must still reach the person.
      result = {
        written: false,
        applied: [],
        failed: [],
        error: vscode.l10n.t('Could not write {0}: {1}', vscode.workspace.asRelativePath(state.uri, false), e instanceof Error ? e.message : String(e)),
        uri: state.uri,
        ...extra,
      };
    }
  }
  void reportOutcome(result, state.uri);
  return result;
}

/** Reports a refusal without waiting for the person to answer the message. */
export function refuse(result: CommandResult, uri: vscode.Uri): CommandResult {
  void reportOutcome(result, uri);
  return result;
}
