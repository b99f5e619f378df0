/**
 * The web build's home folder (esbuild.js swaps this file in for home-dir.ts): the web
 * worker extension host has none, and reads no local repositories anyway.
 */

/** None on the web. */
export function homeDir(): string | undefined {
  return undefined;
}
