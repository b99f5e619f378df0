/**
 * Writes GoalOps to a goals file the way a person would: against the current text
 * (the open document's, unsaved edits included), as one WorkspaceEdit of minimal
 * replacements, then saves. Undo in the editor reverts the whole action.
 */
import * as vscode from 'vscode';
import { applyOps, EditMemory } from '../core/edits';
import type { ParseResult } from '../core/model';
import { parseGoals } from '../core/parse';
import type { GoalOp } from '../core/types';
import type { WriteOutcome } from './types';
import { invalidUtf8On } from './encoding';

/** What `Writer.write` did, for the store: the outcome for the caller, plus the text it left and how often it parsed. */
export interface WriteResult {
  outcome: WriteOutcome;
  /** The document's text after the edit, when one was applied (the store adopts it without reading it back). */
  text?: string;
  /** Full parses of the goals file made to compute the edits: the syntax check, unless `known` served, and the edit step's. */
  parses: number;
}

/** A parse of a text the caller already holds (the store's analysis), which saves parsing that same text again. */
export interface KnownParse {
  text: string;
  parse: ParseResult;
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

function refused(ops: readonly GoalOp[], error: string): WriteOutcome {
  return { written: false, applied: [], failed: ops.map((op) => ({ op, reason: error })), error };
}

/**
 * The refusal message for a file whose YAML does not parse, pointing at the first
 * syntax error's line, or undefined when edits are safe.
 */
function syntaxRefusal(doc: vscode.TextDocument, text: string, parsed: ParseResult = parseGoals(text)): string | undefined {
  if (parsed.syntaxOk) return undefined;
  const d = parsed.diagnostics.find((x) => x.code === 'yaml-syntax' || x.code === 'duplicate-key') ?? parsed.diagnostics.find((x) => x.severity === 'error');
  if (!d) return vscode.l10n.t('{0} has a syntax error. Fix it first.', fileName(doc.uri));
  // The core's message ends by saying edits are disabled; this message says it its own way.
  // That ending starts where the core's template goes on after `{0}`, in English or the display language.
  const ending = vscode.l10n.t('{0} Fix the YAML here; until then edits from Career Goals are disabled.', '\u0000').split('\u0000')[1]?.trim().split(';')[0] ?? '';
  const cut = [ending, 'Fix the YAML'].map((e) => (e ? d.message.indexOf(e) : -1)).find((i) => i > 0) ?? d.message.length;
  const what = d.message.slice(0, cut).replace(/\s*\.?\s*$/, '');
  return vscode.l10n.t('{0} has a syntax error at line {1}: {2}. Fix it first.', fileName(doc.uri), doc.positionAt(d.range.start).line + 1, what);
}

/**
 * The refusal for a file whose bytes are not UTF-8 and that the editor decoded as UTF-8
 * (the bytes became U+FFFD in its text): saving would write U+FFFD over them, losing
 * what the person wrote without a word. Undefined when the text has no U+FFFD (the
 * common case, with no read of the disk) or the file on disk is UTF-8.
 */
async function encodingRefusal(doc: vscode.TextDocument, text: string): Promise<string | undefined> {
  if (!text.includes('\uFFFD')) return undefined;
  const bad = await invalidUtf8On(doc.uri);
  return bad
    ? vscode.l10n.t(
        '{0} is not valid UTF-8 (line {1}, column {2}), so saving it would replace those bytes; nothing was changed. Save it as UTF-8 first (Reopen with Encoding, then Save with Encoding, UTF-8).',
        fileName(doc.uri),
        bad.line,
        bad.column,
      )
    : undefined;
}

/**
 * How long VS Code may take to notice a file written outside it. Until it has, its
 * model keeps the old modification time even when the text is the same, and saving
 * over the file fails as "modified since".
 */
const SETTLE_MS = 1000;

/**
 * Writes ops to goals files, remembering between writes what makes the next one
 * cheaper and safer: the modification time of each file as it last saved it (a newer
 * one means someone else wrote the file just now), and the edit step's memory of
 * recent texts. The store creates one.
 */
export class Writer {
  /** Modification time of each goals file as this writer last saved it. */
  private readonly ownSaves = new Map<string, number>();
  /** Verdicts and full reads of recent texts: the text a write leaves is the next write's start. */
  private readonly edits = new EditMemory();

  /**
   * Applies `ops` to the goals file at `uri`. Never throws: problems come back in the
   * outcome (`error` for a refused write, `failed` for ops that no longer fit the text).
   *
   * Parses once: the edit step parses the text whole (its later ops and checks read only
   * the lines they touch, see core/edits). The syntax check before it uses `known`, the
   * store's parse, when that is of this very text; otherwise it parses too.
   */
  async write(uri: vscode.Uri, ops: readonly GoalOp[], known?: KnownParse): Promise<WriteResult> {
    let doc: vscode.TextDocument;
    try {
      // Returns the open document when there is one, so unsaved edits are the base.
      doc = await vscode.workspace.openTextDocument(uri);
    } catch (e) {
      return { outcome: refused(ops, vscode.l10n.t("Couldn't open {0}: {1}", fileName(uri), e instanceof Error ? e.message : String(e))), parses: 0 };
    }
    if (!doc.isDirty) {
      if (!(await inSyncWithDisk(doc))) {
        return { outcome: refused(ops, vscode.l10n.t('{0} changed on disk and the editor has not caught up yet; nothing was changed. Try again.', fileName(uri))), parses: 0 };
      }
      await this.settleOutsideWrite(uri);
    }
    const text = doc.getText();
    let parses = 0;
    const parsed = known?.text === text ? known.parse : (parses++, parseGoals(text));
    const syntax = syntaxRefusal(doc, text, parsed);
    if (syntax) return { outcome: refused(ops, syntax), parses };
    const encoding = await encodingRefusal(doc, text);
    if (encoding) return { outcome: refused(ops, encoding), parses };
    // The parser has just found this exact text clean (its syntaxOk is the edit module's
    // own rule, duplicate keys included), so the edit step need not parse it whole again:
    // on a multi-megabyte plan that parse is most of an edit's cost.
    this.edits.markClean(text);

    const result = applyOps(text, ops, this.edits);
    parses++;
    // Nothing to change: every op failed, or the file already says what the ops ask.
    if (result.edits.length === 0) return { outcome: { written: false, applied: result.applied, failed: result.failed }, parses };
    const edit = new vscode.WorkspaceEdit();
    for (const e of result.edits) {
      edit.replace(uri, new vscode.Range(doc.positionAt(e.offset), doc.positionAt(e.offset + e.length)), e.text);
    }
    if (!(await vscode.workspace.applyEdit(edit))) {
      return { outcome: refused(ops, vscode.l10n.t('VS Code refused the edit to {0}; nothing was changed.', fileName(uri))), parses };
    }
    const saved = await doc.save();
    if (saved) await this.rememberOwnSave(uri);
    // Show the unsaved edit so the person sees it, and VS Code's own save conflict with it.
    else void vscode.window.showTextDocument(doc, { preview: false, preserveFocus: true });
    return {
      outcome: {
        written: true,
        applied: result.applied,
        failed: result.failed,
        error: saved ? undefined : vscode.l10n.t('{0} was changed but could not be saved; your edit is in the open editor.', fileName(uri)),
      },
      text: doc.getText(),
      parses,
    };
  }

  private async rememberOwnSave(uri: vscode.Uri): Promise<void> {
    try {
      this.ownSaves.set(uri.toString(), (await vscode.workspace.fs.stat(uri)).mtime);
    } catch {
      this.ownSaves.delete(uri.toString());
    }
  }

  /** Waits out the rest of SETTLE_MS when someone else wrote the file just now. */
  private async settleOutsideWrite(uri: vscode.Uri): Promise<void> {
    let mtime: number;
    try {
      mtime = (await vscode.workspace.fs.stat(uri)).mtime;
    } catch {
      return;
    }
    if (this.ownSaves.get(uri.toString()) === mtime) return;
    const wait = Math.min(SETTLE_MS, mtime + SETTLE_MS - Date.now());
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/** How long a clean document may take to reload a file changed outside VS Code. */
const RELOAD_WAIT_MS = 3000;

/**
 * True when a clean document shows what is on disk, waiting briefly for VS Code to
 * reload it after an outside change: editing the stale text would be editing the past
 * (and the save would then conflict with the newer file).
 */
async function inSyncWithDisk(doc: vscode.TextDocument): Promise<boolean> {
  let disk: string;
  try {
    disk = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(doc.uri));
  } catch {
    return true; // Nothing to compare with (new or virtual file): the document is the truth.
  }
  // Not UTF-8: the editor decoded it with another encoding, so texts cannot be compared.
  if (disk.includes('\uFFFD')) return true;
  // The editor normalises mixed line endings, so compare lines, not bytes.
  const norm = (t: string) => t.replace(/\r\n?/g, '\n');
  const target = norm(disk);
  const same = () => norm(doc.getText()) === target;
  if (same()) return true;
  return new Promise<boolean>((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      sub.dispose();
      resolve(ok);
    };
    const sub = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === doc && (same() || doc.isDirty)) done(same());
    });
    const timer = setTimeout(() => done(same()), RELOAD_WAIT_MS);
  });
}

/** One line per failed op, for a notification. */
export function describeFailures(outcome: WriteOutcome): string | undefined {
  if (outcome.error && !outcome.written) return outcome.error;
  const reasons = [...new Set(outcome.failed.map((f) => f.reason))];
  const parts = [outcome.error, ...(reasons.length ? [`${reasons.length === 1 ? 'One change' : 'Some changes'} could not be applied: ${reasons.join('; ')}`] : [])];
  const text = parts.filter(Boolean).join(' ');
  return text || undefined;
}
