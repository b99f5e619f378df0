/**
 * The Language Model tools (package.json `languageModelTools`): what an assistant in VS
 * Code's agent mode reads of the plan and the three small writes it may propose. Thin:
 * the text and the input checks are the core's (core/assistant), shared with
 * `career-goals mcp`; a write goes through the store's minimal-edit writer as one
 * WorkspaceEdit, so Undo reverts it, after the person confirms exactly what changes.
 *
 * A tool that cannot do what it was asked throws an Error whose message says why; VS
 * Code hands that message to the model. Nothing is written then.
 */
import * as vscode from 'vscode';
import { TOOLS } from '../core/assistant';
import { changePreview } from '../core/assistant/change-preview';
import { historyText } from '../core/assistant/history-text';
import { planText } from '../core/assistant/plan-text';
import { checkCompleteTask, checkLogWin, checkRange, checkUpdateMetric, type CheckedWrite } from '../core/assistant/tool-input';
import { applyEdits, applyOp } from '../core/edits';
import type { History } from '../core/history';
import type { GoalsModel } from '../core/model';
import { clip } from '../core/text/clip';
import { todayIso } from '../core/time/dates';
import { Disposable } from '../host/disposable';
import type { Logger } from '../host/log';
import { refusalWhileBroken } from '../host/outcome';
import { pickState } from '../host/targets';
import type { FolderState, GoalsStore } from '../host/types';

/** What every tool may be given besides its own input: the workspace folder, by name. */
interface FolderInput {
  folder?: unknown;
}

/** The folder the input names, or why there is none. Undefined `folder`: one the commands would use, asking only if `ask`. */
async function stateFor(store: GoalsStore, input: FolderInput, ask: boolean): Promise<FolderState | undefined> {
  await store.ready();
  const states = store.states;
  const named = input.folder;
  if (named !== undefined && named !== null && named !== '') {
    const found = typeof named === 'string' ? (states.find((s) => s.folder.name === named) ?? states.find((s) => s.folder.name.toLowerCase() === named.toLowerCase())) : undefined;
    if (!found) {
      const known = states.map((s) => s.folder.name).join(', ');
      throw new Error(`There is no workspace folder ${typeof named === 'string' ? `"${clip(named)}"` : 'of that name'} with a goals file.${known ? ` Folders with one: ${known}.` : ''}`);
    }
    return found;
  }
  if (states.length === 0) throw new Error('No workspace folder has a goals file (goals.yaml) yet. The person can create one with "Career Goals: Create goals.yaml".');
  const active = vscode.window.activeTextEditor?.document.uri;
  const fromEditor = active && store.find(active);
  if (fromEditor || states.length === 1) return fromEditor || states[0];
  if (!ask) return undefined;
  const picked = await pickState(store);
  if (!picked) throw new Error(`No folder was picked, so nothing was done. Give folder: one of ${states.map((s) => s.folder.name).join(', ')}.`);
  return picked;
}

function result(text: string): vscode.LanguageModelToolResult {
  return new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(text)]);
}

/** The check of a writing tool's input against a plan model. */
type WriteCheck = (model: GoalsModel, input: unknown) => CheckedWrite;

/** The lines of goals.yaml that a checked write changes, as diff lines (empty when the edit cannot apply). */
function previewOf(state: FolderState, checked: Extract<CheckedWrite, { ok: true }>): string[] {
  const r = applyOp(state.text, checked.op);
  return r.ok ? changePreview(state.text, applyEdits(state.text, r.edits)) : [];
}

/**
 * A writing tool: its confirmation shows the lines that change; its invocation writes
 * them through the store. When the folder is not known until the person picks it (several
 * folders, no `folder`, no editor to go by), VS Code's confirmation cannot show the change,
 * so the invocation asks instead, once the folder is picked, with the same lines.
 */
function writingTool(store: GoalsStore, log: Logger, name: string, title: string, check: WriteCheck): vscode.LanguageModelTool<FolderInput> {
  return {
    async prepareInvocation(options) {
      const state = await stateFor(store, options.input, false).catch(() => undefined);
      // Input that fails its check needs no confirmation: invoke throws and says why, writing nothing.
      const checked = state && check(state.analysis.parse.model, options.input);
      if (!state || !checked?.ok) return { invocationMessage: title };
      const preview = previewOf(state, checked);
      const message = new vscode.MarkdownString(`${checked.summary}\n\nIn ${vscode.workspace.asRelativePath(state.uri, store.states.length > 1)}:`);
      if (preview.length) message.appendCodeblock(preview.join('\n'), 'diff');
      return { invocationMessage: title, confirmationMessages: { title: `${title} in goals.yaml?`, message } };
    },
    async invoke(options) {
      const known = await stateFor(store, options.input, false);
      const state = known ?? (await stateFor(store, options.input, true));
      if (!state) throw new Error('No folder with a goals file.');
      const broken = refusalWhileBroken(state);
      if (broken?.error) throw new Error(broken.error);
      const checked = check(state.analysis.parse.model, options.input);
      if (!checked.ok) throw new Error(checked.error);
      if (!known) {
        const where = vscode.workspace.asRelativePath(state.uri, true);
        const answer = await vscode.window.showWarningMessage(`${title} in ${where}?`, { modal: true, detail: [checked.summary, '', ...previewOf(state, checked)].join('\n') }, 'Write');
        if (answer !== 'Write') throw new Error('The person declined the change; nothing was written.');
      }
      const outcome = await store.write(state.uri, [checked.op]);
      const reason = outcome.error ?? outcome.failed.map((f) => f.reason).join(' ');
      if (reason) throw new Error(`${checked.summary.replace(/\.$/, '')}: not done. ${reason}`);
      log.info(`${name}: ${checked.summary}`);
      return result(outcome.written ? `Done: ${checked.summary} The person can undo it in the editor.` : `${checked.summary} goals.yaml already says so; nothing was written.`);
    },
  };
}

/**
 * Registers the tools for as long as it lives: the reading ones always, the writing
 * ones only in a trusted workspace (and as soon as the person trusts it).
 */
export class AssistantTools extends Disposable {
  /** The tools registered, by name. */
  private readonly registered = new Map<string, vscode.LanguageModelTool<FolderInput>>();

  constructor(
    private readonly store: GoalsStore,
    private readonly log: Logger,
    history: (state: FolderState) => Promise<History>,
  ) {
    super();
    this.register(TOOLS.getPlan.lm, {
      invoke: async (options) => {
        const state = await stateFor(store, options.input, true);
        if (!state) throw new Error('No folder with a goals file.');
        return result(planText(state.analysis, new Date(), store.states.length > 1 ? state.folder.name : undefined));
      },
    });
    this.register(TOOLS.getHistory.lm, {
      invoke: async (options) => {
        const range = checkRange(options.input);
        if (!range.ok) throw new Error(range.error);
        const state = await stateFor(store, options.input, true);
        if (!state) throw new Error('No folder with a goals file.');
        return result(historyText(await history(state), range));
      },
    });
    if (vscode.workspace.isTrusted) this.registerWriters();
    else this._register(vscode.workspace.onDidGrantWorkspaceTrust(() => this.registerWriters()));
  }

  /**
   * What VS Code shows the person before the tool `name` runs with `input`: its
   * confirmation, for the tests. (Outside a chat, VS Code shows it as a modal dialog,
   * which an extension test run skips as confirmed: see the README.)
   */
  async prepare(name: string, input: object): Promise<vscode.PreparedToolInvocation | undefined> {
    const tool = this.registered.get(name);
    if (!tool) throw new Error(`No tool ${name} is registered.`);
    return (await tool.prepareInvocation?.({ input }, new vscode.CancellationTokenSource().token)) ?? undefined;
  }

  private register(name: string, tool: vscode.LanguageModelTool<FolderInput>): void {
    this.registered.set(name, tool);
    this._register(vscode.lm.registerTool(name, tool));
    this._register({ dispose: () => this.registered.delete(name) });
  }

  private registerWriters(): void {
    const { store, log } = this;
    this.register(TOOLS.logWin.lm, writingTool(store, log, TOOLS.logWin.lm, 'Log a win', (model, input) => checkLogWin(model, input, todayIso(new Date()))));
    this.register(TOOLS.updateMetric.lm, writingTool(store, log, TOOLS.updateMetric.lm, 'Update a metric', checkUpdateMetric));
    this.register(TOOLS.completeTask.lm, writingTool(store, log, TOOLS.completeTask.lm, 'Complete a task', checkCompleteTask));
  }
}
