/**
 * The GoalsStore: one FolderState per workspace folder that has a goals file, kept
 * current as the person types (debounced), saves, or changes files outside VS Code,
 * and as folders and settings change. Reads go through `vscode.workspace.fs`, or the
 * open document when there is one, so unsaved edits and virtual workspaces count.
 */
import * as vscode from 'vscode';
import { dayOf } from '../core/time/dates';
import type { GoalOp } from '../core/types';
import { ContextKeys, Settings } from '../constants';
import { JournalIndex } from './journal-reader';
import * as config from './config';
import type { Logger } from './log';
import { inThreadRunner, type AnalysisRunner } from './analysis-runner';
import { FolderTracker, type TrackerOwner } from './folder-tracker';
import type { FolderState, GoalsStore, StoreCounts, WriteOutcome } from './types';
import { Disposable } from './disposable';
import { describeFailures, Writer } from './writer';

/**
 * Delay after the last file event before every folder is re-checked with `stat`. Events
 * come in bursts and VS Code may drop part of one (a create and a delete in one batch
 * cancel out), so the check after the burst is what ends the store in the true state.
 */
const RECHECK_AFTER_EVENTS_MS = 1000;

/** The extension's GoalsStore. Call `start()` once; it never blocks on I/O. */
export class Store extends Disposable implements GoalsStore {
  private readonly emitter = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.emitter.event;
  private readonly entries = new Map<string, FolderTracker>();
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
  /** What each folder's tracker asks of the store: its services, and the store's own bookkeeping. */
  private readonly owner: TrackerOwner;

  /** @param runner where analyses run (analysis-platform.ts: a worker for large plans on the desktop) */
  constructor(
    private readonly log: Logger,
    runner: AnalysisRunner = inThreadRunner(),
  ) {
    super();
    this.initial = new Promise<void>((resolve) => (this.startScan = resolve));
    this.owner = {
      log,
      runner,
      journal: this.journal,
      counts: this.counts,
      track: (work) => this.track(work),
      changed: (cause) => this.changed(cause),
      note: (line) => this.note(line),
      scheduleRecheck: () => this.scheduleRecheck(),
      settle: () => this.settle(),
      keeps: (tracker) => this.entries.get(tracker.folder.uri.toString()) === tracker,
      typed: (since) => {
        this.lastTypingMs = log.timing('keystroke to refreshed model and tree event', since);
      },
      analysing: (now) => {
        this.analysedDay = dayOf(now);
      },
    };
  }

  /** Subscribes to editor, file, folder and setting events and starts the initial scan. */
  start(): void {
    const w = vscode.workspace;
    this._register(w.onDidChangeTextDocument((e) => {
      const entry = this.entryFor(e.document.uri);
      if (entry && e.contentChanges.length) entry.typing();
    }));
    this._register(w.onDidSaveTextDocument((doc) => {
      const entry = this.entryFor(doc.uri);
      if (entry) entry.schedule(0, { cause: 'save' });
    }));
    this._register(w.onDidCloseTextDocument((doc) => {
      // Closing without saving drops the unsaved text: the file on disk is the truth again.
      const entry = this.entryFor(doc.uri);
      if (entry) entry.schedule(0, { cause: 'close' });
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
      await Promise.all([...this.entries.values()].map((e) => e.refresh(true, undefined, undefined, 'scan')));
      this.changed('scan');
      this.log.info(`scanned ${this.entries.size} folder(s); goals files in: ${this.states.map((s) => s.folder.name).join(', ') || 'none'}`);
    });
  }

  write(uri: vscode.Uri, ops: readonly GoalOp[]): Promise<WriteOutcome> {
    const entry = this.entryFor(uri) ?? this.entryForFolderOf(uri);
    const target = entry?.uri ?? uri;
    const key = target.toString();
    // Writes to one file run one after another, so each sees the text the previous one left.
    const run = (this.writes.get(key) ?? Promise.resolve()).then(() => (entry ? entry.hold(false, () => this.writeNow(target, ops, entry)) : this.writeNow(target, ops, undefined)));
    this.writes.set(key, run.catch(() => undefined));
    return run;
  }

  batch<T>(resource: vscode.Uri, work: () => Promise<T>): Promise<T> {
    const entry = this.entryFor(resource) ?? this.entryForFolderOf(resource);
    return entry ? entry.hold(true, work) : work();
  }

  /**
   * Re-checks every folder's goals file and journal with `stat` and re-reads only what
   * changed since it was last read. Runs after a burst of file events and when the
   * window regains focus, so a lost or merged event never leaves a stale state.
   */
  recheck(): Promise<void> {
    return this.track(async () => {
      const stale = await Promise.all([...this.entries.values()].map((entry) => entry.recheck()));
      if (stale.some(Boolean)) this.changed('re-check');
      this.counts.rechecks++;
    });
  }

  override dispose(): void {
    if (this.recheckTimer) clearTimeout(this.recheckTimer);
    for (const e of this.entries.values()) e.dispose();
    this.entries.clear();
    super.dispose();
    this.idleWaiters.splice(0).forEach((r) => r());
  }

  /** Writes inside a hold (see `FolderTracker.hold`): the folder adopts the text written when the hold ends. */
  private async writeNow(uri: vscode.Uri, ops: readonly GoalOp[], entry: FolderTracker | undefined): Promise<WriteOutcome> {
    // The store's analysis serves the writer's syntax check when it is of the text being edited.
    const state = entry?.state;
    const known = state && { text: state.text, parse: state.analysis.parse };
    const { outcome, text, parses } = await this.track(() => this.writer.write(uri, ops, known));
    this.counts.editParses += parses;
    if (entry && text !== undefined) entry.wrote(text);
    // Callers tell the person (they know the context); the log keeps a record.
    const message = describeFailures(outcome);
    if (message) this.log.info(`write to ${uri.toString()}: ${message}`);
    return outcome;
  }

  private entryFor(uri: vscode.Uri): FolderTracker | undefined {
    const key = uri.toString();
    for (const e of this.entries.values()) if (e.uri.toString() === key) return e;
    return undefined;
  }

  private entryForFolderOf(uri: vscode.Uri): FolderTracker | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.entries.get(folder.uri.toString()) : undefined;
  }

  /** Matches entries to the current workspace folders and settings; (re)creates watchers. */
  private syncFolders(): void {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const keep = new Set(folders.map((f) => f.uri.toString()));
    for (const [key, entry] of this.entries) {
      if (!keep.has(key)) {
        entry.dispose();
        this.entries.delete(key);
      }
    }
    for (const folder of folders) {
      const key = folder.uri.toString();
      const filePath = config.goalsFilePath(folder);
      const journal = config.journalFolderPath(folder);
      const old = this.entries.get(key);
      if (old?.follows(filePath, journal)) {
        old.folder = folder;
        continue;
      }
      if (old) old.dispose();
      this.entries.set(key, new FolderTracker(folder, filePath, journal, this.owner));
    }
    // Warnings about journal files of a folder that is gone, or no longer the journal, go too.
    this.journal.keepDiagnostics([...this.entries.values()].flatMap((e) => e.journalDir ?? []));
  }

  /** One re-check after each burst of file events, in any folder. */
  private scheduleRecheck(): void {
    if (this.recheckTimer) clearTimeout(this.recheckTimer);
    this.recheckTimer = setTimeout(() => {
      this.recheckTimer = undefined;
      void this.recheck();
    }, RECHECK_AFTER_EVENTS_MS);
  }

  /**
   * Analyses again where the day or the active-goal limit changed: an ordinary refresh
   * of each folder, which re-analyses the text when `analysedFor` no longer matches, and
   * so takes its turn with reads already under way.
   */
  private reanalyseAll(): Promise<void> {
    return this.track(async () => {
      const entries = [...this.entries.values()].filter((e) => e.state);
      const changed = await Promise.all(entries.map((e) => e.refresh(false, undefined, undefined, 'new day or limit')));
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
    return this.busy === 0 && [...this.entries.values()].every((e) => e.idle);
  }

  private settle(): void {
    if (this.isIdle()) this.idleWaiters.splice(0).forEach((r) => r());
  }
}

/** See `GoalsStore.find`: the one folder lookup, shared with the API's snapshots. */
function findState(states: readonly FolderState[], resource: vscode.Uri): FolderState | undefined {
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
