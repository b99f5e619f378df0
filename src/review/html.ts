/**
 * The review panel's HTML shell. All content is rendered by dist/webview.js from
 * protocol messages, so the shell carries no data from goals.yaml and nothing here
 * needs escaping beyond the attribute values we build ourselves.
 */
import * as vscode from 'vscode';
import type { ReviewKind } from '../core/model';
import { REVIEW_TITLES } from '../core/words/review-kinds';
import { attr, pageHtml, pageLanguage } from '../host/webview-shell';

/** The shell for a `kind` review. `nonce` must be new for every call. */
export function renderReviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, kind: ReviewKind, nonce: string): string {
  return pageHtml(webview, extensionUri, nonce, {
    title: REVIEW_TITLES[kind],
    styles: [{ path: ['dist', 'codicons', 'codicon.css'], id: 'vscode-codicon-stylesheet' }, { path: ['media', 'review.css'] }, { path: ['media', 'dashboard-charts.css'] }],
    script: ['dist', 'webview.js'],
    loading: vscode.l10n.t('Loading {0}…', REVIEW_TITLES[kind]),
    bodyData: { kind },
  });
}

/** A static page for a panel that can't be restored (no script at all). */
export function renderMessageHtml(webview: vscode.Webview, extensionUri: vscode.Uri, title: string, message: string): string {
  const csp = attr(`default-src 'none'; style-src ${webview.cspSource};`);
  return `<!DOCTYPE html>
<html lang="${pageLanguage()}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<link rel="stylesheet" href="${attr(webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'review.css')).toString())}">
<title>${attr(title)}</title>
</head>
<body><main id="app"><h1>${attr(title)}</h1><p>${attr(message)}</p></main></body>
</html>`;
}
