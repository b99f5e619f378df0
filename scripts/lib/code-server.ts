/**
 * Starts code-server (the cached install) on a free loopback port with a throwaway
 * profile, waits until it answers, and stops it with its whole process group.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import { onCleanup, killGroup, trackProcessGroup, untrackProcessGroup } from './cleanup';
import { ensureCodeServer } from './install';

/** Settings that keep the workbench quiet and predictable for tests and screenshots. */
const QUIET_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'chat.commandCenter.enabled': false,
  'workbench.layoutControl.enabled': false,
  'window.commandCenter': false,
  'editor.minimap.enabled': false,
};

export interface CodeServerOptions {
  /** Holds user-data/, extensions/ and config.yaml; created when missing. */
  profileDir: string;
  /** Merged over QUIET_SETTINGS into User/settings.json. */
  settings?: Record<string, unknown>;
  /** Port to bind; a free one when omitted. */
  port?: number;
  /** Extra environment for the server and so for the extension host. */
  env?: NodeJS.ProcessEnv;
  /** Prints the server's output live instead of only to its log file. */
  verbose?: boolean;
}

/** A running code-server. */
export interface CodeServer {
  port: number;
  /** `http://127.0.0.1:PORT` */
  origin: string;
  extensionsDir: string;
  userDataDir: string;
  /** The server's stdout and stderr. */
  logFile: string;
  /** Resolves when the server process has exited (stopped or crashed). */
  exited: Promise<void>;
  /** URL that opens a folder (or, ending in .code-workspace, a workspace file). */
  urlFor(target: string, payload?: [string, string][]): string;
  /** `vscode-remote://` URI of a path on this machine, as payloads want. */
  remoteUri(absPath: string): string;
  stop(): Promise<void>;
}

/** Asks the OS for a free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function get(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(2000, () => req.destroy());
  });
}

/** An environment where `undefined` means "unset" (spawn would pass the string 'undefined'). */
function withoutUndefined(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Writes User/settings.json so the workbench starts without welcome pages or trust prompts. */
function writeUserSettings(userDataDir: string, settings: Record<string, unknown> = {}): void {
  const dir = path.join(userDataDir, 'User');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'settings.json');
  const existing = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  fs.writeFileSync(file, JSON.stringify({ ...QUIET_SETTINGS, ...existing, ...settings }, null, 2));
}

/**
 * Runs the cached code-server CLI (e.g. --install-extension) to completion; its output is
 * printed only when it fails. Resolves with the exit code.
 */
export function runCodeServerCli(args: string[]): Promise<number> {
  const entry = ensureCodeServer();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) console.error(output);
      resolve(code ?? 1);
    });
  });
}

/** Starts code-server and resolves once it answers on /healthz. */
export async function startCodeServer(opts: CodeServerOptions): Promise<CodeServer> {
  const entry = ensureCodeServer();
  const port = opts.port ?? (await freePort());
  const userDataDir = path.join(opts.profileDir, 'user-data');
  const extensionsDir = path.join(opts.profileDir, 'extensions');
  const config = path.join(opts.profileDir, 'config.yaml');
  fs.mkdirSync(extensionsDir, { recursive: true });
  writeUserSettings(userDataDir, opts.settings);
  // --config always: without it code-server writes one into the home folder.
  fs.writeFileSync(config, 'auth: none\ncert: false\n');
  const logFile = path.join(opts.profileDir, 'code-server.log');
  const log = fs.openSync(logFile, 'a');
  const args = [
    entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--config', config,
  ];
  // detached: its own process group, so stopping it also stops the extension host it forks.
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', opts.verbose ? 'inherit' : log, opts.verbose ? 'inherit' : log],
    env: withoutUndefined({ ...process.env, ...opts.env }),
  });
  fs.closeSync(log);
  const pid = child.pid!;
  trackProcessGroup(pid);
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) =>
    child.on('exit', () => {
      exited = true;
      untrackProcessGroup(pid);
      resolve();
    }),
  );

  const stop = async () => {
    if (exited) return;
    killGroup(pid, 'SIGTERM');
    const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), 5000);
    await exitedPromise;
    clearTimeout(timer);
    // The extension host may outlive its parent briefly; the group kill covers it.
    killGroup(pid, 'SIGKILL');
  };
  onCleanup(stop);

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while ((await get(`${origin}/healthz`)) !== 200) {
    if (exited) throw new Error(`code-server exited during start; see ${logFile}:\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`);
    if (Date.now() > deadline) throw new Error(`code-server did not answer on ${origin} within 60 s; see ${logFile}`);
    await sleep(200);
  }

  const remoteUri = (p: string) => `vscode-remote://127.0.0.1:${port}${p}`;
  return {
    port,
    origin,
    extensionsDir,
    userDataDir,
    logFile,
    exited: exitedPromise,
    remoteUri,
    urlFor(target, payload) {
      const key = target.endsWith('.code-workspace') ? 'workspace' : 'folder';
      let url = `${origin}/?${key}=${encodeURIComponent(target)}`;
      if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      return url;
    },
    stop,
  };
}
