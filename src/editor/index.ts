import type * as vscode from 'vscode';
import type { GoalsStore } from '../host/types';

/**
 * Registers what works inside goals.yaml: Problems diagnostics, quick fixes and
 * CodeLens. Placeholder until the views issue lands.
 */
export function registerEditorFeatures(_context: vscode.ExtensionContext, _store: GoalsStore): void {}
