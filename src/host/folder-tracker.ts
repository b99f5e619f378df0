/**
 * One workspace folder as the store tracks it: its goals file and journal, the state
 * last read from them, the watchers on them, and the refreshes in flight, debounced or
 * held while a write runs. The store keeps one per folder and drops it when the folder,
 * or the setting that names its files, changes.
 */
import { withEncodingProblem } from './encoding';
import * as vscode from 'vscode';
import { reviewsOf, type JournalRecord } from '../core/history';
import type { ReviewRecord } from '../core/model';
import { dayOf } from '../core/time/dates';
import type { AnalysisRunner } from './analysis-runner';
import { typingDebounceMs } from './analysis-runner';
import * as config from './config';
import { Disposable } from './disposable';
import { fileSignature, journalSignature } from './file-signature';
import { journalDir } from './journal-path';
import type { JournalIndex } from './journal-reader';
import type { Logger } from './log';
import type { FolderState, StoreCounts } from './types';

/** Delay after a file system event, to coalesce the bursts some tools produce. */
const WATCH_DEBOUNCE_MS = 50;

/** What a tracker asks of the store that owns it. */
export interface TrackerOwner {
  readonly log: Logger;
  readonly runner: AnalysisRunner;
  readonly journal: JournalIndex;
  readonly counts: StoreCounts;
  /** Runs `work` as busy: `whenIdle` waits for it. */
  track<T>(work: () => Promise<T>): Promise<T>;
  /** Fires the store's change event for `cause`. */
  changed(cause: string): void;
  /** Adds a line to the store's trail. */
  note(line: string): void;
  /** One re-check of every folder after a burst of file events. */
  scheduleRecheck(): void;
  /** Wakes `whenIdle` callers when nothing is pending any more. */
  settle(): void;
  /** Whether `tracker` is still the one the store keeps for its folder. */
  keeps(tracker: FolderTracker): boolean;
  /** A keystroke typed at `since` (`performance.now()`) is now in the model. */
  typed(since: number): void;
  /** An analysis for the day of `now` begins. */
  analysing(now: Date): void;
}

/** Options of a scheduled refresh. */
export interface RefreshOptions {
  /** A keystroke: the time to the refreshed model is measured from the first one. */
  typing?: boolean;
  /** Read the journal again too. */
  reviews?: boolean;
  /** Why, for the trail and the log. */
  cause?: string;
}

const sameReviews = (a: readonly ReviewRecord[], b: readonly ReviewRecord[]) => a.length === b.length && a.every((r, i) => r.kind === b[i]!.kind && r.date === b[i]!.date);

/** One folder's goals file and journal, kept current; see the file comment. */
export class FolderTracker extends Disposable {
  /** The goals file. */
  readonly uri: vscode.Uri;
  private current: vscode.WorkspaceFolder;
  private state_: FolderState | undefined;
  private reviews: ReviewRecord[] = [];
  /** The journal as last read; `reviews` is its kinds and dates. */
  private journalRecords: JournalRecord[] = [];
  /** Bumped by each refresh so a slower, older read never overwrites a newer one. */
  private seq = 0;
  /** The newest refresh of this folder and the `seq` it took: an older one that finds itself overtaken waits for it. */
  private latest: { seq: number; run: Promise<boolean> } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pendingReviews = false;
  /** `performance.now()` of the first keystroke not yet reflected in the model. */
  private typingSince: number | undefined;
  /** `stat` fingerprints of the goals file and the journal as last read (see file-signature.ts). */
  private fileSig: string | undefined;
  private journalSig: string | undefined;
  /** Day and active-goal limit the state was analysed for: when they change, the same text is analysed again. */
  private analysedFor: string | undefined;
  /** Depth of `hold` calls running on this folder; refreshes wait while above 0. */
  private held = 0;
  /** Refreshes asked for while held, run (cheaply: the text is compared first) once the hold ends. */
  private deferred: { reviews: boolean } | undefined;
  /** Whether the running hold must re-read the journal when it ends (a `batch` may have written it). */
  private heldReviews = false;
  /** The text the last write of the running hold left. */
  private written: string | undefined;
  /** How long the last analysis of this folder took, in ms (it sets the typing pause of large plans). */
  private lastCostMs: number | undefined;

  /**
   * Starts watching the goals file at `filePath` and the journal folder `journalFolder`
   * (both relative to `folder`). Nothing is read until the first refresh.
   */
  constructor(
    folder: vscode.WorkspaceFolder,
    private readonly filePath: string,
    private readonly journalFolder: string,
    private readonly owner: TrackerOwner,
  ) {
    super();
    this.current = folder;
    this.uri = vscode.Uri.joinPath(folder.uri, filePath);
    this.watch();
  }

  /** The workspace folder (its name and index may change while its files stay the same). */
  get folder(): vscode.WorkspaceFolder {
    return this.current;
  }

  set folder(folder: vscode.WorkspaceFolder) {
    this.current = folder;
  }

  /** The state as last read: undefined while there is no goals file (or before the first read). */
  get state(): FolderState | undefined {
    return this.state_;
  }

  /** No refresh is waiting for its debounce. */
  get idle(): boolean {
    return this.timer === undefined;
  }

  /** The journal folder, or undefined when the setting points outside the workspace folder. */
  get journalDir(): vscode.Uri | undefined {
    return journalDir(this.current.uri, this.journalFolder);
  }

  /** Whether this tracker follows these files (else the store makes a new one). */
  follows(filePath: string, journal: string): boolean {
    return this.filePath === filePath && this.journalFolder === journal;
  }

  /** A keystroke in the goals file: refreshes after a pause that follows the plan's size. */
  typing(): void {
    // The pause follows the plan's size as last read: a keystroke hardly changes it,
    // and copying a large document's text on every keystroke would cost more.
    this.schedule(typingDebounceMs(this.state_?.text.length ?? 0, this.lastCostMs), { typing: true, cause: 'typing' });
  }

  /** The text a write of the running hold left: the end of the hold adopts it without reading it back. */
  wrote(text: string): void {
    this.written = text;
  }

  /**
   * Runs `work` with this folder's refreshes held, then refreshes it once: from the text
   * the last write left (not read back), re-reading the journal when `reviews`. The
   * fingerprints are taken then, so the file events our own writes cause find the text
   * unchanged and neither parse nor fire. Events that came during the hold are
   * replayed afterwards for anything else that may have changed; they cost a read.
   */
  async hold<T>(reviews: boolean, work: () => Promise<T>): Promise<T> {
    if (this.held++ === 0) {
      // A refresh already on its way defers itself when it lands (see refresh); the end of the hold covers it.
      if (this.timer) {
        clearTimeout(this.timer);
        this.timer = undefined;
        this.defer(this.pendingReviews);
        this.pendingReviews = false;
      }
      this.written = undefined;
      this.heldReviews = false;
    }
    this.heldReviews ||= reviews;
    try {
      return await this.owner.track(work);
    } finally {
      if (--this.held === 0) await this.release();
    }
  }

  /** Refreshes after `delay` ms, once for a burst of calls; while held, when the hold ends. */
  schedule(delay: number, opts: RefreshOptions = {}): void {
    if (this.held > 0) {
      this.defer(opts.reviews === true);
      return;
    }
    if (opts.typing) this.typingSince ??= performance.now();
    if (opts.reviews) this.pendingReviews = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const reviews = this.pendingReviews;
      this.pendingReviews = false;
      const since = this.typingSince;
      this.typingSince = undefined;
      void this.owner.track(async () => {
        if (await this.refresh(reviews, undefined, undefined, opts.cause ?? 'event')) this.owner.changed(`${this.current.name}: ${opts.cause ?? 'event'}`);
        if (since !== undefined) this.owner.typed(since);
      });
    }, delay);
  }

  /**
   * Re-checks the goals file and journal with `stat` and re-reads what changed since it
   * was last read. True when the state changed.
   */
  async recheck(): Promise<boolean> {
    const [fileSig, journalSig] = await Promise.all([fileSignature(this.uri), journalSignature(this.journalDir)]);
    const file = fileSig !== this.fileSig;
    const journal = journalSig !== this.journalSig;
    if (!file && !journal) return false;
    this.owner.log.info(`re-check: ${this.current.name} ${[file && 'goals file', journal && 'journal'].filter(Boolean).join(' and ')} changed without an event`);
    // The fingerprints just taken were taken before the read, as refresh needs.
    return this.refresh(journal, undefined, { fileSig, journalSig }, 're-check');
  }

  /**
   * Reads the text (unless `written` says what it is) and the journal when asked, and
   * analyses the text unless the state already holds its analysis. True when the state
   * changed. Stale results are dropped; while the folder is held, the refresh waits for
   * the end of the hold.
   */
  refresh(readReviews: boolean, written: string | undefined, taken: { fileSig: string; journalSig: string } | undefined, cause: string): Promise<boolean> {
    const run = this.read(readReviews, written, taken, cause);
    this.latest = { seq: this.seq, run };
    return run;
  }

  /** Stops watching and drops whatever refresh is on its way (the folder is gone, or its files changed). */
  override dispose(): void {
    this.owner.runner.forget(this.current.uri.toString());
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.seq++;
    super.dispose();
    this.owner.settle();
  }

  private async release(): Promise<void> {
    const deferred = this.deferred;
    const written = this.written;
    const reviews = this.heldReviews || deferred?.reviews === true;
    this.deferred = undefined;
    this.written = undefined;
    this.heldReviews = false;
    if (!this.owner.keeps(this)) return;
    await this.owner.track(async () => {
      if (await this.refresh(reviews, written, undefined, 'end of a write')) this.owner.changed(`${this.current.name}: end of a write`);
    });
    if (deferred) this.schedule(WATCH_DEBOUNCE_MS, { cause: 'events during a write' });
  }

  private defer(reviews: boolean): void {
    this.deferred = { reviews: reviews || this.deferred?.reviews === true };
  }

  private watch(): void {
    const file = this._register(vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(this.current, this.filePath)));
    // The folder itself too: deleting or renaming it reports only the folder, not its entries.
    const journal = this._register(vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(this.current, `{${this.journalFolder},${this.journalFolder}/*.md}`)));
    const onFile = () => {
      this.owner.counts.fileEvents++;
      this.schedule(WATCH_DEBOUNCE_MS, { cause: 'goals file event' });
      this.owner.scheduleRecheck();
    };
    const onJournal = () => {
      this.owner.counts.journalEvents++;
      this.schedule(WATCH_DEBOUNCE_MS, { reviews: true, cause: 'journal event' });
      this.owner.scheduleRecheck();
    };
    for (const d of [file.onDidCreate(onFile), file.onDidChange(onFile), file.onDidDelete(onFile), journal.onDidCreate(onJournal), journal.onDidChange(onJournal), journal.onDidDelete(onJournal)]) this._register(d);
  }

  private async read(readReviews: boolean, written: string | undefined, taken: { fileSig: string; journalSig: string } | undefined, cause: string): Promise<boolean> {
    if (this.held > 0) {
      this.defer(readReviews);
      return false;
    }
    const seq = ++this.seq;
    // Fingerprints first: a change that lands during the read then shows at the next re-check.
    // Unsaved editor text is what gets read, and typing leaves the disk as it was: its
    // fingerprint stands, which spares each keystroke a round trip to the file system.
    const fileSig = taken?.fileSig ?? (dirtyDocument(this.uri) && this.fileSig !== undefined ? this.fileSig : await fileSignature(this.uri));
    const text = written ?? (await readText(this.uri, this.owner.log));
    let journal = this.journalRecords;
    let journalSig = this.journalSig;
    if (readReviews) {
      try {
        // The reader stats each entry before reading it: its signature is the one to keep
        // (unless a re-check took one already), so nothing is stat'ed twice.
        const read = await this.owner.journal.read(this.current.uri, this.journalFolder);
        journalSig = taken?.journalSig ?? read.signature;
        journal = read.records;
      } catch (e) {
        this.owner.log.error(`Couldn't read the review journal of ${this.current.name}`, e);
      }
    }
    if (seq !== this.seq) {
      // A newer read of this folder started meanwhile and decides its state. Waiting for it
      // means a caller such as recheck() resolves only once the state is current (a re-check
      // right after a file was deleted once resolved while an older read still held it).
      // Only a read with a later seq is waited for, so no read ever waits for itself (a
      // dropped folder bumps seq with no read behind it).
      const newer = this.latest;
      if (newer && newer.seq > seq && newer.seq === this.seq) await newer.run;
      return false;
    }
    if (this.held > 0) {
      this.defer(readReviews);
      return false;
    }
    this.fileSig = fileSig;
    this.journalSig = journalSig;
    const reviews = journal === this.journalRecords ? this.reviews : reviewsOf(journal);
    const reviewsChanged = !sameReviews(this.reviews, reviews);
    // Figures edited by hand change the history, not the analysis.
    const journalChanged = journal !== this.journalRecords && JSON.stringify(journal) !== JSON.stringify(this.journalRecords);
    this.reviews = reviews;
    this.journalRecords = journal;
    const prev = this.state_;
    if (text === undefined) {
      this.state_ = undefined;
      return prev !== undefined;
    }
    // The same text, journal, day and limit: the analysis held is this one (file events for our own writes end here).
    if (prev && prev.text === text && !reviewsChanged && this.analysedFor === analysisKey(new Date())) {
      if (prev.folder === this.current && !journalChanged) return false;
      this.state_ = { ...prev, folder: this.current, journal };
      return true;
    }
    const why = !prev ? 'first read' : prev.text !== text ? 'text changed' : reviewsChanged ? 'reviews changed' : 'day or limit changed';
    const state = await this.analyse(text, `${cause}, ${why}`);
    // A large plan's analysis runs in a worker: a newer read may have started meanwhile.
    if (seq !== this.seq) return false;
    this.state_ = state;
    return true;
  }

  private async analyse(text: string, cause: string): Promise<FolderState | undefined> {
    try {
      const now = new Date();
      this.owner.analysing(now);
      this.owner.counts.analyses++;
      this.owner.note(`${this.current.name}: analysis (${cause})`);
      const started = performance.now();
      // Bytes that are not UTF-8 come first in Problems: they read as U+FFFD here, and a save would keep U+FFFD.
      const analysis = await withEncodingProblem(this.uri, text, await this.owner.runner.analyze(this.current.uri.toString(), text, now, { maxActiveGoals: config.maxActiveGoals(), reviews: this.reviews }));
      this.lastCostMs = performance.now() - started;
      this.analysedFor = analysisKey(now);
      return { folder: this.current, uri: this.uri, text, analysis, reviews: this.reviews, journal: this.journalRecords };
    } catch (e) {
      // A bug in the core must not blank the view: keep showing the last good state.
      this.owner.log.error(`Couldn't analyse ${this.uri.toString()}`, e);
      return this.state_;
    }
  }
}

/** What an analysis depends on besides the text and the journal: the day and the active-goal limit. */
function analysisKey(now: Date): string {
  return `${dayOf(now)}|${config.maxActiveGoals()}`;
}

/**
 * The open document's text when it has unsaved changes, else the file's; undefined
 * when there is no file. A clean document can lag behind the disk (VS Code reloads it
 * after an outside change, and keeps models of closed editors), so the disk wins then.
 */
async function readText(uri: vscode.Uri, log: Logger): Promise<string | undefined> {
  const open = dirtyDocument(uri);
  if (open) return open.getText();
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) log.error(`Couldn't read ${uri.toString()}`, e);
    return undefined;
  }
}

/** The open editor document of `uri` when it has unsaved changes: its text is the one to read. */
function dirtyDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed && d.isDirty);
}
