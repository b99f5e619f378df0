/**
 * Minimal edits between two versions of the file, so the editor (and its undo stack)
 * sees only the lines that changed, in several small hunks when changes are apart.
 */
import type { TextEdit } from '../types';
import { trimEdits } from './text';
import { itemAt } from '../text/indexing';

/** Lines with their line breaks, so joining them gives back the text. */
function splitLines(s: string): string[] {
  const out: string[] = [];
  let pos = 0;
  while (pos < s.length) {
    const nl = s.indexOf('\n', pos);
    const end = nl < 0 ? s.length : nl + 1;
    out.push(s.slice(pos, end));
    pos = end;
  }
  return out;
}

/** Beyond this many differing lines a single hunk is good enough. */
const MAX_D = 256;

/**
 * Myers' diff of two line arrays; returns matched line pairs in order, or undefined
 * when the difference exceeds {@link MAX_D}.
 */
function matchLines(a: string[], b: string[]): [number, number][] | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_D);
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    // Diagonals stay within -max-1..max+1, inside v, so itemAt never throws.
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && itemAt(v, off + k - 1) < itemAt(v, off + k + 1)) ? itemAt(v, off + k + 1) : itemAt(v, off + k - 1) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) return backtrack(trace, off, d, n, m, a, b);
    }
  }
  return undefined;
}

function backtrack(trace: Int32Array[], off: number, dEnd: number, n: number, m: number, a: string[], b: string[]): [number, number][] {
  const pairs: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = dEnd; d > 0; d--) {
    const v = itemAt(trace, d);
    const k = x - y;
    const prevK = k === -d || (k !== d && itemAt(v, off + k - 1) < itemAt(v, off + k + 1)) ? k + 1 : k - 1;
    const prevX = itemAt(v, off + prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) pairs.push([--x, --y]);
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0 && a[x - 1] === b[y - 1]) pairs.push([--x, --y]);
  return pairs.reverse();
}

/** Edits against `before` that produce `after`: one per run of changed lines, trimmed to the changed characters. */
export function diffEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  p = before.lastIndexOf('\n', p - 1) + 1;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  // Whole lines on both ends, so trimming below sees each changed word in full.
  if (s > 0 && before[before.length - s - 1] !== '\n') {
    const nl = before.indexOf('\n', before.length - s);
    s = nl < 0 ? 0 : before.length - nl - 1;
  }
  const a = splitLines(before.slice(p, before.length - s));
  const b = splitLines(after.slice(p, after.length - s));
  const whole: TextEdit = { offset: p, length: before.length - s - p, text: after.slice(p, after.length - s) };
  const pairs = a.length + b.length > 2 ? matchLines(a, b) : undefined;
  if (!pairs) return trimEdits(before, [whole]);
  const edits: TextEdit[] = [];
  let ai = 0;
  let bi = 0;
  let aPos = p;
  const aOffsets = [p];
  for (const line of a) aOffsets.push((aPos += line.length));
  for (const [x, y] of [...pairs, [a.length, b.length] as [number, number]]) {
    if (x > ai || y > bi) {
      // aOffsets has one entry per line of `a` plus its end, and x and ai never pass a.length.
      const from = itemAt(aOffsets, ai);
      edits.push({ offset: from, length: itemAt(aOffsets, x) - from, text: b.slice(bi, y).join('') });
    }
    ai = x + 1;
    bi = y + 1;
  }
  return trimEdits(before, edits);
}
