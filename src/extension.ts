/**
 * Entry point. activate() only wires things together: the store starts its scan in
 * the background (no file I/O or parsing before activate returns), and every
 * disposable goes into context.subscriptions.
 */
import * as vscode from 'vscode';
import { snapshotFrom, type CareerGoalsApi } from './api';
import { AssistantTools } from './assistant/lm-tools';
import { McpServerProvider } from './assistant/mcp-provider';
import { registerEditCommands } from './commands';
import { registerDashboard } from './dashboard';
import { Views } from './constants';
import { registerEditorFeatures } from './editor';
import { createAnalysisRunner } from './host/analysis-platform';
import { EvidenceReader, evidencePeriodOf } from './host/evidence';
import { CommitHistory } from './host/git-history';
import { historyFor, historyOf } from './host/history';
import { useDisplayLanguage } from './host/l10n';
import { createLogger } from './host/log';
import { Store } from './host/store';
import { registerReviews } from './review';
import { registerViewCommands } from './views/commands';
import { createNote } from './views/notes';
import { GoalsStatusBar } from './views/status/statusBar';
import { GoalsViewSummary } from './views/tree/summary';
import type { GoalsNode } from './views/tree/nodes';
import { GoalsTreeProvider } from './views/tree/provider';

export type { CareerGoalsApi, Snapshot, GoalSnapshot } from './api';
export type { History, HistoryPoint } from './core/history';
export type { Evidence, EvidenceCommit } from './core/evidence';

/** Wires the extension up; does no file I/O and no parsing before it returns. */
export function activate(context: vscode.ExtensionContext): CareerGoalsApi {
  const started = performance.now();
  // First: the core and src/shared translate through @vscode/l10n from here on.
  context.subscriptions.push(useDisplayLanguage());
  const log = createLogger();
  context.subscriptions.push(log);

  const runner = createAnalysisRunner(context.extensionUri, log);
  context.subscriptions.push({ dispose: () => runner.dispose() });
  const store = new Store(log, runner);
  context.subscriptions.push(store);
  // The commit points of this session, and those kept from earlier ones.
  const git = new CommitHistory(context.workspaceState);
  context.subscriptions.push(git);

  // The person's commits linked to goals, read through the Git extension.
  const evidence = new EvidenceReader(store, log);
  context.subscriptions.push(evidence);

  const tree = new GoalsTreeProvider(store, evidence);
  const treeView = vscode.window.createTreeView<GoalsNode>(Views.goals, { treeDataProvider: tree, showCollapseAll: true });
  const statusBar = new GoalsStatusBar(store);
  const viewSummary = new GoalsViewSummary(store, treeView);
  context.subscriptions.push(tree, treeView, statusBar, viewSummary);

  registerViewCommands(context, store, tree, treeView, log);
  const exportChoices = registerEditCommands(context, store, git, log, evidence);
  registerEditorFeatures(context, store);
  const reviews = registerReviews(context, store, log, evidence);
  const dashboards = registerDashboard(context, store, git, log, evidence);
  // Agent mode's tools: reading ones always, writing ones once the workspace is trusted.
  const assistant = new AssistantTools(store, log, { history: (state) => historyOf(state, git, log), evidence: (state, period) => evidence.evidence(state, period) });
  context.subscriptions.push(assistant);
  // VS Code 1.101+ (feature-detected): `career-goals mcp` for agent mode with no configuration.
  context.subscriptions.push(new McpServerProvider(store, context.extensionUri, log));

  store.start();
  const returnedMs = log.timing('activate() returned', started);
  let activationMs: number | undefined;
  store.ready().then(
    () => {
      activationMs = log.timing(`activation to initial scan done (${store.states.length} goals file(s))`, started);
    },
    (e: unknown) => log.error('Initial scan failed', e),
  );

  const api: CareerGoalsApi = {
    getSnapshot: (folder?: vscode.Uri) => snapshotFrom(store, folder),
    getHistory: (folder?: vscode.Uri) => historyFor(store.states, (uri) => store.find(uri), git, log, folder),
    getEvidence: async (folder?: vscode.Uri, period?: { since?: string; until?: string }) => {
      const now = new Date();
      // Checked before waiting, so a bad date fails at once; the default quarter is the plan's own.
      evidencePeriodOf(period, now);
      await store.ready();
      const state = folder ? store.find(folder) : store.states[0];
      if (!state) return null;
      return evidence.evidence(state, evidencePeriodOf(period, now, state.analysis.parse.model.rhythm?.yearStarts));
    },
    whenIdle: () => store.whenIdle(),
    onDidChange: store.onDidChange,
  };
  // Test hooks reach live objects; people's other extensions never see them.
  if (context.extensionMode !== vscode.ExtensionMode.Test) return api;
  return {
    ...api,
    internals: {
      store,
      tree,
      treeView,
      statusBar,
      viewSummary,
      log,
      get activationMs() {
        return activationMs;
      },
      activateReturnedMs: returnedMs,
      createNote,
      reviews,
      dashboards,
      assistant,
      exportChoices,
      restartGitHistory: () => git.restart(),
      versionsShown: () => git.versionsShown,
      gitLogsRead: () => git.logsRead,
      evidence,
      forgetKeptGitHistory: () => git.forgetKept(),
      analyses: runner.counts,
    },
  };
}

export function deactivate(): void {}
