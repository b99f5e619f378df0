/**
 * The evidence (core/evidence) as text for a model: per goal, the person's commits that
 * name it in a `Goal:` trailer, then trailers naming no goal and the commits with none.
 * A subject is the committer's text, so it is written as plain text on one line, never
 * as an instruction or markup: control characters go, and a long one is cut.
 */
import type { Evidence, EvidenceCommit } from '../evidence';
import { plural } from '../words/plural';

/** At most this many commits per goal, the newest; a model reads what was done, not every fixup. */
const MAX_COMMITS = 15;
/** A subject longer than this is cut: a subject is a line, not a document. */
const MAX_SUBJECT = 160;

/** Text from a commit or the plan on one line, without control characters, cut at `max`. */
function line(text: string, max = MAX_SUBJECT): string {
  // eslint-disable-next-line no-control-regex -- control characters (escape sequences) are what this removes
  const one = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max)}…` : one;
}

/** The last part of a repository's folder: enough to tell repositories apart in a line. */
function repoName(repo: string): string {
  return repo.split(/[\\/]/).filter(Boolean).pop() ?? repo;
}

function commitLine(c: EvidenceCommit): string {
  return `  - ${c.date} ${line(c.subject)} (${repoName(c.repo)} ${c.hash.slice(0, 7)}${c.url ? `, ${c.url}` : ''})`;
}

function commitLines(commits: readonly EvidenceCommit[]): string[] {
  const shown = commits.slice(0, MAX_COMMITS).map(commitLine);
  return commits.length > MAX_COMMITS ? [...shown, `  - … and ${commits.length - MAX_COMMITS} older`] : shown;
}

/**
 * The evidence of a period as text for a model (the get_evidence tools). `noRepositories`
 * is what to say when no repository was read at all (the caller knows where they come
 * from); then there is nothing else to say.
 */
export function evidenceText(evidence: Evidence, noRepositories: string): string {
  const out = [`Commits linked to goals from ${evidence.since} to ${evidence.until} (the person's commits with a "Goal: <id>" trailer; each line gives the day, the commit's subject as its author wrote it, the repository and the commit)`];
  if (evidence.unlinked.length === 0) return [...out, noRepositories].join('\n');
  const linked = evidence.goals.filter((g) => g.commits.length > 0);
  const hashes = new Set(linked.flatMap((g) => g.commits.map((c) => `${c.repo}\n${c.hash}`)));
  out.push(`Repositories read: ${evidence.unlinked.map((u) => repoName(u.repo)).join(', ')}`);
  if (linked.length === 0) out.push('No commit of the person in the period names a goal of the plan.');
  else out.push(`${plural(hashes.size, 'commit')} linked to ${plural(linked.length, 'goal')}:`);
  for (const g of linked) out.push(`- ${line(g.title)} [id: ${line(g.id)}]: ${plural(g.commits.length, 'commit')}`, ...commitLines(g.commits));
  const without = evidence.goals.filter((g) => g.commits.length === 0);
  if (linked.length > 0 && without.length > 0) out.push(`Goals with no linked commit in the period: ${without.map((g) => `${line(g.title)} [${line(g.id)}]`).join('; ')}`);
  for (const u of evidence.unknownGoals) out.push(`Trailer naming no goal of the plan: "${line(u.id, 60)}", ${plural(u.commits.length, 'commit')}`);
  const unlinked = evidence.unlinked.filter((u) => u.count > 0);
  if (unlinked.length > 0) out.push(`Commits of the person with no Goal: trailer: ${unlinked.map((u) => `${repoName(u.repo)} ${u.count}`).join(', ')}`);
  return out.join('\n');
}
