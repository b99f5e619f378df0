/**
 * A writing Language Model tool (log a win, update a metric, complete a task): its
 * confirmation shows the lines of goals.yaml that change; its invocation writes them
 * through the store's minimal-edit writer, as one WorkspaceEdit, so Undo reverts it.
 * Input that fails its check throws a message saying why, and nothing is written.
 */
import * as vscode from 'vscode';
import { changePreview } from '../core/assistant/change-preview';
import type { CheckedWrite } from '../core/assistant/tool-input';
import { applyEdits, applyOp } from '../core/edits';
import type { GoalsModel } from '../core/model';
import type { Logger } from '../host/log';
import { refusalWhileBroken } from '../host/outcome';
import type { FolderState, GoalsStore } from '../host/types';
import { stateFor } from './tool-folder';
import type { FolderInput, ToolHost } from './tool-host';

/** The check of a writing tool's input against a plan model. */
type WriteCheck = (model: GoalsModel, input: unknown) => CheckedWrite;

/** The lines of goals.yaml that a checked write changes, as diff lines (empty when the edit cannot apply). */
function previewOf(state: FolderState, checked: Extract<CheckedWrite, { ok: true }>): string[] {
  const r = applyOp(state.text, checked.op);
  return r.ok ? changePreview(state.text, applyEdits(state.text, r.edits)) : [];
}

/** What a writing tool is: its name in the log, its title in the confirmation (in the display language), and its input check. */
export interface WritingToolSpec {
  name: string;
  title: string;
  check: WriteCheck;
}

/**
 * A writing tool. When the folder is not known until the person picks it (several
 * folders, no `folder`, no editor to go by), VS Code's confirmation cannot show the
 * change, so the invocation asks instead, once the folder is picked, with the same
 * lines; a no there writes nothing.
 */
export function writingTool(store: GoalsStore, log: Logger, host: ToolHost, spec: WritingToolSpec): vscode.LanguageModelTool<FolderInput> {
  const { name, title, check } = spec;
  return {
    async prepareInvocation(options) {
      const state = await stateFor(store, host, options.input, false).catch(() => undefined);
      // Input that fails its check needs no confirmation: invoke throws and says why, writing nothing.
      const checked = state && check(state.analysis.parse.model, options.input);
      if (!state || !checked?.ok) return { invocationMessage: title };
      const preview = previewOf(state, checked);
      // The person reads the confirmation: its words are the display language's (the summary is the core's).
      const message = new vscode.MarkdownString(`${checked.summary}\n\n${vscode.l10n.t('In {0}:', vscode.workspace.asRelativePath(state.uri, store.states.length > 1))}`);
      if (preview.length) message.appendCodeblock(preview.join('\n'), 'diff');
      return { invocationMessage: title, confirmationMessages: { title: vscode.l10n.t('{0} in goals.yaml?', title), message } };
    },
    async invoke(options) {
      const known = await stateFor(store, host, options.input, false);
      const state = known ?? (await stateFor(store, host, options.input, true));
      if (!state) throw new Error('No folder with a goals file.');
      const broken = refusalWhileBroken(state);
      if (broken?.error) throw new Error(broken.error);
      const checked = check(state.analysis.parse.model, options.input);
      if (!checked.ok) throw new Error(checked.error);
      if (!known) {
        const where = vscode.workspace.asRelativePath(state.uri, true);
        if (!(await host.confirm(vscode.l10n.t('{0} in {1}?', title, where), [checked.summary, '', ...previewOf(state, checked)].join('\n')))) throw new Error('The person declined the change; nothing was written.');
      }
      const outcome = await store.write(state.uri, [checked.op]);
      const reason = outcome.error ?? outcome.failed.map((f) => f.reason).join(' ');
      if (reason) throw new Error(`${checked.summary.replace(/\.$/, '')}: not done. ${reason}`);
      log.info(`${name}: ${checked.summary}`);
      return new vscode.LanguageModelToolResult([
        new vscode.LanguageModelTextPart(outcome.written ? `Done: ${checked.summary} The person can undo it in the editor.` : `${checked.summary} goals.yaml already says so; nothing was written.`),
      ]);
    },
  };
}
