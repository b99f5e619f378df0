/**
 * The GoalsStore: one FolderState per workspace folder that has a goals file, kept
 * current as the person types (debounced), saves, or changes files outside VS Code,
 * and as folders and settings change. Reads go through `vscode.workspace.fs`, or the
 * open document when there is one, so unsaved edits and virtual workspaces count.
 */
import * as vscode from 'vscode';
import { dayOf } from '../core/time/dates';
import type { ReviewRecord } from '../core/model';
import type { GoalOp } from '../core/types';
import { ContextKeys, Settings } from '../constants';
import { JournalIndex } from './journal-reader';
import { reviewsOf, type JournalRecord } from '../core/history';
import * as config from './config';
import { fileSignature, journalSignature } from './file-signature';
import { journalDir } from './journal-path';
import type { Logger } from './log';
import { inThreadRunner, typingDebounceMs, type AnalysisRunner } from './analysis-runner';
import type { FolderState, GoalsStore, StoreCounts, WriteOutcome } from './types';
import { Disposable } from './disposable';
import { describeFailures, Writer } from './writer';

/** Delay after a file system event, to coalesce the bursts some tools produce. */
const WATCH_DEBOUNCE_MS = 50;
/**
 * Delay after the last file event before every folder is re-checked with `stat`. Events
 * come in bursts and VS Code may drop part of one (a create and a delete in one batch
 * cancel out), so the check after the burst is what ends the store in the true state.
 */
const RECHECK_AFTER_EVENTS_MS = 1000;

interface FolderEntry {
  folder: vscode.WorkspaceFolder;
  filePath: string;
  journal: string;
  uri: vscode.Uri;
  watchers: vscode.Disposable[];
  state?: FolderState;
  reviews: ReviewRecord[];
  /** The journal as last read; `reviews` is its kinds and dates. */
  journalRecords: JournalRecord[];
  /** Bumped by each refresh so a slower, older read never overwrites a newer one. */
  seq: number;
  /** The newest refresh of this folder and the `seq` it took: an older one that finds itself overtaken waits for it. */
  latest?: { seq: number; run: Promise<boolean> };
  timer?: ReturnType<typeof setTimeout>;
  pendingReviews: boolean;
  /** `performance.now()` of the first keystroke not yet reflected in the model. */
  typingSince?: number;
  /** `stat` fingerprints of the goals file and the journal as last read (see file-signature.ts). */
  fileSig?: string;
  journalSig?: string;
  /** Day and active-goal limit the state was analysed for: when they change, the same text is analysed again. */
  analysedFor?: string;
  /** Depth of `batch` / `write` calls running on this folder; refreshes wait while above 0. */
  held: number;
  /** Refreshes asked for while held, run (cheaply: the text is compared first) once the hold ends. */
  deferred?: { reviews: boolean };
  /** Whether the running hold must re-read the journal when it ends (a `batch` may have written it). */
  heldReviews: boolean;
  /** The text the last write of the running hold left. */
  written?: string;
  /** How long the last analysis of this folder took, in ms (it sets the typing pause of large plans). */
  lastCostMs?: number;
}

const sameReviews = (a: readonly ReviewRecord[], b: readonly ReviewRecord[]) => a.length === b.length && a.every((r, i) => r.kind === b[i]!.kind && r.date === b[i]!.date);

/** The extension's GoalsStore. Call `start()` once; it never blocks on I/O. */
export class Store extends Disposable implements GoalsStore {
  private readonly emitter = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.emitter.event;
  private readonly entries = new Map<string, FolderEntry>();
  /** The journals as read, and the warnings on their entries. */
  private readonly journal = this._register(new JournalIndex());
  /** Writes ops; it remembers its own saves and recent texts between writes. */
  private readonly writer = new Writer();
  private readonly writes = new Map<string, Promise<unknown>>();
  /** Settles when the initial scan that `start()` begins is done, however early `ready()` is asked. */
  private readonly initial: Promise<void>;
  private startScan!: (scan: Promise<void>) => void;
  private busy = 0;
  private idleWaiters: (() => void)[] = [];
  private hasFile: boolean | undefined;
  private analysedDay = dayOf(new Date());
  private recheckTimer: ReturnType<typeof setTimeout> | undefined;
  /** Milliseconds from the last measured keystroke to the refreshed model (for logs and tests). */
  lastTypingMs: number | undefined;
  /** Work done so far (tests compare before and after). */
  readonly counts: StoreCounts = { editParses: 0, analyses: 0, changes: 0, fileEvents: 0, journalEvents: 0, rechecks: 0 };
  /**
   * The last analyses and change events, each with its folder and cause, oldest first
   * (bounded). Counts say how much work was done; this says why, so a test that finds
   * one analysis too many can name it.
   */
  readonly trail: { seq: number; line: string }[] = [];
  private noted = 0;

  /** @param runner where analyses run (analysis-platform.ts: a worker for large plans on the desktop) */
  constructor(
    private readonly log: Logger,
    private readonly runner: AnalysisRunner = inThreadRunner(),
  ) {
    super();
    this.initial = new Promise<void>((resolve) => (this.startScan = resolve));
  }

  /** Subscribes to editor, file, folder and setting events and starts the initial scan. */
  start(): void {
    const w = vscode.workspace;
    this._register(w.onDidChangeTextDocument((e) => {
      const entry = this.entryFor(e.document.uri);
      // The pause follows the plan's size as last read: a keystroke hardly changes it,
      // and copying a large document's text on every keystroke would cost more.
      if (entry && e.contentChanges.length) this.schedule(entry, typingDebounceMs(entry.state?.text.length ?? 0, entry.lastCostMs), { typing: true, cause: 'typing' });
    }));
    this._register(w.onDidSaveTextDocument((doc) => {
      const entry = this.entryFor(doc.uri);
      if (entry) this.schedule(entry, 0, { cause: 'save' });
    }));
    this._register(w.onDidCloseTextDocument((doc) => {
      // Closing without saving drops the unsaved text: the file on disk is the truth again.
      const entry = this.entryFor(doc.uri);
      if (entry) this.schedule(entry, 0, { cause: 'close' });
    }));
    this._register(w.onDidChangeWorkspaceFolders(() => void this.refresh()));
    this._register(w.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(config.settingKey(Settings.file)) || e.affectsConfiguration(config.settingKey(Settings.journalFolder))) void this.refresh();
      else if (e.affectsConfiguration(config.settingKey(Settings.maxActiveGoals))) void this.reanalyseAll();
    }));
    this._register(vscode.window.onDidChangeWindowState((s) => {
      if (!s.focused) return;
      if (dayOf(new Date()) !== this.analysedDay) void this.reanalyseAll();
      // Files may have changed while the window was away, with events lost or merged.
      void this.recheck();
    }));
    // The welcome view waits for this key, so it never flashes before the first scan.
    // `ready()` takes on the scan's outcome, a failure included.
    this.startScan(this.refresh().finally(() => void vscode.commands.executeCommand('setContext', ContextKeys.scanned, true)));
  }

  get states(): readonly FolderState[] {
    const order = vscode.workspace.workspaceFolders ?? [];
    return order.flatMap((f) => this.entries.get(f.uri.toString())?.state ?? []);
  }

  find(resource: vscode.Uri): FolderState | undefined {
    return findState(this.states, resource);
  }

  ready(): Promise<void> {
    return this.initial;
  }

  /** Resolves once the initial scan, pending debounced refreshes and in-flight reads are done. */
  whenIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  refresh(): Promise<void> {
    return this.track(async () => {
      this.syncFolders();
      await Promise.all([...this.entries.values()].map((e) => this.refreshEntry(e, true, undefined, undefined, 'scan')));
      this.changed('scan');
      this.log.info(`scanned ${this.entries.size} folder(s); goals files in: ${this.states.map((s) => s.folder.name).join(', ') || 'none'}`);
    });
  }

  write(uri: vscode.Uri, ops: readonly GoalOp[]): Promise<WriteOutcome> {
    const entry = this.entryFor(uri) ?? this.entryForFolderOf(uri);
    const target = entry?.uri ?? uri;
    const key = target.toString();
    // Writes to one file run one after another, so each sees the text the previous one left.
    const run = (this.writes.get(key) ?? Promise.resolve()).then(() => (entry ? this.hold(entry, false, () => this.writeNow(target, ops, entry)) : this.writeNow(target, ops, undefined)));
    this.writes.set(key, run.catch(() => undefined));
    return run;
  }

  batch<T>(resource: vscode.Uri, work: () => Promise<T>): Promise<T> {
    const entry = this.entryFor(resource) ?? this.entryForFolderOf(resource);
    return entry ? this.hold(entry, true, work) : work();
  }

  /**
   * Re-checks every folder's goals file and journal with `stat` and re-reads only what
   * changed since it was last read. Runs after a burst of file events and when the
   * window regains focus, so a lost or merged event never leaves a stale state.
   */
  recheck(): Promise<void> {
    return this.track(async () => {
      const stale = await Promise.all(
        [...this.entries.values()].map(async (entry) => {
          const [fileSig, journalSig] = await Promise.all([fileSignature(entry.uri), journalSignature(journalDir(entry.folder.uri, entry.journal))]);
          const file = fileSig !== entry.fileSig;
          const journal = journalSig !== entry.journalSig;
          if (!file && !journal) return false;
          this.log.info(`re-check: ${entry.folder.name} ${[file && 'goals file', journal && 'journal'].filter(Boolean).join(' and ')} changed without an event`);
          // The fingerprints just taken were taken before the read, as refreshEntry needs.
          return this.refreshEntry(entry, journal, undefined, { fileSig, journalSig }, 're-check');
        }),
      );
      if (stale.some(Boolean)) this.changed('re-check');
      this.counts.rechecks++;
    });
  }

  override dispose(): void {
    if (this.recheckTimer) clearTimeout(this.recheckTimer);
    for (const e of this.entries.values()) this.dropEntry(e);
    this.entries.clear();
    super.dispose();
    this.idleWaiters.splice(0).forEach((r) => r());
  }

  /** Writes inside a hold (see `hold`): the entry adopts the text written when the hold ends. */
  private async writeNow(uri: vscode.Uri, ops: readonly GoalOp[], entry: FolderEntry | undefined): Promise<WriteOutcome> {
    // The store's analysis serves the writer's syntax check when it is of the text being edited.
    const state = entry?.state;
    const known = state && { text: state.text, parse: state.analysis.parse };
    const { outcome, text, parses } = await this.track(() => this.writer.write(uri, ops, known));
    this.counts.editParses += parses;
    if (entry && text !== undefined) entry.written = text;
    // Callers tell the person (they know the context); the log keeps a record.
    const message = describeFailures(outcome);
    if (message) this.log.info(`write to ${uri.toString()}: ${message}`);
    return outcome;
  }

  /**
   * Runs `work` with the entry's refreshes held, then refreshes it once: from the text
   * the last write left (not read back), re-reading the journal when `reviews`. The
   * fingerprints are taken then, so the file events our own writes cause find the text
   * unchanged and neither parse nor fire. Events that came during the hold are
   * replayed afterwards for anything else that may have changed; they cost a read.
   */
  private async hold<T>(entry: FolderEntry, reviews: boolean, work: () => Promise<T>): Promise<T> {
    if (entry.held++ === 0) {
      // A refresh already on its way defers itself when it lands (see refreshEntry); the end of the hold covers it.
      if (entry.timer) {
        clearTimeout(entry.timer);
        entry.timer = undefined;
        this.defer(entry, entry.pendingReviews);
        entry.pendingReviews = false;
      }
      entry.written = undefined;
      entry.heldReviews = false;
    }
    entry.heldReviews ||= reviews;
    try {
      return await this.track(work);
    } finally {
      if (--entry.held === 0) await this.release(entry);
    }
  }

  private async release(entry: FolderEntry): Promise<void> {
    const deferred = entry.deferred;
    const written = entry.written;
    const reviews = entry.heldReviews || deferred?.reviews === true;
    entry.deferred = undefined;
    entry.written = undefined;
    entry.heldReviews = false;
    if (this.entries.get(entry.folder.uri.toString()) !== entry) return;
    await this.track(async () => {
      if (await this.refreshEntry(entry, reviews, written, undefined, 'end of a write')) this.changed(`${entry.folder.name}: end of a write`);
    });
    if (deferred) this.schedule(entry, WATCH_DEBOUNCE_MS, { cause: 'events during a write' });
  }

  private defer(entry: FolderEntry, reviews: boolean): void {
    entry.deferred = { reviews: reviews || entry.deferred?.reviews === true };
  }

  private entryFor(uri: vscode.Uri): FolderEntry | undefined {
    const key = uri.toString();
    for (const e of this.entries.values()) if (e.uri.toString() === key) return e;
    return undefined;
  }

  private entryForFolderOf(uri: vscode.Uri): FolderEntry | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.entries.get(folder.uri.toString()) : undefined;
  }

  /** Matches entries to the current workspace folders and settings; (re)creates watchers. */
  private syncFolders(): void {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const keep = new Set(folders.map((f) => f.uri.toString()));
    for (const [key, entry] of this.entries) {
      if (!keep.has(key)) {
        this.dropEntry(entry);
        this.entries.delete(key);
      }
    }
    for (const folder of folders) {
      const key = folder.uri.toString();
      const filePath = config.goalsFilePath(folder);
      const journal = config.journalFolderPath(folder);
      const old = this.entries.get(key);
      if (old && old.filePath === filePath && old.journal === journal) {
        old.folder = folder;
        continue;
      }
      if (old) this.dropEntry(old);
      const entry: FolderEntry = { folder, filePath, journal, uri: vscode.Uri.joinPath(folder.uri, filePath), watchers: [], reviews: [], journalRecords: [], seq: 0, pendingReviews: false, held: 0, heldReviews: false };
      entry.watchers = this.watch(entry);
      this.entries.set(key, entry);
    }
    // Warnings about journal files of a folder that is gone, or no longer the journal, go too.
    this.journal.keepDiagnostics([...this.entries.values()].flatMap((e) => journalDir(e.folder.uri, e.journal) ?? []));
  }

  private watch(entry: FolderEntry): vscode.Disposable[] {
    const file = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(entry.folder, entry.filePath));
    // The folder itself too: deleting or renaming it reports only the folder, not its entries.
    const journal = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(entry.folder, `{${entry.journal},${entry.journal}/*.md}`));
    const onFile = () => {
      this.counts.fileEvents++;
      this.schedule(entry, WATCH_DEBOUNCE_MS, { cause: 'goals file event' });
      this.scheduleRecheck();
    };
    const onJournal = () => {
      this.counts.journalEvents++;
      this.schedule(entry, WATCH_DEBOUNCE_MS, { reviews: true, cause: 'journal event' });
      this.scheduleRecheck();
    };
    return [file, journal, file.onDidCreate(onFile), file.onDidChange(onFile), file.onDidDelete(onFile), journal.onDidCreate(onJournal), journal.onDidChange(onJournal), journal.onDidDelete(onJournal)];
  }

  /** One re-check after each burst of file events, in any folder. */
  private scheduleRecheck(): void {
    if (this.recheckTimer) clearTimeout(this.recheckTimer);
    this.recheckTimer = setTimeout(() => {
      this.recheckTimer = undefined;
      void this.recheck();
    }, RECHECK_AFTER_EVENTS_MS);
  }

  private dropEntry(entry: FolderEntry): void {
    this.runner.forget(entry.folder.uri.toString());
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = undefined;
    entry.seq++;
    for (const d of entry.watchers) d.dispose();
    this.settle();
  }

  private schedule(entry: FolderEntry, delay: number, opts: { typing?: boolean; reviews?: boolean; cause?: string } = {}): void {
    if (entry.held > 0) {
      this.defer(entry, opts.reviews === true);
      return;
    }
    if (opts.typing) entry.typingSince ??= performance.now();
    if (opts.reviews) entry.pendingReviews = true;
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      const reviews = entry.pendingReviews;
      entry.pendingReviews = false;
      const since = entry.typingSince;
      entry.typingSince = undefined;
      void this.track(async () => {
        if (await this.refreshEntry(entry, reviews, undefined, undefined, opts.cause ?? 'event')) this.changed(`${entry.folder.name}: ${opts.cause ?? 'event'}`);
        if (since !== undefined) this.lastTypingMs = this.log.timing('keystroke to refreshed model and tree event', since);
      });
    }, delay);
  }

  /**
   * Reads the text (unless `written` says what it is) and the journal when asked, and
   * analyses the text unless the state already holds its analysis. True when the state
   * changed. Stale results are dropped; while the entry is held, the refresh waits for
   * the end of the hold.
   */
  private refreshEntry(entry: FolderEntry, readReviews: boolean, written: string | undefined, taken: { fileSig: string; journalSig: string } | undefined, cause: string): Promise<boolean> {
    const run = this.readEntry(entry, readReviews, written, taken, cause);
    entry.latest = { seq: entry.seq, run };
    return run;
  }

  private async readEntry(entry: FolderEntry, readReviews: boolean, written: string | undefined, taken: { fileSig: string; journalSig: string } | undefined, cause: string): Promise<boolean> {
    if (entry.held > 0) {
      this.defer(entry, readReviews);
      return false;
    }
    const seq = ++entry.seq;
    // Fingerprints first: a change that lands during the read then shows at the next re-check.
    // Unsaved editor text is what gets read, and typing leaves the disk as it was: its
    // fingerprint stands, which spares each keystroke a round trip to the file system.
    const fileSig = taken?.fileSig ?? (dirtyDocument(entry.uri) && entry.fileSig !== undefined ? entry.fileSig : await fileSignature(entry.uri));
    const text = written ?? (await readText(entry.uri, this.log));
    let journal = entry.journalRecords;
    let journalSig = entry.journalSig;
    if (readReviews) {
      try {
        // The reader stats each entry before reading it: its signature is the one to keep
        // (unless a re-check took one already), so nothing is stat'ed twice.
        const read = await this.journal.read(entry.folder.uri, entry.journal);
        journalSig = taken?.journalSig ?? read.signature;
        journal = read.records;
      } catch (e) {
        this.log.error(`Couldn't read the review journal of ${entry.folder.name}`, e);
      }
    }
    if (seq !== entry.seq) {
      // A newer read of this folder started meanwhile and decides its state. Waiting for it
      // means a caller such as recheck() resolves only once the state is current (a re-check
      // right after a file was deleted once resolved while an older read still held it).
      // Only a read with a later seq is waited for, so no read ever waits for itself (a
      // dropped folder bumps seq with no read behind it).
      const newer = entry.latest;
      if (newer && newer.seq > seq && newer.seq === entry.seq) await newer.run;
      return false;
    }
    if (entry.held > 0) {
      this.defer(entry, readReviews);
      return false;
    }
    entry.fileSig = fileSig;
    entry.journalSig = journalSig;
    const reviews = journal === entry.journalRecords ? entry.reviews : reviewsOf(journal);
    const reviewsChanged = !sameReviews(entry.reviews, reviews);
    // Figures edited by hand change the history, not the analysis.
    const journalChanged = journal !== entry.journalRecords && JSON.stringify(journal) !== JSON.stringify(entry.journalRecords);
    entry.reviews = reviews;
    entry.journalRecords = journal;
    const prev = entry.state;
    if (text === undefined) {
      entry.state = undefined;
      return prev !== undefined;
    }
    // The same text, journal, day and limit: the analysis held is this one (file events for our own writes end here).
    if (prev && prev.text === text && !reviewsChanged && entry.analysedFor === analysisKey(new Date())) {
      if (prev.folder === entry.folder && !journalChanged) return false;
      entry.state = { ...prev, folder: entry.folder, journal };
      return true;
    }
    const why = !prev ? 'first read' : prev.text !== text ? 'text changed' : reviewsChanged ? 'reviews changed' : 'day or limit changed';
    const state = await this.analyse(entry, text, `${cause}, ${why}`);
    // A large plan's analysis runs in a worker: a newer read may have started meanwhile.
    if (seq !== entry.seq) return false;
    entry.state = state;
    return true;
  }

  private async analyse(entry: FolderEntry, text: string, cause: string): Promise<FolderState | undefined> {
    try {
      const now = new Date();
      this.analysedDay = dayOf(now);
      this.counts.analyses++;
      this.note(`${entry.folder.name}: analysis (${cause})`);
      const started = performance.now();
      const analysis = await this.runner.analyze(entry.folder.uri.toString(), text, now, { maxActiveGoals: config.maxActiveGoals(), reviews: entry.reviews });
      entry.lastCostMs = performance.now() - started;
      entry.analysedFor = analysisKey(now);
      return { folder: entry.folder, uri: entry.uri, text, analysis, reviews: entry.reviews, journal: entry.journalRecords };
    } catch (e) {
      // A bug in the core must not blank the view: keep showing the last good state.
      this.log.error(`Couldn't analyse ${entry.uri.toString()}`, e);
      return entry.state;
    }
  }

  /**
   * Analyses again where the day or the active-goal limit changed: an ordinary refresh
   * of each folder, which re-analyses the text when `analysedFor` no longer matches, and
   * so takes its turn with reads already under way.
   */
  private reanalyseAll(): Promise<void> {
    return this.track(async () => {
      const entries = [...this.entries.values()].filter((e) => e.state);
      const changed = await Promise.all(entries.map((e) => this.refreshEntry(e, false, undefined, undefined, 'new day or limit')));
      if (changed.some(Boolean)) this.changed('new day or limit');
    });
  }

  private note(line: string): void {
    if (this.trail.push({ seq: ++this.noted, line }) > 50) this.trail.shift();
  }

  private changed(cause: string): void {
    this.note(`change (${cause})`);
    const hasFile = this.states.length > 0;
    if (hasFile !== this.hasFile) {
      this.hasFile = hasFile;
      void vscode.commands.executeCommand('setContext', ContextKeys.hasFile, hasFile);
    }
    this.counts.changes++;
    this.emitter.fire();
  }

  private track<T>(work: () => Promise<T>): Promise<T> {
    this.busy++;
    return work().finally(() => {
      this.busy--;
      this.settle();
    });
  }

  private isIdle(): boolean {
    return this.busy === 0 && [...this.entries.values()].every((e) => e.timer === undefined);
  }

  private settle(): void {
    if (this.isIdle()) this.idleWaiters.splice(0).forEach((r) => r());
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

/** See `GoalsStore.find`: the one folder lookup, shared with the API's snapshots. */
export function findState(states: readonly FolderState[], resource: vscode.Uri): FolderState | undefined {
  const key = resource.toString();
  const exact = states.find((s) => s.uri.toString() === key);
  if (exact) return exact;
  let best: FolderState | undefined;
  for (const s of states) {
    const folder = s.folder.uri.toString();
    if ((key === folder || key.startsWith(folder.endsWith('/') ? folder : `${folder}/`)) && folder.length > (best?.folder.uri.toString().length ?? -1)) best = s;
  }
  return best;
}
