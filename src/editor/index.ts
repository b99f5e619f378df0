import type * as vscode from 'vscode';
import type { GoalsStore } from '../host/types';
import { registerCodeActions } from './code-actions';
import { registerCodeLens } from './code-lens';
import { registerDiagnostics } from './diagnostics';

/**
 * Documents the providers apply to. The goals file name is a setting, so the
 * providers match any file (any scheme, for virtual workspaces) and answer only
 * for the store's goals files.
 */
const GOALS_FILES: vscode.DocumentSelector = [{ pattern: '**' }];

/**
 * Registers what works inside goals.yaml: Problems diagnostics, quick fixes and
 * CodeLens.
 */
export function registerEditorFeatures(context: vscode.ExtensionContext, store: GoalsStore): void {
  registerDiagnostics(context, store);
  registerCodeActions(context, store, GOALS_FILES);
  registerCodeLens(context, store, GOALS_FILES);
}
