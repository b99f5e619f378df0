/**
 * `acquireVsCodeApi()`, which a page may call only once per load, cached for the
 * typed doors of each page (vscode-api.ts for reviews, dashboard/host.ts).
 */

/** What VS Code gives a webview page. */
export interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

let api: VsCodeApi | undefined;

/** The page's VS Code API, acquired on first use. */
export function vscodeApi(): VsCodeApi {
  api ??= acquireVsCodeApi();
  return api;
}
