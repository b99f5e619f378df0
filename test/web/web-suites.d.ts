/** The virtual module esbuild.js builds for the web test bundle: requires every web suite. */
declare module 'career-goals:web-suites' {
  /** Loads (and so registers with mocha) every integration suite that runs on the web. */
  export function loadSuites(): void;
}
