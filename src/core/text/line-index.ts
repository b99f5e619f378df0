/**
 * text/: small helpers on strings and offsets that know nothing of plans: line-index.ts
 * (this file: offsets to lines and characters), text-change.ts (where two texts differ),
 * slug.ts (an id from a title), primitive-text.ts (a value's text) and indexing.ts
 * (index access the type checker cannot prove). It imports no other core module (a
 * lint zone).
 */
/**
 * Maps character offsets of the analysed text to line/character pairs, the way
 * `TextDocument.positionAt` does, but for the exact text the core analysed: the
 * store may have read the file from disk while no editor holds it. Pure (no vscode).
 */
import { itemAt } from './indexing';

/** A zero-based line and character. */
export interface LineChar {
  line: number;
  character: number;
}

/** Line starts of one text, built once, queried in O(log lines). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    // indexOf runs natively, a step per line: a loop over every character ran a
    // character at a time, un-optimised on a first call, about 10 ms on a 486 KB plan.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** The position of `offset`, clamped into the text; never inside a `\r\n` pair. */
  positionAt(offset: number): LineChar {
    const o = Math.max(0, Math.min(Number.isFinite(offset) ? Math.floor(offset) : 0, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      // lo <= mid <= hi stay inside starts, which always holds line 0.
      if (itemAt(this.starts, mid) <= o) lo = mid;
      else hi = mid - 1;
    }
    const start = itemAt(this.starts, lo);
    let character = o - start;
    // VS Code lines exclude the \r of a CRLF ending, so an offset on it maps to the line end.
    if (o > start && this.text.charCodeAt(o - 1) === 13 && this.text.charCodeAt(o) === 10) character--;
    return { line: lo, character };
  }

  /** The positions of a range's ends; an end before the start reads as the start. */
  rangeAt(range: { start: number; end: number }): { start: LineChar; end: LineChar } {
    return { start: this.positionAt(range.start), end: this.positionAt(Math.max(range.start, range.end)) };
  }

  /** The 1-based line of `offset`, as messages name it. */
  lineNumberAt(offset: number): number {
    return this.positionAt(offset).line + 1;
  }
}
