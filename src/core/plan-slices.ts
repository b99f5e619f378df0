/**
 * Cuts a plan into the text of each `goals:` entry and the rest, by lines alone, so
 * that entries can be read (and cached) one by one. It only cuts where the YAML rules
 * make the cut certain: a block mapping of top-level keys at the start of a line, and
 * a block list of goals whose entries all start with `- ` at one indentation. Anything
 * else (document markers, flow style at the top, a second `goals:`, tabs, lines at an
 * odd indentation) gives undefined, and the caller reads the whole file instead. A cut
 * inside a multi-line quoted or flow value is possible, but then a piece no longer
 * parses on its own, which the reader checks (see version-point.ts).
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

/** The plan cut into list entries, or undefined when its layout is not one this cuts safely. */
export function slicePlan(text: string): PlanSlices | undefined {
  // A byte order mark, or a carriage return on its own (a line break to YAML, not to this cut).
  if (text.charCodeAt(0) === 0xfeff || /\r(?!\n)/.test(text)) return undefined;
  const rest: string[] = [];
  const out: PlanSlices = { rest: '', entries: [], others: [] };
  let current: string[] | undefined;
  let place: Place | undefined;
  let goalsSeen = false;
  const close = (): void => {
    if (current && place?.in === 'list') (place.goals ? out.entries : out.others).push(current.join('\n'));
    current = undefined;
  };
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    // YAML indents with spaces only; a tab there is an error the whole parse reports.
    const lead = line.length - line.replace(/^ +/, '').length;
    const body = line.slice(lead);
    if (body.startsWith('\t')) return undefined;
    if (body === '' || body.startsWith('#')) {
      // Comments and blank lines belong to the entry before them, else to the rest.
      if (current) current.push(raw);
      else rest.push(raw);
      continue;
    }
    if (lead === 0 && (line.startsWith('---') || line.startsWith('...') || line.startsWith('%'))) return undefined;
    const isItem = body === '-' || body.startsWith('- ');
    if (place?.in === 'open' && isItem) place = { in: 'list', goals: place.goals, indent: lead };
    else if (place?.in === 'open' && lead > 0) {
      // A mapping or a scalar under the key: only goals must be a list.
      if (place.goals) return undefined;
      place = { in: 'value' };
    }
    if (place?.in === 'list') {
      if (lead === place.indent && isItem) {
        close();
        current = [raw];
        continue;
      }
      if (lead > place.indent && current) {
        current.push(raw);
        continue;
      }
      if (lead !== 0) return undefined;
      close();
    } else if (place?.in === 'value' && lead > 0) {
      rest.push(raw);
      continue;
    }
    // A line at the start of a line: the next top-level key.
    if (lead !== 0 || !TOP_KEY.test(line)) return undefined;
    rest.push(raw);
    const open = OPEN_KEY.test(line);
    const goals = line.startsWith('goals:');
    if (goals && (goalsSeen || !open)) return undefined;
    goalsSeen ||= goals;
    place = open ? { in: 'open', goals } : { in: 'value' };
  }
  close();
  out.rest = rest.join('\n');
  return out;
}
