/**
 * What every webview panel shares: the folders it may load from, its options, a
 * fresh nonce per load and the strict Content-Security-Policy. Review panels and the
 * dashboard both build their shells from these.
 */
import * as vscode from 'vscode';

/** Folders the webview may load from; everything else is off limits. */
export function localResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')];
}

/** Options for every panel (reviews, dashboard). No retainContextWhenHidden: drafts persist through setState. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return { enableScripts: true, enableCommandUris: false, localResourceRoots: localResourceRoots(extensionUri) };
}

/** A fresh nonce per load, from the platform's CSPRNG. */
export function createNonce(): string {
  // Web Crypto: the same in the Node and the web worker extension hosts.
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The Content-Security-Policy of the panel. Styles come only from the extension's
 * files: @vscode-elements/elements styles its shadow roots with constructable
 * stylesheets (adoptedStyleSheets), which `style-src` does not govern, so no
 * 'unsafe-inline' is needed.
 */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [`default-src 'none'`, `script-src 'nonce-${nonce}'`, `style-src ${cspSource}`, `font-src ${cspSource}`, `img-src ${cspSource} data:`].join('; ') + ';';
}

/** Escapes text for an HTML attribute value (and text content). */
export const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

