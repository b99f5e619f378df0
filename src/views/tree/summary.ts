/**
 * Keeps the Goals view's badge and message (summary-words.ts) in step with the store.
 */
import type * as vscode from 'vscode';
import { Disposable } from '../../host/disposable';
import { displayLanguage } from '../../host/l10n';
import type { GoalsStore } from '../../host/types';
import type { GoalsNode } from './nodes';
import { viewSummary, type ViewSummary } from './summary-words';

/** Owns nothing but the subscription; the tree view itself belongs to activate. */
export class GoalsViewSummary extends Disposable {
  /** What the view shows now (tests read it through `api.internals`). */
  summary: ViewSummary = {};

  constructor(
    private readonly store: GoalsStore,
    private readonly view: vscode.TreeView<GoalsNode>,
  ) {
    super();
    this._register(store.onDidChange(() => this.update()));
    this.update();
  }

  private update(): void {
    this.summary = viewSummary(
      this.store.states.map((s) => ({ name: s.folder.name, analysis: s.analysis })),
      displayLanguage(),
    );
    this.view.badge = this.summary.badge;
    this.view.message = this.summary.message;
  }
}
