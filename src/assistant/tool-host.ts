/**
 * What the Language Model tools need of VS Code besides the store: whether the workspace
 * is trusted (and when it becomes so), registering a tool, asking for a folder and
 * confirming a write. One object, so the integration tests can run the real tools on the
 * real store with an untrusted workspace or a person who says no, which a test run of
 * VS Code itself cannot be made to be.
 */
import * as vscode from 'vscode';
import { pickState } from '../host/targets';
import type { FolderState, GoalsStore } from '../host/types';

/** What every tool may be given besides its own input: the workspace folder, by name. */
export interface FolderInput {
  folder?: unknown;
}

/** The parts of VS Code the tools use. */
export interface ToolHost {
  /** Whether the workspace is trusted now: only then may a tool write. */
  readonly isTrusted: boolean;
  /** Fires when the person trusts the workspace. */
  readonly onDidGrantTrust: vscode.Event<void>;
  /** Makes a tool known to VS Code (vscode.lm.registerTool). */
  registerTool(name: string, tool: vscode.LanguageModelTool<FolderInput>): vscode.Disposable;
  /** Asks which folder's plan, as the commands do; undefined when the person does not pick. */
  pickFolder(store: GoalsStore): Promise<FolderState | undefined>;
  /** Asks the person to confirm a write that VS Code's confirmation could not show; true to write. */
  confirm(question: string, detail: string): Promise<boolean>;
}

/** VS Code itself: the workspace's trust, vscode.lm, the commands' folder pick and a modal dialog. */
export function vscodeToolHost(): ToolHost {
  return {
    get isTrusted() {
      return vscode.workspace.isTrusted;
    },
    onDidGrantTrust: vscode.workspace.onDidGrantWorkspaceTrust,
    registerTool: (name, tool) => vscode.lm.registerTool(name, tool),
    pickFolder: (store) => pickState(store),
    confirm: async (question, detail) => {
      const write = vscode.l10n.t('Write');
      return (await vscode.window.showWarningMessage(question, { modal: true, detail }, write)) === write;
    },
  };
}
