/**
 * `career-goals history`: the plan's progress over time from the journal, and with
 * `--git` from the goals file's committed versions too, ending with today's point.
 */
import { buildHistory, commitDayCounts } from '../core/history';
import { percentLabel } from '../core/words/percent';
import { plural } from '../core/words/plural';
import { EXIT, UsageError, type ExitCode } from './errors';
import { invalidUtf8Line, loadPlan } from './files';
import { gitPointsOf } from './git-versions';
import type { CliIo } from './io';
import { COMMON_HELP, commonOptions, parseCommand } from './options';

const HISTORY_HELP = [
  'Usage: career-goals history [FILE] [options]',
  '',
  'Prints a point per journal entry that records progress, then today, and the weekly review streaks.',
  '',
  'Options:',
  '  --git                   add a point per day the goals file was committed, over its whole life',
  '                          (git is only read)',
  '  --json                  the history as JSON (the shape of the extension API getHistory)',
  ...COMMON_HELP,
].join('\n');

/** Runs `history` with the arguments after the command name. */
export function runHistory(args: string[], io: CliIo): ExitCode {
  const { values, positionals } = parseCommand('history', args, { json: { type: 'boolean' }, git: { type: 'boolean' } });
  if (values.help) {
    io.out(`${HISTORY_HELP}\n`);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError(`history takes one plan file, not ${positionals.length}.`, 'history');
  const opts = commonOptions(values, 'history', positionals[0]);
  const { analysis, journal, invalid } = loadPlan(opts, (l) => io.err(`${l}\n`));
  if (invalid) io.err(`career-goals: ${invalidUtf8Line(opts.file, invalid)}\n`);
  const warn = (l: string): void => io.err(`career-goals: ${l}\n`);
  const commits = values.git ? gitPointsOf(opts.file, commitDayCounts(journal.entries, opts.today), warn) : [];
  const history = buildHistory({ journal: journal.entries, commits, today: analysis, now: opts.today });
  // As status does: today's point comes from a plan that may not have been read.
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors) io.err(`career-goals: ${opts.file} has ${plural(errors, 'error')}; run career-goals check ${opts.file} to see them.\n`);
  if (values.json) {
    io.out(`${JSON.stringify(history, null, 2)}\n`);
    return EXIT.ok;
  }
  const rows = history.points.map((p): [string, string, string, string] => [p.date, p.source === 'review' ? `${p.kind ?? 'weekly'} review` : p.source, percentLabel(p.overall), p.ref ?? '']);
  const widths = [10, Math.max(6, ...rows.map((r) => r[1].length)), 7];
  const line = (r: string[]): string => r.map((c, i) => { const w = widths[i]; return w !== undefined ? c.padEnd(w) : c; }).join('  ').trimEnd();
  io.out(`${[line(['date', 'source', 'overall', 'entry']), ...rows.map(line), '', `Weekly review streak: ${history.reviews.current} (best ${history.reviews.best})`].join('\n')}\n`);
  return EXIT.ok;
}
