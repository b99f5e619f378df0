/**
 * The person's home folder, for `~` in the evidence repositories setting. The web
 * build takes home-dir.web.ts instead: vscode.dev and github.dev have no home folder.
 */
import * as os from 'node:os';

/** The home folder's path, or undefined where there is none. */
export function homeDir(): string | undefined {
  return os.homedir();
}
