/**
 * Publishes the analysis diagnostics (parse problems and pitfalls) of every goals
 * file to the Problems panel, with exact ranges and the core's stable codes. Follows
 * the store, which re-analyses on (debounced) typing, so Problems update as you type.
 */
import * as vscode from 'vscode';
import type { Diagnostic, Severity } from '../core/model';
import type { FolderState, GoalsStore } from '../host/types';
import { LineIndex } from '../core/text/line-index';

/** `source` of every diagnostic the extension publishes. */
export const DIAGNOSTIC_SOURCE = 'Career Goals';
/** Name of the diagnostic collection. */
const COLLECTION_NAME = 'careerGoals';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** The vscode Range of a core range in the text the state was analysed from. */
function toRange(lines: LineIndex, range: { start: number; end: number }): vscode.Range {
  const { start: a, end: b } = lines.rangeAt(range);
  return new vscode.Range(a.line, a.character, b.line, b.character);
}

/** One core diagnostic as VS Code shows it. */
function toVsDiagnostic(lines: LineIndex, d: Diagnostic): vscode.Diagnostic {
  const out = new vscode.Diagnostic(toRange(lines, d.range), d.message, SEVERITY[d.severity] ?? vscode.DiagnosticSeverity.Error);
  out.code = d.code;
  out.source = DIAGNOSTIC_SOURCE;
  return out;
}

/**
 * The core diagnostics of a state with their vscode ranges, cached per analysis so
 * diagnostics, quick fixes and lenses convert offsets once per change.
 */
const converted = new WeakMap<object, { lines: LineIndex; items: { core: Diagnostic; vs: vscode.Diagnostic }[] }>();
export function diagnosticsOf(state: FolderState): { lines: LineIndex; items: { core: Diagnostic; vs: vscode.Diagnostic }[] } {
  let entry = converted.get(state.analysis);
  if (!entry) {
    const lines = new LineIndex(state.text);
    entry = { lines, items: state.analysis.diagnostics.map((core) => ({ core, vs: toVsDiagnostic(lines, core) })) };
    converted.set(state.analysis, entry);
  }
  return entry;
}

/** Keeps the `careerGoals` collection equal to the store's diagnostics. */
export function registerDiagnostics(context: vscode.ExtensionContext, store: GoalsStore): void {
  const collection = vscode.languages.createDiagnosticCollection(COLLECTION_NAME);
  // What each file last published: re-publishing identical problems (a save, another
  // folder's change) would close a quick-fix menu the person has open.
  let published = new Map<string, string>();
  const update = (): void => {
    const now = new Map<string, string>();
    for (const state of store.states) {
      const key = state.uri.toString();
      const items = diagnosticsOf(state).items;
      const signature = JSON.stringify(items.map(({ core }) => [core.code, core.severity, core.range.start, core.range.end, core.message]));
      if (published.get(key) !== signature) collection.set(state.uri, items.map((i) => i.vs));
      now.set(key, signature);
    }
    // A file that disappeared (deleted, renamed, folder removed) takes its problems with it.
    for (const key of published.keys()) if (!now.has(key)) collection.delete(vscode.Uri.parse(key));
    published = now;
  };
  context.subscriptions.push(collection, store.onDidChange(update));
  void store.ready().then(update, () => undefined);
  update();
}
