/**
 * The one setting the MCP server's review prompts read from the workspace:
 * `careerGoals.reflectionPrompts` in `.vscode/settings.json` beside the plan, so an
 * assistant asks the person's own questions as the review panel does. VS Code writes
 * that file as JSON with comments and trailing commas; anything unreadable is skipped
 * with a warning and the built-in prompts are used.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Settings } from '../constants';

/** JSON with comments and trailing commas (VS Code's settings files) as plain JSON text. */
function stripJsonc(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      // A string, escapes included, is copied as it is.
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else {
      out += c;
      i++;
    }
  }
  return out.replace(/,(\s*[}\]])/g, '$1');
}

/**
 * The value of `careerGoals.reflectionPrompts` in `<plan's folder>/.vscode/settings.json`,
 * or undefined when there is none or the file cannot be read (then `warn` says why).
 */
export function reflectionPromptsSetting(planFile: string, warn: (line: string) => void): unknown {
  const file = path.join(path.dirname(path.resolve(planFile)), '.vscode', 'settings.json');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const settings: unknown = JSON.parse(stripJsonc(text.replace(/^\uFEFF/, '')));
    return settings !== null && typeof settings === 'object' ? (settings as Record<string, unknown>)[`${Settings.section}.${Settings.reflectionPrompts}`] : undefined;
  } catch (e) {
    warn(`career-goals mcp: ${file} could not be read as JSON (${e instanceof Error ? e.message : String(e)}); using the built-in reflection prompts.`);
    return undefined;
  }
}
