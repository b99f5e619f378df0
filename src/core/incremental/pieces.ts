/**
 * The pieces of a plan (see plan-slices.ts: each list entry, and the rest) read alone,
 * with every range already the file's, and moved when text before them changes
 * length. A piece is only read when it reads cleanly on its own: no YAML error or
 * warning, no alias, no repeated key, and the shape a piece has. Anything else gives
 * undefined, and the incremental analyzer reads the whole file instead.
 */
import { isMap, isSeq } from 'yaml';
import { FORMAT_VERSION, type Diagnostic, type Entry, type Goal, type GoalsModel, type Range } from '../model';
import { parseQuietly, readEntry, topRange, TooBroken, walkTop, type ReadDocument, type SourceRanges, type TopWalk } from '../parse';
import { readGoal, type GoalRanges, type ReadGoal } from '../parse/goal';
import { PASS_ON } from '../parse/fast-path';
import { Reader, SKIP, type Located } from '../parse/readers';
import type { LineSpan, PlanPiece } from './plan-slices';

/** The lists whose entries are read alone; an entry of any other list is left in the rest… or refused. */
export const PIECE_LISTS: ReadonlySet<string> = new Set(['goals', 'wins', 'lessons']);

/**
 * One entry of `goals`, `wins` or `lessons` read alone. Held by one analyzer, which may
 * move it in place (moveInPlace); what it hands to results is never changed.
 */
export interface PieceRead {
  key: 'goals' | 'wins' | 'lessons';
  index: number;
  /** The entry's text, for the cache. */
  text: string;
  /** Where the entry starts in the file its ranges belong to. */
  base: number;
  /** What reading it reported, in order (no goal ids yet: those come from the checks across goals). */
  diagnostics: Diagnostic[];
  /** A goal entry's read. */
  goal?: ReadGoal;
  /** A win or lesson, unless it was left out. */
  entry?: Entry;
  /** The win's or lesson's `goal` reference. */
  refs: Located<string>[];
  /** Whether the entry may end in an empty value (see endsEmpty): it must then be the last of its list. */
  emptyEnd: boolean;
}

/** The plan without its lists' entries, read alone: the top-level walk, its ranges the file's. */
export interface RestRead {
  /** The rest's text (the runs of lines between pieces, joined). */
  text: string;
  /** The runs it was read at. */
  spans: LineSpan[];
  model: GoalsModel;
  keys: SourceRanges['keys'];
  walk: TopWalk;
  diagnostics: Diagnostic[];
}

/**
 * A copy of `s` that does not hold on to the string it was cut from. V8 keeps a slice
 * as a view of its parent, so a piece remembered across keystrokes (and every title
 * read from it) would keep that keystroke's whole file alive, one file per piece
 * edited; a concatenation is flattened into a new string when sliced.
 */
function detach(s: string): string {
  return `${s}\u0000`.slice(0, -1);
}

/** `text` parsed alone when it parses cleanly: no YAML error or warning. */
function parseClean(text: string): ReadDocument | undefined {
  // A plain reader's error is the incremental analyzer's to report (it then reads the whole plan).
  const doc = parseQuietly(text, PASS_ON);
  return doc instanceof TooBroken || doc.errors.length > 0 || doc.warnings.length > 0 ? undefined : doc;
}

/** A reader that can tell nothing in the document depends on text elsewhere, or undefined. */
function cleanReader(doc: ReadDocument, length: number, place: (offset: number, end: boolean) => number): Reader | undefined {
  const r = new Reader(doc, length, place);
  // An alias may name an anchor in another piece; a repeated key is reported at the end of the
  // whole file's walk (and turns edits off), which pieces cannot reproduce.
  return r.hasAliases || r.hasDuplicateKeys ? undefined : r;
}

/**
 * Reads one entry, `text` being the file's `[piece.start, piece.end)`. `at` is the list
 * key's range, which the readers report against where a node has no range of its own;
 * a read that used it is refused, since it could not be moved with the entry.
 */
export function readPiece(slice: string, piece: PlanPiece, at: Range, fileLength: number): PieceRead | undefined {
  const key = piece.key;
  if (key !== 'goals' && key !== 'wins' && key !== 'lessons') return undefined;
  const text = detach(slice);
  const doc = parseClean(text);
  if (!doc || !isSeq(doc.contents) || doc.contents.items.length !== 1) return undefined;
  const base = piece.start;
  const r = cleanReader(doc, fileLength, (offset) => offset + base);
  if (!r) return undefined;
  const [node] = r.items(doc.contents, key, at);
  if (node === SKIP) return undefined;
  const out: PieceRead = { key, index: piece.index, text, base, diagnostics: r.diagnostics, refs: [], emptyEnd: endsEmpty(text) };
  if (key === 'goals') out.goal = readGoal(r, node, piece.index, at);
  else {
    const entry = readEntry(r, node, piece.index, key, at, out.refs);
    if (entry) out.entry = entry;
  }
  return rangesWithin(out, piece.start, piece.end) ? out : undefined;
}

/**
 * Whether the last line of an entry that is not blank or a comment may end in an empty
 * node: `key:`, a `- ` or `?` with nothing after it, a lone anchor, tag or block scalar
 * header. `yaml` ends the mapping holding such a node where the next token starts, so
 * when another item of the list follows, the mapping's range reaches past the entry's
 * trailing comments to that item's `-` (and past its last line break when it ends the
 * entry), which the entry read alone cannot know. Such an entry is read alone only when
 * it ends its list. Errs towards yes: a plain value ending in `:` counts too.
 */
function endsEmpty(text: string): boolean {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    const body = line.trim();
    if (body === '' || body.startsWith('#')) continue;
    const value = line.replace(/(^|[ \t])#.*$/, '').trimEnd();
    return /(?::|(?:^|[ \t])[-?]|[|>][-+0-9]*)$/.test(value) || /(?:^|[ \t])[&!]\S*$/.test(value) || /^[ \t]*(?:- )*\?(?:[ \t]|$)/.test(value);
  }
  return true;
}

/**
 * Reads the rest of the plan: `spans` are its runs of lines in `file`. An offset at the
 * seam between two runs is ambiguous (the end of one run is the start of the entries
 * cut out after it): a start there is the next run's, which is where the line it starts
 * is, but an end there could be either, so reading such an end refuses the rest.
 */
export function readRest(file: string, spans: LineSpan[]): RestRead | undefined {
  const text = detach(spans.map((s) => file.slice(s.start, s.end)).join(''));
  const doc = parseClean(text);
  if (!doc || !isMap(doc.contents)) return undefined;
  const starts: number[] = [];
  let at = 0;
  for (const s of spans) {
    starts.push(at);
    at += s.end - s.start;
  }
  let ambiguous = false;
  const place = (offset: number, end: boolean): number => {
    let j = spans.length - 1;
    while (j > 0 && (starts[j] ?? 0) > offset) j--;
    const span = spans[j];
    const start = starts[j] ?? 0;
    if (!span) return offset;
    const seamBefore = j > 0;
    const seamAfter = offset - start === span.end - span.start && span.end < file.length;
    if ((end && offset === start && seamBefore) || seamAfter) ambiguous = true;
    return span.start + (offset - start);
  };
  const r = cleanReader(doc, file.length, place);
  if (!r) return undefined;
  const model: GoalsModel = { version: FORMAT_VERSION, goals: [], wins: [], lessons: [] };
  const keys: SourceRanges['keys'] = {};
  const walk = walkTop(r, doc.contents, topRange(file), model, { keys, goals: new Map() });
  if (ambiguous) return undefined;
  return { text, spans, model, keys, walk, diagnostics: r.diagnostics };
}

/**
 * `read` moved by `delta` (its entry starts `delta` later in the file). Written out
 * field by field rather than with shiftFrom: typing moves every entry after the
 * change, thousands on a large plan, on every keystroke. A range field added to the
 * model must be added here too; the property test fails until it is, since the moved
 * range would no longer be the one a full parse gives.
 */
export function movePiece(read: PieceRead, delta: number): PieceRead {
  const out: PieceRead = { ...read, refs: read.refs.map((x) => ({ value: x.value, range: x.range })) };
  moveInPlace(out, delta);
  return out;
}

/**
 * movePiece on `read` itself, for a read only its analyzer holds. What earlier results
 * may hold (the entry, the goal and its ranges, the diagnostics) is replaced, never
 * changed; the references are changed in place, since they only feed the checks of
 * one analysis (which copy the ranges they report).
 */
export function moveInPlace(read: PieceRead, delta: number): void {
  read.base += delta;
  if (read.diagnostics.length) read.diagnostics = read.diagnostics.map((d) => withRange(d, move(d.range, delta)));
  for (const x of read.refs) x.range = move(x.range, delta);
  const e = read.entry;
  if (e) {
    const entry: Entry = { index: e.index, date: e.date, text: e.text, range: move(e.range, delta) };
    if (e.goal !== undefined) entry.goal = e.goal;
    read.entry = entry;
  }
  if (read.goal) read.goal = moveGoalRead(read.goal, delta);
}

function moveGoalRead(read: ReadGoal, delta: number): ReadGoal {
  // Spread, then assign: V8 copies `{ ...x }` fast, but `{ ...x, key: v }` with a key x
  // already has was measured two to three times slower, and a large plan moves
  // hundreds of goals per keystroke.
  const r = read.ranges;
  const ranges: GoalRanges = { ...r };
  ranges.values = r.values.map((v) => ({ value: v.value, range: move(v.range, delta) }));
  if (r.id) ranges.id = move(r.id, delta);
  if (r.parent) ranges.parent = move(r.parent, delta);
  if (r.start) ranges.start = move(r.start, delta);
  if (r.due) ranges.due = move(r.due, delta);
  const out: ReadGoal = { ranges, writtenId: read.writtenId };
  const g = read.goal;
  if (g) {
    const goal: Goal = { ...g };
    goal.range = move(g.range, delta);
    goal.titleRange = move(g.titleRange, delta);
    goal.checkpoints = g.checkpoints.map((c) => withRange(c, move(c.range, delta)));
    goal.tasks = g.tasks.map((t) => withRange(t, move(t.range, delta)));
    if (g.metric) goal.metric = withRange(g.metric, move(g.metric.range, delta));
    if (g.adjustments) goal.adjustments = g.adjustments.map((a) => withRange(a, move(a.range, delta)));
    out.goal = goal;
  }
  return out;
}

/** A copy of `o` with another range (spread, then assign: see moveGoalRead). */
function withRange<T extends { range: Range }>(o: T, range: Range): T {
  const copy = { ...o };
  copy.range = range;
  return copy;
}

function move(r: Range, delta: number): Range {
  return { start: r.start + delta, end: r.end + delta };
}

/** True when every range in `value` lies within `[start, end]`. */
function rangesWithin(value: unknown, start: number, end: number): boolean {
  let ok = true;
  visitRanges(value, (r) => {
    if (r.start < start || r.end > end) ok = false;
    return r;
  });
  return ok;
}

/** `value` with every offset at or after `from` moved by `delta`; what holds no moved range is shared, not copied. */
export function shiftFrom<T>(value: T, from: number, delta: number): T {
  if (delta === 0) return value;
  return visitRanges(value, (r) => (r.start >= from || r.end >= from ? { start: r.start >= from ? r.start + delta : r.start, end: r.end >= from ? r.end + delta : r.end } : r));
}

/**
 * `value` rebuilt with `f` applied to each range in it (an object of exactly `start` and
 * `end` numbers). Walks plain objects and arrays; Maps, Sets and the rest are shared.
 * Generic on purpose: a range added to the model later is moved without anyone
 * remembering to list it here.
 */
function visitRanges<T>(value: T, f: (r: Range) => Range): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      const w = visitRanges(v, f);
      if (w !== v) (out ??= value.slice())[i] = w;
    }
    return (out ?? value) as T;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 2 && typeof o.start === 'number' && typeof o.end === 'number') return f(o as unknown as Range) as T;
  let out: Record<string, unknown> | undefined;
  for (const k of keys) {
    const v = o[k];
    const w = visitRanges(v, f);
    if (w !== v) (out ??= { ...o })[k] = w;
  }
  return (out ?? value) as T;
}
