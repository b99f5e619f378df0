/**
 * Cuts a plan into the text of each `goals:` entry and the rest, by lines alone, so
 * that entries can be read (and cached) one by one. It only cuts where the YAML rules
 * make the cut certain: a block mapping of top-level keys at the start of a line, and
 * a block list of goals whose entries all start with `- ` at one indentation. Anything
 * else (document markers, flow style at the top, a second `goals:`, tabs, lines at an
 * odd indentation) gives undefined, and the caller reads the whole file instead. A cut
 * inside a multi-line quoted or flow value is possible, but then a piece no longer
 * parses on its own, which the reader checks (see history/version-point.ts).
 */

/** A plan cut into its goal entries and everything else. */
export interface PlanSlices {
  /** The plan without the entries of its top-level lists (their keys' lines stay). */
  rest: string;
  /** Each goal entry's lines, with the comments and blank lines that follow it. */
  entries: string[];
  /** The entries of the other top-level lists (wins, lessons, unknown keys), cut the same way. */
  others: string[];
}

const TOP_KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?:[ \t]|$)/;
/** A key line whose value starts on the next line. */
const OPEN_KEY = /^([A-Za-z_][A-Za-z0-9_-]*):[ \t]*(?:#.*)?$/;

/** Where the cut is: in a top-level value read whole, before a key's first line, or in its list. */
type Place = { in: 'value' } | { in: 'open'; goals: boolean } | { in: 'list'; goals: boolean; indent: number };

/** A span `[start, end)` of whole lines of the plan, line breaks included. */
export interface LineSpan {
  start: number;
  end: number;
}

/** One entry of a top-level list, where it is in the plan. */
export interface PlanPiece extends LineSpan {
  /** The top-level key whose list it is in (`goals`, `wins`, …). */
  key: string;
  /** Its position in that list. */
  index: number;
  /** The indentation of its `- `. */
  indent: number;
}

/** A plan cut by offsets: its list entries, and the spans of everything else, in order. */
export interface PlanCut {
  pieces: PlanPiece[];
  /** The rest of the plan, as maximal runs of lines between pieces. */
  rest: LineSpan[];
}

/** The plan cut into list entries, or undefined when its layout is not one this cuts safely. */
export function slicePlan(text: string): PlanSlices | undefined {
  const cut = cutPlan(text);
  if (!cut) return undefined;
  const out: PlanSlices = { rest: restLines(text, cut.rest).join('\n'), entries: [], others: [] };
  for (const piece of cut.pieces) {
    // Entries were joined lines: the line break before the next line is not theirs.
    const entry = text.slice(piece.start, piece.end === text.length ? piece.end : piece.end - 1);
    (piece.key === 'goals' ? out.entries : out.others).push(entry);
  }
  return out;
}

/** The lines of the rest, their breaks left out, as slicePlan has always listed them. */
function restLines(text: string, spans: readonly LineSpan[]): string[] {
  const lines: string[] = [];
  for (const span of spans) {
    const some = text.slice(span.start, span.end).split('\n');
    // A run ends with a line break, or at the end of the file.
    if (some.at(-1) === '') some.pop();
    lines.push(...some);
  }
  // The empty line after the file's last break is the rest's when no entry took it.
  if (text === '' || (text.endsWith('\n') && spans.at(-1)?.end === text.length)) lines.push('');
  return lines;
}

/** The plan cut into list entries by offsets (see slicePlan), or undefined. */
export function cutPlan(text: string): PlanCut | undefined {
  // A byte order mark, or a carriage return on its own (a line break to YAML, not to this cut).
  if (text.charCodeAt(0) === 0xfeff || /\r(?!\n)/.test(text)) return undefined;
  const out: PlanCut = { pieces: [], rest: [] };
  let current: PlanPiece | undefined;
  let place: Place | undefined;
  let key = '';
  let goalsSeen = false;
  const toRest = (start: number, end: number): void => {
    if (start === end) return;
    const last = out.rest.at(-1);
    if (last && last.end === start) last.end = end;
    else out.rest.push({ start, end });
  };
  let count = 0;
  for (let start = 0; ; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl + 1;
    const raw = text.slice(start, nl < 0 ? text.length : nl);
    const lineStart = start;
    start = end;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    // YAML indents with spaces only; a tab there is an error the whole parse reports.
    const lead = line.length - line.replace(/^ +/, '').length;
    const body = line.slice(lead);
    if (body.startsWith('\t')) return undefined;
    if (body === '' || body.startsWith('#')) {
      // Comments and blank lines belong to the entry before them, else to the rest.
      if (current) current.end = end;
      else toRest(lineStart, end);
    } else {
      if (lead === 0 && (line.startsWith('---') || line.startsWith('...') || line.startsWith('%'))) return undefined;
      const isItem = body === '-' || body.startsWith('- ');
      if (place?.in === 'open' && isItem) place = { in: 'list', goals: place.goals, indent: lead };
      else if (place?.in === 'open' && lead > 0) {
        // A mapping or a scalar under the key: only goals must be a list.
        if (place.goals) return undefined;
        place = { in: 'value' };
      }
      let next = true;
      if (place?.in === 'list') {
        if (lead === place.indent && isItem) {
          current = { key, index: count++, indent: lead, start: lineStart, end };
          out.pieces.push(current);
          next = false;
        } else if (lead > place.indent && current) {
          current.end = end;
          next = false;
        } else if (lead !== 0) return undefined;
        else current = undefined;
      } else if (place?.in === 'value' && lead > 0) {
        toRest(lineStart, end);
        next = false;
      }
      if (next) {
        // A line at the start of a line: the next top-level key.
        if (lead !== 0 || !TOP_KEY.test(line)) return undefined;
        toRest(lineStart, end);
        const open = OPEN_KEY.test(line);
        const goals = line.startsWith('goals:');
        if (goals && (goalsSeen || !open)) return undefined;
        goalsSeen ||= goals;
        place = open ? { in: 'open', goals } : { in: 'value' };
        key = TOP_KEY.exec(line)?.[1] ?? '';
        count = 0;
      }
    }
    if (nl < 0) return out;
  }
}
