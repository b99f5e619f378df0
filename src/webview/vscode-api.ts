/**
 * The only door to the extension host: `acquireVsCodeApi()` wrapped with the shared
 * protocol's types, so every message the page posts is a `WebviewMessage`.
 */
import { vscodeApi } from './acquire';
import type { PersistedReviewState, WebviewMessage } from '../shared/protocol';

/** Page state kept by VS Code across hide/show and window reloads (`setState`). */
export interface WebviewState extends PersistedReviewState {
  /** Id of the section on screen. */
  section?: string;
  /** Sections the person has opened, for the step list's done markers. */
  visited?: string[];
  /**
   * Text typed into "add" forms but not added yet (a half-written win). Kept out of
   * the draft because the host rejects empty entries, but still survives a reload.
   */
  pending?: Record<string, string>;
}

const vscode = vscodeApi;

/** Posts a typed message to the host. */
export function post(message: WebviewMessage): void {
  vscode().postMessage(message);
}

/** The state saved by a previous load of this panel, when there is one. */
export function loadState(): WebviewState | undefined {
  const s = vscode().getState();
  if (typeof s !== 'object' || s === null) return undefined;
  const o = s as Partial<WebviewState>;
  return typeof o.kind === 'string' && typeof o.folderUri === 'string' ? (o as WebviewState) : undefined;
}

/** Saves the page state (cheap and synchronous; called on every change). */
export function saveState(state: WebviewState): void {
  vscode().setState(state);
}
