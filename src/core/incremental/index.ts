/**
 * incremental/: `analyze` again after a keystroke, reading only what changed. This file
 * is the analyzer; plan-slices.ts cuts a plan into its entries by lines, pieces.ts reads
 * each piece alone, assemble.ts puts their results together as parseGoals would. It
 * imports analyze.ts, parse/, text/, model.ts and types.ts.
 *
 * Incremental analysis: `analyze` for text that changes a keystroke at a time. The plan
 * is cut into pieces (each entry of `goals`, `wins` and `lessons`, and the rest; see
 * plan-slices.ts), each read alone and remembered. When a change falls inside one
 * entry and keeps it one entry, only that entry is read again and the others are
 * moved by the change's length; when it falls inside a top-level value read whole (the
 * vision's lines), the rest is read again and the entries moved; otherwise the plan is
 * cut again and the pieces whose text is unchanged are reused. The checks across goals,
 * progress, pace, pitfalls and cadence then run on the whole model, as `analyze` runs
 * them.
 *
 * Whenever that is not certain to give what `analyze` gives (a layout the cut refuses, a
 * piece that does not read cleanly alone: a YAML error or warning, an alias, a repeated
 * key, an entry ending in an empty value that another item follows), the whole text is
 * analysed instead. The result is equal to `analyze(text, today,
 * opts)`: every field, deeply, and `sourceRangesOf(model)` too (the property test in
 * test/unit/incremental.property.test.ts). Objects are not fresh: a goal's tasks, an
 * unchanged win and the like are shared with earlier results, so callers must treat an
 * Analysis as read-only (as they do today).
 */
import { analyzeParse } from '../analyze';
import { assemble } from './assemble';
import { moveInPlace, movePiece, PIECE_LISTS, readPiece, readRest, shiftFrom, type PieceRead, type RestRead } from './pieces';
import type { ParseResult, Range } from '../model';
import { parseGoals } from '../parse';
import { fastOrFull, type InternalErrorSink } from '../parse/fast-path';
import { MAX_PLAN_CHARS } from '../parse/plan-size';
import { cutPlan, type LineSpan, type PlanCut, type PlanPiece } from './plan-slices';
import { textChanges, type TextChange } from '../text/text-change';
import type { Analysis, AnalyzeOptions } from '../types';

/** The last text read from pieces, and the pieces. */
interface State {
  text: string;
  cut: PlanCut;
  rest: RestRead;
  /** One per piece of `cut`, in order. */
  reads: PieceRead[];
  parse: ParseResult;
}

/** How the analyzer got its parses (tests, bench). */
export interface IncrementalCounts {
  /** One entry read again (or the same text again). */
  fast: number;
  /** The plan cut again, unchanged pieces reused. */
  sliced: number;
  /** The whole text parsed, as `analyze` does. */
  full: number;
}

/** Analyses successive versions of one plan, reusing what did not change. */
export class IncrementalAnalyzer {
  /** How each parse was made. */
  readonly counts: IncrementalCounts = { fast: 0, sliced: 0, full: 0 };
  private last?: State;
  /** The text read whole before any pieces were cut, and its parse (see readWhole). */
  private first?: { text: string; parse: ParseResult };

  /** `onInternalError` hears of an error on a fast path (the extension logs it). */
  constructor(private readonly onInternalError?: InternalErrorSink) {}

  /** `analyze(text, today, opts)`, from the pieces that changed since the last call. Never throws. */
  analyze(text: string, today: Date, opts: AnalyzeOptions = {}): Analysis {
    return analyzeParse(this.parse(text), today, opts);
  }

  /**
   * `parseGoals(text)`, from the pieces that changed since the last call. Never throws:
   * an error on this fast path or the plain reader's goes to `onInternalError`, and the
   * whole text is parsed instead (parse/fast-path.ts).
   */
  parse(text: string): ParseResult {
    const source = typeof text === 'string' ? text : String(text);
    if (!this.last && (!this.first || this.first.text === source)) return this.readWhole(source);
    this.first = undefined;
    return fastOrFull(
      'incremental',
      () => this.read(source)?.parse,
      () => {
        this.counts.full++;
        return parseGoals(source, this.onInternalError);
      },
      (where, error) => {
        // Pieces read by a failed pass are not to be trusted by the next one.
        this.last = undefined;
        this.onInternalError?.(where, error);
      },
    );
  }

  /** Forgets the pieces (the next call reads every piece again). */
  reset(): void {
    this.last = undefined;
    this.first = undefined;
  }

  /**
   * The first text, parsed whole, as `analyze` does. Cutting a plan and reading each entry
   * alone costs two to five times a whole parse (bench: "first analysis"), and a plan that
   * is only looked at never needs its pieces; the first edit cuts them.
   */
  private readWhole(text: string): ParseResult {
    if (this.first?.text === text) {
      this.counts.fast++;
      return this.first.parse;
    }
    this.counts.full++;
    const parse = parseGoals(text, this.onInternalError);
    this.first = { text, parse };
    return parse;
  }

  private read(text: string): State | undefined {
    if (text.length > MAX_PLAN_CHARS) return undefined;
    const last = this.last;
    if (last?.text === text) {
      this.counts.fast++;
      return last;
    }
    if (last) {
      const local = this.local(last, text);
      if (local === 'refused') return undefined;
      if (local) {
        this.counts.fast++;
        return (this.last = local);
      }
    }
    const sliced = this.sliced(text, last);
    if (sliced) {
      this.counts.sliced++;
      this.last = sliced;
    }
    return sliced;
  }

  /**
   * The state for `text` when it differs from `last.text` inside one entry only, and
   * stays one entry of the same list; 'refused' when the entry no longer reads cleanly
   * (cutting again would meet the same entry); undefined when the change is elsewhere.
   */
  private local(last: State, text: string): State | 'refused' | undefined {
    for (const change of textChanges(last.text, text)) {
      const j = valueLinesAround(last, text, change);
      if (j !== undefined) return this.restChanged(last, text, change, j);
      const k = pieceAround(last, change);
      const piece = k === undefined ? undefined : last.cut.pieces[k];
      if (k === undefined || !piece || !staysOneEntry(text, piece, change)) continue;
      const delta = change.newEnd - change.oldEnd;
      const moved: PlanPiece = { ...piece, end: piece.end + delta };
      const at = keyRange(last.rest, piece.key);
      const read = at && readPiece(text.slice(moved.start, moved.end), moved, at, text.length);
      if (!read || (read.emptyEnd && followed(last.cut.pieces, k))) return 'refused';
      // Everything at or after the entry's old end moves with the change. The cut and the
      // reads are this analyzer's own, so they are moved in place (thousands of entries on a
      // large plan, on every keystroke); what earlier results hold (goals, entries,
      // diagnostics) is copied, never changed.
      const from = piece.end;
      const { pieces, rest: spans } = last.cut;
      pieces[k] = moved;
      last.reads[k] = read;
      if (delta !== 0) {
        for (let i = k + 1; i < pieces.length; i++) {
          const p = pieces[i] as PlanPiece;
          p.start += delta;
          p.end += delta;
          moveInPlace(last.reads[i] as PieceRead, delta);
        }
        for (const span of spans) {
          if (span.start < from) continue;
          span.start += delta;
          span.end += delta;
        }
        last.rest = { ...shiftFrom(last.rest, from, delta), text: last.rest.text, spans };
      }
      return { text, cut: last.cut, rest: last.rest, reads: last.reads, parse: assemble(text, last.rest, last.reads) };
    }
    return undefined;
  }

  /**
   * The state for `text` when `change` falls inside rest run `j`, on lines of a value read
   * whole (see valueLinesAround): the rest is read again, and the entries after it moved.
   */
  private restChanged(last: State, text: string, change: TextChange, j: number): State | 'refused' {
    const delta = change.newEnd - change.oldEnd;
    const old = last.cut.rest;
    const spans = old.map((s, i) => (i < j ? s : i === j ? { start: s.start, end: s.end + delta } : { start: s.start + delta, end: s.end + delta }));
    const rest = readRest(text, spans);
    if (!rest) return 'refused';
    const from = (old[j] as LineSpan).end;
    const { pieces } = last.cut;
    for (let i = 0; delta !== 0 && i < pieces.length; i++) {
      const p = pieces[i] as PlanPiece;
      if (p.start < from) continue;
      p.start += delta;
      p.end += delta;
      moveInPlace(last.reads[i] as PieceRead, delta);
    }
    const cut: PlanCut = { pieces, rest: spans };
    return { text, cut, rest, reads: last.reads, parse: assemble(text, rest, last.reads) };
  }

  /** The state for `text` cut again, reusing the reads of pieces whose text, list and position in it are unchanged. */
  private sliced(text: string, last: State | undefined): State | undefined {
    const cut = cutPlan(text);
    if (!cut || !cut.pieces.every((p) => PIECE_LISTS.has(p.key))) return undefined;
    const restText = cut.rest.map((s) => text.slice(s.start, s.end)).join('');
    const sameRest = last && last.rest.text === restText && sameSpans(last.rest.spans, cut.rest);
    const rest = sameRest ? last.rest : readRest(text, cut.rest);
    if (!rest) return undefined;
    const known = new Map<string, PieceRead>();
    for (const r of last?.reads ?? []) known.set(cacheKey(r.key, r.index, r.text), r);
    const reads: PieceRead[] = [];
    for (const [i, piece] of cut.pieces.entries()) {
      const pieceText = text.slice(piece.start, piece.end);
      const hit = known.get(cacheKey(piece.key, piece.index, pieceText));
      const at = keyRange(rest, piece.key);
      const read = hit ? (hit.base === piece.start ? hit : movePiece(hit, piece.start - hit.base)) : at && readPiece(pieceText, piece, at, text.length);
      if (!read || (read.emptyEnd && followed(cut.pieces, i))) return undefined;
      reads.push(read);
    }
    return { text, cut, rest, reads, parse: assemble(text, rest, reads) };
  }
}

/** Whether another entry of the same list starts where entry `i` ends. */
function followed(pieces: readonly PlanPiece[], i: number): boolean {
  const piece = pieces[i];
  const next = pieces[i + 1];
  return !!piece && !!next && next.key === piece.key && next.start === piece.end;
}

function cacheKey(key: string, index: number, text: string): string {
  return `${key}\u0000${index}\u0000${text}`;
}

function sameSpans(a: readonly { start: number; end: number }[], b: readonly { start: number; end: number }[]): boolean {
  return a.length === b.length && a.every((s, i) => s.start === b[i]?.start && s.end === b[i]?.end);
}

/** The range of list `key`'s key, which its entries' readers fall back on. */
function keyRange(rest: RestRead, key: string): Range | undefined {
  return rest.walk.marks.find((m) => m.key === key)?.keyRange;
}

/**
 * The index of the entry whose text holds all of `change` past its `- `, and whose line
 * break at its end is untouched (it starts the next entry's or key's line), or undefined.
 */
function pieceAround(last: State, change: TextChange): number | undefined {
  const pieces = last.cut.pieces;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((pieces[mid]?.start ?? 0) <= change.at) lo = mid;
    else hi = mid - 1;
  }
  const piece = pieces[lo];
  if (!piece || piece.start > change.at) return undefined;
  const atEnd = piece.end === last.text.length;
  if (change.at < piece.start + piece.indent + 2 || !last.text.startsWith('- ', piece.start + piece.indent)) return undefined;
  if (change.oldEnd > piece.end || (change.oldEnd === piece.end && !atEnd)) return undefined;
  return lo;
}

/**
 * Whether, after `change`, the entry's lines still cut as one entry of its list: every
 * line the change touched, but the first (whose `- ` it left alone), is blank, a
 * comment, or indented past the `- ` and not by a tab; no lone carriage return; and the
 * entry still ends with a line break unless it ends the file.
 */
function staysOneEntry(text: string, piece: PlanPiece, change: TextChange): boolean {
  const delta = change.newEnd - change.oldEnd;
  const end = piece.end + delta;
  if (end < text.length && text.charCodeAt(end - 1) !== 10) return false;
  // A carriage return next to the change could be one on its own, which YAML reads as a line break.
  if (/\r(?!\n)/.test(text.slice(Math.max(0, change.at - 1), Math.min(text.length, change.newEnd + 2)))) return false;
  let lineStart = text.lastIndexOf('\n', change.at - 1) + 1;
  while (lineStart <= change.newEnd && lineStart < end) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 || nl >= end ? end : nl;
    if (lineStart !== piece.start && !continues(text.slice(lineStart, lineEnd), piece.indent)) return false;
    lineStart = lineEnd + 1;
  }
  return true;
}

/**
 * The index of the rest run that holds all of `change`, when every line it touched, in
 * the old text and in the new, is a line of a top-level value read whole (as the vision's
 * are): indented, not blank, not a comment, not a `- ` item, not indented by a tab. Such
 * lines stay in the rest whatever they say, and cannot change how the lines after them
 * are cut. Undefined otherwise.
 */
function valueLinesAround(last: State, text: string, change: TextChange): number | undefined {
  const spans = last.cut.rest;
  const j = spans.findIndex((s) => s.start <= change.at && change.oldEnd < s.end);
  if (j < 0) return undefined;
  if (/\r(?!\n)/.test(text.slice(Math.max(0, change.at - 1), Math.min(text.length, change.newEnd + 2)))) return undefined;
  return valueLines(last.text, change.at, change.oldEnd) && valueLines(text, change.at, change.newEnd) ? j : undefined;
}

/** Whether every line of `text` that `[from, to]` touches is a value line (see valueLinesAround). */
function valueLines(text: string, from: number, to: number): boolean {
  for (let lineStart = text.lastIndexOf('\n', from - 1) + 1; lineStart <= to && lineStart <= text.length; ) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const raw = text.slice(lineStart, lineEnd);
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const lead = line.length - line.replace(/^ +/, '').length;
    const body = line.slice(lead);
    if (lead === 0 || body === '' || body.startsWith('#') || body.startsWith('\t') || body === '-' || body.startsWith('- ')) return false;
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return true;
}

/** Whether a line (its break excluded) inside an entry at `indent` keeps it going, as cutPlan has it. */
function continues(raw: string, indent: number): boolean {
  const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  const lead = line.length - line.replace(/^ +/, '').length;
  const body = line.slice(lead);
  if (body.startsWith('\t')) return false;
  if (body === '' || body.startsWith('#')) return true;
  return lead > indent;
}
