/**
 * `career-goals export ics`: the plan's dates and review days as an iCalendar file
 * (core/calendar/events.ts, shared/ics.ts), to stdout or to `-o FILE`. It never writes
 * onto the plan or into its journal folder, `--force` or not.
 */
import * as l10n from '@vscode/l10n';
import { calendarEvents } from '../core/calendar/events';
import { reviewsOf } from '../core/history';
import { eventsToIcs } from '../shared/ics';
import { EXIT, UsageError, type ExitCode } from './errors';
import { loadPlan } from './files';
import type { CliIo } from './io';
import { displayNumber } from '../core/time/display';
import { helpOption, helpParagraph, usageLine } from './help';
import { commonHelp, commonOptions, parseCommand } from './options';
import { checkOutput, writeOutput } from './output-guard';

function icsHelp(): string {
  return [
    usageLine('career-goals export ics [options]'),
    '',
    helpParagraph(
      l10n.t(
        "Writes an iCalendar (.ics) file: an all-day event for each open checkpoint, each open task with a due date and each active goal's due date; the reviews as recurring events that follow the plan's rhythm; and each pause. Importing a later export again updates the events.",
      ),
    ),
    '',
    l10n.t('Options:'),
    helpOption('-o, --output FILE', l10n.t('write to FILE instead of stdout')),
    helpOption('--force', l10n.t('overwrite FILE if it exists')),
    ...commonHelp(),
  ].join('\n');
}

/** Runs `export ics` with the arguments after `ics`. */
export function runExportIcs(args: string[], io: CliIo): ExitCode {
  const { values, positionals } = parseCommand('export', args, { output: { type: 'string', short: 'o' }, force: { type: 'boolean' } });
  if (values.help) {
    io.out(`${icsHelp()}\n`);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(l10n.t('export ics takes options only; "{0}" is extra.', positionals[0] ?? ''), 'export');
  const opts = commonOptions(values, 'export');
  const { analysis, journal } = loadPlan(opts, (l) => io.err(`${l}\n`));
  const errors = analysis.parse.diagnostics.filter((d) => d.severity === 'error').length;
  if (!analysis.parse.syntaxOk || (analysis.parse.model.goals.length === 0 && errors > 0)) {
    // As check does: the plan's own problems are exit 1, and no calendar is made from them.
    const line =
      errors === 1
        ? l10n.t('{0} could not be read (1 error); run career-goals check {0} to see it.', opts.file)
        : l10n.t('{0} could not be read ({1} errors); run career-goals check {0} to see them.', opts.file, displayNumber(errors, io.language, 0));
    io.err(`career-goals: ${line}\n`);
    return EXIT.problems;
  }
  const ics = eventsToIcs(calendarEvents(analysis.parse.model, reviewsOf(journal.entries), opts.today), { name: 'Career Goals', stamp: new Date() });
  const output = values.output;
  if (output === undefined) {
    io.out(ics);
    return EXIT.ok;
  }
  if (output === '') throw new UsageError(l10n.t('-o is empty: give the file to write.'), 'export');
  // The same guard as the reports: never the plan, the journal, a linked note or a folder.
  checkOutput(output, { plan: opts.file, journalDir: opts.journal.dir, model: analysis.parse.model }, 'career-goals.ics');
  writeOutput(output, ics, values.force === true);
  io.err(`${l10n.t('Wrote {0}', output)}\n`);
  return EXIT.ok;
}
