/**
 * The Career Goals status bar item: overall progress and the due review, updated
 * whenever the store changes, hidden when no folder has a goals file or the
 * `careerGoals.statusBar.enabled` setting is off.
 */
import * as vscode from 'vscode';
import { Commands, Settings, Views } from '../../constants';
import type { ReviewKind } from '../../core/model';
import * as config from '../../host/config';
import { Disposable } from '../../host/disposable';
import { displayLanguage } from '../../host/l10n';
import type { GoalsStore } from '../../host/types';
import { formatStatus, type StatusView } from './format';

/** The click's title when a review is due. */
function startReviewTitle(kind: ReviewKind): string {
  switch (kind) {
    case 'weekly':
      return vscode.l10n.t('Start weekly review');
    case 'monthly':
      return vscode.l10n.t('Start monthly review');
    case 'quarterly':
      return vscode.l10n.t('Start quarterly review');
  }
}

/** Priority among left-hand items; low so it sits after the built-in ones. */
const PRIORITY = 10;

/** Owns the status bar item; tests read `view` and `visible` through `api.internals`. */
export class GoalsStatusBar extends Disposable {
  private readonly item: vscode.StatusBarItem;
  /** What the item currently shows (undefined while hidden). */
  view: StatusView | undefined;
  visible = false;

  constructor(private readonly store: GoalsStore) {
    super();
    this.item = this._register(vscode.window.createStatusBarItem('careerGoals.status', vscode.StatusBarAlignment.Left, PRIORITY));
    this.item.name = 'Career Goals';
    this._register(store.onDidChange(() => this.update()));
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(config.settingKey(Settings.statusBarEnabled))) this.update();
      }),
    );
    this.update();
  }

  /** The command a click runs. */
  get command(): string | undefined {
    const c = this.item.command;
    return typeof c === 'string' ? c : c?.command;
  }

  /** Re-renders from the store's current states. */
  update(): void {
    const states = this.store.states;
    if (states.length === 0 || !config.statusBarEnabled()) {
      this.view = undefined;
      this.visible = false;
      this.item.hide();
      return;
    }
    const view = formatStatus(
      states.map((s) => ({ name: s.folder.name, analysis: s.analysis })),
      new Date(),
      displayLanguage(),
    );
    this.view = view;
    this.item.text = view.text;
    const tooltip = new vscode.MarkdownString(view.tooltip, true);
    // Trusted for this one command only: the tooltip's other text comes from goals.yaml.
    tooltip.isTrusted = { enabledCommands: [Commands.openDashboard] };
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: view.ariaLabel, role: 'button' };
    this.item.command = view.reviewDue
      ? { command: Commands.startReview, title: startReviewTitle(view.reviewDue) }
      : { command: `${Views.goals}.focus`, title: vscode.l10n.t('Show the Goals view') };
    this.item.show();
    this.visible = true;
  }
}
