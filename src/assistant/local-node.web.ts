/**
 * The web build's local-node.ts (esbuild.js swaps it in): the web worker extension host
 * of vscode.dev and github.dev starts no local process, so there is no MCP server to offer.
 */
import type * as vscode from 'vscode';

/** No Node here. */
export function nodeExecutable(): string | undefined {
  return undefined;
}

/** No local paths here. */
export function localPath(_uri: vscode.Uri): string | undefined {
  return undefined;
}
