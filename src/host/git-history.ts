/**
 * Committed versions of a goals file, read through VS Code's built-in Git extension
 * (`git-api.ts`): never by running git ourselves, so it works wherever that extension
 * does and stays out of the way where it doesn't. Lazy: nothing here
 * runs until the history is asked for. No git, no repository, a virtual workspace or
 * the Git extension disabled all mean no commit points, quietly.
 */
import * as vscode from 'vscode';
import { dayOf, dayToIso } from '../core/time/dates';
import { isHistoryPoint, type HistoryPoint } from '../core/history';
import type { IsoDate } from '../core/model';
import { VersionReader } from '../core/history/version-point';
import { readAll, spreadOrder } from '../core/history/version-reads';
import { gitApi, type GitApi, type GitCommit, type GitRepository } from './git-api';
import type { Logger } from './log';

/**
 * The whole log of the file: the Git API's `log` reads 32 commits unless told a number,
 * and this is the largest that git's option parsing takes.
 */
const WHOLE_LOG = 2 ** 31 - 1;

/**
 * Versions read at once: each is a `git` process of its own, so several overlap their
 * waits. On two cores 4 read 700 versions in 14 s where 8 took 16 s (more only contend).
 */
const READS_AT_ONCE = 4;
/**
 * While versions are read, the points so far are reported first after this long, then
 * at twice the last interval each time, up to PROGRESS_MAX_EVERY_MS: each report is a
 * whole dashboard model (megabytes with years of points) for the page to draw.
 */
const PROGRESS_EVERY_MS = 1000;
const PROGRESS_MAX_EVERY_MS = 8000;
/** While versions are read, the points are kept at most this often, so a closed window loses little. */
const SAVE_EVERY_MS = 5000;

/** The points read so far (oldest first), and how many of the versions to read are read. */
type CommitProgress = (points: HistoryPoint[], done: number, total: number) => void;

/** The log of a goals file, read once: the points at hand and the versions still to read. */
export interface CommitRead {
  /** The points already read (this session or kept from an earlier one), oldest first. */
  readonly cached: HistoryPoint[];
  /** How many versions are still to be read. */
  readonly missing: number;
  /**
   * Reads the missing versions, newest first, reporting the points so far on `progress`
   * now and then, and stopping early once `cancelled` says so; resolves with the points,
   * oldest first (every one, unless cancelled).
   */
  rest(progress?: CommitProgress, cancelled?: () => boolean): Promise<HistoryPoint[]>;
}

/**
 * workspaceState key of the points kept between sessions (the version is in the key).
 * Every point is kept, with no upper bound: dropping the oldest would drop a person's
 * early history, and reading it again costs a `git show` each.
 */
const KEPT_POINTS_KEY = 'careerGoals.history.commitPoints.v1';
/** workspaceState key of each goals file's day log (the HEAD it was read at, each day's last commit). */
const KEPT_LOGS_KEY = 'careerGoals.history.dayLogs.v1';

/** A day's last commit of a goals file. */
interface DayCommit {
  day: IsoDate;
  hash: string;
  /** Its commit time, epoch milliseconds. */
  when: number;
}

/** Whether `value` is a day log as kept in the memento (it is checked, never trusted). */
function isDayLog(value: unknown): value is { head: string; days: DayCommit[] } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { head?: unknown; days?: unknown };
  return (
    typeof v.head === 'string' &&
    Array.isArray(v.days) &&
    v.days.every((d: unknown) => {
      const x = d as Partial<DayCommit> | null;
      return typeof x === 'object' && x !== null && typeof x.day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x.day) && typeof x.hash === 'string' && /^[0-9a-f]{40,64}$/.test(x.hash) && typeof x.when === 'number' && Number.isFinite(x.when);
    })
  );
}

/**
 * Whether commits of `file` can add points here at all: a local file and VS Code's Git
 * extension in this extension host. Never on vscode.dev or github.dev, whose web worker
 * host runs no Git extension (github.dev's folders are not local files either).
 */
export function gitHistoryPossible(file: vscode.Uri): boolean {
  return file.scheme === 'file' && vscode.extensions.getExtension('vscode.git') !== undefined;
}

/**
 * The repository at the workspace folder itself when the Git extension has not opened
 * it yet (it was created after start-up). Only there: opening a parent folder's
 * repository is the person's choice (`git.openRepositoryInParentFolders`).
 */
async function openAtFolder(api: GitApi, folder: vscode.Uri): Promise<GitRepository | null> {
  if (!api.openRepository) return null;
  try {
    await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, '.git'));
  } catch {
    return null;
  }
  return api.openRepository(folder);
}

/**
 * A URI that opens `file` as it was at commit `ref` (read-only, through the Git
 * extension's `git:` file system), or undefined without the Git extension.
 */
export async function commitVersionUri(file: vscode.Uri, ref: string): Promise<vscode.Uri | undefined> {
  const api = await gitApi();
  return api?.toGitUri?.(file, ref);
}

/**
 * The file's text at commit `c`, or undefined when that commit deleted it (or renamed
 * it away). Its bytes through the API's `buffer`, decoded here as UTF-8 as the store
 * reads goals.yaml: `show` would ask the window (another process, busy drawing the
 * dashboard) how to decode every version. `show` only where there is no `buffer`.
 */
async function showVersion(repo: GitRepository, c: GitCommit, file: vscode.Uri, decoder: TextDecoder): Promise<string | undefined> {
  try {
    // eslint-disable-next-line no-restricted-properties -- a file: URI, as commitsOf's
    const path = file.fsPath;
    return repo.buffer ? decoder.decode(await repo.buffer(c.hash, path)) : await repo.show(c.hash, path);
  } catch {
    return undefined;
  }
}

/**
 * The commit points of this session: the points read so far (by commit hash and file:
 * a committed version never changes), kept in `workspaceState` between sessions.
 * Reading a version costs a `git show` and an analysis, tens of milliseconds each, so
 * after the first time the dashboard opens at once. What comes back from the memento
 * is checked, never trusted. `activate` creates one and disposes it.
 */
export class CommitHistory {
  /** Points by `hash:file`, in the order they were read (the newest are the ones kept). */
  private readonly cache = new Map<string, HistoryPoint | null>();
  /** Each goals file's day log, by file URI: the HEAD it was read at and each day's last commit. */
  private readonly fileLogs = new Map<string, { head: string; days: DayCommit[] }>();
  /** Versions being read now, so two reads at once share their `git show`. */
  private readonly inflight = new Map<string, Promise<void>>();
  /** Reads versions entry by entry, so a goal entry that many commits share is read once. */
  private reader = new VersionReader();
  /** How many versions were read with `git show` (tests check that kept points need none). */
  private shown = 0;
  /** Milliseconds spent waiting for versions (summed over the reads at once) and analysing them, for the log. */
  private readonly spent = { git: 0, analysis: 0 };
  /** How many times the log of a goals file was read (tests check a dashboard update reads it once). */
  private logs = 0;
  private kept: vscode.Memento | undefined;
  private readonly moved = new vscode.EventEmitter<void>();
  /**
   * Fires when a repository whose goals file's log was read has its HEAD somewhere else
   * than where that log was read (a commit, a pull, a checkout, a sync plugin's commit),
   * so a dashboard reads the new versions without waiting for the file to change.
   */
  readonly onDidMove = this.moved.event;
  /** The repositories followed, by root: their subscription and the goals files read from them. */
  private readonly followed = new Map<string, { subscription: vscode.Disposable | undefined; files: Set<string> }>();

  /** @param memento where points are kept between sessions (the workspace's state); none keeps them in memory only */
  constructor(memento?: vscode.Memento) {
    if (memento) this.keep(memento);
  }

  /** How many logs of a goals file this session read (a restart does not reset it). */
  get logsRead(): number {
    return this.logs;
  }

  /** How many versions this session read with `git show` (a restart does not reset it). */
  get versionsShown(): number {
    return this.shown;
  }

  /**
   * One point per day on which `file` changed, over its whole life, oldest first, each
   * the core's analysis of the day's last version on its commit's local day. Empty when
   * the file is not in a repository VS Code's Git extension has open (or can open at
   * the workspace `folder`).
   */
  async points(file: vscode.Uri, folder: vscode.Uri, log: Logger, counts: (day: IsoDate) => boolean = () => true): Promise<HistoryPoint[]> {
    return (await this.read(file, folder, log, counts)).rest();
  }

  /**
   * The log of `file` read once: the points already read (this session or kept from an
   * earlier one), and the rest to read, so the dashboard draws at once and fills in.
   */
  begin(file: vscode.Uri, folder: vscode.Uri, log: Logger, counts: (day: IsoDate) => boolean = () => true): Promise<CommitRead> {
    return this.read(file, folder, log, counts);
  }

  /** The history as a new session finds it (tests): the points in memory forgotten, those kept in the memento read back. */
  restart(): void {
    const kept = this.kept;
    this.forget();
    if (kept) this.keep(kept);
  }

  /** Forgets every point, those kept in the memento too (tests: a first session). */
  async forgetKept(): Promise<void> {
    const kept = this.kept;
    this.forget();
    if (!kept) return;
    await kept.update(KEPT_POINTS_KEY, undefined);
    await kept.update(KEPT_LOGS_KEY, undefined);
    this.keep(kept);
  }

  /** Forgets the points in memory (deactivation); what is kept in the memento stays. */
  dispose(): void {
    this.forget();
    for (const f of this.followed.values()) f.subscription?.dispose();
    this.followed.clear();
    this.moved.dispose();
  }

  /** Follows `repo`'s state, so its HEAD moving away from where `file`'s log was read fires onDidMove. */
  private follow(repo: GitRepository, file: vscode.Uri): void {
    const root = repo.rootUri.toString();
    const known = this.followed.get(root);
    if (known) {
      known.files.add(file.toString());
      return;
    }
    const files = new Set([file.toString()]);
    const subscription = repo.state.onDidChange?.(() => {
      const head = repo.state.HEAD?.commit;
      if (head === undefined) return;
      if ([...files].some((k) => { const kept = this.fileLogs.get(k); return kept !== undefined && kept.head !== head; })) this.moved.fire();
    });
    this.followed.set(root, { subscription, files });
  }

  private forget(): void {
    this.cache.clear();
    this.fileLogs.clear();
    this.reader = new VersionReader();
    this.kept = undefined;
  }

  /** Reads back the points kept in `memento`, and keeps new ones there from now on. */
  private keep(memento: vscode.Memento): void {
    this.kept = memento;
    const logs = memento.get<unknown>(KEPT_LOGS_KEY);
    if (typeof logs === 'object' && logs !== null) for (const [key, value] of Object.entries(logs as Record<string, unknown>)) if (isDayLog(value)) this.fileLogs.set(key, value);
    const stored = memento.get<unknown>(KEPT_POINTS_KEY);
    if (typeof stored !== 'object' || stored === null) return;
    for (const [key, value] of Object.entries(stored as Record<string, unknown>)) if (value === null || isHistoryPoint(value)) this.cache.set(key, value);
  }

  /** Writes the cache to the memento. */
  private async saveKept(log: Logger): Promise<void> {
    if (!this.kept) return;
    const entries = [...this.cache.entries()];
    const started = performance.now();
    try {
      await this.kept.update(KEPT_POINTS_KEY, Object.fromEntries(entries));
      log.timing(`history: kept ${entries.length} commit point(s) for the next session`, started);
    } catch (e) {
      log.warn(`Couldn't keep the commit points for the next session: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /**
   * Each day's last commit of `file` over its whole life, read with as little git as
   * HEAD allows: nothing when HEAD is where it was last time (one `rev-parse`), only the
   * new commits when HEAD moved on from there, and the whole log otherwise (the first
   * time, after a rebase, or a repository made again at the same place).
   */
  private async dayLog(repo: GitRepository, file: vscode.Uri, log: Logger): Promise<Map<IsoDate, DayCommit>> {
    const key = file.toString();
    const head = await repo.getCommit?.('HEAD').then((c) => c.hash, () => undefined);
    const kept = this.fileLogs.get(key);
    if (head !== undefined && kept?.head === head) return new Map(kept.days.map((d) => [d.day, d]));
    let range: string | undefined;
    if (head !== undefined && kept && repo.getMergeBase) {
      const base = await repo.getMergeBase(kept.head, head).catch(() => undefined);
      if (base === kept.head) range = `${kept.head}..${head}`;
    }
    const started = performance.now();
    this.logs++;
    // The Git API takes local paths; this only runs for a file: URI.
    // eslint-disable-next-line no-restricted-properties
    const commits = await repo.log(range ? { range, path: file.fsPath } : { maxEntries: WHOLE_LOG, path: file.fsPath });
    log.timing(`history: git log of ${key} (${commits.length} ${range ? 'new ' : ''}commits)`, started);
    const days = new Map<IsoDate, DayCommit>(range && kept ? kept.days.map((d) => [d.day, d]) : []);
    const fresh = new Set<IsoDate>();
    for (const c of commits) {
      const when = c.commitDate ?? c.authorDate;
      if (!when || Number.isNaN(when.getTime())) continue;
      const day = dayToIso(dayOf(when));
      // git lists newest first, so the first commit seen of a day is its last.
      if (fresh.has(day)) continue;
      fresh.add(day);
      days.set(day, { day, hash: c.hash, when: when.getTime() });
    }
    if (head !== undefined) {
      this.fileLogs.set(key, { head, days: [...days.values()] });
      await this.saveLogs(log);
    }
    return days;
  }

  /**
   * Reads the log of `file` (as little as HEAD allows, see dayLog) and says which
   * versions make points: only the last commit of each day, and not the days whose
   * point the history would drop (`counts` says no: a review's day, today). Undefined
   * without a repository.
   */
  private async chosenCommits(file: vscode.Uri, folder: vscode.Uri, log: Logger, counts: (day: IsoDate) => boolean): Promise<{ repo: GitRepository; chosen: GitCommit[] } | undefined> {
    if (file.scheme !== 'file') return undefined;
    const api = await gitApi();
    if (!api) return undefined;
    const repo = api.getRepository(file) ?? (await openAtFolder(api, folder));
    if (!repo) return undefined;
    this.follow(repo, file);
    const days = await this.dayLog(repo, file, log);
    const chosen = [...days.values()]
      .filter((d) => counts(d.day))
      .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
      .map((d): GitCommit => ({ hash: d.hash, commitDate: new Date(d.when) }));
    return { repo, chosen };
  }

  /** Writes the day logs to the memento. */
  private async saveLogs(log: Logger): Promise<void> {
    if (!this.kept) return;
    try {
      await this.kept.update(KEPT_LOGS_KEY, Object.fromEntries(this.fileLogs));
    } catch (e) {
      log.warn(`Couldn't keep the goals file's log for the next session: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private async read(file: vscode.Uri, folder: vscode.Uri, log: Logger, counts: (day: IsoDate) => boolean): Promise<CommitRead> {
    const none: CommitRead = { cached: [], missing: 0, rest: () => Promise.resolve([]) };
    try {
      const found = await this.chosenCommits(file, folder, log, counts);
      if (!found) return none;
      const { repo, chosen } = found;
      const keyOf = (c: GitCommit) => `${c.hash}:${file.toString()}`;
      const pointsNow = () => chosen.flatMap((c) => this.cache.get(keyOf(c)) ?? []);
      const missing = chosen.filter((c) => !this.cache.has(keyOf(c)));
      const rest = async (progress?: CommitProgress, cancelled: () => boolean = () => false): Promise<HistoryPoint[]> => {
        if (missing.length === 0) return pointsNow();
        const started = performance.now();
        let lastReport = started;
        // Reports come further apart as the read goes on: each is a whole model for the page to draw.
        let reportEvery = PROGRESS_EVERY_MS;
        let lastSaved = started;
        this.spent.git = 0;
        this.spent.analysis = 0;
        let saving: Promise<void> | undefined;
        const decoder = new TextDecoder('utf-8');
        // Spread over the file's life (the newest and oldest days first, then the days
        // between), so the dashboard spans the whole life early and then fills in; a few at
        // once, since each is a `git` process and they overlap their waits.
        const todo = spreadOrder(missing.length).map((i) => missing[i] as GitCommit);
        const done = await readAll(todo, {
          concurrency: READS_AT_ONCE,
          cancelled,
          read: (c) => this.readVersion(repo, c, file, keyOf(c), decoder),
          failed: (c, e) => log.warn(`Couldn't read ${file.toString()} at ${c.hash}: ${e instanceof Error ? e.message : String(e)}`),
          after: (n, total) => {
            const at = performance.now();
            if (!saving && at - lastSaved >= SAVE_EVERY_MS) {
              lastSaved = at;
              saving = this.saveKept(log).finally(() => (saving = undefined));
            }
            if (progress && at - lastReport >= reportEvery && n < total) {
              lastReport = at;
              reportEvery = Math.min(reportEvery * 2, PROGRESS_MAX_EVERY_MS);
              progress(pointsNow(), n, total);
            }
          },
        });
        log.timing(`history: read ${done} committed version(s) of ${file.toString()} (${READS_AT_ONCE} at once; waiting for git ${Math.round(this.spent.git)} ms summed over the reads, analysing ${Math.round(this.spent.analysis)} ms)`, started);
        // Not waited for: the memento holds the new value at once (a new session's read
        // finds it), and writing it out waits on the window, which is busy drawing the
        // dashboard these points are for (a second with two years of points).
        if (done > 0) void this.saveKept(log);
        return pointsNow();
      };
      return { cached: pointsNow(), missing: missing.length, rest };
    } catch (e) {
      // History is a bonus: a failing Git extension must not break the dashboard.
      log.warn(`Couldn't read the git history of ${file.toString()}: ${e instanceof Error ? e.message : String(e)}`);
      return none;
    }
  }

  /** Reads one version into the cache, once however many reads ask for it at the same time. */
  private readVersion(repo: GitRepository, c: GitCommit, file: vscode.Uri, key: string, decoder: TextDecoder): Promise<void> {
    if (this.cache.has(key)) return Promise.resolve();
    const running = this.inflight.get(key);
    if (running) return running;
    this.shown++;
    const asked = performance.now();
    const p = showVersion(repo, c, file, decoder)
      .then((text) => {
        const read = performance.now();
        this.spent.git += read - asked;
        this.cache.set(key, this.versionPoint(c, text));
        this.spent.analysis += performance.now() - read;
      })
      .finally(() => this.inflight.delete(key));
    this.inflight.set(key, p);
    return p;
  }

  /** The point of the version `c` holds (its text read), or null when there is none to read. */
  private versionPoint(c: GitCommit, text: string | undefined): HistoryPoint | null {
    const when = c.commitDate ?? c.authorDate;
    if (text === undefined || !when || Number.isNaN(when.getTime())) return null;
    return this.reader.point(text, when, dayToIso(dayOf(when)), c.hash);
  }
}
