/**
 * `career-goals evidence`: the person's commits linked to goals by `Goal:` trailers, in
 * the repositories named with --repo, for a period (this quarter by default).
 */
import * as l10n from '@vscode/l10n';
import { buildEvidence, type Evidence, type EvidenceCommit } from '../core/evidence';
import { clip } from '../core/text/clip';
import { parseIsoDay, todayIso } from '../core/time/dates';
import { quarterBounds, quarterOf } from '../core/time/quarter';
import { EXIT, UsageError, type ExitCode } from './errors';
import { loadPlan } from './files';
import type { CliIo } from './io';
import { displayDay, displayNumber } from '../core/time/display';
import { helpOption, helpParagraph, usageLine } from './help';
import { commonHelp, commonOptions, parseCommand } from './options';
import { readRepo } from './repo-log';

function evidenceHelp(): string {
  return [
    usageLine('career-goals evidence [FILE] --repo DIR [--repo DIR…] [options]'),
    '',
    helpParagraph(l10n.t('Lists your commits linked to goals by a "Goal: <id>" trailer, newest first, the trailers naming no goal of the plan, and how many of your commits carry none. Git is only read.')),
    '',
    helpOption('--repo DIR', l10n.t('a repository to read (repeatable; at least one)')),
    helpOption('--author EMAIL', l10n.t("your commit address (repeatable; default: each repository's user.email)")),
    helpOption('--since YYYY-MM-DD', l10n.t('the first day (default: the first day of this quarter)')),
    helpOption('--until YYYY-MM-DD', l10n.t('the last day (default: the last day of this quarter, or today with --since)')),
    helpOption('--json', l10n.t('the evidence as JSON (the shape of the extension API getEvidence)')),
    '',
    l10n.t('Options:'),
    ...commonHelp(),
  ].join('\n');
}

/** A `--since`/`--until` value, checked. */
function dayOption(flag: string, text: string): string {
  const day = parseIsoDay(text);
  if (day === 'format') throw new UsageError(l10n.t('{0} must be a date written YYYY-MM-DD, not "{1}".', flag, clip(text)), 'evidence');
  if (day === 'impossible') throw new UsageError(l10n.t('{0} {1} is not a real calendar date.', flag, text), 'evidence');
  return text;
}

/** The period the flags name: this quarter of the plan's year (starting in month `yearStarts`) by default. */
function evidencePeriod(values: { since?: string; until?: string }, today: Date, command: string, yearStarts?: number): { since: string; until: string } {
  const iso = todayIso(today);
  const quarter = quarterBounds(quarterOf(iso, yearStarts) ?? '', yearStarts);
  if (values.until !== undefined && values.since === undefined) throw new UsageError(l10n.t('--until needs --since: give the first day of the period too.'), command);
  const since = values.since !== undefined ? dayOption('--since', values.since) : (quarter?.start ?? iso);
  const until = values.until !== undefined ? dayOption('--until', values.until) : values.since !== undefined ? iso : (quarter?.end ?? iso);
  if (since > until) throw new UsageError(values.until !== undefined ? l10n.t('--since {0} is after --until {1}.', since, until) : l10n.t('--since {0} is after today, {1}.', since, until), command);
  return { since, until };
}

/** The `--author` values, checked: each a non-empty address without spaces. */
export function authorsOption(values: readonly string[] | undefined, command: string): string[] {
  return (values ?? []).map((a) => {
    const t = a.trim();
    if (t === '' || /\s/.test(t)) throw new UsageError(l10n.t('--author must be an e-mail address, not "{0}".', clip(a)), command);
    return t;
  });
}

/** A subject for a terminal: control characters (escape sequences) shown as `?`. */
function terminalText(text: string): string {
  // eslint-disable-next-line no-control-regex -- the point is to find them
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

function commitLine(c: EvidenceCommit, language: string): string {
  return `  ${displayDay(c.date, language)}  ${c.hash.slice(0, 7)}  ${terminalText(c.subject)}${c.url ? `  ${c.url}` : ''}`;
}

/** `1 commit`, `3 commits`. */
function commits(n: number, language: string): string {
  return n === 1 ? l10n.t('1 commit') : l10n.t('{0} commits', displayNumber(n, language, 0));
}

/** The evidence as text for a terminal, days and counts written in `language`. */
function evidenceText(e: Evidence, language: string): string {
  const lines = [l10n.t('Evidence from {0} to {1}', displayDay(e.since, language), displayDay(e.until, language)), ''];
  const line = (c: EvidenceCommit): string => commitLine(c, language);
  const linked = e.goals.filter((g) => g.commits.length > 0);
  if (linked.length === 0) lines.push(l10n.t('No commit of yours in the period names a goal of the plan.'));
  for (const g of linked) lines.push(`${terminalText(g.title)} (${g.id}): ${commits(g.commits.length, language)}`, ...g.commits.map(line), '');
  if (e.unknownGoals.length > 0) {
    lines.push(l10n.t('Trailers naming no goal of the plan:'));
    for (const u of e.unknownGoals) lines.push(`${terminalText(u.id)}: ${commits(u.commits.length, language)}`, ...u.commits.map(line));
    lines.push('');
  }
  for (const u of e.unlinked) {
    lines.push(u.count === 1 ? l10n.t('{0}: 1 commit of yours with no Goal: trailer', u.repo) : l10n.t('{0}: {1} commits of yours with no Goal: trailer', u.repo, displayNumber(u.count, language, 0)));
  }
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
    io.out(`${evidenceHelp()}\n`);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError(l10n.t('{0} takes one plan file, not {1}.', 'evidence', positionals.length), 'evidence');
  const opts = commonOptions(values, 'evidence', positionals[0]);
  // Checked before any file is read; the default quarter is settled once the plan says when its year starts.
  evidencePeriod(values, opts.today, 'evidence');
  const authors = authorsOption(values.author, 'evidence');
  const repos = values.repo ?? [];
  if (repos.length === 0) throw new UsageError(l10n.t('Name a repository to read with --repo DIR.'), 'evidence');
  if (repos.some((r) => r === '')) throw new UsageError(l10n.t('--repo is empty: give a repository folder.'), 'evidence');
  const warn = (l: string): void => io.err(`career-goals: ${l}\n`);
  const { analysis } = loadPlan(opts, warn);
  const period = evidencePeriod(values, opts.today, 'evidence', analysis.parse.model.rhythm?.yearStarts);
  const logs = repos.map((dir) => readRepo(dir, authors, period.since, warn));
  const evidence = buildEvidence(analysis.parse.model.goals, logs, period, warn);
  io.out(values.json ? `${JSON.stringify(evidence, null, 2)}\n` : evidenceText(evidence, io.language));
  return EXIT.ok;
}
