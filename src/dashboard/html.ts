/**
 * The dashboard panel's HTML shell. Everything on the page is drawn by
 * dist/dashboard.js from the `model` message, so the shell carries no data from
 * goals.yaml beyond the folder name in its title (escaped).
 */
import * as vscode from 'vscode';
import { pageHtml } from '../host/webview-shell';

/** The shell for the dashboard of `folderName`. `nonce` must be new for every call. */
export function renderDashboardHtml(webview: vscode.Webview, extensionUri: vscode.Uri, folderName: string, nonce: string): string {
  return pageHtml(webview, extensionUri, nonce, {
    title: vscode.l10n.t('Career Goals Dashboard — {0}', folderName),
    styles: [{ path: ['media', 'dashboard.css'] }, { path: ['media', 'dashboard-charts.css'] }],
    script: ['dist', 'dashboard.js'],
    loading: vscode.l10n.t('Loading the dashboard…'),
  });
}
