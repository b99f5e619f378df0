/**
 * `career-goals export ics`: the plan's dates and review days as an iCalendar file
 * (core/calendar/events.ts, shared/ics.ts), to stdout or to `-o FILE`. It never writes
 * onto the plan or into its journal folder, `--force` or not.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { calendarEvents } from '../core/calendar/events';
import { reviewsOf } from '../core/history';
import { eventsToIcs } from '../shared/ics';
import { EXIT, IoError, UsageError, type ExitCode } from './errors';
import { loadPlan } from './files';
import type { CliIo } from './io';
import { COMMON_HELP, commonOptions, parseCommand } from './options';

const ICS_HELP = [
  'Usage: career-goals export ics [options]',
  '',
  'Writes an iCalendar (.ics) file: an all-day event for each open checkpoint, each open task',
  'with a due date and each active goal\'s due date; the reviews as recurring events that follow',
  'the plan\'s rhythm; and each pause. Importing a later export again updates the events.',
  '',
  'Options:',
  '  -o, --output FILE       write to FILE instead of stdout',
  '  --force                 overwrite FILE if it exists',
  ...COMMON_HELP,
].join('\n');

/** Runs `export ics` with the arguments after `ics`. */
export function runExportIcs(args: string[], io: CliIo): ExitCode {
  const { values, positionals } = parseCommand('export', args, { output: { type: 'string', short: 'o' }, force: { type: 'boolean' } });
  if (values.help) {
    io.out(`${ICS_HELP}\n`);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`export ics takes options only; "${positionals[0] ?? ''}" is extra.`, 'export');
  const opts = commonOptions(values, 'export');
  const { analysis, journal } = loadPlan(opts, (l) => io.err(`${l}\n`));
  const errors = analysis.parse.diagnostics.filter((d) => d.severity === 'error').length;
  if (!analysis.parse.syntaxOk || (analysis.parse.model.goals.length === 0 && errors > 0)) {
    // As check does: the plan's own problems are exit 1, and no calendar is made from them.
    io.err(`career-goals: ${opts.file} could not be read (${errors} error${errors === 1 ? '' : 's'}); run career-goals check ${opts.file} to see them.\n`);
    return EXIT.problems;
  }
  const ics = eventsToIcs(calendarEvents(analysis.parse.model, reviewsOf(journal.entries), opts.today), { name: 'Career Goals', stamp: new Date() });
  const output = values.output;
  if (output === undefined) {
    io.out(ics);
    return EXIT.ok;
  }
  if (output === '') throw new UsageError('-o is empty: give the file to write.', 'export');
  const target = path.resolve(output);
  const journalDir = path.resolve(opts.journal.dir);
  if (target === path.resolve(opts.file)) throw new IoError(`${output} is the plan itself; an export never writes onto the plan. Choose another -o file.`);
  if (target.startsWith(journalDir + path.sep)) throw new IoError(`${output} is inside the journal folder ${opts.journal.dir}; an export never writes there. Choose another -o file.`);
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) throw new IoError(`${output} is a folder; give a file name such as ${path.join(output, 'career-goals.ics')}.`);
  try {
    fs.writeFileSync(target, ics, { flag: values.force === true ? 'w' : 'wx' });
  } catch (e) {
    const exists = typeof e === 'object' && e !== null && 'code' in e && e.code === 'EEXIST';
    throw new IoError(exists ? `${output} already exists; choose another -o file or add --force to overwrite it` : `cannot write ${output}: ${e instanceof Error ? e.message : String(e)}`);
  }
  io.err(`Wrote ${output}\n`);
  return EXIT.ok;
}
