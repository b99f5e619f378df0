/**
 * The Language Model tools (package.json `languageModelTools`): what an assistant in VS
 * Code's agent mode reads of the plan and the three small writes it may propose. Thin:
 * the text and the input checks are the core's (core/assistant), shared with
 * `career-goals mcp`; a write goes through the store's minimal-edit writer as one
 * WorkspaceEdit, so Undo reverts it, after the person confirms exactly what changes
 * (lm-writing-tool.ts).
 *
 * A tool that cannot do what it was asked throws an Error whose message says why; VS
 * Code hands that message to the model. Nothing is written then.
 */
import * as vscode from 'vscode';
import { TOOLS, toolsForTrust } from '../core/assistant';
import { evidenceText } from '../core/assistant/evidence-text';
import { historyText } from '../core/assistant/history-text';
import { planText } from '../core/assistant/plan-text';
import { checkCompleteTask, checkEvidenceRange, checkLogWin, checkRange, checkUpdateMetric } from '../core/assistant/tool-input';
import type { Evidence } from '../core/evidence';
import type { History } from '../core/history';
import type { IsoDate } from '../core/model';
import { todayIso } from '../core/time/dates';
import { Disposable } from '../host/disposable';
import type { Logger } from '../host/log';
import type { FolderState, GoalsStore } from '../host/types';
import { writingTool } from './lm-writing-tool';
import { stateFor } from './tool-folder';
import { vscodeToolHost, type FolderInput, type ToolHost } from './tool-host';

/** Said when no repository was read: where VS Code's evidence comes from, and where there is none. */
const NO_REPOSITORIES =
  "No git repository was read, so there is no evidence to show. In VS Code, commits come from the repositories VS Code's Git extension has open and the folders in the careerGoals.evidence.repositories setting; there are none on vscode.dev and github.dev, nor in an untrusted workspace.";

/** What the extension reads for the reading tools: a plan's history, and its evidence of a period. */
export interface AssistantSources {
  history(state: FolderState): Promise<History>;
  evidence(state: FolderState, period: { since: IsoDate; until: IsoDate }): Promise<Evidence>;
}

function result(text: string): vscode.LanguageModelToolResult {
  return new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(text)]);
}

/** Every tool, by its VS Code name; which of them are registered depends on trust. */
function allTools(store: GoalsStore, log: Logger, sources: AssistantSources, host: ToolHost): ReadonlyMap<string, vscode.LanguageModelTool<FolderInput>> {
  const stateOf = async (input: FolderInput): Promise<FolderState> => {
    const state = await stateFor(store, host, input, true);
    if (!state) throw new Error('No folder with a goals file.');
    return state;
  };
  return new Map<string, vscode.LanguageModelTool<FolderInput>>([
    [
      TOOLS.getPlan.lm,
      {
        invoke: async (options) => {
          const state = await stateOf(options.input);
          return result(planText(state.analysis, new Date(), store.states.length > 1 ? state.folder.name : undefined));
        },
      },
    ],
    [
      TOOLS.getHistory.lm,
      {
        invoke: async (options) => {
          const range = checkRange(options.input);
          if (!range.ok) throw new Error(range.error);
          return result(historyText(await sources.history(await stateOf(options.input)), range));
        },
      },
    ],
    [
      TOOLS.getEvidence.lm,
      {
        invoke: async (options) => {
          const period = checkEvidenceRange(options.input, todayIso(new Date()));
          if (!period.ok) throw new Error(period.error);
          return result(evidenceText(await sources.evidence(await stateOf(options.input), period), NO_REPOSITORIES));
        },
      },
    ],
    [TOOLS.logWin.lm, writingTool(store, log, host, { name: TOOLS.logWin.lm, title: vscode.l10n.t('Log a win'), check: (model, input) => checkLogWin(model, input, todayIso(new Date())) })],
    [TOOLS.updateMetric.lm, writingTool(store, log, host, { name: TOOLS.updateMetric.lm, title: vscode.l10n.t('Update a metric'), check: checkUpdateMetric })],
    [TOOLS.completeTask.lm, writingTool(store, log, host, { name: TOOLS.completeTask.lm, title: vscode.l10n.t('Complete a task'), check: checkCompleteTask })],
  ]);
}

/**
 * Registers the tools for as long as it lives: the reading ones always, the writing
 * ones only in a trusted workspace (and as soon as the person trusts it).
 */
export class AssistantTools extends Disposable {
  /** The tools registered, by name. */
  private readonly registered = new Map<string, vscode.LanguageModelTool<FolderInput>>();
  private readonly tools: ReadonlyMap<string, vscode.LanguageModelTool<FolderInput>>;

  constructor(
    store: GoalsStore,
    log: Logger,
    sources: AssistantSources,
    private readonly host: ToolHost = vscodeToolHost(),
  ) {
    super();
    this.tools = allTools(store, log, sources, host);
    this.registerAllowed(host.isTrusted);
    // Trust, once granted, is not taken back in this window (VS Code reloads it then).
    if (!host.isTrusted) this._register(host.onDidGrantTrust(() => this.registerAllowed(true)));
  }

  /** The names of the tools registered now (tests). */
  get names(): string[] {
    return [...this.registered.keys()];
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

  /**
   * Runs the registered tool `name` as VS Code would once the person confirmed it (tests
   * that give this object a host of their own, whose tools VS Code does not know).
   */
  async invoke(name: string, input: object): Promise<vscode.LanguageModelToolResult> {
    const tool = this.registered.get(name);
    if (!tool) throw new Error(`No tool ${name} is registered.`);
    return (await tool.invoke({ input, toolInvocationToken: undefined }, new vscode.CancellationTokenSource().token)) ?? result('');
  }

  /** Registers every tool the workspace's trust allows that is not registered yet. */
  private registerAllowed(trusted: boolean): void {
    for (const spec of toolsForTrust(trusted)) {
      const tool = this.tools.get(spec.lm);
      if (!tool || this.registered.has(spec.lm)) continue;
      this.registered.set(spec.lm, tool);
      this._register(this.host.registerTool(spec.lm, tool));
      this._register({ dispose: () => this.registered.delete(spec.lm) });
    }
  }
}
