/**
 * `career-goals export brag|report`: the brag document or quarterly report as
 * Markdown, to stdout or, with -o, to a file with its chart (an .svg) beside it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { buildHistory } from '../core/history';
import { BRAG_LAYOUTS, DEFAULT_GROWING_OTHERS, bragDocument, periodOf, type BragLayout, periodOfSpec, PERIOD_CHOICES, quarterlyReport, unreadableProblem, type ReportPeriod } from '../core/reports';
import type { Analysis } from '../core/types';
import type { InvalidUtf8 } from '../core/text/utf8';
import { locate } from './located';
import { checkOutput, writeOutput } from './output-guard';
import { reportChartSvg } from '../shared/report-chart';
import { reportHtml } from '../shared/report-html';
import { EXIT, IoError, UnreadablePlanError, UsageError, type ExitCode } from './errors';
import { invalidUtf8Line, loadPlan } from './files';
import type { CliIo } from './io';
import { clip } from '../core/text/clip';
import { helpOption, helpParagraph, usageLine } from './help';
import { commonHelp, commonOptions, parseCommand } from './options';
import { buildEvidence } from '../core/evidence';
import { authorsOption } from './evidence';
import { readRepo } from './repo-log';

function exportHelp(): string {
  return [
    usageLine('career-goals export brag|report [options]'),
    '',
    helpParagraph(l10n.t('Writes a brag document (brag) or a quarterly self-review (report) as Markdown or HTML, to stdout by default. The period is this quarter unless one of these says otherwise:')),
    '',
    helpOption('--quarter LABEL', l10n.t("a quarter: 2026-Q4, or FY2027-Q3 when the plan's rhythm.year_starts is not january (named by the year the fiscal year ends in)")),
    helpOption('--since YYYY-MM-DD', l10n.t('the first day (brag only); with --until the last day (default today)')),
    helpOption('--until YYYY-MM-DD', l10n.t('the last day (brag only; needs --since)')),
    helpOption('--period NAME', l10n.t('{0} (report: the quarter ones only); quarters, halves and years follow rhythm.year_starts', PERIOD_CHOICES.join(', '))),
    '',
    l10n.t('Shape (brag only):'),
    helpOption('--layout brag|by-goal', l10n.t('brag (default): the goals, what I shipped and its impact, growing others, design and documentation, what I learned; by-goal: sections by goal, as the quarterly report')),
    helpOption('--growing-others VALUES', l10n.t("the values, comma-separated, whose goals' wins are growing others (default {0})", DEFAULT_GROWING_OTHERS.join(','))),
    '',
    l10n.t('Output:'),
    helpOption('--format markdown|html', l10n.t('markdown (default), or html: one self-contained page with the charts inline and print styles, no script and nothing loaded from elsewhere')),
    helpOption('-o, --output FILE', l10n.t('write the report to FILE; Markdown gets the overall-progress chart beside it (FILE with .svg); an existing file is never overwritten')),
    helpOption('--force', l10n.t('overwrite FILE and its chart if they exist (never the plan, a journal entry or a note the plan links to)')),
    '',
    l10n.t('Evidence (your commits linked to goals by Goal: trailers, under each goal):'),
    helpOption('--repo DIR', l10n.t('a git repository to read (repeatable); git is only read')),
    helpOption('--author EMAIL', l10n.t("your commit address (repeatable; default: each repository's user.email)")),
    '',
    l10n.t('Options:'),
    ...commonHelp(),
  ].join('\n');
}

type PeriodFlags = { quarter?: string; since?: string; until?: string; period?: string };

/** Refuses period flags that do not go together, before any file is read. */
function checkPeriodFlags(kind: 'brag' | 'report', v: PeriodFlags): void {
  const given = [v.quarter !== undefined && '--quarter', (v.since !== undefined || v.until !== undefined) && '--since/--until', v.period !== undefined && '--period'].filter(Boolean);
  if (given.length > 1)
    throw new UsageError(
      given.length === 2 ? l10n.t('Give one period: {0} or {1}, not both.', given[0] ?? '', given[1] ?? '') : l10n.t('Give one period: {0}, {1} or {2}, not all three.', given[0] ?? '', given[1] ?? '', given[2] ?? ''),
      'export',
    );
  if (v.since !== undefined || v.until !== undefined) {
    if (kind === 'report') throw new UsageError(l10n.t('A quarterly report covers a quarter: use --quarter or --period this-quarter|last-quarter, not --since/--until.'), 'export');
    if (v.since === undefined) throw new UsageError(l10n.t('--until needs --since: give the first day of the period too.'), 'export');
  }
}

/**
 * The period the flags name, in the quarters of the plan's year (`yearStarts`, from
 * `rhythm.year_starts`): read once the plan is, since `--quarter FY2027-Q3` only means
 * something in a plan whose year does not start in January.
 */
function periodFrom(kind: 'brag' | 'report', v: PeriodFlags, today: Date, yearStarts: number | undefined): ReportPeriod {
  const r = periodOfSpec(kind, { quarter: v.quarter, choice: v.period, from: v.since, to: v.until }, today, yearStarts);
  if (!r) return periodOf('this-quarter', today, yearStarts);
  if (r.ok) return r.period;
  switch (r.problem) {
    case 'quarter':
      throw new UsageError(`--quarter: ${r.error}`, 'export');
    case 'dates':
      throw new UsageError(r.error, 'export');
    case 'choice':
      throw new UsageError(l10n.t('{0} must be one of {1}, not "{2}".', '--period', PERIOD_CHOICES.join(', '), clip(r.choice)), 'export');
    case 'not-a-quarter':
      throw new UsageError(l10n.t('A quarterly report covers a quarter: --period this-quarter or last-quarter, not {0}.', r.choice), 'export');
  }
}

/** `--layout` and `--growing-others`, checked: a brag document's shape. */
function layoutOptions(kind: 'brag' | 'report', v: { layout?: string; 'growing-others'?: string }): { layout?: BragLayout; growingOthers?: string[] } {
  if (kind === 'report' && (v.layout !== undefined || v['growing-others'] !== undefined)) {
    throw new UsageError(l10n.t('--layout and --growing-others shape a brag document; a quarterly report has one layout.'), 'export');
  }
  const layout = v.layout;
  if (layout !== undefined && !(BRAG_LAYOUTS as readonly string[]).includes(layout))
    throw new UsageError(l10n.t('{0} must be {1} or {2}, not "{3}".', '--layout', BRAG_LAYOUTS[0], BRAG_LAYOUTS[1], clip(layout)), 'export');
  const growing = v['growing-others']
    ?.split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
  return { ...(layout !== undefined && { layout: layout as BragLayout }), ...(growing !== undefined && { growingOthers: growing }) };
}

/** The chart's file: FILE with its extension replaced by .svg. */
function chartPathOf(output: string): string {
  const ext = path.extname(output);
  return `${ext ? output.slice(0, -ext.length) : output}.svg`;
}

/**
 * Throws when the plan cannot be reported on (bytes that are not UTF-8, too large, not
 * YAML, not a plan): a report of what was not read would look like a real one.
 */
function refuseUnreadable(file: string, text: string, analysis: Analysis, invalid: InvalidUtf8 | undefined): void {
  if (invalid) throw new UnreadablePlanError(l10n.t('cannot export a report of {0}: {1}', file, invalidUtf8Line(file, invalid)));
  const problem = unreadableProblem(analysis);
  if (!problem) return;
  const [at] = locate(file, text, [problem]);
  const where = `${at ? `${file}:${at.line}:${at.column}: ` : ''}${problem.message} [${problem.code}]`;
  throw new UnreadablePlanError(l10n.t('cannot export a report of {0}: {1}. Run career-goals check {0} to see every problem.', file, where));
}

/** Runs `export` with the arguments after the command name. */
export function runExport(args: string[], io: CliIo): ExitCode {
  const { values, positionals } = parseCommand('export', args, {
    quarter: { type: 'string' },
    since: { type: 'string' },
    until: { type: 'string' },
    period: { type: 'string' },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    repo: { type: 'string', multiple: true },
    author: { type: 'string', multiple: true },
    layout: { type: 'string' },
    format: { type: 'string' },
    'growing-others': { type: 'string' },
  });
  if (values.help) {
    io.out(`${exportHelp()}\n`);
    return EXIT.ok;
  }
  const kind = positionals[0];
  if (kind !== 'brag' && kind !== 'report')
    throw new UsageError(kind === undefined ? l10n.t('Say what to export: career-goals export brag, or career-goals export report.') : l10n.t('Unknown export "{0}": use brag or report.', clip(kind)), 'export');
  const extra = positionals[1];
  if (extra !== undefined) throw new UsageError(l10n.t('export takes one kind (brag or report), then options; "{0}" is extra.', clip(extra)), 'export');
  const opts = commonOptions(values, 'export');
  const shape = layoutOptions(kind, values);
  checkPeriodFlags(kind, values);
  const authors = authorsOption(values.author, 'export');
  const repos = values.repo ?? [];
  if (repos.some((r) => r === '')) throw new UsageError(l10n.t('--repo is empty: give a repository folder.'), 'export');
  if (authors.length > 0 && repos.length === 0) throw new UsageError(l10n.t('--author needs --repo: name the repositories to read.'), 'export');
  const warn = (l: string): void => io.err(`career-goals: ${l}\n`);
  const { analysis, journal, text, invalid } = loadPlan(opts, (l) => io.err(`${l}\n`));
  refuseUnreadable(opts.file, text, analysis, invalid);
  const period = periodFrom(kind, values, opts.today, analysis.parse.model.rhythm?.yearStarts);
  const history = buildHistory({ journal: journal.entries, commits: [], today: analysis, now: opts.today });
  const evidence =
    repos.length > 0
      ? buildEvidence(
          analysis.parse.model.goals,
          repos.map((dir) => readRepo(dir, authors, period.from, warn)),
          { since: period.from, until: period.to },
          warn,
        )
      : undefined;
  const src = { analysis, history, journal: journal.entries, now: opts.today, ...(evidence && { evidence }) };
  const format = values.format ?? 'markdown';
  if (format !== 'markdown' && format !== 'html') throw new UsageError(l10n.t('{0} must be {1} or {2}, not "{3}".', '--format', 'markdown', 'html', clip(format)), 'export');
  const document = (chartFile?: string): string =>
    kind === 'brag' ? bragDocument(src, period, { ...shape, ...(chartFile !== undefined && { chartFile }) }) : quarterlyReport(src, period, chartFile !== undefined ? { chartFile } : {});
  const html = (): string => reportHtml({ markdown: document(), history, period, goals: analysis.parse.model.goals });
  const output = values.output;
  if (output === undefined) {
    io.out(format === 'html' ? html() : document());
    return EXIT.ok;
  }
  if (output === '') throw new UsageError(l10n.t('-o is empty: give the file to write.'), 'export');
  const force = values.force === true;
  // One self-contained file: the charts are inside it.
  const files = format === 'html' ? [output] : [output, chartPathOf(output)];
  // Every name is checked before any is written, so a refusal leaves nothing half done.
  for (const f of files) checkOutput(f, { plan: opts.file, journalDir: opts.journal.dir, model: analysis.parse.model });
  if (!force) for (const f of files) if (fs.existsSync(f)) throw new IoError(l10n.t('{0} already exists; choose another -o file or add --force to overwrite it', f));
  if (format === 'html') {
    writeOutput(output, html(), force);
    io.err(`${l10n.t('Wrote {0}', output)}\n`);
    return EXIT.ok;
  }
  const chart = chartPathOf(output);
  writeOutput(output, document(path.basename(chart)), force);
  writeOutput(chart, reportChartSvg(history, period), force);
  io.err(`${l10n.t('Wrote {0} and {1}', output, chart)}\n`);
  return EXIT.ok;
}
