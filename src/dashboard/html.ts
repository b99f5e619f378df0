/**
 * The dashboard panel's HTML shell. Everything on the page is drawn by
 * dist/dashboard.js from the `model` message, so the shell carries no data from
 * goals.yaml beyond the folder name in its title (escaped).
 */
import * as vscode from 'vscode';
import { attr, contentSecurityPolicy } from '../host/webview-shell';

/** The shell for the dashboard of `folderName`. `nonce` must be new for every call. */
export function renderDashboardHtml(webview: vscode.Webview, extensionUri: vscode.Uri, folderName: string, nonce: string): string {
  const asset = (...path: string[]) => attr(webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...path)).toString());
  const csp = attr(contentSecurityPolicy(webview.cspSource, nonce));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('media', 'dashboard.css')}">
<link rel="stylesheet" href="${asset('media', 'dashboard-charts.css')}">
<title>Career Goals Dashboard — ${attr(folderName)}</title>
</head>
<body>
<main id="app" aria-busy="true"><p class="loading">Loading the dashboard…</p></main>
<script nonce="${attr(nonce)}" src="${asset('dist', 'dashboard.js')}"></script>
</body>
</html>`;
}
