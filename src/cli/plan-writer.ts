/**
 * The MCP server's one way to change goals.yaml: read the file as it is now, check the
 * input against that text, compute the core's minimal edit (verified by re-parsing),
 * and write it only if the file still holds the text the edit was computed on. When
 * another program wrote the file in between, the edit is computed again on the new
 * text; after a few tries it is refused. Every other byte, the BOM included, stays.
 */
import * as fs from 'node:fs';
import { applyEdits, applyOp } from '../core/edits';
import type { GoalsModel } from '../core/model';
import { parseGoals } from '../core/parse';
import { LineIndex } from '../core/text/line-index';
import type { CheckedWrite } from '../core/assistant/tool-input';
import type { TextEdit } from '../core/types';
import { IoError, ioMessage } from './errors';

/** What a write did, in words for the tool result. */
export type PlanWrite = { ok: true; message: string } | { ok: false; error: string };

/** How many times a write is computed again when the file keeps changing under it. */
const ATTEMPTS = 3;

function readRaw(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new IoError(ioMessage(file, e));
  }
}

/** `line 12` or `lines 12–14`: where the edits fall in the new text. */
function linesChanged(after: string, edits: readonly TextEdit[]): string {
  const index = new LineIndex(after);
  let shift = 0;
  let first = Infinity;
  let last = 0;
  for (const e of [...edits].sort((a, b) => a.offset - b.offset)) {
    const start = e.offset + shift;
    first = Math.min(first, index.lineNumberAt(start));
    last = Math.max(last, index.lineNumberAt(Math.max(start, start + e.text.length - 1)));
    shift += e.text.length - e.length;
  }
  return first === last ? `line ${first}` : `lines ${first}–${last}`;
}

/**
 * Checks and applies one write to `file`. `check` turns the tool's input into an op
 * against the model of the file's current text (so an id or a task is looked up in
 * what is there now, not in what was read earlier).
 */
export function writePlan(file: string, check: (model: GoalsModel) => CheckedWrite): PlanWrite {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const raw = readRaw(file);
    // VS Code's documents drop a BOM; the core's offsets are of the text without it.
    const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
    const text = raw.slice(bom.length);
    const parsed = parseGoals(text);
    const checked = check(parsed.model);
    if (!checked.ok) return { ok: false, error: checked.error };
    const result = applyOp(text, checked.op);
    if (!result.ok) return { ok: false, error: `${checked.summary.replace(/\.$/, '')}: not done. ${result.reason}` };
    if (result.edits.length === 0) return { ok: true, message: `${checked.summary} goals.yaml already says so; nothing was written.` };
    const after = applyEdits(text, result.edits);
    // The file may have changed while the edit was computed: never write over that.
    if (readRaw(file) !== raw) continue;
    try {
      fs.writeFileSync(file, bom + after, 'utf8');
    } catch (e) {
      throw new IoError(ioMessage(file, e));
    }
    return { ok: true, message: `Done: ${checked.summary} goals.yaml changed at ${linesChanged(after, result.edits)}; the rest of the file is as it was.` };
  }
  return { ok: false, error: `goals.yaml kept changing while the edit was computed (${ATTEMPTS} tries); nothing was written. Try again.` };
}
