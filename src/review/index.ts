import type * as vscode from 'vscode';
import type { GoalsStore } from '../host/types';

/**
 * Registers the review commands, the panel serializer and reminders.
 * Placeholder until the reviews issue lands.
 */
export function registerReviews(_context: vscode.ExtensionContext, _store: GoalsStore): void {}
