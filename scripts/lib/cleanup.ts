/**
 * One place that stops everything a harness script started, whatever way it ends:
 * normal return, thrown error, Ctrl+C, SIGTERM from CI, or process exit. Servers run
 * in their own process group so their children (the extension host, file watchers)
 * die with them.
 */

type Cleanup = () => Promise<void> | void;
const cleanups: Cleanup[] = [];
const groups = new Set<number>();
let installed = false;
let stopping = false;

/** True once a signal asked the process to stop (cleanups are running; it exits by itself). */
export function isStopping(): boolean {
  return stopping;
}

/** Registers work to run once at the end, newest first. */
export function onCleanup(fn: Cleanup): void {
  installSignalHandlers();
  cleanups.push(fn);
}

/** Remembers a detached child's process group so exit can SIGKILL it as a last resort. */
export function trackProcessGroup(pid: number): void {
  installSignalHandlers();
  groups.add(pid);
}

/** Forgets a process group that has exited. */
export function untrackProcessGroup(pid: number): void {
  groups.delete(pid);
}

/** Sends a signal to a whole process group, ignoring one that is already gone. */
export function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already exited: nothing to stop.
  }
}

/** Runs every registered cleanup once, newest first; errors are reported, not thrown. */
export async function runCleanups(): Promise<void> {
  while (cleanups.length > 0) {
    const fn = cleanups.pop()!;
    try {
      await fn();
    } catch (e) {
      console.error('[cleanup]', e);
    }
  }
}

function installSignalHandlers(): void {
  if (installed) return;
  installed = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      stopping = true;
      console.error(`\n[harness] ${signal}: stopping`);
      void runCleanups().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
  // 'exit' handlers must be synchronous: SIGKILL whatever is still running.
  process.on('exit', () => {
    for (const pid of groups) killGroup(pid, 'SIGKILL');
  });
}
