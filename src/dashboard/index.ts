/**
 * The progress dashboard: the Open Dashboard command, one panel per workspace
 * folder, and the serializer that brings panels back after a reload.
 */
import * as vscode from 'vscode';
import { Commands, Views } from '../constants';
import * as config from '../host/config';
import { pickFolder } from '../host/folder-pick';
import type { EvidenceReader } from '../host/evidence';
import type { CommitHistory } from '../host/git-history';
import type { Logger } from '../host/log';
import type { GoalsStore } from '../host/types';
import type { DashboardHostMessage } from '../shared/dashboard-protocol';
import { DashboardPanel } from './panel';

/** Test-only access to live dashboards (`api.internals.dashboards`). UNSTABLE. */
export interface DashboardTestHooks {
  /** Open panels: folder URI, title and whether it is visible. */
  panels(): { folderUri: string; title: string; visible: boolean }[];
  /** Delivers `message` to the panel as if its webview posted it; resolves once handled. */
  post(folder: vscode.Uri | string, message: unknown): Promise<void>;
  /** Messages posted to that panel's webview, oldest first (the last 20). */
  sent(folder: vscode.Uri | string): readonly DashboardHostMessage[];
  /** Resolves once that panel has posted every update asked for so far. */
  whenUpdated(folder: vscode.Uri | string): Promise<void>;
  /** Closes every dashboard. */
  closeAll(): void;
}

/** What the serializer stores for a panel: its folder. */
interface PanelState {
  folderUri: string;
}

/** Registers the dashboard command and serializer. Returns the test hooks. */
export function registerDashboard(context: vscode.ExtensionContext, store: GoalsStore, git: CommitHistory, log: Logger, evidence?: EvidenceReader): DashboardTestHooks {
  const panels = new Map<string, DashboardPanel>();
  const adopt = (panel: vscode.WebviewPanel, folderUri: vscode.Uri): DashboardPanel => {
    const key = folderUri.toString();
    const p = new DashboardPanel(panel, folderUri, store, context.extensionUri, git, log, (gone) => {
      if (panels.get(key) === gone) panels.delete(key);
    }, evidence);
    panels.set(key, p);
    return p;
  };
  const open = async (arg?: unknown): Promise<void> => {
    const state = await pickFolder(store, arg, vscode.l10n.t('Which folder’s dashboard do you want to open?'), vscode.l10n.t('There is no goals file to show yet.'));
    if (!state) return;
    const preserveFocus = typeof arg === 'object' && arg !== null && (arg as { preserveFocus?: unknown }).preserveFocus === true;
    const existing = panels.get(state.folder.uri.toString());
    if (existing) {
      existing.reveal(preserveFocus);
      return;
    }
    const title = store.states.length > 1 ? vscode.l10n.t('Dashboard — {0}', state.folder.name) : vscode.l10n.t('Career Goals Dashboard');
    // Beside the editor when there is one, so the plan and its progress show together.
    const viewColumn = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    const panel = vscode.window.createWebviewPanel(Views.dashboardPanel, title, { viewColumn, preserveFocus }, { enableScripts: true, localResourceRoots: [] });
    adopt(panel, state.folder.uri);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.openDashboard, open),
    vscode.window.registerWebviewPanelSerializer(Views.dashboardPanel, {
      deserializeWebviewPanel: async (panel, raw: unknown) => {
        await store.ready();
        const folderUri = typeof (raw as PanelState | undefined)?.folderUri === 'string' ? (raw as PanelState).folderUri : undefined;
        const state = folderUri ? store.find(vscode.Uri.parse(folderUri)) : store.states[0];
        if (!state || panels.has(state.folder.uri.toString())) {
          panel.dispose();
          return;
        }
        adopt(panel, state.folder.uri);
      },
    }),
    { dispose: () => [...panels.values()].forEach((p) => p.dispose()) },
  );
  // careerGoals.dashboard.openOnStartup: once the first scan is done, beside the Goals
  // view. A panel VS Code restores meanwhile is the same folder's, so it is reused.
  void store.ready().then(async () => {
    const first = store.states[0];
    if (!config.dashboardOpenOnStartup() || !first || panels.size > 0) return;
    await vscode.commands.executeCommand(`${Views.goals}.focus`);
    await open({ uri: first.uri, preserveFocus: true });
  }).catch((e: unknown) => log.error('Couldn’t open the dashboard on startup', e));
  const find = (folder: vscode.Uri | string): DashboardPanel => {
    const p = panels.get(typeof folder === 'string' ? folder : folder.toString());
    if (!p) throw new Error(`No dashboard is open for ${folder.toString()}`);
    return p;
  };
  return {
    panels: () => [...panels.values()].map((p) => ({ folderUri: p.folderUri.toString(), title: p.panel.title, visible: p.panel.visible })),
    post: (folder, message) => find(folder).receive(message),
    sent: (folder) => [...find(folder).sent],
    whenUpdated: (folder) => find(folder).whenUpdated(),
    closeAll: () => [...panels.values()].forEach((p) => p.dispose()),
  };
}
