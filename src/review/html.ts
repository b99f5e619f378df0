/**
 * The review panel's HTML shell. All content is rendered by dist/webview.js from
 * protocol messages, so the shell carries no data from goals.yaml and nothing here
 * needs escaping beyond the attribute values we build ourselves.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { ReviewKind } from '../core/model';
import { REVIEW_TITLES } from '../core/review-kinds';

/** Folders the webview may load from; everything else is off limits. */
export function localResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')];
}

/** Options for every review panel. No retainContextWhenHidden: drafts persist through setState. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return { enableScripts: true, enableCommandUris: false, localResourceRoots: localResourceRoots(extensionUri) };
}

/** A fresh nonce per load, from the platform's CSPRNG. */
export function createNonce(): string {
  return randomBytes(18).toString('base64').replace(/[+/=]/g, (c) => (c === '+' ? '-' : c === '/' ? '_' : ''));
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

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The shell for a `kind` review. `nonce` must be new for every call. */
export function renderReviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, kind: ReviewKind, nonce: string): string {
  const asset = (...path: string[]) => attr(webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...path)).toString());
  const csp = attr(contentSecurityPolicy(webview.cspSource, nonce));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('dist', 'codicons', 'codicon.css')}" id="vscode-codicon-stylesheet">
<link rel="stylesheet" href="${asset('media', 'review.css')}">
<title>${attr(REVIEW_TITLES[kind])}</title>
</head>
<body data-kind="${attr(kind)}">
<main id="app" aria-busy="true"><p class="loading">Loading ${attr(REVIEW_TITLES[kind])}…</p></main>
<script nonce="${attr(nonce)}" src="${asset('dist', 'webview.js')}"></script>
</body>
</html>`;
}

/** A static page for a panel that can't be restored (no script at all). */
export function renderMessageHtml(webview: vscode.Webview, extensionUri: vscode.Uri, title: string, message: string): string {
  const csp = attr(`default-src 'none'; style-src ${webview.cspSource};`);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<link rel="stylesheet" href="${attr(webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'review.css')).toString())}">
<title>${attr(title)}</title>
</head>
<body><main id="app"><h1>${attr(title)}</h1><p>${attr(message)}</p></main></body>
</html>`;
}
