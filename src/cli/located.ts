/**
 * Diagnostics with the 1-based lines and columns people and CI tools read, mapped from
 * the core's character offsets the way the Problems panel maps them (LineIndex:
 * UTF-16 columns, a CRLF's `\r` outside the line).
 */
import { LineIndex } from '../core/text/line-index';
import type { Diagnostic, Severity } from '../core/model';

/** One problem at a place in one file. */
export interface Located {
  file: string;
  severity: Severity;
  code: string;
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units as VS Code counts. */
  column: number;
  endLine: number;
  endColumn: number;
  goalId?: string;
}

/** The diagnostics of `text` (as analysed) in file `file`, in the core's order. */
export function locate(file: string, text: string, diagnostics: readonly Diagnostic[]): Located[] {
  const lines = new LineIndex(text);
  return diagnostics.map((d) => {
    const { start: a, end: b } = lines.rangeAt(d.range);
    return {
      file,
      severity: d.severity,
      code: d.code,
      message: d.message,
      line: a.line + 1,
      column: a.character + 1,
      endLine: b.line + 1,
      endColumn: b.character + 1,
      ...(d.goalId !== undefined && { goalId: d.goalId }),
    };
  });
}

/** Whether a problem fails `check`: errors always, warnings with --strict, information and hints never. */
export function fails(severity: Severity, strict: boolean): boolean {
  return severity === 'error' || (strict && severity === 'warning');
}
