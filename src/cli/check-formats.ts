/**
 * The output formats of `career-goals check`: text for people, JSON for scripts,
 * GitHub Actions workflow commands (annotations on the pull request), and SARIF 2.1.0
 * for code-scanning tools. Only the text is in the person's language; the JSON and
 * SARIF logs are for programs (the command line runs in English for them).
 */
import * as l10n from '@vscode/l10n';
import { DIAGNOSTIC_CODES } from '../core/validate-codes';
import { displayNumber } from '../core/time/display';
import type { Severity } from '../core/model';
import type { Located } from './located';

/** The formats, as `--format` accepts them. */
export const CHECK_FORMATS = ['text', 'json', 'github', 'sarif'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** One checked file: its problems, or why it could not be read. */
export interface CheckedFile {
  file: string;
  problems: Located[];
  /** Set when the file could not be read; `problems` is then empty. */
  error?: string;
}

/** Counts by severity. */
function countBySeverity(files: readonly CheckedFile[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of files) for (const p of f.problems) counts[p.severity]++;
  return counts;
}

/** `3 problems (1 error, 2 warnings, 0 info, 0 hints)`, the counts written in `language`. */
function summaryOf(n: number, c: Record<Severity, number>, language: string): string {
  const num = (k: number): string => displayNumber(k, language, 0);
  const problems = n === 1 ? l10n.t('1 problem') : l10n.t('{0} problems', num(n));
  const errors = c.error === 1 ? l10n.t('1 error') : l10n.t('{0} errors', num(c.error));
  const warnings = c.warning === 1 ? l10n.t('1 warning') : l10n.t('{0} warnings', num(c.warning));
  const info = c.info === 1 ? l10n.t('1 info') : l10n.t('{0} info', num(c.info));
  const hints = c.hint === 1 ? l10n.t('1 hint') : l10n.t('{0} hints', num(c.hint));
  return `${problems} (${errors}, ${warnings}, ${info}, ${hints})`;
}

/**
 * `goals.yaml:12:5: warning: … [unknown-key]` per problem, then a summary line per file.
 * The place, the severity and the code keep their English form, as compilers' lines do
 * for the tools that match them (`file:line:column: error:`); the summary is in
 * `language`'s words.
 */
export function formatText(files: readonly CheckedFile[], language = 'en'): string {
  const out: string[] = [];
  for (const f of files) {
    if (f.error) continue;
    for (const p of f.problems) out.push(`${p.file}:${p.line}:${p.column}: ${p.severity}: ${oneLine(p.message)} [${p.code}]`);
    const n = f.problems.length;
    out.push(n === 0 ? l10n.t('{0}: no problems', f.file) : `${f.file}: ${summaryOf(n, countBySeverity([f]), language)}`);
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

/** `{ version, files: [{ file, problems | error }], summary }`. */
export function formatJson(files: readonly CheckedFile[], ok: boolean): string {
  return `${JSON.stringify({ version: 1, ok, files, summary: countBySeverity(files) }, null, 2)}\n`;
}

/** Workflow-command data: `%`, CR and LF escaped. */
function ghData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Workflow-command property values: also `:` and `,`. */
function ghProp(s: string): string {
  return ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const GH_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=code::message` per problem. */
export function formatGithub(files: readonly CheckedFile[]): string {
  const out: string[] = [];
  for (const f of files)
    for (const p of f.problems) {
      const props = [`file=${ghProp(p.file)}`, `line=${p.line}`, `col=${p.column}`, `endLine=${p.endLine}`, `endColumn=${p.endColumn}`, `title=${ghProp(`Career Goals ${p.code}`)}`];
      out.push(`::${GH_LEVEL[p.severity]} ${props.join(',')}::${ghData(p.message)}`);
    }
  return out.length ? `${out.join('\n')}\n` : '';
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** A path as a SARIF relative URI reference: forward slashes, each segment percent-encoded. */
function sarifUri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

/**
 * A SARIF 2.1.0 log with one run: every documented code as a rule (with its default
 * level and description), a result per problem with its region, and an artifact per
 * file. A file that could not be read is a tool execution notification.
 */
export function formatSarif(files: readonly CheckedFile[], version: string): string {
  const rules = DIAGNOSTIC_CODES.map((c) => ({
    id: c.code,
    name: c.code.replace(/[^A-Za-z0-9]+(.)?/g, (_m, ch: string | undefined) => (ch ? ch.toUpperCase() : '')),
    shortDescription: { text: c.description },
    defaultConfiguration: { level: SARIF_LEVEL[c.severity] },
  }));
  const index = new Map<string, number>(rules.map((r, i) => [r.id, i]));
  const readable = files.filter((f) => !f.error);
  const results = readable.flatMap((f) =>
    f.problems.map((p) => ({
      ruleId: p.code,
      ...(index.has(p.code) && { ruleIndex: index.get(p.code) }),
      level: SARIF_LEVEL[p.severity],
      message: { text: p.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: sarifUri(p.file), index: readable.indexOf(f) },
            region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
          },
        },
      ],
    })),
  );
  const failed = files.filter((f) => f.error);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'career-goals', version, rules } },
        artifacts: readable.map((f) => ({ location: { uri: sarifUri(f.file) } })),
        invocations: [
          {
            executionSuccessful: failed.length === 0,
            ...(failed.length && { toolExecutionNotifications: failed.map((f) => ({ level: 'error', message: { text: f.error } })) }),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function oneLine(s: string): string {
  return s.replace(/\s*\r?\n\s*/g, ' ');
}
