/**
 * The `career-goals` command line: the extension's core from a terminal, a pre-commit
 * hook or CI. Node only; it imports the core and shared layers, never `vscode`.
 * Bundled by esbuild into dist/cli.js.
 */
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { EXIT, IoError, UnreadablePlanError, UsageError, type ExitCode } from './errors';
import { runCheck } from './check';
import { runEvidence } from './evidence';
import { runExport } from './export';
import { runExportIcs } from './export-ics';
import { runHistory } from './history';
import type { CliIo } from './io';
import { cliLanguage } from './language';
import { runStatus } from './status';
import { clip } from '../core/text/clip';
import { helpOption, helpParagraph, usageLine } from './help';

declare const __CLI_VERSION__: string | undefined;

/** The package version, set by the build (`dev` when run unbundled). */
export const VERSION = typeof __CLI_VERSION__ === 'string' ? __CLI_VERSION__ : 'dev';

const COMMANDS: Record<string, (args: string[], io: CliIo) => ExitCode> = {
  check: runCheck,
  status: runStatus,
  // `export ics` has options of its own; `export brag|report` share theirs.
  export: (args, io) => (args[0] === 'ics' ? runExportIcs(args.slice(1), io) : runExport(args, io)),
  history: runHistory,
  evidence: runEvidence,
};

/** The overview `career-goals --help` prints, in the language `l10n` speaks. */
export function mainHelp(): string {
  return [
    usageLine('career-goals <command> [options]'),
    '',
    l10n.t('Commands:'),
    helpOption('check [FILE…]', l10n.t('print the problems of each plan (exit 1 when one fails)')),
    helpOption('status [FILE]', l10n.t('overall progress, the due review and each active goal')),
    helpOption('export brag|report', l10n.t('a brag document or quarterly report as Markdown')),
    helpOption('export ics', l10n.t('your dates and review days as a calendar (.ics)')),
    helpOption('history [FILE]', l10n.t('progress over time, from the journal (and git with --git)')),
    helpOption('evidence [FILE]', l10n.t('your commits linked to goals by Goal: trailers (--repo DIR)')),
    helpOption('mcp', l10n.t('serve the plan to an assistant (Model Context Protocol, stdio)')),
    '',
    helpParagraph(l10n.t('Run career-goals <command> --help for its options. Also: --version, --help.')),
  ].join('\n');
}

/** Reports an error a command threw, as its exit code. */
function failed(e: unknown, io: CliIo): ExitCode {
  if (e instanceof UsageError) {
    const more = e.command ? l10n.t('Run career-goals {0} --help for usage.', e.command) : l10n.t('Run career-goals --help for usage.');
    io.err(`career-goals${e.command ? ` ${e.command}` : ''}: ${e.message}\n${more}\n`);
    return EXIT.usage;
  }
  if (e instanceof UnreadablePlanError) {
    // The plan's own problem, as check reports it: exit 1.
    io.err(`career-goals: ${e.message}\n`);
    return EXIT.problems;
  }
  if (e instanceof IoError) {
    io.err(`career-goals: ${e.message}\n`);
    return EXIT.usage;
  }
  // Not the person's mistake: say so plainly, still without a stack trace unless asked.
  const what = e instanceof Error ? e.message : String(e);
  io.err(`career-goals: ${process.env.CAREER_GOALS_DEBUG ? l10n.t('internal error: {0}\nPlease report it.', what) : l10n.t('internal error: {0}\nPlease report it (set CAREER_GOALS_DEBUG=1 for details).', what)}\n`);
  if (process.env.CAREER_GOALS_DEBUG && e instanceof Error) io.err(`${e.stack ?? ''}\n`);
  return EXIT.internal;
}

/**
 * Runs `career-goals mcp`, the one command that lasts: it serves until standard input
 * closes. Loaded on demand, so the other commands never load the MCP SDK. Its help and
 * its refusals speak the person's language; once it serves, it speaks English, as what
 * it answers is read by a language model (the tools' results, their descriptions, the
 * prompts) and the core's words there must not follow the terminal's language.
 */
export async function runServer(args: string[], io: CliIo): Promise<ExitCode> {
  try {
    const { runMcp } = require('./mcp') as typeof import('./mcp');
    return await runMcp(args, io, () => l10n.config({ contents: {} }));
  } catch (e) {
    return failed(e, io);
  }
}

/** Runs the command line `argv` (without node and the script) and returns the exit code. */
export function run(argv: string[], io: CliIo): ExitCode {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      // Asked for, the help is the output; with no command at all, it explains a usage error.
      if (command === undefined) {
        io.err(`${mainHelp()}\n`);
        return EXIT.usage;
      }
      io.out(`${mainHelp()}\n`);
      return EXIT.ok;
    }
    if (command === '--version' || command === '-v') {
      io.out(`${io.version}\n`);
      return EXIT.ok;
    }
    const handler = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!handler) throw new UsageError(l10n.t('Unknown command "{0}": use check, status, export, history, evidence or mcp.', clip(command)));
    return handler(rest, io);
  } catch (e) {
    return failed(e, io);
  }
}

/**
 * Whether the command line asks for output a program reads (`--json`, `check --format
 * json|sarif`): then the whole run speaks English, its messages on stderr included, so
 * what a script parses or logs is the same on every machine.
 */
export function machineOutput(argv: readonly string[]): boolean {
  return argv.some((a, i) => a === '--json' || /^--format=(json|sarif)$/.test(a) || (a === '--format' && (argv[i + 1] === 'json' || argv[i + 1] === 'sarif')));
}

/** The process entry point. */
function main(): void {
  const argv = process.argv.slice(2);
  // The bundles ship beside dist/ (dist/cli.js → l10n/); @vscode/l10n's one global is set here and nowhere else in the command line.
  const { language, bundle } = machineOutput(argv) ? { language: 'en', bundle: {} } : cliLanguage(process.env, path.join(__dirname, '..', 'l10n'));
  l10n.config({ contents: bundle });
  const io: CliIo = {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    version: VERSION,
    language,
  };
  // A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  if (argv[0] === 'mcp') {
    // Standard output is the protocol's: a stray console.log from anywhere would corrupt it.
    console.log = (...parts: unknown[]) => console.error(...parts);
    void runServer(argv.slice(1), io).then((code) => {
      // The server has closed; nothing is left to flush but the protocol's last replies.
      process.exitCode = code;
    });
    return;
  }
  const code = run(argv, io);
  // exitCode, not exit(): a large output to a pipe is flushed before Node ends.
  process.exitCode = code;
}

// Only as the program, so a test can import `run` without running it.
if (require.main === module) main();
