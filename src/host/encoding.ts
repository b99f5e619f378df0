/**
 * Whether a goals file on disk is UTF-8, for the Problems panel and the writer: a file
 * whose bytes are not UTF-8 is shown as an `invalid-encoding` error at its first bad
 * byte, and never written, so no byte silently becomes U+FFFD.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import { firstInvalidUtf8, invalidUtf8Message, type InvalidUtf8 } from '../core/text/utf8';
import { severityOf } from '../core/validate-codes';

/** The first byte of the file at `uri` that is not UTF-8; undefined when it is all UTF-8 or cannot be read. */
export async function invalidUtf8On(uri: vscode.Uri): Promise<InvalidUtf8 | undefined> {
  try {
    return firstInvalidUtf8(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** The character offset in `text` of a 1-based line and UTF-16 column. */
function offsetOf(text: string, line: number, column: number): number {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return text.length;
    start = nl + 1;
  }
  return Math.min(text.length, start + column - 1);
}

/**
 * The analysis with an `invalid-encoding` error first when the file on disk is not UTF-8
 * and `text` was decoded as UTF-8 (the bad bytes are U+FFFD in it). A text without
 * U+FFFD costs nothing more: the disk is read only when the text holds one.
 */
export async function withEncodingProblem(uri: vscode.Uri, text: string, analysis: Analysis): Promise<Analysis> {
  if (!text.includes('\uFFFD')) return analysis;
  const bad = await invalidUtf8On(uri);
  if (!bad) return analysis;
  const start = offsetOf(text, bad.line, bad.column);
  const diagnostic = { severity: severityOf('invalid-encoding'), code: 'invalid-encoding', message: invalidUtf8Message(bad), range: { start, end: Math.min(text.length, start + 1) } };
  return { ...analysis, diagnostics: [diagnostic, ...analysis.diagnostics], parse: { ...analysis.parse, diagnostics: [diagnostic, ...analysis.parse.diagnostics] } };
}
