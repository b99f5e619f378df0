/**
 * A CodeLens above each goal in goals.yaml: `46% · on track · 3/7 tasks`. Clicking
 * it reveals the goal in the Goals view. Lenses follow the store's analysis, which
 * is refreshed on (debounced) typing.
 */
import * as vscode from 'vscode';
import { Commands } from '../constants';
import { Disposable } from '../host/disposable';
import type { GoalsStore } from '../host/types';
import { stateOf } from './code-actions';
import { diagnosticsOf } from './diagnostics';
import { codeLensTitle } from '../core/words/goal-summary';

class GoalsCodeLens extends Disposable implements vscode.CodeLensProvider {
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly store: GoalsStore) {
    super();
    this._register(store.onDidChange(() => this.changed.fire()));
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const state = stateOf(this.store, document.uri);
    if (!state) return [];
    const { lines } = diagnosticsOf(state);
    return state.analysis.insights.map((insight) => {
      const at = lines.positionAt(insight.goal.range.start);
      const range = new vscode.Range(at.line, 0, at.line, 0);
      return new vscode.CodeLens(range, {
        title: codeLensTitle(insight),
        tooltip: vscode.l10n.t('Reveal “{0}” in the Goals view', insight.goal.title),
        command: Commands.revealInTree,
        arguments: [state.uri, insight.goal.id],
      });
    });
  }
}

/** Registers the goal CodeLens for goals files. */
export function registerCodeLens(context: vscode.ExtensionContext, store: GoalsStore, selector: vscode.DocumentSelector): void {
  const provider = new GoalsCodeLens(store);
  context.subscriptions.push(provider, vscode.languages.registerCodeLensProvider(selector, provider));
}
