/**
 * How VS Code can start `career-goals mcp` on this machine: the Node that runs this
 * extension host, and local paths. Desktop and remote hosts only; the web build takes
 * local-node.web.ts instead (esbuild.js), where there is no local process to start.
 */
import { execPath } from 'node:process';
import type * as vscode from 'vscode';

/** The executable of this extension host; with ELECTRON_RUN_AS_NODE=1 VS Code's own Electron runs as plain Node. */
export function nodeExecutable(): string | undefined {
  return execPath;
}

/** The local path of a `file:` URI, or undefined for another scheme (a virtual workspace). */
export function localPath(uri: vscode.Uri): string | undefined {
  // A process started on this machine needs a path of this machine: the one place fsPath is right.
  // eslint-disable-next-line no-restricted-properties
  return uri.scheme === 'file' ? uri.fsPath : undefined;
}
