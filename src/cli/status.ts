/**
 * `career-goals status [FILE]`: the status bar's line and each active goal with its
 * progress, pace and buffer; `--json` gives the extension API's snapshot.
 */
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { pathToFileURL } from 'node:url';
import { describeInsight } from '../core/analyze';
import { snapshotOfAnalysis } from '../core/snapshot';
import { statusLine } from '../core/words/status-line';
import { EXIT, UsageError, type ExitCode } from './errors';
import { invalidUtf8Line, loadPlan } from './files';
import type { CliIo } from './io';
import { helpOption, helpParagraph, usageLine } from './help';
import { commonHelp, commonOptions, parseCommand } from './options';
import { planErrorsLine } from './plan-errors';

function statusHelp(): string {
  return [
    usageLine('career-goals status [FILE] [options]'),
    '',
    helpParagraph(l10n.t('Prints overall progress, the number of active goals and the due review, as the status bar does, then each active goal with its progress, pace and buffer.')),
    '',
    l10n.t('Options:'),
    helpOption('--json', l10n.t('the same JSON snapshot as the extension API (getSnapshot)')),
    ...commonHelp(),
  ].join('\n');
}

/** Runs `status` with the arguments after the command name. */
export function runStatus(args: string[], io: CliIo): ExitCode {
  const { values, positionals } = parseCommand('status', args, { json: { type: 'boolean' } });
  if (values.help) {
    io.out(`${statusHelp()}\n`);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError(l10n.t('{0} takes one plan file, not {1}.', 'status', positionals.length), 'status');
  const opts = commonOptions(values, 'status', positionals[0]);
  const { analysis, invalid } = loadPlan(opts, (l) => io.err(`${l}\n`));
  if (invalid) io.err(`career-goals: ${invalidUtf8Line(opts.file, invalid)}\n`);
  if (values.json) {
    const abs = path.resolve(opts.file);
    io.out(`${JSON.stringify(snapshotOfAnalysis(analysis, pathToFileURL(abs).href, path.basename(path.dirname(abs))), null, 2)}\n`);
    return EXIT.ok;
  }
  const paused = analysis.cadence.paused;
  const lines = [statusLine({ progress: analysis.overall, active: analysis.activeCount, review: analysis.cadence.suggested, ...(paused ? { pausedUntil: paused.until } : {}) })];
  if (paused?.note) lines.push(`  ${l10n.t('Paused: {0}', paused.note.replace(/\s+/g, ' '))}`);
  for (const i of analysis.insights) if (i.goal.status === 'active') lines.push(`  ${i.goal.title.replace(/\s+/g, ' ')}: ${describeInsight(i)}`);
  io.out(`${lines.join('\n')}\n`);
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors) io.err(`career-goals: ${planErrorsLine(opts.file, errors, io.language)}\n`);
  return EXIT.ok;
}
