/**
 * What the `assert` and `util` packages read of Node's `process` in the web test bundle,
 * injected by esbuild (esbuild.js, webTestsBundle) wherever bundled code names `process`.
 * The web worker extension host has no `process`: without this, an assertion that fails
 * throws `ReferenceError: process is not defined` while formatting its message, and the
 * real failure (expected and actual values) is lost. No `stderr` means no TTY, so messages
 * come out plain, 80 columns wide, as in a piped Node run. `globalThis.process` stays
 * undefined: test/web/host.test.ts checks that the host has none.
 */
export const process = {
  env: {} as Record<string, string | undefined>,
  stderr: undefined,
  emitWarning: undefined,
  noDeprecation: false,
  throwDeprecation: false,
  traceDeprecation: false,
  pid: 0,
  nextTick: (fn: (...args: unknown[]) => void, ...args: unknown[]): void => queueMicrotask(() => fn(...args)),
};
