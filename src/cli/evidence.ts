/**
 * `career-goals evidence`: the person's commits linked to goals by `Goal:` trailers, in
 * the repositories named with --repo, for a period (this quarter by default).
 */
import { buildEvidence, type Evidence, type EvidenceCommit } from '../core/evidence';
import { clip } from '../core/text/clip';
import { parseIsoDay, todayIso } from '../core/time/dates';
import { quarterBounds, quarterOf } from '../core/time/quarter';
import { EXIT, UsageError, type ExitCode } from './errors';
import { loadPlan } from './files';
import type { CliIo } from './io';
import { COMMON_HELP, commonOptions, parseCommand } from './options';
import { readRepo } from './repo-log';

const EVIDENCE_HELP = [
  'Usage: career-goals evidence [FILE] --repo DIR [--repo DIR…] [options]',
  '',
  'Lists your commits linked to goals by a "Goal: <id>" trailer, newest first, the trailers',
  'naming no goal of the plan, and how many of your commits carry none. Git is only read.',
  '',
  '  --repo DIR              a repository to read (repeatable; at least one)',
  '  --author EMAIL          your commit address (repeatable; default: each repository\'s user.email)',
  '  --since YYYY-MM-DD      the first day (default: the first day of this quarter)',
  '  --until YYYY-MM-DD      the last day (default: the last day of this quarter, or today with --since)',
  '  --json                  the evidence as JSON (the shape of the extension API getEvidence)',
  '',
  'Options:',
  ...COMMON_HELP,
].join('\n');

/** A `--since`/`--until` value, checked. */
function dayOption(flag: string, text: string): string {
  const day = parseIsoDay(text);
  if (day === 'format') throw new UsageError(`${flag} must be a date written YYYY-MM-DD, not "${clip(text)}".`, 'evidence');
  if (day === 'impossible') throw new UsageError(`${flag} ${text} is not a real calendar date.`, 'evidence');
  return text;
}

/** The period the flags name: this quarter of the plan's year (starting in month `yearStarts`) by default. */
function evidencePeriod(values: { since?: string; until?: string }, today: Date, command: string, yearStarts?: number): { since: string; until: string } {
  const iso = todayIso(today);
  const quarter = quarterBounds(quarterOf(iso, yearStarts) ?? '', yearStarts);
  if (values.until !== undefined && values.since === undefined) throw new UsageError('--until needs --since: give the first day of the period too.', command);
  const since = values.since !== undefined ? dayOption('--since', values.since) : (quarter?.start ?? iso);
  const until = values.until !== undefined ? dayOption('--until', values.until) : values.since !== undefined ? iso : (quarter?.end ?? iso);
  if (since > until) throw new UsageError(`--since ${since} is after ${values.until !== undefined ? '--until' : 'today,'} ${until}.`, command);
  return { since, until };
}

/** The `--author` values, checked: each a non-empty address without spaces. */
export function authorsOption(values: readonly string[] | undefined, command: string): string[] {
  return (values ?? []).map((a) => {
    const t = a.trim();
    if (t === '' || /\s/.test(t)) throw new UsageError(`--author must be an e-mail address, not "${clip(a)}".`, command);
    return t;
  });
}

/** A subject for a terminal: control characters (escape sequences) shown as `?`. */
function terminalText(text: string): string {
  // eslint-disable-next-line no-control-regex -- the point is to find them
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

function commitLine(c: EvidenceCommit): string {
  return `  ${c.date}  ${c.hash.slice(0, 7)}  ${terminalText(c.subject)}${c.url ? `  ${c.url}` : ''}`;
}

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

/** The evidence as text for a terminal. */
function evidenceText(e: Evidence): string {
  const lines = [`Evidence from ${e.since} to ${e.until}`, ''];
  const linked = e.goals.filter((g) => g.commits.length > 0);
  if (linked.length === 0) lines.push('No commit of yours in the period names a goal of the plan.');
  for (const g of linked) lines.push(`${terminalText(g.title)} (${g.id}): ${plural(g.commits.length, 'commit')}`, ...g.commits.map(commitLine), '');
  if (e.unknownGoals.length > 0) {
    lines.push('Trailers naming no goal of the plan:');
    for (const u of e.unknownGoals) lines.push(`${terminalText(u.id)}: ${plural(u.commits.length, 'commit')}`, ...u.commits.map(commitLine));
    lines.push('');
  }
  for (const u of e.unlinked) lines.push(`${u.repo}: ${plural(u.count, 'commit')} of yours with no Goal: trailer`);
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Runs `evidence` with the arguments after the command name. */
export function runEvidence(args: string[], io: CliIo): ExitCode {
  const { values, positionals } = parseCommand('evidence', args, {
    repo: { type: 'string', multiple: true },
    author: { type: 'string', multiple: true },
    since: { type: 'string' },
    until: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    io.out(`${EVIDENCE_HELP}\n`);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError(`evidence takes one plan file, not ${positionals.length}.`, 'evidence');
  const opts = commonOptions(values, 'evidence', positionals[0]);
  // Checked before any file is read; the default quarter is settled once the plan says when its year starts.
  evidencePeriod(values, opts.today, 'evidence');
  const authors = authorsOption(values.author, 'evidence');
  const repos = values.repo ?? [];
  if (repos.length === 0) throw new UsageError('Name a repository to read with --repo DIR.', 'evidence');
  if (repos.some((r) => r === '')) throw new UsageError('--repo is empty: give a repository folder.', 'evidence');
  const warn = (l: string): void => io.err(`career-goals: ${l}\n`);
  const { analysis } = loadPlan(opts, warn);
  const period = evidencePeriod(values, opts.today, 'evidence', analysis.parse.model.rhythm?.yearStarts);
  const logs = repos.map((dir) => readRepo(dir, authors, period.since, warn));
  const evidence = buildEvidence(analysis.parse.model.goals, logs, period, warn);
  io.out(values.json ? `${JSON.stringify(evidence, null, 2)}\n` : evidenceText(evidence));
  return EXIT.ok;
}
