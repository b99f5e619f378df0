/**
 * The dashboard page's only door to the extension host: `acquireVsCodeApi()` with
 * the dashboard protocol's types.
 */
import { vscodeApi } from '../acquire';
import type { DashboardWebviewMessage } from '../../shared/dashboard-protocol';

/** What the page keeps across hide/show and window reloads: its folder (for the serializer) and the tables shown. */
export interface DashboardState {
  folderUri: string;
  tables: string[];
}

const vscode = vscodeApi;

/** Posts a typed message to the host. */
export function post(message: DashboardWebviewMessage): void {
  vscode().postMessage(message);
}

/** The saved state, when a previous load left one. */
export function loadState(): DashboardState | undefined {
  const s = vscode().getState() as Partial<DashboardState> | null;
  return s && typeof s.folderUri === 'string' && Array.isArray(s.tables) ? { folderUri: s.folderUri, tables: s.tables.filter((t): t is string => typeof t === 'string') } : undefined;
}

/** Saves the page state. */
export function saveState(state: DashboardState): void {
  vscode().setState(state);
}
