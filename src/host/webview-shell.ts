/**
 * What every webview panel shares: the folders it may load from, its options, a
 * fresh nonce per load and the strict Content-Security-Policy. Review panels and the
 * dashboard both build their shells from these.
 */
import * as vscode from 'vscode';
import { displayLanguage } from './l10n';

/** Folders the webview may load from; everything else is off limits. */
function localResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
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
function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [`default-src 'none'`, `script-src 'nonce-${nonce}'`, `style-src ${cspSource}`, `font-src ${cspSource}`, `img-src ${cspSource} data:`].join('; ') + ';';
}

/** Escapes text for an HTML attribute value (and text content). */
export const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');


/** What one page's shell holds: everything else (the CSP, the nonce, the loading state) is the same for all. */
export interface PageShell {
  title: string;
  /** Stylesheets, as paths inside the extension, with an optional element id. */
  styles: { path: string[]; id?: string }[];
  /** The page script, a path inside the extension. */
  script: string[];
  /** Text shown until the script draws the page. */
  loading: string;
  /** Extra attributes of `<body>`, escaped here. */
  bodyData?: Record<string, string>;
}

/** A page's HTML shell under the strict CSP. `nonce` must be new for every call. */
export function pageHtml(webview: vscode.Webview, extensionUri: vscode.Uri, nonce: string, page: PageShell): string {
  const asset = (path: string[]) => attr(webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...path)).toString());
  const csp = attr(contentSecurityPolicy(webview.cspSource, nonce));
  const styles = page.styles.map((s) => `<link rel="stylesheet" href="${asset(s.path)}"${s.id ? ` id="${attr(s.id)}"` : ''}>`).join('\n');
  const body = Object.entries(page.bodyData ?? {})
    .map(([k, v]) => ` data-${attr(k)}="${attr(v)}"`)
    .join('');
  return `<!DOCTYPE html>
<html lang="${attr(displayLanguage())}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${styles}
<title>${attr(page.title)}</title>
</head>
<body${body}>
<main id="app" aria-busy="true"><p class="loading">${attr(page.loading)}</p></main>
<script nonce="${attr(nonce)}" src="${asset(page.script)}"></script>
</body>
</html>`;
}
