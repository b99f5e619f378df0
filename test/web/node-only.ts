/**
 * Integration suites that cannot run in the web worker extension host, with the reason
 * each one prints as a skipped test there. esbuild.js leaves these out of the web test
 * bundle (they import Node built-ins); everything else under test/integration/suite runs
 * in both hosts.
 */
export const NODE_ONLY: Readonly<Record<string, string>> = {
  'cli.test.ts': 'the career-goals CLI is a Node program; the suite runs it as a child process (node:child_process), which a web worker cannot start',
  'large-plan.test.ts': 'it checks that the desktop analyses large plans in a worker_threads worker, and measures the event loop with node:perf_hooks; the web worker host analyses in its own thread, as the unit tests of the runner check',
  'evidence.test.ts': 'evidence is read from local git repositories through the Git extension, which vscode.dev and github.dev do not run; the suite makes its repository with node:child_process',
  'history-git-scale.test.ts': 'it measures the commit history of a local git repository through the Git extension, which vscode.dev and github.dev do not run; the suite makes its repository with node:child_process',
  'history-git.test.ts': 'commit history needs a local git repository and the Git extension, which vscode.dev and github.dev do not run; the suite makes its repositories with node:child_process. The journal history (history.test.ts) runs on the web',
};
