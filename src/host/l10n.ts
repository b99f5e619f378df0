/**
 * One bundle for the whole extension. Host and feature code translate with
 * `vscode.l10n.t`; the core and src/shared run in the CLI and the webviews too, so they
 * translate with `@vscode/l10n`, which this points at the bundle VS Code loaded for the
 * display language. Both read the same `l10n/bundle.l10n.<language>.json`.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';

/**
 * The bundle VS Code loaded (none in English, where every `t` call returns its own
 * message), for `@vscode/l10n` here, the analysis worker and the webviews' initial state.
 */
export function displayBundle(): { [key: string]: string } {
  return vscode.l10n.bundle ?? {};
}

/** The display language's tag (`en`, `de`, `qps-ploc`), for `Intl` and the webviews. */
export function displayLanguage(): string {
  return vscode.env.language || 'en';
}

/**
 * Points `@vscode/l10n` at the display language's bundle for as long as the extension
 * is active; disposing it returns the core to English.
 */
export function useDisplayLanguage(): vscode.Disposable {
  l10n.config({ contents: displayBundle() });
  return new vscode.Disposable(() => l10n.config({ contents: {} }));
}
