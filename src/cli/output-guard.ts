/**
 * Where an export may write. A report is a new file beside the plan: never the plan
 * itself, a journal entry, the journal folder, or a note the plan links to, whatever
 * the name it is given under (a relative path, a symbolic link, a hard link, another
 * letter case), and with --force or not.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { noteFileName, noteLinkName } from '../core/text/note-link';
import type { GoalsModel } from '../core/model';
import { IoError, ioMessage } from './errors';

/** What an export must leave alone. */
export interface Protected {
  plan: string;
  journalDir: string;
  model: GoalsModel;
}

/** The real path of `p`: its own when it exists, else its folder's real path with its name. */
function realPath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    const dir = path.dirname(path.resolve(p));
    try {
      return path.join(fs.realpathSync(dir), path.basename(p));
    } catch {
      return path.resolve(p);
    }
  }
}

/** The file's device and inode, when it exists. */
function identity(p: string): string | undefined {
  try {
    const s = fs.statSync(p);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

/** True when `inner` is `outer` or inside it. */
function within(inner: string, outer: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Throws an IoError when `output` is a folder or one of the files the export must leave
 * alone; says which and why.
 */
export function checkOutput(output: string, keep: Protected, example = 'brag.md'): void {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(output);
  } catch {
    stat = undefined;
  }
  if (stat?.isDirectory()) throw new IoError(l10n.t('cannot write {0}: is a folder, not a file; give a file name such as {1}', output, path.join(output, example)));
  const out = identity(output);
  if ((out !== undefined && out === identity(keep.plan)) || realPath(output) === realPath(keep.plan)) {
    throw new IoError(l10n.t('cannot write {0}: it is the plan this report is made from ({1}); an export never writes over the plan, with --force or not', output, keep.plan));
  }
  const journal = realPath(keep.journalDir);
  if (within(realPath(output), journal)) {
    throw new IoError(l10n.t('cannot write {0}: it is in the review journal ({1}), where an export would be read as a journal entry or replace one; write it elsewhere', output, keep.journalDir));
  }
  const name = path.basename(output).toLowerCase();
  const base = path.dirname(realPath(keep.plan));
  for (const goal of keep.model.goals) {
    for (const note of goal.notes) {
      const link = noteLinkName(note);
      if (link === undefined || noteFileName(link).toLowerCase() !== name || !within(realPath(output), base)) continue;
      throw new IoError(l10n.t('cannot write {0}: the plan links to it as the note [[{1}]] of "{2}"; an export never writes over a note, with --force or not', output, link, goal.title.replace(/\s+/g, ' ')));
    }
  }
}

/** Writes an export, never over an existing file unless `force`; says which when it refuses. */
export function writeOutput(file: string, text: string, force: boolean): void {
  try {
    fs.writeFileSync(file, text, { flag: force ? 'w' : 'wx' });
  } catch (e) {
    const exists = typeof e === 'object' && e !== null && 'code' in e && e.code === 'EEXIST';
    throw new IoError(exists ? l10n.t('{0} already exists; choose another -o file or add --force to overwrite it', file) : ioMessage(l10n.t('cannot write {0}', file), e));
  }
}
