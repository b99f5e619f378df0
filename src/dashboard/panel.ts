/**
 * One dashboard panel: a webview showing one workspace folder's progress over time.
 * It follows the store (goals.yaml and the journal), sends the webview the whole
 * dashboard model after each change, and validates every message it gets back.
 */
import * as vscode from 'vscode';
import { dashboardModel } from '../core/history/dashboard-model';
import type { History } from '../core/history';
import { Commands } from '../constants';
import { commitVersionUri, gitHistoryPossible, type CommitHistory } from '../host/git-history';
import { historyInSteps, type HistoryProgress } from '../host/history';
import { Disposable } from '../host/disposable';
import type { EvidenceReader } from '../host/evidence';
import { displayBundle, displayLanguage } from '../host/l10n';
import type { Logger } from '../host/log';
import type { FolderState, GoalsStore } from '../host/types';
import { createNonce, webviewOptions } from '../host/webview-shell';
import type { DashboardHostMessage } from '../shared/dashboard-protocol';
import { validateDashboardMessage } from '../shared/message-validation';
import { renderDashboardHtml } from './html';

/** Changes closer together than this are drawn once. */
const UPDATE_DEBOUNCE_MS = 100;
/** How many posted messages a panel remembers for tests. */
const SENT_HISTORY = 20;

/** Review commands by kind, for the empty state's offer. */
const START: Record<'weekly' | 'monthly' | 'quarterly', string> = {
  weekly: Commands.startWeeklyReview,
  monthly: Commands.startMonthlyReview,
  quarterly: Commands.startQuarterlyReview,
};

export class DashboardPanel extends Disposable {
  readonly sent: DashboardHostMessage[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ready = false;
  private seq = 0;
  /** The update waiting for its debounce, and the one running (tests wait on both). */
  private pending: { promise: Promise<void>; resolve: () => void } | undefined;
  private running: Promise<void> = Promise.resolve();

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly folderUri: vscode.Uri,
    private readonly store: GoalsStore,
    extensionUri: vscode.Uri,
    private readonly git: CommitHistory,
    private readonly log: Logger,
    private readonly onDisposed: (p: DashboardPanel) => void,
    private readonly evidence?: EvidenceReader,
  ) {
    super();
    panel.webview.options = webviewOptions(extensionUri);
    const name = store.find(folderUri)?.folder.name ?? 'Career Goals';
    panel.webview.html = renderDashboardHtml(panel.webview, extensionUri, name, createNonce());
    this._register(panel.webview.onDidReceiveMessage((m: unknown) => void this.receive(m)));
    this._register(panel.onDidDispose(() => this.dispose()));
    this._register(store.onDidChange(() => this.schedule()));
    if (evidence) this._register(evidence.onDidChange(() => this.schedule()));
    // A commit (a person's, a sync plugin's), a pull or a checkout: the goals file's log moved.
    this._register(git.onDidMove(() => this.schedule()));
    // Last: closed after the subscriptions, as dispose() always did.
    this._register(panel);
  }

  /** Brings the panel to the front. */
  reveal(preserveFocus = false): void {
    this.panel.reveal(undefined, preserveFocus);
  }

  /** Handles a message as if the webview posted it; resolves once handled. */
  async receive(raw: unknown): Promise<void> {
    const v = validateDashboardMessage(raw);
    if (!v.ok) {
      this.log.warn(`Dashboard: ignored a message from the webview: ${v.error}`);
      return;
    }
    const m = v.message;
    switch (m.type) {
      case 'ready':
        // Also after the webview reloads (it was hidden and shown again): it starts empty.
        this.ready = true;
        this.running = this.update();
        await this.running;
        return;
      case 'openPoint':
        await this.openPoint(m.source, m.ref);
        return;
      case 'startReview':
        await vscode.commands.executeCommand(START[m.kind], this.folderUri);
        return;
    }
  }

  /** Resolves once every update asked for so far has been posted. */
  async whenUpdated(): Promise<void> {
    for (;;) {
      const waiting = this.pending?.promise;
      if (!waiting) return this.running;
      await waiting;
    }
  }

  private schedule(): void {
    if (this.isDisposed || !this.ready) return;
    if (this.timer) clearTimeout(this.timer);
    if (!this.pending) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      this.pending = { promise, resolve };
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const pending = this.pending;
      this.pending = undefined;
      this.running = this.update().finally(() => pending?.resolve());
    }, UPDATE_DEBOUNCE_MS);
  }

  private async update(): Promise<void> {
    const seq = ++this.seq;
    const state = this.store.find(this.folderUri);
    if (!state) {
      this.post({ type: 'gone', message: vscode.l10n.t('This folder has no goals file any more. Create one with “Career Goals: Create goals.yaml”.'), bundle: displayBundle(), language: displayLanguage() });
      return;
    }
    try {
      const started = performance.now();
      const now = new Date();
      // First what is at hand: the journal, today, and the commit points read before; then
      // the older versions as they are read (a `git show` and an analysis each), newest first.
      // The log of the goals file is read once for all of it.
      const stale = () => seq !== this.seq || this.isDisposed;
      const history = await historyInSteps(state, this.git, this.log, now, (partial, progress) => {
        if (!stale()) this.post(this.modelMessage(state, partial, now, progress));
      }, stale);
      // A newer update started while this one read git: it will post instead.
      if (stale()) return;
      this.post(this.modelMessage(state, history, now));
      this.log.timing(`dashboard update (${state.folder.name})`, started);
    } catch (e) {
      this.log.error('Couldn’t update the dashboard', e);
    }
  }

  private modelMessage(state: FolderState, history: History, now: Date, progress?: HistoryProgress): DashboardHostMessage {
    return {
      ...(progress && { progress }),
      type: 'model',
      folderName: state.folder.name,
      folderUri: state.folder.uri.toString(),
      model: dashboardModel(state.analysis, history, state.reviews, now, this.evidenceOf(state)),
      git: gitHistoryPossible(state.uri),
      bundle: displayBundle(),
      language: displayLanguage(),
    };
  }

  /** This quarter's evidence as the Goals view has it, when a repository was read. */
  private evidenceOf(state: FolderState) {
    const e = this.evidence?.ofQuarter(state);
    return e && e.unlinked.length > 0 ? e : undefined;
  }

  private post(message: DashboardHostMessage): void {
    this.sent.push(message);
    if (this.sent.length > SENT_HISTORY) this.sent.shift();
    void this.panel.webview.postMessage(message);
  }

  private async openPoint(source: 'review' | 'commit', ref: string): Promise<void> {
    const state = this.store.find(this.folderUri);
    if (!state) return;
    if (source === 'review') {
      // Only an entry the store read from this folder's journal, never a path the page made up.
      const record = state.journal.find((r) => r.path === ref);
      if (!record) {
        void vscode.window.showWarningMessage(vscode.l10n.t('The journal entry {0} is no longer there.', ref));
        return;
      }
      await vscode.window.showTextDocument(vscode.Uri.joinPath(state.folder.uri, ...record.path.split('/')), { preview: true, viewColumn: vscode.ViewColumn.Beside });
      return;
    }
    const uri = await commitVersionUri(state.uri, ref);
    if (!uri) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Opening a committed version needs VS Code’s Git extension.'));
      return;
    }
    await vscode.window.showTextDocument(uri, { preview: true, viewColumn: vscode.ViewColumn.Beside });
  }

  /** Closes the panel; also what runs when the person closes it. */
  override dispose(): void {
    if (this.isDisposed) return;
    if (this.timer) clearTimeout(this.timer);
    this.pending?.resolve();
    this.pending = undefined;
    super.dispose();
    this.onDisposed(this);
  }
}
