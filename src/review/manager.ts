/**
 * Keeps at most one review panel per kind and workspace folder, restores panels after
 * a reload (WebviewPanelSerializer) and handles closing a panel with unsaved answers.
 */
import * as vscode from 'vscode';
import { REVIEW_KINDS, type ReviewKind } from '../core/model';
import { Views } from '../constants';
import type { EvidenceReader } from '../host/evidence';
import type { Logger } from '../host/log';
import type { GoalsStore } from '../host/types';
import { type PersistedReviewState } from '../shared/protocol';
import { REVIEW_TITLES } from '../core/words/review-kinds';
import { validateWebviewMessage } from '../shared/message-validation';
import { renderMessageHtml } from './html';
import { webviewOptions } from '../host/webview-shell';
import { draftKey, ReviewPanel, type StashedDraft } from './panel';

export class ReviewManager implements vscode.Disposable {
  private readonly panels = new Map<string, ReviewPanel>();
  /** Panels closed by tests or by us, which must not ask about unsaved work. */
  private readonly quiet = new WeakSet<ReviewPanel>();

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly store: GoalsStore,
    private readonly log: Logger,
    private readonly evidence?: EvidenceReader,
  ) {}

  get all(): ReviewPanel[] {
    return [...this.panels.values()];
  }

  find(kind: ReviewKind, folderUri: string): ReviewPanel | undefined {
    return this.panels.get(`${kind}|${folderUri}`);
  }

  /** Opens the panel for `kind` in `folder`, or reveals it when it is already open. */
  open(kind: ReviewKind, folder: vscode.Uri): ReviewPanel {
    const existing = this.find(kind, folder.toString());
    if (existing) {
      existing.reveal();
      return existing;
    }
    const started = performance.now();
    const panel = vscode.window.createWebviewPanel(Views.reviewPanel, REVIEW_TITLES[kind], vscode.ViewColumn.Active, webviewOptions(this.context.extensionUri));
    const review = this.adopt(panel, kind, folder, this.stashed(kind, folder.toString()));
    this.log.timing(`review panel created (${kind})`, started);
    return review;
  }

  /** Restores a panel VS Code kept across a reload; shows a plain message when its state is unusable. */
  async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const s = state as Partial<PersistedReviewState> | undefined;
    const kind = REVIEW_KINDS.find((k) => k === s?.kind);
    if (!kind || typeof s?.folderUri !== 'string') {
      panel.webview.options = { enableScripts: false };
      panel.webview.html = renderMessageHtml(
        panel.webview,
        this.context.extensionUri,
        vscode.l10n.t('Review'),
        vscode.l10n.t('This review could not be restored. Start it again from the Command Palette: Career Goals: Start Review.'),
      );
      return;
    }
    let folder: vscode.Uri;
    try {
      folder = vscode.Uri.parse(s.folderUri, true);
    } catch {
      panel.dispose();
      return;
    }
    await this.store.ready();
    if (this.find(kind, folder.toString())) {
      // Already open (restored twice): keep the live one.
      panel.dispose();
      return;
    }
    // The webview's own state wins over the stash: it is the newest copy of the draft.
    const checked = s.draft === undefined ? undefined : validateWebviewMessage({ type: 'draftChanged', draft: s.draft, dirty: s.dirty === true });
    const restored: StashedDraft | undefined = checked?.ok && checked.message.type === 'draftChanged' ? { draft: checked.message.draft, dirty: checked.message.dirty } : this.stashed(kind, folder.toString());
    panel.webview.options = webviewOptions(this.context.extensionUri);
    this.adopt(panel, kind, folder, restored);
  }

  /** Closes a panel without asking about unsaved answers (they stay stashed). */
  closeQuietly(review: ReviewPanel): void {
    this.quiet.add(review);
    review.dispose();
  }

  dispose(): void {
    for (const p of this.panels.values()) this.quiet.add(p);
    for (const p of [...this.panels.values()]) p.dispose();
  }

  private stashed(kind: ReviewKind, folderUri: string): StashedDraft | undefined {
    const raw = this.context.workspaceState.get<unknown>(draftKey(kind, folderUri));
    const stash = raw as Partial<StashedDraft> | undefined;
    if (!stash?.draft) return undefined;
    const checked = validateWebviewMessage({ type: 'draftChanged', draft: stash.draft, dirty: stash.dirty === true });
    return checked.ok && checked.message.type === 'draftChanged' ? { draft: checked.message.draft, dirty: checked.message.dirty } : undefined;
  }

  private adopt(panel: vscode.WebviewPanel, kind: ReviewKind, folder: vscode.Uri, restored: StashedDraft | undefined): ReviewPanel {
    const review = new ReviewPanel(panel, kind, folder, {
      context: this.context,
      store: this.store,
      onDisposed: (p, unsaved) => this.onDisposed(p, unsaved),
      log: this.log,
      evidence: this.evidence,
    }, restored);
    this.panels.set(review.key, review);
    return review;
  }

  /**
   * Webviews can't veto closing, so the draft is already stashed in workspaceState
   * when this runs. Asking afterwards is honest: Reopen brings the panel back with
   * the draft, Save writes it as a journal entry, Discard forgets it, and dismissing
   * the dialog keeps the draft for the next time this review is opened.
   */
  private onDisposed(review: ReviewPanel, unsaved: boolean): void {
    if (this.panels.get(review.key) === review) this.panels.delete(review.key);
    if (!unsaved || this.quiet.has(review)) return;
    this.askAboutUnsaved(review).catch((e: unknown) => this.log.error('Could not ask about the unsaved review; the draft stays saved for next time', e));
  }

  private async askAboutUnsaved(review: ReviewPanel): Promise<void> {
    const reopen = vscode.l10n.t('Reopen Review');
    const save = vscode.l10n.t('Save as Journal Entry');
    const discard = vscode.l10n.t('Discard Draft');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('You closed the {0} with unsaved answers.', REVIEW_TITLES[review.kind]),
      { modal: true, detail: vscode.l10n.t('Your draft is kept and comes back when you open this review again. Nothing was written to goals.yaml.') },
      reopen,
      save,
      discard,
    );
    if (choice === reopen) {
      this.open(review.kind, review.folderUri);
    } else if (choice === save) {
      const reopened = this.open(review.kind, review.folderUri);
      await reopened.receive({ type: 'saveJournalOnly', draft: review.currentDraft });
    } else if (choice === discard) {
      await this.context.workspaceState.update(draftKey(review.kind, review.folderUri.toString()), undefined);
    }
  }
}
