/**
 * The options every command takes, parsed with `node:util` `parseArgs` in strict mode,
 * and the checks of their values. A wrong flag or value is a UsageError that says which.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { SettingDefaults } from '../constants';
import { clip } from '../core/text/clip';
import { parseIsoDay } from '../core/time/dates';
import { UsageError } from './errors';
import { helpOption } from './help';

/** What every command reads from the common options. */
export interface CommonOptions {
  /** The plan, as given (relative to the working directory). */
  file: string;
  /** The journal folder; `explicit` when given with --journal (then it must exist). */
  journal: { dir: string; explicit: boolean };
  /** "Today": midnight of --today, or now. */
  today: Date;
  maxActiveGoals: number;
}

type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** The options of every command. */
const COMMON_OPTIONS = {
  file: { type: 'string' },
  journal: { type: 'string' },
  today: { type: 'string' },
  'max-active-goals': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpec;

/** Lines of help for the common options, in the language `l10n` speaks when called. */
export function commonHelp(): string[] {
  return [
    helpOption('--file FILE', l10n.t('the plan (default ./goals.yaml)')),
    helpOption('--journal DIR', l10n.t('the review journal (default: reviews beside the plan)')),
    helpOption('--today YYYY-MM-DD', l10n.t('the day to work out pace and due reviews for (default: your local date)')),
    helpOption('--max-active-goals N', l10n.t('the too-many-goals limit, 1 to 50 (default 5)')),
    helpOption('-h, --help', l10n.t('this help')),
  ];
}

/**
 * Parses `args` (after the command name) with the common options and `extra`. A
 * parseArgs error keeps only its first sentence: the rest is about parseArgs, not us.
 */
export function parseCommand<E extends OptionSpec>(command: string, args: string[], extra: E) {
  try {
    return parseArgs({ args, options: { ...COMMON_OPTIONS, ...extra }, strict: true, allowPositionals: true });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new UsageError(message.split(/(?<=\.) /)[0] ?? message, command);
  }
}

/** `--today`, checked: a real `YYYY-MM-DD` day, as the local midnight; now when absent. */
function todayOption(text: string | undefined, command: string): Date {
  if (text === undefined) return new Date();
  const day = parseIsoDay(text);
  if (day === 'format') throw new UsageError(l10n.t('{0} must be a date written YYYY-MM-DD, not "{1}".', '--today', clip(text)), command);
  if (day === 'impossible') throw new UsageError(l10n.t('{0} {1} is not a real calendar date.', '--today', text), command);
  return new Date(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10)));
}

/** `--max-active-goals`, checked: a whole number from 1 to 50, as the setting allows. */
function maxActiveOption(text: string | undefined, command: string): number {
  if (text === undefined) return SettingDefaults.maxActiveGoals;
  const n = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 50) throw new UsageError(l10n.t('--max-active-goals must be a whole number from 1 to 50, not "{0}".', clip(text)), command);
  return n;
}

/** The common options of a parsed command line; `file` overrides --file (a positional FILE). */
export function commonOptions(values: { file?: string; journal?: string; today?: string; 'max-active-goals'?: string }, command: string, file?: string): CommonOptions {
  const plan = file ?? values.file ?? SettingDefaults.file;
  if (plan === '') throw new UsageError(l10n.t('The plan file name is empty.'), command);
  const journal = values.journal !== undefined ? { dir: values.journal, explicit: true } : { dir: path.join(path.dirname(plan), SettingDefaults.journalFolder), explicit: false };
  if (journal.dir === '') throw new UsageError(l10n.t('--journal is empty: give the journal folder.'), command);
  return { file: plan, journal, today: todayOption(values.today, command), maxActiveGoals: maxActiveOption(values['max-active-goals'], command) };
}
