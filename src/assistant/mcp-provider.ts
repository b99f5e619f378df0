/**
 * Offers `career-goals mcp` to VS Code's own MCP support, one server per folder with a
 * goals file, so agent mode (and any MCP-aware feature of VS Code) finds it with no
 * configuration. `vscode.lm.registerMcpServerDefinitionProvider` arrived in VS Code
 * 1.101, after this extension's `engines.vscode`, so it is feature-detected: on an older
 * VS Code, on the web, in a virtual workspace, or where the extension has no
 * `dist/cli.js` (the VSIX does not ship it; a checkout or an `npm link`ed install does),
 * nothing is registered. The Language Model tools serve agent mode either way.
 */
import * as vscode from 'vscode';
import { McpServerIds, SettingDefaults } from '../constants';
import { journalFolderPath } from '../host/config';
import { Disposable } from '../host/disposable';
import type { Logger } from '../host/log';
import type { GoalsStore } from '../host/types';
import { localPath, nodeExecutable } from './local-node';

/** The part of VS Code 1.101's MCP API used here, as it is looked up at run time. */
interface McpApi {
  registerMcpServerDefinitionProvider(id: string, provider: { onDidChangeMcpServerDefinitions: vscode.Event<void>; provideMcpServerDefinitions(): unknown[] }): vscode.Disposable;
}
type StdioDefinition = new (label: string, command: string, args: string[], env: Record<string, string>) => unknown;

function mcpApi(): { api: McpApi; Definition: StdioDefinition } | undefined {
  const lm = vscode.lm as unknown as Partial<McpApi>;
  const Definition = (vscode as unknown as { McpStdioServerDefinition?: StdioDefinition }).McpStdioServerDefinition;
  return typeof lm.registerMcpServerDefinitionProvider === 'function' && typeof Definition === 'function' ? { api: lm as McpApi, Definition } : undefined;
}

/** Registers the server definitions where the host supports them; see the module comment. */
export class McpServerProvider extends Disposable {
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  /** The goals files the definitions were last given for: a new list tells VS Code to ask again. */
  private listed = '';

  constructor(
    private readonly store: GoalsStore,
    extensionUri: vscode.Uri,
    log: Logger,
  ) {
    super();
    const found = mcpApi();
    const node = nodeExecutable();
    if (!found || !node) return;
    const cli = vscode.Uri.joinPath(extensionUri, 'dist', 'cli.js');
    void vscode.workspace.fs.stat(cli).then(
      () => {
        if (this.isDisposed) return;
        try {
          this._register(
            found.api.registerMcpServerDefinitionProvider(McpServerIds.plan, {
              onDidChangeMcpServerDefinitions: this.changed.event,
              provideMcpServerDefinitions: () => this.definitions(found.Definition, node, cli),
            }),
          );
        } catch (e) {
          // VS Code 1.100 has the function under an earlier contribution point's rules and refuses ours.
          log.info(`MCP server not offered: this VS Code refused the provider (${e instanceof Error ? e.message : String(e)}).`);
          return;
        }
        this._register(
          store.onDidChange(() => {
            if (this.key() !== this.listed) this.changed.fire();
          }),
        );
        log.info('MCP server offered to VS Code (career-goals mcp).');
      },
      () => log.info('MCP server not offered: this install has no dist/cli.js.'),
    );
  }

  private key(): string {
    return this.store.states.map((s) => s.uri.toString()).join('\n');
  }

  private definitions(Definition: StdioDefinition, node: string, cli: vscode.Uri): unknown[] {
    this.listed = this.key();
    const cliPath = localPath(cli);
    if (!cliPath) return [];
    const several = this.store.states.length > 1;
    return this.store.states.flatMap((s) => {
      const plan = localPath(s.uri);
      if (!plan) return [];
      const args = [cliPath, 'mcp', '--file', plan];
      // The command line's default journal is the setting's default; another one is passed (and must exist).
      const journalSetting = journalFolderPath(s.folder);
      const journal = journalSetting === SettingDefaults.journalFolder ? undefined : localPath(vscode.Uri.joinPath(s.folder.uri, journalSetting));
      if (journal) args.push('--journal', journal);
      // ELECTRON_RUN_AS_NODE: VS Code's own executable runs the script as plain Node.
      return [new Definition(several ? `Career Goals (${s.folder.name})` : 'Career Goals', node, args, { ELECTRON_RUN_AS_NODE: '1' })];
    });
  }
}
