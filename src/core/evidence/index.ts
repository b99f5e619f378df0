/**
 * evidence/: commits linked to goals. This file builds what a person sees of their
 * work (per goal, unknown goals, unlinked counts) from commits the host or the command
 * line read from git; trailers.ts reads `Goal:` trailers by git's rules,
 * commit-links.ts makes a commit's web page from a remote URL, and log-records.ts
 * reads the command line's `git log` stream. It imports model.ts and time/.
 *
 * Pure: which commits, which days and whose they are all come in as arguments. Every
 * value is JSON-safe: the same object is `career-goals evidence --json`,
 * `api.getEvidence` and what the views, the review and the reports show.
 */
import type { IsoDate } from '../model';
import { goalIdsOf } from './trailers';
import { commitUrl, type CommitLinks } from './commit-links';

/** One commit as evidence. */
export interface EvidenceCommit {
  /** The repository it is in (its folder). */
  repo: string;
  /** The full hash. */
  hash: string;
  /** The author's day. */
  date: IsoDate;
  /** The subject line, as text (never markup). */
  subject: string;
  /** Its web page, or null when the repository's host has none known. */
  url: string | null;
}

/** A goal of the plan and its commits, newest first. */
interface GoalEvidence {
  id: string;
  title: string;
  commits: EvidenceCommit[];
}

/** The evidence of a period: the shape of `career-goals evidence --json` and `api.getEvidence`. */
export interface Evidence {
  since: IsoDate;
  until: IsoDate;
  /** Every goal of the plan, in its order, each with its commits (newest first). */
  goals: GoalEvidence[];
  /** Trailers naming no goal of the plan. */
  unknownGoals: { id: string; commits: EvidenceCommit[] }[];
  /** Per repository, the person's commits in the period with no `Goal:` trailer. */
  unlinked: { repo: string; count: number }[];
}

/** A commit as read from a log. */
export interface LoggedCommit {
  hash: string;
  /** The author's local day. */
  date: IsoDate;
  authorEmail: string;
  /** The whole message: subject, body and trailers. */
  message: string;
  /** Its `Goal:` trailers' ids, when the reader worked them out already (a kept log is linked again without reading trailers). */
  goalIds?: readonly string[];
}

/** One repository's commits, as read. */
export interface RepositoryLog {
  /** How the repository is named in the evidence (its folder). */
  repo: string;
  /** Where its commits' pages are, when its host is known. */
  links?: CommitLinks;
  commits: readonly LoggedCommit[];
  /** The person's e-mail addresses here (the setting or --author, else the repository's user.email), compared case-insensitively. */
  authors: readonly string[];
}

/** The period to keep, both days included. */
export interface EvidenceQuery {
  since: IsoDate;
  until: IsoDate;
}

/** A commit naming more goals than this is read for the first ones only (a message can hold thousands of trailers). */
const MAX_GOALS_PER_COMMIT = 50;

/**
 * The subject of a message: its first line, white space runs made one space.
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export function subjectOf(message: string): string {
  const first = message.split('\n', 1)[0] ?? '';
  return first.replace(/\s+/g, ' ').trim();
}

/** Newest first, keeping the log's order within a day. */
function newestFirst(commits: EvidenceCommit[]): EvidenceCommit[] {
  return commits.map((c, i) => ({ c, i })).sort((a, b) => (a.c.date === b.c.date ? a.i - b.i : a.c.date < b.c.date ? 1 : -1)).map((x) => x.c);
}

/**
 * The evidence of `goals` in `logs`: the person's commits in the period, linked by
 * their `Goal:` trailers. A commit met twice in one repository (reachable from several
 * branches, or the repository listed twice) counts once.
 */
export function buildEvidence(goals: readonly { id: string; title: string }[], logs: readonly RepositoryLog[], query: EvidenceQuery, warn: (message: string) => void = () => undefined): Evidence {
  const byGoal = new Map<string, EvidenceCommit[]>(goals.map((g) => [g.id, []]));
  const unknown = new Map<string, EvidenceCommit[]>();
  const unlinked = new Map<string, number>();
  const seen = new Set<string>();
  for (const log of logs) {
    const authors = new Set(log.authors.map((a) => a.trim().toLowerCase()));
    if (!unlinked.has(log.repo)) unlinked.set(log.repo, 0);
    for (const c of log.commits) {
      if (c.date < query.since || c.date > query.until) continue;
      if (!authors.has(c.authorEmail.trim().toLowerCase())) continue;
      const key = `${log.repo}\n${c.hash}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let ids = c.goalIds ?? goalIdsOf(c.message);
      if (ids.length > MAX_GOALS_PER_COMMIT) {
        warn(`${log.repo}: commit ${c.hash.slice(0, 12)} names ${ids.length} goals in its Goal: trailers; only the first ${MAX_GOALS_PER_COMMIT} are read.`);
        ids = ids.slice(0, MAX_GOALS_PER_COMMIT);
      }
      if (ids.length === 0) {
        unlinked.set(log.repo, (unlinked.get(log.repo) ?? 0) + 1);
        continue;
      }
      const commit: EvidenceCommit = { repo: log.repo, hash: c.hash, date: c.date, subject: subjectOf(c.message), url: commitUrl(log.links, c.hash) };
      for (const id of ids) {
        const list = byGoal.get(id);
        if (list) list.push(commit);
        else {
          const u = unknown.get(id) ?? [];
          u.push(commit);
          unknown.set(id, u);
        }
      }
    }
  }
  return {
    since: query.since,
    until: query.until,
    goals: goals.map((g) => ({ id: g.id, title: g.title, commits: newestFirst(byGoal.get(g.id) ?? []) })),
    unknownGoals: [...unknown.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, commits]) => ({ id, commits: newestFirst(commits) })),
    unlinked: [...unlinked.entries()].map(([repo, count]) => ({ repo, count })),
  };
}

/**
 * Markdown in a subject made inert where it would become a link or HTML in a Markdown
 * file (a brag document, a journal entry): `](` and `<tag` get backslashes, so
 * `[x](javascript:…)` and `<img …>` stay text. Other subjects are left as written.
 * @internal Exported for the unit tests; shipped code reaches it through winTextOf.
 */
export function inertMarkdown(text: string): string {
  let out = text;
  if (/\]\s*\(/.test(out)) out = out.replace(/[[\]]/g, (c) => `\\${c}`);
  return out.replace(/<(?=[A-Za-z!/?])/g, '\\<');
}

/** The short form of a hash that a win made from a commit names, and that finds it again. */
function hashMark(hash: string): string {
  return hash.slice(0, 12);
}

/** A win's text for a commit: its subject (inert Markdown) and its link, or its hash when it has no page. */
export function winTextOf(commit: Pick<EvidenceCommit, 'subject' | 'hash' | 'url'>): string {
  const subject = inertMarkdown(commit.subject) || 'Commit';
  return commit.url ? `${subject} (${commit.url})` : `${subject} (commit ${hashMark(commit.hash)})`;
}

/** Whether one of `wins` was made from `commit` (it holds the commit's link or hash). */
export function isCommitInWins(wins: readonly { text: string }[], hash: string): boolean {
  const mark = hashMark(hash);
  return wins.some((w) => w.text.includes(mark));
}
