/**
 * `career-goals history`: the plan's progress over time from the journal, and with
 * `--git` from the goals file's committed versions too, ending with today's point.
 */
import * as l10n from '@vscode/l10n';
import { buildHistory, commitDayCounts, type HistoryPoint } from '../core/history';
import { displayDay, displayNumber } from '../core/time/display';
import { percent } from '../core/words/percent';
import { reviewWords } from '../core/words/review-kinds';
import { EXIT, UsageError, type ExitCode } from './errors';
import { invalidUtf8Line, loadPlan } from './files';
import { gitPointsOf } from './git-versions';
import type { CliIo } from './io';
import { helpOption, helpParagraph, usageLine } from './help';
import { commonHelp, commonOptions, parseCommand } from './options';
import { planErrorsLine } from './plan-errors';

function historyHelp(): string {
  return [
    usageLine('career-goals history [FILE] [options]'),
    '',
    helpParagraph(l10n.t('Prints a point per journal entry that records progress, then today, and the weekly review streaks.')),
    '',
    l10n.t('Options:'),
    helpOption('--git', l10n.t('add a point per day the goals file was committed, over its whole life (git is only read)')),
    helpOption('--json', l10n.t('the history as JSON (the shape of the extension API getHistory)')),
    ...commonHelp(),
  ].join('\n');
}

/** Where a point comes from, as the table's source column says it. */
function sourceWords(p: HistoryPoint): string {
  if (p.source === 'review') return reviewWords(p.kind ?? 'weekly');
  return p.source === 'commit' ? l10n.t('commit') : l10n.t('today');
}

/** The points as a table for a terminal, days and percents written in `language`, then the streak. */
function historyTable(points: readonly HistoryPoint[], reviews: { current: number; best: number }, language: string): string {
  const head = [l10n.t('date'), l10n.t('source'), l10n.t('overall'), l10n.t('entry')];
  const rows = points.map((p) => [displayDay(p.date, language), sourceWords(p), l10n.t('{0}%', displayNumber(percent(p.overall), language, 0)), p.ref ?? '']);
  const widths = [0, 1, 2].map((i) => Math.max(...[head, ...rows].map((r) => (r[i] ?? '').length)));
  const line = (r: string[]): string =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(head), ...rows.map(line), '', l10n.t('Weekly review streak: {0} (best {1})', reviews.current, reviews.best)].join('\n');
}

/** Runs `history` with the arguments after the command name. */
export function runHistory(args: string[], io: CliIo): ExitCode {
  const { values, positionals } = parseCommand('history', args, { json: { type: 'boolean' }, git: { type: 'boolean' } });
  if (values.help) {
    io.out(`${historyHelp()}\n`);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError(l10n.t('{0} takes one plan file, not {1}.', 'history', positionals.length), 'history');
  const opts = commonOptions(values, 'history', positionals[0]);
  const { analysis, journal, invalid } = loadPlan(opts, (l) => io.err(`${l}\n`));
  if (invalid) io.err(`career-goals: ${invalidUtf8Line(opts.file, invalid)}\n`);
  const warn = (l: string): void => io.err(`career-goals: ${l}\n`);
  const commits = values.git ? gitPointsOf(opts.file, commitDayCounts(journal.entries, opts.today), warn) : [];
  const history = buildHistory({ journal: journal.entries, commits, today: analysis, now: opts.today });
  // As status does: today's point comes from a plan that may not have been read.
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors) io.err(`career-goals: ${planErrorsLine(opts.file, errors, io.language)}\n`);
  if (values.json) {
    io.out(`${JSON.stringify(history, null, 2)}\n`);
    return EXIT.ok;
  }
  io.out(`${historyTable(history.points, history.reviews, io.language)}\n`);
  return EXIT.ok;
}
