import type * as vscode from 'vscode';
import type { GoalsStore } from '../host/types';

/**
 * Registers the commands that create or edit goals: init, addGoal, logWin,
 * toggleItem, updateMetric, setStatus. Placeholder until the views issue lands.
 */
export function registerEditCommands(_context: vscode.ExtensionContext, _store: GoalsStore): void {}
