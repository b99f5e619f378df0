/**
 * Commit message trailers, read by git's own rules (trailer.c, as `git log
 * --format=%(trailers)` applies them to a commit message, which has no `---` patch
 * divider): only the last paragraph can hold trailers, never the first (the title);
 * that paragraph counts when every line in it is a trailer, or when it has a
 * Git-generated one (`Signed-off-by: `, `(cherry picked from commit `) and at least a
 * quarter of its lines are trailers. A line starting with white space continues the
 * trailer above it. Repository trailer configuration is not read: the keys and
 * separators are git's defaults (`:`), so what counts is the same on every machine.
 */

/**
 * One trailer: its key as written and its value, continuation lines unfolded.
 * @internal Exported for the unit tests, which hold it to git's own output; shipped code does not import it.
 */
export interface Trailer {
  key: string;
  value: string;
}

/** The prefixes git itself writes, which make a mostly-prose last paragraph a trailer block. */
const GIT_GENERATED_PREFIXES = ['Signed-off-by: ', '(cherry picked from commit '];

/** C's isspace in the "C" locale. */
function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';
}

function isBlank(line: string): boolean {
  for (const c of line) if (!isSpace(c)) return false;
  return true;
}

function isComment(line: string): boolean {
  return line.startsWith('#');
}

/**
 * Where the separator `:` of a trailer line is, or -1: a key of ASCII letters, digits
 * and `-`, optionally followed by spaces or tabs (git's find_separator).
 */
function separatorAt(line: string): number {
  let spaceSeen = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x3a) return i;
    const alnum = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (!spaceSeen && (alnum || c === 0x2d)) continue;
    if (i !== 0 && (c === 0x20 || c === 0x09)) {
      spaceSeen = true;
      continue;
    }
    break;
  }
  return -1;
}

/** The index of the first line after the message's end: trailing comment and blank lines are not part of it. */
function endOfMessage(lines: readonly string[]): number {
  let end = lines.length;
  while (end > 0) {
    const line = lines[end - 1] ?? '';
    if (!isBlank(line) && !isComment(line)) break;
    end--;
  }
  return end;
}

/** The index of the first line of the trailer block, or `end` when there is none. */
function trailerBlockStart(lines: readonly string[], end: number): number {
  // The first paragraph is the title and cannot be trailers.
  let endOfTitle = 0;
  while (endOfTitle < end) {
    const line = lines[endOfTitle] ?? '';
    if (!isComment(line) && isBlank(line)) break;
    endOfTitle++;
  }
  let recognized = false;
  let trailerLines = 0;
  let nonTrailerLines = 0;
  // Lines starting with white space: continuations of a trailer above, or prose.
  let possibleContinuations = 0;
  let onlySpaces = true;
  for (let l = end - 1; l >= endOfTitle; l--) {
    const line = lines[l] ?? '';
    if (isComment(line)) {
      nonTrailerLines += possibleContinuations;
      possibleContinuations = 0;
      continue;
    }
    if (isBlank(line)) {
      if (onlySpaces) continue;
      nonTrailerLines += possibleContinuations;
      if (recognized && trailerLines * 3 >= nonTrailerLines) return l + 1;
      if (trailerLines > 0 && nonTrailerLines === 0) return l + 1;
      return end;
    }
    onlySpaces = false;
    if (GIT_GENERATED_PREFIXES.some((p) => line.startsWith(p))) {
      trailerLines++;
      possibleContinuations = 0;
      recognized = true;
      continue;
    }
    if (separatorAt(line) >= 1 && !isSpace(line[0])) {
      trailerLines++;
      possibleContinuations = 0;
    } else if (isSpace(line[0])) {
      possibleContinuations++;
    } else {
      nonTrailerLines += 1 + possibleContinuations;
      possibleContinuations = 0;
    }
  }
  return end;
}

/** A value's continuation lines folded into single spaces, trimmed (git's unfold_value). */
function unfold(value: string): string {
  return value.replace(/\n[ \t\n\v\f\r]*/g, ' ').replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, '');
}

/** Trims C white space (git's strbuf_trim). */
function trimC(text: string): string {
  return text.replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, '');
}

/**
 * The trailers of a commit message, in order, as `git interpret-trailers --parse
 * --no-divider` lists them (and `git log --format=%(trailers:unfold)`). Linear in the
 * message's length, whatever it holds.
 * @internal Exported for the unit tests, which hold it to git's own output; shipped code does not import it.
 */
export function parseTrailers(message: string): Trailer[] {
  const lines = message.split('\n');
  const end = endOfMessage(lines);
  const start = trailerBlockStart(lines, end);
  // Lines of the block, each with its continuation lines joined on.
  const joined: string[] = [];
  let lastIsTrailer = false;
  for (let i = start; i < end; i++) {
    const line = lines[i] ?? '';
    if (lastIsTrailer && isSpace(line[0])) {
      joined[joined.length - 1] += `\n${line}`;
      continue;
    }
    joined.push(line);
    lastIsTrailer = separatorAt(line) >= 1;
  }
  const out: Trailer[] = [];
  for (const t of joined) {
    if (isComment(t)) continue;
    const sep = separatorAt(t);
    if (sep < 1) continue;
    out.push({ key: trimC(t.slice(0, sep)), value: unfold(t.slice(sep + 1)) });
  }
  return out;
}

/** The key that links a commit to goals, matched case-insensitively as git matches keys. */
const GOAL_KEY = 'goal';

/**
 * The goal ids a commit message's `Goal:` trailers name, each once, in order. One
 * trailer may name several, separated by commas or spaces (`Goal: writing, staff`).
 */
export function goalIdsOf(message: string): string[] {
  const ids = new Set<string>();
  for (const t of parseTrailers(message)) {
    if (t.key.toLowerCase() !== GOAL_KEY) continue;
    for (const id of t.value.split(/[\s,]+/)) if (id !== '') ids.add(id);
  }
  return [...ids];
}

/**
 * `message` with a `Goal: <id>` trailer added, keeping everything already typed: joined
 * to a trailer block that ends the message, else after a blank line (so it never joins
 * the subject or a paragraph of prose). Unchanged when a trailer already names `id`.
 */
export function withGoalTrailer(message: string, id: string): string {
  if (goalIdsOf(message).includes(id)) return message;
  const body = message.replace(/\s+$/, '');
  const trailer = `Goal: ${id}`;
  if (body === '') return `\n\n${trailer}`;
  const blockEndsMessage = parseTrailers(body).length > 0 && parseTrailers(`${body}\nX-Probe: 1`).length === parseTrailers(body).length + 1;
  return blockEndsMessage ? `${body}\n${trailer}` : `${body}\n\n${trailer}`;
}
