/**
 * The `career-goals` command line: the extension's core from a terminal, a pre-commit
 * hook or CI. Node only; it imports the core and shared layers, never `vscode`.
 * Bundled by esbuild into dist/cli.js.
 */
import { EXIT, IoError, UnreadablePlanError, UsageError, type ExitCode } from './errors';
import { runCheck } from './check';
import { runEvidence } from './evidence';
import { runExport } from './export';
import { runExportIcs } from './export-ics';
import { runHistory } from './history';
import type { CliIo } from './io';
import { runStatus } from './status';
import { clip } from '../core/text/clip';

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

export const MAIN_HELP = [
  'Usage: career-goals <command> [options]',
  '',
  'Commands:',
  '  check [FILE…]           print the problems of each plan (exit 1 when one fails)',
  '  status [FILE]           overall progress, the due review and each active goal',
  '  export brag|report      a brag document or quarterly report as Markdown',
  '  export ics              your dates and review days as a calendar (.ics)',
  '  history [FILE]          progress over time, from the journal (and git with --git)',
  '  evidence [FILE]         your commits linked to goals by Goal: trailers (--repo DIR)',
  '  mcp                     serve the plan to an assistant (Model Context Protocol, stdio)',
  '',
  'Run career-goals <command> --help for its options. Also: --version, --help.',
].join('\n');

/** Reports an error a command threw, as its exit code. */
function failed(e: unknown, io: CliIo): ExitCode {
  if (e instanceof UsageError) {
    io.err(`career-goals${e.command ? ` ${e.command}` : ''}: ${e.message}\nRun career-goals ${e.command ? `${e.command} ` : ''}--help for usage.\n`);
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
  io.err(`career-goals: internal error: ${e instanceof Error ? e.message : String(e)}\nPlease report it${process.env.CAREER_GOALS_DEBUG ? '' : ' (set CAREER_GOALS_DEBUG=1 for details)'}.\n`);
  if (process.env.CAREER_GOALS_DEBUG && e instanceof Error) io.err(`${e.stack ?? ''}\n`);
  return EXIT.internal;
}

/**
 * Runs `career-goals mcp`, the one command that lasts: it serves until standard input
 * closes. Loaded on demand, so the other commands never load the MCP SDK.
 */
export async function runServer(args: string[], io: CliIo): Promise<ExitCode> {
  try {
    const { runMcp } = require('./mcp') as typeof import('./mcp');
    return await runMcp(args, io);
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
        io.err(`${MAIN_HELP}\n`);
        return EXIT.usage;
      }
      io.out(`${MAIN_HELP}\n`);
      return EXIT.ok;
    }
    if (command === '--version' || command === '-v') {
      io.out(`${io.version}\n`);
      return EXIT.ok;
    }
    const handler = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!handler) throw new UsageError(`Unknown command "${clip(command)}": use check, status, export, history, evidence or mcp.`);
    return handler(rest, io);
  } catch (e) {
    return failed(e, io);
  }
}

/** The process entry point. */
function main(): void {
  const io: CliIo = {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    version: VERSION,
  };
  // A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const argv = process.argv.slice(2);
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
