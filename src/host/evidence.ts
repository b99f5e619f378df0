/**
 * Evidence in VS Code: the person's commits linked to goals by `Goal:` trailers, read
 * through the Git extension's API (git-api.ts) from every repository it has open and
 * the folders in `careerGoals.evidence.repositories`. None on vscode.dev and github.dev
 * (no Git extension there) and none in an untrusted workspace, quietly. `activate`
 * creates one reader and disposes it.
 *
 * Each repository's log of a period is read once and kept while its HEAD stays where
 * it was, so asking again (the Goals view after each change, the review, the API)
 * costs no git process. This quarter's evidence of each plan is kept for the Goals
 * view, which draws synchronously, and `onDidChange` fires when it changes.
 */
import * as vscode from 'vscode';
import { buildEvidence, type Evidence, type LoggedCommit, type RepositoryLog } from '../core/evidence';
import { commitLinksOf } from '../core/evidence/commit-links';
import { goalIdsOf } from '../core/evidence/trailers';
import type { IsoDate } from '../core/model';
import { dayOf, dayToIso, isoToDay, parseIsoDay } from '../core/time/dates';
import { clip } from '../core/text/clip';
import { quarterBounds, quarterOf } from '../core/time/quarter';
import { Settings } from '../constants';
import * as config from './config';
import { Disposable } from './disposable';
import { displayPath } from './fs';
import { gitApi, gitApiStarting, type GitApi, type GitCommit, type GitRepository } from './git-api';
import { homeDir } from './home-dir';
import type { Logger } from './log';
import type { FolderState, GoalsStore } from './types';

/** Changes closer together than this are read once. */
const REFRESH_DEBOUNCE_MS = 300;
/**
 * A kept log is used without a look at the branches' tips for this long. The Git
 * extension hears of HEAD, the index and the first level of `.git`, not of a branch
 * moving under `.git/refs` (a commit on another branch, `update-ref`), so the tips are
 * looked at again (one `git for-each-ref`) when a log older than this is asked for.
 */
const TIPS_FRESH_MS = 2000;

/** A period, both days included. */
export interface EvidencePeriod {
  since: IsoDate;
  until: IsoDate;
}

/** The quarter of `now`, local days, in a year starting in month `yearStarts` (January when undefined). */
function quarterPeriod(now: Date, yearStarts?: number): EvidencePeriod {
  const today = dayToIso(dayOf(now));
  const q = quarterBounds(quarterOf(today, yearStarts) ?? '', yearStarts);
  return { since: q?.start ?? today, until: q?.end ?? today };
}

/**
 * The period `api.getEvidence` is asked for: this quarter by default (of the plan's year,
 * starting in month `yearStarts`); `since` alone runs to today. Throws an Error saying what is wrong with a date that is not a real
 * `YYYY-MM-DD` day, or with a period that ends before it starts.
 */
export function evidencePeriodOf(asked: { since?: unknown; until?: unknown } | undefined, now: Date, yearStarts?: number): EvidencePeriod {
  const check = (name: string, value: unknown): string | undefined => {
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || typeof parseIsoDay(value) !== 'number') throw new Error(`getEvidence: ${name} must be a real date written YYYY-MM-DD, not ${clip(JSON.stringify(value) ?? typeof value)}`);
    return value;
  };
  const since = check('since', asked?.since);
  const until = check('until', asked?.until);
  const quarter = quarterPeriod(now, yearStarts);
  const period = { since: since ?? quarter.since, until: until ?? (since !== undefined ? dayToIso(dayOf(now)) : quarter.until) };
  if (period.since > period.until) throw new Error(`getEvidence: the period starts on ${period.since}, after its end, ${period.until}`);
  return period;
}

/** The local day of a commit (its author's date), or undefined without a date. */
function dayOfCommit(c: GitCommit): IsoDate | undefined {
  const when = c.authorDate ?? c.commitDate;
  return when && !Number.isNaN(when.getTime()) ? dayToIso(dayOf(when)) : undefined;
}

/** `~/x` and `~` made absolute; undefined where there is no home folder (the web). */
function expandHome(path: string): string | undefined {
  if (path !== '~' && !path.startsWith('~/')) return path;
  const home = homeDir();
  return home === undefined ? undefined : `${home}${path.slice(1)}`;
}

/** Local branches' tips as one string, to tell whether any moved. */
function tipsOf(refs: readonly { name: string; commit: string }[]): string {
  return refs
    .map((r) => `${r.name} ${r.commit}`)
    .sort()
    .join('\n');
}

export class EvidenceReader extends Disposable {
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  /** Fires when this quarter's evidence of a plan changed (the Goals view redraws). */
  readonly onDidChange = this.changed.event;
  /**
   * Each repository's log by its root: the key it was read for (period start, HEAD,
   * authors), its local branches' tips then, and the log.
   */
  private readonly logs = new Map<string, { key: string; tips: string; checked: number; log: RepositoryLog }>();
  /**
   * Repositories whose state changed since their log was read: before the log is used
   * again, their branches' tips are looked at (one `git for-each-ref`), since a branch
   * can move without HEAD (a sync plugin's commit on another branch, a fetch into it).
   */
  private readonly moved = new Set<string>();
  /** What was said about a repository (no commits yet, a shallow clone…), each once a session. */
  private readonly noted = new Set<string>();
  /** This quarter's evidence per goals file, as last read. */
  private readonly quarter = new Map<string, { json: string; evidence: Evidence }>();
  /** Repositories whose changes are followed, by root. */
  private readonly followed = new Set<string>();
  /** Folders of the setting already reported as not being repositories. */
  private readonly reported = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> = Promise.resolve();
  private logsRead = 0;

  constructor(
    private readonly store: GoalsStore,
    private readonly log: Logger,
  ) {
    super();
    this._register(store.onDidChange(() => this.schedule()));
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(config.settingKey(Settings.evidenceAuthors)) || e.affectsConfiguration(config.settingKey(Settings.evidenceRepositories))) this.schedule();
      }),
    );
    this._register(vscode.workspace.onDidGrantWorkspaceTrust(() => this.schedule()));
    // Back in the window: a branch may have moved meanwhile where the Git extension does not look.
    this._register(vscode.window.onDidChangeWindowState((w) => w.focused && this.schedule()));
    this._register({ dispose: () => this.timer && clearTimeout(this.timer) });
    void store.ready().then(() => this.schedule());
    void this.followGit();
  }

  /**
   * Reads again when the Git extension has started (it may start after this extension)
   * and when it opens a repository. Nothing in the web worker host or an untrusted
   * workspace, where the Git extension does not run.
   */
  private async followGit(): Promise<void> {
    try {
      const api = await gitApiStarting();
      if (!api || this.isDisposed) return;
      if (api.onDidChangeState) this._register(api.onDidChangeState(() => this.schedule()));
      if (api.onDidOpenRepository) this._register(api.onDidOpenRepository(() => this.schedule()));
    } catch (e) {
      this.log.warn(`Evidence: couldn't follow the Git extension: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** How many repository logs this session read with git (tests: a second ask reads none). */
  get gitLogsRead(): number {
    return this.logsRead;
  }

  /** This quarter's evidence of `state`'s plan as last read, for the Goals view; undefined before. */
  ofQuarter(state: FolderState): Evidence | undefined {
    return this.quarter.get(state.uri.toString())?.evidence;
  }

  /** Resolves once the reads asked for so far are done (tests). */
  async whenRead(): Promise<void> {
    while (this.timer) await new Promise((r) => setTimeout(r, REFRESH_DEBOUNCE_MS));
    await this.running;
  }

  /** Reads this quarter's evidence of every plan again soon. */
  schedule(): void {
    if (this.isDisposed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running = this.running.then(() => this.refreshQuarter());
    }, REFRESH_DEBOUNCE_MS);
  }

  private async refreshQuarter(): Promise<void> {
    const now = new Date();
    let any = false;
    const seen = new Set<string>();
    for (const state of this.store.states) {
      const key = state.uri.toString();
      seen.add(key);
      // Each plan's own quarter: its year may start in another month.
      const evidence = await this.evidence(state, quarterPeriod(now, state.analysis.parse.model.rhythm?.yearStarts));
      // Only the commits decide whether the view redraws: a plan's own edits redraw it already,
      // and a second redraw a moment later would move what the person just revealed.
      const json = JSON.stringify(evidence.goals.flatMap((g) => (g.commits.length > 0 ? [[g.id, g.commits.map((c) => c.hash)]] : [])));
      const before = this.quarter.get(key)?.json ?? '[]';
      this.quarter.set(key, { json, evidence });
      if (json !== before) any = true;
    }
    for (const [key, kept] of [...this.quarter]) if (!seen.has(key) && this.quarter.delete(key) && kept.json !== '[]') any = true;
    if (any && !this.isDisposed) this.changed.fire();
  }

  /**
   * The evidence of `state`'s plan in `period`: every goal of the plan with the
   * person's commits naming it, trailers naming no goal, and unlinked counts per
   * repository. Empty lists where git can't be read (the web, an untrusted workspace).
   */
  async evidence(state: FolderState, period: EvidencePeriod): Promise<Evidence> {
    const logs = await this.repositoryLogs(period.since);
    // A warning about one commit comes back on every build: the log says it once a session.
    return buildEvidence(state.analysis.parse.model.goals, logs, period, (w) => this.note(w));
  }

  /** The logs of every repository in reach, each read at most once per HEAD. */
  private async repositoryLogs(since: IsoDate): Promise<RepositoryLog[]> {
    if (!vscode.workspace.isTrusted) return [];
    try {
      const api = await gitApi();
      if (!api) return [];
      const repos = await this.repositories(api);
      const authors = config.evidenceAuthors();
      // One repository failing (closed or deleted while it was read) must not hide the others.
      const logs = await Promise.all(
        repos.map((r) =>
          this.repositoryLog(r, since, authors).catch((e: unknown) => {
            this.log.warn(`Couldn't read evidence from ${displayPath(r.rootUri)}: ${e instanceof Error ? e.message : String(e)}`);
            return undefined;
          }),
        ),
      );
      return logs.filter((l): l is RepositoryLog => l !== undefined);
    } catch (e) {
      // Evidence is a bonus: a failing Git extension must not break the view or the review.
      this.log.warn(`Couldn't read evidence from git: ${e instanceof Error ? e.message : String(e)}`);
      return [];
    }
  }

  /** The Git extension's repositories and the setting's, each once. */
  private async repositories(api: GitApi): Promise<GitRepository[]> {
    const byRoot = new Map<string, GitRepository>();
    for (const r of api.repositories) byRoot.set(r.rootUri.toString(), r);
    for (const written of config.evidenceRepositories()) {
      const expanded = expandHome(written);
      const path = expanded?.startsWith('/') ? expanded : undefined;
      if (!api.openRepository) continue;
      const repo = path === undefined ? null : await api.openRepository(vscode.Uri.file(path)).catch(() => null);
      if (repo) byRoot.set(repo.rootUri.toString(), repo);
      else if (expanded !== undefined) await this.skipped(written, path);
    }
    for (const [root, repo] of byRoot) this.follow(root, repo);
    return [...byRoot.values()];
  }

  /**
   * Reads evidence again when a repository moves: a commit, a checkout, or any branch
   * moving while HEAD stays (the Git extension's state changes after each of them).
   */
  private follow(root: string, repo: GitRepository): void {
    if (this.followed.has(root) || !repo.state.onDidChange) return;
    this.followed.add(root);
    this._register(
      repo.state.onDidChange(() => {
        this.moved.add(root);
        this.schedule();
      }),
    );
  }

  /** Logs `line` about a repository once this session. */
  private note(line: string): void {
    if (this.noted.has(line)) return;
    this.noted.add(line);
    this.log.warn(`Evidence: ${line}`);
  }

  /**
   * Says, once a session, in the log and in a notification, why a folder of
   * careerGoals.evidence.repositories is not read: it is not there, it is not a
   * repository, or it lies outside this window's folders, which the Git extension opens
   * only when told to.
   */
  private async skipped(written: string, path: string | undefined): Promise<void> {
    if (this.reported.has(written)) return;
    this.reported.add(written);
    const exists = async (uri: vscode.Uri) => vscode.workspace.fs.stat(uri).then(() => true, () => false);
    let why: string;
    let setting: string = config.settingKey(Settings.evidenceRepositories);
    // The log's line in English, the notification in the display language.
    let shown: string;
    if (path === undefined) {
      why = `${written} is neither an absolute path nor one starting with ~`;
      shown = vscode.l10n.t('Career Goals: {0} is neither an absolute path nor one starting with ~, so its commits are not read as evidence.', written);
    } else if (!(await exists(vscode.Uri.file(path)))) {
      why = `${written} does not exist`;
      shown = vscode.l10n.t('Career Goals: {0} does not exist, so its commits are not read as evidence.', written);
    } else if (!(await exists(vscode.Uri.joinPath(vscode.Uri.file(path), '.git')))) {
      why = `${written} is not a git repository (or not its top folder, outside this window's folders)`;
      shown = vscode.l10n.t("Career Goals: {0} is not a git repository (or not its top folder, outside this window's folders), so its commits are not read as evidence.", written);
    } else {
      why = `VS Code's Git extension did not open ${written}: it lies outside this window's folders, and the Git extension opens such a repository only with "git.openRepositoryInParentFolders": "always"`;
      shown = vscode.l10n.t(
        'Career Goals: VS Code\'s Git extension did not open {0}: it lies outside this window\'s folders, and the Git extension opens such a repository only with "git.openRepositoryInParentFolders": "always", so its commits are not read as evidence.',
        written,
      );
      setting = 'git.openRepositoryInParentFolders';
    }
    this.log.warn(`careerGoals.evidence.repositories: ${why}, so it is skipped.`);
    const open = vscode.l10n.t('Open Settings');
    void vscode.window.showWarningMessage(shown, open).then((choice) => {
      if (choice === open) void vscode.commands.executeCommand('workbench.action.openSettings', setting);
    });
  }

  /** The person's addresses in `repo`: the setting, else its user.email (local, then global). */
  private async authorsOf(repo: GitRepository, configured: readonly string[]): Promise<string[]> {
    if (configured.length > 0) return [...configured];
    const levels = [(k: string) => repo.getConfig?.(k), (k: string) => repo.getGlobalConfig?.(k)];
    for (const read of levels) {
      try {
        const v = (await read('user.email'))?.trim();
        if (v) return [v];
      } catch {
        // Not set at that level.
      }
    }
    return [];
  }

  private async repositoryLog(repo: GitRepository, since: IsoDate, configured: readonly string[]): Promise<RepositoryLog> {
    const root = repo.rootUri.toString();
    const name = displayPath(repo.rootUri);
    const authors = await this.authorsOf(repo, configured);
    const head = repo.state.HEAD?.commit ?? '';
    const key = [since, head, ...authors].join('\n');
    const kept = this.logs.get(root);
    let refs: { name: string; commit: string }[] | undefined;
    if (kept?.key === key) {
      if (!this.moved.has(root) && performance.now() - kept.checked < TIPS_FRESH_MS) return kept.log;
      this.moved.delete(root);
      refs = await this.branches(repo);
      if (tipsOf(refs) === kept.tips) {
        kept.checked = performance.now();
        return kept.log;
      }
    }
    this.moved.delete(root);
    const remote = repo.state.remotes?.find((r) => r.name === 'origin');
    const links = commitLinksOf(remote?.fetchUrl ?? remote?.pushUrl);
    let commits: LoggedCommit[] = [];
    if (authors.length === 0) this.note(`${name}: no user.email is set there and careerGoals.evidence.authors is empty, so none of its commits count as yours.`);
    if (head === '') this.note(`${name}: the repository has no commits yet.`);
    else {
      if (!repo.state.HEAD?.name) this.note(`${name}: HEAD is detached; its commits are read along with every local branch.`);
      if (await vscode.workspace.fs.stat(vscode.Uri.joinPath(repo.rootUri, '.git', 'shallow')).then(() => true, () => false)) this.note(`${name}: a shallow clone; commits older than its depth are not seen.`);
      const started = performance.now();
      refs ??= await this.branches(repo);
      const branches = refs.map((r) => r.name);
      this.logsRead++;
      // All local branches and HEAD (git lists a commit on several once), committed since
      // the day before the period (time zones); the author day is checked after.
      const listed = await repo.log({ range: `--since=${dayToIso(isoToDay(since) - 1)}T00:00:00`, refNames: [...branches, 'HEAD'] });
      commits = listed.flatMap((c) => {
        const date = dayOfCommit(c);
        // The Git extension reads git's output as UTF-8: a message in another encoding has U+FFFD.
        if (c.message?.includes('\uFFFD')) this.note(`${name}: commit ${c.hash.slice(0, 12)}: its message is not UTF-8; shown with replacement characters (set i18n.commitEncoding when committing).`);
        // Trailers read once here: asking again links the kept log without reading them.
        return date ? [{ hash: c.hash, date, authorEmail: c.authorEmail ?? '', message: c.message ?? '', goalIds: goalIdsOf(c.message ?? '') }] : [];
      });
      this.log.timing(`evidence: git log of ${name} (${commits.length} commits since ${since})`, started);
    }
    const log: RepositoryLog = { repo: name, links, commits, authors };
    this.logs.set(root, { key, tips: tipsOf(refs ?? []), checked: performance.now(), log });
    return log;
  }

  /** The repository's local branches and their commits. */
  private async branches(repo: GitRepository): Promise<{ name: string; commit: string }[]> {
    try {
      const refs = repo.getRefs ? await repo.getRefs({ pattern: 'refs/heads/' }) : [];
      return refs.flatMap((r) => (r.type === 0 && r.name ? [{ name: r.name, commit: r.commit ?? '' }] : []));
    } catch {
      return [];
    }
  }
}
