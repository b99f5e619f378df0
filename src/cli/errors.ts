/**
 * The two ways a command fails on purpose: the command line was wrong, or a file could
 * not be read or written. Both exit 2 with a message and no stack trace; anything else
 * is a bug and says so.
 */
import * as l10n from '@vscode/l10n';

/** The arguments were wrong: a bad flag, a bad value, a missing argument. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose `--help` explains the usage, when there is one. */
    readonly command?: string,
  ) {
    super(message);
  }
}

/** A file or folder could not be read or written. */
export class IoError extends Error {}

/**
 * The plan was read but cannot be reported on: it is not UTF-8, too large, not YAML, or
 * not a plan at all. An export fails with exit 1 (`problems`) rather than write a report
 * of nothing that looks like a real one.
 */
export class UnreadablePlanError extends Error {}

/**
 * Exit codes, as the README ("Exit codes") documents them:
 * - `ok` (0): nothing fails;
 * - `problems` (1): `check` found failing problems, or `export` was given a plan it could not read;
 * - `usage` (2): a usage or file error, with a message on stderr saying what and where;
 * - `internal` (3): an internal error, a bug (`CAREER_GOALS_DEBUG=1` prints the stack).
 */
export const EXIT = { ok: 0, problems: 1, usage: 2, internal: 3 } as const;

/** One of {@link EXIT}'s codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A Node file-system error in words: what went wrong with `what` (a path, or a phrase naming one). */
export function ioMessage(what: string, e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  switch (code) {
    case 'ENOENT':
      return l10n.t('{0}: no such file or folder', what);
    case 'EISDIR':
      return l10n.t('{0}: is a folder, not a file', what);
    case 'ENOTDIR':
      return l10n.t('{0}: a part of the path is a file, not a folder', what);
    case 'EACCES':
    case 'EPERM':
      return l10n.t('{0}: permission denied', what);
    case 'EEXIST':
      return l10n.t('{0}: already exists', what);
    case 'ELOOP':
      return l10n.t('{0}: a symbolic link loop (the link leads back to itself)', what);
    case 'ENAMETOOLONG':
      return l10n.t('{0}: the name is too long', what);
    default:
      return `${what}: ${e instanceof Error ? e.message : String(e)}`;
  }
}
