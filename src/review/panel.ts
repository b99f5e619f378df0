/**
 * One review panel: a webview showing one kind of review for one workspace folder.
 * It validates every message from the webview and completes the review.
 *
 * The draft belongs to the webview. The panel keeps a cache of it, updated by
 * `draftChanged` alone, and writes the workspaceState stash from that cache in one
 * place (`saveStash`), so the draft survives closing the panel. `complete` and
 * `saveJournalOnly` carry the draft they act on; the cache is used only when a
 * message carries none (saving a closed panel's draft).
 */
import * as vscode from 'vscode';
import { isCommitInWins, winTextOf } from '../core/evidence';
import { dayOf, dayToIso, isoToDay, todayIso } from '../core/time/dates';
import { displayDay } from '../core/time/display';
import { resolvePrompts } from '../core/words/prompts';
import type { ReviewKind } from '../core/model';
import * as config from '../host/config';
import { Disposable } from '../host/disposable';
import type { EvidenceReader } from '../host/evidence';
import { displayBundle, displayLanguage } from '../host/l10n';
import { writeAndReport } from '../host/outcome';
import type { Logger } from '../host/log';
import type { FolderState, GoalsStore } from '../host/types';
import { emptyDraft, isDraftEmpty } from '../shared/draft';
import { REVIEW_TITLES } from '../core/words/review-kinds';
import { validateWebviewMessage } from '../shared/message-validation';
import type { HostMessage, ReviewDraft, ReviewSession, WebviewMessage, WorkView } from '../shared/protocol';
import { summaryMarkdown } from '../shared/summary';
import { completeReview } from './complete';
import { renderReviewHtml } from './html';
import { createNonce, webviewOptions } from '../host/webview-shell';
import { buildSession } from './session';

/** Everything a panel needs from the extension. */
export interface PanelDeps {
  context: vscode.ExtensionContext;
  store: GoalsStore;
  /** Called once the panel is gone, with whether the person still has unsaved work. */
  onDisposed(panel: ReviewPanel, unsaved: boolean): void;
  log: Logger;
  /** The person's commits linked to goals (the weekly review's "From your work"); none without it. */
  evidence?: EvidenceReader;
}

/** "From your work" covers the seven days ending today. */
const WORK_DAYS = 7;

/** How many posted messages a panel remembers for tests. */
const SENT_HISTORY = 100;

/** workspaceState key of a stashed draft. */
export function draftKey(kind: ReviewKind, folderUri: string): string {
  return `careerGoals.reviewDraft:${kind}:${folderUri}`;
}

export interface StashedDraft {
  draft: ReviewDraft;
  dirty: boolean;
}

export class ReviewPanel extends Disposable {
  readonly key: string;
  readonly sent: HostMessage[] = [];
  private session: ReviewSession | undefined;
  /** Goal ids this session has shown; drafts may mention no others. */
  private readonly knownIds = new Set<string>();
  /** The webview's draft as it last reported it (or as restored); never decides over the webview's own copy. */
  private draft: ReviewDraft | undefined;
  private dirty = false;
  private finished = false;
  /** The draft last completed, as JSON: its report may still be on its way (the webview debounces reports). */
  private completedJson: string | undefined;
  /** The last completion wrote no journal entry: the stashed draft is then the only copy of the answers. */
  private journalFailed = false;
  /** Re-sent after `init` so a webview that loads after completion still shows it. */
  private lastCompleted: HostMessage | undefined;
  private queue: Promise<void> = Promise.resolve();
  private readonly openedAt = performance.now();
  /** The week's work from git, once read (weekly reviews only). */
  private work: WorkView | undefined;

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly kind: ReviewKind,
    readonly folderUri: vscode.Uri,
    private readonly deps: PanelDeps,
    restored?: StashedDraft,
  ) {
    super();
    this.key = `${kind}|${folderUri.toString()}`;
    if (restored) ({ draft: this.draft, dirty: this.dirty } = restored);
    const extensionUri = deps.context.extensionUri;
    panel.webview.options = webviewOptions(extensionUri);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'career-goals.svg');
    panel.webview.html = renderReviewHtml(panel.webview, extensionUri, kind, createNonce());
    this.updateTitle();
    this._register(panel.webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw)));
    this._register(panel.onDidDispose(() => this.onDispose()));
    this._register(deps.store.onDidChange(() => this.refreshSession()));
    if (kind === 'weekly' && deps.evidence) this._register(deps.evidence.onDidChange(() => void this.loadWork()));
  }

  get folderState(): FolderState | undefined {
    return this.deps.store.find(this.folderUri);
  }

  get isDirty(): boolean {
    return this.dirty && !this.finished;
  }

  get currentDraft(): ReviewDraft | undefined {
    return this.draft;
  }

  /** Handles a raw message as if the webview had posted it; resolves once handled (tests await it). */
  receive(raw: unknown): Promise<void> {
    const run = this.queue.then(() => this.handle(raw));
    this.queue = run.catch(() => undefined);
    return run;
  }

  reveal(): void {
    this.panel.reveal(undefined, false);
  }

  /**
   * Closes the panel without asking (the draft stays stashed unless discarded). What
   * this object registered goes when the panel reports it is gone (`onDispose`), so
   * closing it by hand and closing it here end the same way.
   */
  override dispose(): void {
    this.panel.dispose();
  }

  private post(message: HostMessage): void {
    this.sent.push(message);
    if (this.sent.length > SENT_HISTORY) this.sent.shift();
    if (!this.isDisposed) void this.panel.webview.postMessage(message);
  }

  private updateTitle(): void {
    const folders = vscode.workspace.workspaceFolders?.length ?? 0;
    const where = folders > 1 ? ` — ${this.folderState?.folder.name ?? ''}` : '';
    this.panel.title = `${this.isDirty ? '● ' : ''}${REVIEW_TITLES[this.kind]}${where}`;
  }

  /** Builds the session from the folder's current state, or keeps the last one read-only. */
  private buildCurrentSession(): ReviewSession | undefined {
    const state = this.folderState;
    if (!state) {
      if (!this.session) return undefined;
      return { ...this.session, canWrite: false, problem: vscode.l10n.t('The goals file of this folder is gone, so the review can’t change it. Copy the summary or save it as a journal entry only.') };
    }
    const folder = state.folder;
    const { prompts, warnings } = resolvePrompts(this.kind, config.reflectionPrompts(folder));
    for (const w of warnings) this.deps.log.warn(w);
    const session = buildSession({
      kind: this.kind,
      folderName: folder.name,
      folderUri: folder.uri.toString(),
      analysis: state.analysis,
      reviews: state.reviews,
      journal: state.journal,
      today: todayIso(new Date()),
      prompts,
      maxActiveGoals: config.maxActiveGoals(),
      journalFolder: config.journalFolderPath(folder),
    });
    for (const g of session.goals) this.knownIds.add(g.id);
    if (this.work) {
      const wins = state.analysis.parse.model.wins;
      session.work = { ...this.work, goals: this.work.goals.map((g) => ({ ...g, commits: g.commits.map((c) => ({ ...c, added: isCommitInWins(wins, c.hash) })) })) };
    }
    return session;
  }

  /** Reads the week's work from git (weekly reviews), then shows it. */
  private async loadWork(): Promise<void> {
    const state = this.folderState;
    if (this.kind !== 'weekly' || !this.deps.evidence || !state || this.isDisposed) return;
    const until = dayToIso(dayOf(new Date()));
    const since = dayToIso(isoToDay(until) - (WORK_DAYS - 1));
    try {
      const e = await this.deps.evidence.evidence(state, { since, until });
      // No repository read (no git, the web, an untrusted folder): the section stays away.
      if (e.unlinked.length === 0) return;
      this.work = {
        since,
        until,
        goals: e.goals.filter((g) => g.commits.length > 0).map((g) => ({ id: g.id, title: g.title, commits: g.commits.map((c) => ({ ...c, added: false })) })),
        unlinked: e.unlinked.filter((u) => u.count > 0),
      };
    } catch (err) {
      this.deps.log.warn(`Review: couldn't read the week's work from git: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    this.refreshSession();
  }

  /** "Add as win": the commit the session listed, written as a win of its day, goal and link. */
  private async addWorkWin(goalId: string, hash: string): Promise<void> {
    const state = this.folderState;
    const commit = this.work?.goals.find((g) => g.id === goalId)?.commits.find((c) => c.hash === hash);
    if (!state || !commit) {
      this.post({ type: 'error', message: vscode.l10n.t('That commit is not in this week’s work any more, so nothing was written.') });
      return;
    }
    if (isCommitInWins(state.analysis.parse.model.wins, hash)) {
      this.post({ type: 'notice', message: vscode.l10n.t('That commit is a win already.') });
      return;
    }
    const goal = state.analysis.byId.has(goalId) ? { goal: goalId } : {};
    const outcome = await writeAndReport(this.deps.store, state, [{ op: 'addWin', win: { date: commit.date, text: winTextOf(commit), ...goal } }]);
    if (outcome.written) this.post({ type: 'notice', message: vscode.l10n.t('Added “{0}” as a win of {1}.', commit.subject, displayDay(commit.date, displayLanguage())) });
    else this.post({ type: 'error', message: outcome.error ?? outcome.failed[0]?.reason ?? vscode.l10n.t('The win could not be written.') });
  }

  private refreshSession(): void {
    if (this.isDisposed || !this.session) return;
    const next = this.buildCurrentSession();
    if (!next || JSON.stringify(next) === JSON.stringify(this.session)) return;
    this.session = next;
    this.updateTitle();
    this.post({ type: 'sessionUpdated', session: next });
  }

  private async handle(raw: unknown): Promise<void> {
    const checked = validateWebviewMessage(raw);
    if (!checked.ok) {
      this.deps.log.warn(`Rejected a review panel message: ${checked.error}`);
      this.post({ type: 'error', message: checked.error });
      return;
    }
    const message = checked.message;
    const unknown = this.unknownGoalIds(message);
    if (unknown.length) {
      const ids = unknown.map((id) => `"${id.slice(0, 60)}"`).join(', ');
      this.post({ type: 'error', message: unknown.length > 1 ? vscode.l10n.t('Invalid message: unknown goal ids {0}.', ids) : vscode.l10n.t('Invalid message: unknown goal id {0}.', ids) });
      return;
    }
    try {
      await this.dispatch(message);
    } catch (e) {
      // Unexpected failures must still reach the person, with their draft intact.
      this.deps.log.error('Review panel message failed', e);
      this.post({ type: 'error', message: vscode.l10n.t('Something went wrong: {0}. Your answers are kept.', e instanceof Error ? e.message : String(e)) });
    }
  }

  private unknownGoalIds(message: WebviewMessage): string[] {
    if (message.type === 'openGoal') return this.knownIds.size && !this.knownIds.has(message.goalId) ? [message.goalId] : [];
    const draft = 'draft' in message ? message.draft : undefined;
    if (!draft) return [];
    if (!this.session) this.session = this.buildCurrentSession();
    const ids = [...Object.keys(draft.goals), ...draft.wins.flatMap((w) => w.goalId ?? []), ...draft.lessons.flatMap((l) => l.goalId ?? []), ...(draft.focus?.goals ?? [])];
    return [...new Set(ids.filter((id) => !this.knownIds.has(id)))];
  }

  private async dispatch(message: WebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready': {
        await this.deps.store.ready();
        this.session = this.buildCurrentSession();
        if (!this.session) {
          this.post({ type: 'error', message: vscode.l10n.t('This folder has no goals file any more, so there is nothing to review.') });
          return;
        }
        this.post({ type: 'init', session: this.session, ...(this.draft && { draft: this.draft }), bundle: displayBundle(), language: displayLanguage() });
        if (this.finished && this.lastCompleted) this.post(this.lastCompleted);
        if (this.kind === 'weekly' && !this.work) void this.loadWork();
        this.deps.log.timing(`review panel ready (${this.kind})`, this.openedAt);
        return;
      }
      case 'draftChanged':
        this.cacheDraft(message.draft, message.dirty);
        return;
      case 'complete':
        await this.complete(message.draft, false);
        return;
      case 'saveJournalOnly':
        await this.complete(message.draft ?? this.draft ?? emptyDraft(), true);
        return;
      case 'copySummary': {
        const session = this.session ?? this.buildCurrentSession();
        if (!session) return;
        await vscode.env.clipboard.writeText(summaryMarkdown(session, message.draft ?? this.draft ?? emptyDraft()));
        this.post({ type: 'notice', message: vscode.l10n.t('Summary copied to the clipboard.') });
        return;
      }
      case 'openGoal':
        await this.openGoal(message.goalId);
        return;
      case 'openJournal':
        await this.openJournal(message.path);
        return;
      case 'addWorkWin':
        await this.addWorkWin(message.goalId, message.hash);
        return;
      case 'discard':
        this.dirty = false;
        this.draft = undefined;
        await this.saveStash();
        this.dispose();
        return;
    }
  }

  /** Takes the webview's report of its draft: the only update of the cache. */
  private cacheDraft(draft: ReviewDraft, dirty: boolean): void {
    // The report of the draft just completed, posted before the page heard back: it changes no state.
    const late = this.finished && JSON.stringify(draft) === this.completedJson;
    this.draft = draft;
    if (!late) {
      this.dirty = dirty && !isDraftEmpty(draft);
      this.finished = false;
      this.journalFailed = false;
      this.updateTitle();
    }
    void this.saveStash();
  }

  /** The one place the stash is written, from the cache: kept while it holds unsaved work, or answers no journal entry holds. */
  private saveStash(): Thenable<void> {
    const keep = this.draft !== undefined && (this.isDirty || (this.finished && this.journalFailed));
    const stash: StashedDraft | undefined = keep ? { draft: this.draft!, dirty: true } : undefined;
    return this.deps.context.workspaceState.update(draftKey(this.kind, this.folderUri.toString()), stash);
  }

  /** Applies the draft (unless `journalOnly`), writes the journal entry and reports back. */
  private async complete(draft: ReviewDraft, journalOnly: boolean): Promise<void> {
    const started = performance.now();
    this.session = this.buildCurrentSession() ?? this.session;
    if (!this.session) return;
    const result = await completeReview(this.deps.store, this.folderState, this.session, draft, journalOnly);
    if (!result.ok) {
      this.post({ type: 'error', message: result.error });
      return;
    }
    this.finished = true;
    this.dirty = false;
    this.completedJson = JSON.stringify(draft);
    // Without a journal entry the stashed draft is the only copy of the answers: keep it.
    this.journalFailed = result.journalError !== undefined;
    this.updateTitle();
    await this.saveStash();
    // The store brought this folder up to date when the completion's batch ended: the due review has changed already.
    this.lastCompleted = result.message;
    this.post(result.message);
    if (result.journalError) this.post({ type: 'error', message: result.journalError });
    this.deps.log.timing(`review completed (${this.kind}, ${result.message.applied.length} change(s))`, started);
  }

  private async openGoal(goalId: string): Promise<void> {
    const state = this.folderState;
    const goal = state?.analysis.byId.get(goalId)?.goal;
    if (!state || !goal) {
      this.post({ type: 'error', message: vscode.l10n.t('The goal "{0}" is no longer in the goals file.', goalId) });
      return;
    }
    const doc = await vscode.workspace.openTextDocument(state.uri);
    const range = new vscode.Range(doc.positionAt(goal.titleRange.start), doc.positionAt(goal.titleRange.end));
    await vscode.window.showTextDocument(doc, { selection: range, viewColumn: vscode.ViewColumn.One, preview: false });
  }

  private async openJournal(path: string): Promise<void> {
    const session = this.session;
    const segments = path.split('/');
    const inside = session && segments.length > 1 && segments.slice(0, -1).join('/') === session.journalFolder && /^[^/\\]+\.md$/.test(segments.at(-1)!) && !segments.includes('..');
    if (!inside) {
      this.post({
        type: 'error',
        message: session ? vscode.l10n.t('Only journal entries inside {0} can be opened from here.', session.journalFolder) : vscode.l10n.t('Only journal entries inside the journal folder can be opened from here.'),
      });
      return;
    }
    const uri = vscode.Uri.joinPath(vscode.Uri.parse(session.folderUri), ...segments);
    try {
      await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One, preview: false });
    } catch (e) {
      this.post({ type: 'error', message: vscode.l10n.t("Couldn't open {0}: {1}", path, e instanceof Error ? e.message : String(e)) });
    }
  }

  private onDispose(): void {
    super.dispose();
    this.deps.onDisposed(this, this.isDirty);
  }
}
