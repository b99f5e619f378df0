/**
 * Guided reviews: the start commands, one panel per kind and folder, the serializer
 * that restores panels after a reload, journal diagnostics and due-review reminders.
 */
import * as vscode from 'vscode';
import { REVIEW_KINDS, type ReviewKind } from '../core/model';
import { Commands, Views } from '../constants';
import type { EvidenceReader } from '../host/evidence';
import type { Logger } from '../host/log';
import type { GoalsStore } from '../host/types';
import { pickFolder } from '../host/folder-pick';
import { displayLanguage } from '../host/l10n';
import { displayDay } from '../core/time/display';
import { type HostMessage } from '../shared/protocol';
import { REVIEW_TITLES } from '../core/words/review-kinds';
import { ReviewManager } from './manager';
import { startReminders } from './reminders';

/**
 * Test-only access to live review panels, for integration tests that drive a panel
 * without a browser. Exposed as `api.internals.reviews`. UNSTABLE.
 */
export interface ReviewTestHooks {
  /** Open panels. */
  panels(): { kind: ReviewKind; folderUri: string; title: string; dirty: boolean; visible: boolean }[];
  /** Delivers `message` to the panel's handler as if its webview posted it; resolves once handled. */
  post(kind: ReviewKind, folder: vscode.Uri | string, message: unknown): Promise<void>;
  /** Messages the host posted to that panel, oldest first (the last 100). */
  sent(kind: ReviewKind, folder: vscode.Uri | string): readonly HostMessage[];
  /** Closes the panel without asking about unsaved answers. */
  close(kind: ReviewKind, folder: vscode.Uri | string): void;
  /** Creates a panel and hands it to the serializer with `state`, as VS Code does after a reload. */
  restore(state: unknown): Promise<void>;
  /** Opening and completion timings, newest last. */
  readonly timings: readonly { label: string; ms: number }[];
}


/** Registers the review commands, the panel serializer and reminders. Returns the test hooks. */
export function registerReviews(context: vscode.ExtensionContext, store: GoalsStore, log: Logger, evidence?: EvidenceReader): ReviewTestHooks {
  const manager = new ReviewManager(context, store, log, evidence);
  context.subscriptions.push(manager);

  const startKind = (kind: ReviewKind) => async (arg?: unknown) => {
    const state = await pickFolder(store, arg, vscode.l10n.t('Which folder’s goals do you want to review?'), vscode.l10n.t('There is no goals file to review yet.'));
    if (state) manager.open(kind, state.folder.uri);
  };
  const kindCommands: Record<ReviewKind, string> = {
    weekly: Commands.startWeeklyReview,
    monthly: Commands.startMonthlyReview,
    quarterly: Commands.startQuarterlyReview,
  };
  for (const kind of REVIEW_KINDS) context.subscriptions.push(vscode.commands.registerCommand(kindCommands[kind], startKind(kind)));

  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.startReview, async (arg?: unknown) => {
      const state = await pickFolder(store, arg, vscode.l10n.t('Which folder’s goals do you want to review?'), vscode.l10n.t('There is no goals file to review yet.'));
      if (!state) return;
      let kind = state.analysis.cadence.suggested;
      if (!kind) {
        const last = state.analysis.cadence.last;
        const pick = await vscode.window.showQuickPick(
          REVIEW_KINDS.map((k) => ({ label: REVIEW_TITLES[k], review: k })),
          {
            placeHolder: last
              ? vscode.l10n.t('No review is due (last: {0} on {1}). Which one do you want to start?', REVIEW_TITLES[last.kind], displayDay(last.date, displayLanguage()))
              : vscode.l10n.t('Which review do you want to start?'),
          },
        );
        kind = pick?.review;
      }
      if (kind) manager.open(kind, state.folder.uri);
    }),
    vscode.window.registerWebviewPanelSerializer(Views.reviewPanel, {
      deserializeWebviewPanel: (panel, state) => manager.restore(panel, state),
    }),
    startReminders(context, store, log, (kind, folder) => manager.open(kind, folder)),
  );

  const findPanel = (kind: ReviewKind, folder: vscode.Uri | string) => {
    const p = manager.find(kind, typeof folder === 'string' ? folder : folder.toString());
    if (!p) throw new Error(`No ${kind} review panel is open for ${folder.toString()}`);
    return p;
  };
  const hooks: ReviewTestHooks = {
    panels: () => manager.all.map((p) => ({ kind: p.kind, folderUri: p.folderUri.toString(), title: p.panel.title, dirty: p.isDirty, visible: p.panel.visible })),
    post: (kind, folder, message) => findPanel(kind, folder).receive(message),
    sent: (kind, folder) => [...findPanel(kind, folder).sent],
    close: (kind, folder) => manager.closeQuietly(findPanel(kind, folder)),
    restore: (state) => manager.restore(vscode.window.createWebviewPanel(Views.reviewPanel, 'Review', vscode.ViewColumn.Active, {}), state),
    get timings() {
      return log.timings.filter((t) => t.label.startsWith('review '));
    },
  };
  return hooks;
}
