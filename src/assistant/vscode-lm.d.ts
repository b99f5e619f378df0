/**
 * The part of VS Code's Language Model tools API that Career Goals uses, stable since
 * VS Code 1.95 (package.json `engines.vscode` ^1.95.0), declared here because the
 * installed @types/vscode is 1.90's. Each declaration is copied in shape from
 * @types/vscode 1.95, narrowed to what is used; moving @types/vscode to ~1.95.0 makes
 * this file redundant (delete it then: the declarations would merge with the real ones).
 *
 * `lm.registerMcpServerDefinitionProvider` (VS Code 1.101) is not declared: it is
 * feature-detected at run time (src/assistant/mcp-provider.ts).
 */
import 'vscode';

declare module 'vscode' {
  /** A part of a tool result: text. */
  export class LanguageModelTextPart {
    value: string;
    constructor(value: string);
  }

  /** What a tool returns. */
  export class LanguageModelToolResult {
    // @types/vscode 1.95 says (LanguageModelTextPart | LanguageModelPromptTsxPart | unknown)[]: any part.
    content: unknown[];
    constructor(content: unknown[]);
  }

  export interface LanguageModelToolInvocationOptions<T> {
    /** Ties an invocation to a chat request (@types/vscode: ChatParticipantToolToken, which only VS Code makes); undefined outside chat. */
    readonly toolInvocationToken: undefined;
    readonly input: T;
  }

  export interface LanguageModelToolInvocationPrepareOptions<T> {
    readonly input: T;
  }

  export interface LanguageModelToolConfirmationMessages {
    title: string;
    message: string | MarkdownString;
  }

  export interface PreparedToolInvocation {
    invocationMessage?: string;
    confirmationMessages?: LanguageModelToolConfirmationMessages;
  }

  export interface LanguageModelTool<T> {
    invoke(options: LanguageModelToolInvocationOptions<T>, token: CancellationToken): ProviderResult<LanguageModelToolResult>;
    prepareInvocation?(options: LanguageModelToolInvocationPrepareOptions<T>, token: CancellationToken): ProviderResult<PreparedToolInvocation>;
  }

  export interface LanguageModelToolInformation {
    readonly name: string;
    readonly description: string;
    readonly inputSchema: object | undefined;
    readonly tags: readonly string[];
  }

  export namespace lm {
    export const tools: readonly LanguageModelToolInformation[];
    export function registerTool<T>(name: string, tool: LanguageModelTool<T>): Disposable;
    export function invokeTool(name: string, options: LanguageModelToolInvocationOptions<object>, token?: CancellationToken): Thenable<LanguageModelToolResult>;
  }
}
