/**
 * `career-goals check [FILE…]`: the Problems panel's diagnostics for each plan, with
 * the same codes, lines and columns. Exit 0 when nothing fails, 1 when a problem does
 * (errors; warnings too with --strict), 2 when a file could not be read.
 */
import * as l10n from '@vscode/l10n';
import { analyze } from '../core/analyze';
import { CHECK_FORMATS, formatGithub, formatJson, formatSarif, formatText, type CheckFormat, type CheckedFile } from './check-formats';
import { EXIT, IoError, UsageError, type ExitCode } from './errors';
import { readFileText } from './files';
import { fails, locate, type Located } from './located';
import { invalidUtf8Message } from '../core/text/utf8';
import { severityOf } from '../core/validate-codes';
import { clip } from '../core/text/clip';
import { helpOption, helpParagraph, usageLine } from './help';
import { commonHelp, commonOptions, parseCommand } from './options';
import type { CliIo } from './io';

function checkHelp(): string {
  return [
    usageLine('career-goals check [FILE…] [options]'),
    '',
    helpParagraph(l10n.t('Prints the problems of each plan (default ./goals.yaml), as the Problems panel shows them.')),
    '',
    l10n.t('Options:'),
    helpOption('--format FORMAT', l10n.t('text (default), json, github (workflow annotations) or sarif (SARIF 2.1.0)')),
    helpOption('--strict', l10n.t('warnings fail too (information and hints never do)')),
    ...commonHelp(),
    '',
    helpParagraph(l10n.t('Exit codes: 0 no failing problem, 1 problems, 2 usage or file error.')),
  ].join('\n');
}

/** Runs `check` with the arguments after the command name. */
export function runCheck(args: string[], io: CliIo): ExitCode {
  const { values, positionals } = parseCommand('check', args, { format: { type: 'string' }, strict: { type: 'boolean' } });
  if (values.help) {
    io.out(`${checkHelp()}\n`);
    return EXIT.ok;
  }
  const format = values.format ?? 'text';
  if (!(CHECK_FORMATS as readonly string[]).includes(format)) throw new UsageError(l10n.t('{0} must be one of {1}, not "{2}".', '--format', CHECK_FORMATS.join(', '), clip(format)), 'check');
  const files = positionals.length ? positionals : [undefined];
  const strict = values.strict === true;
  const checked: CheckedFile[] = [];
  for (const given of files) {
    const opts = commonOptions(values, 'check', given);
    const file = opts.file.split('\\').join('/');
    try {
      const { text, invalid } = readFileText(opts.file);
      const analysis = analyze(text, opts.today, { maxActiveGoals: opts.maxActiveGoals });
      // Bytes that are not UTF-8 come first: the rest was read with them replaced.
      const encoding: Located[] = invalid
        ? [
            {
              file,
              severity: severityOf('invalid-encoding'),
              code: 'invalid-encoding',
              message: invalidUtf8Message(invalid),
              line: invalid.line,
              column: invalid.column,
              endLine: invalid.line,
              endColumn: invalid.column + 1,
            },
          ]
        : [];
      checked.push({ file, problems: [...encoding, ...locate(file, text, analysis.diagnostics)] });
    } catch (e) {
      if (!(e instanceof IoError)) throw e;
      const error = l10n.t('cannot read {0}', e.message);
      checked.push({ file, problems: [], error });
      io.err(`career-goals check: ${error}\n`);
    }
  }
  const failing = checked.some((f) => f.problems.some((p) => fails(p.severity, strict)));
  const unreadable = checked.some((f) => f.error !== undefined);
  io.out(render(format as CheckFormat, checked, !failing && !unreadable, io.version, io.language));
  return unreadable ? EXIT.usage : failing ? EXIT.problems : EXIT.ok;
}

function render(format: CheckFormat, files: CheckedFile[], ok: boolean, version: string, language: string): string {
  switch (format) {
    case 'json':
      return formatJson(files, ok);
    case 'github':
      return formatGithub(files);
    case 'sarif':
      return formatSarif(files, version);
    case 'text':
      return formatText(files, language);
  }
}
