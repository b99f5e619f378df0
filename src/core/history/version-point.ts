/**
 * History points of committed versions of a plan, read fast. Consecutive versions
 * share most of their goal entries, so each entry's text is read once (see
 * incremental/plan-slices.ts) and its goal reused by every version that has the same text; only
 * the checks across goals (ids, parents) and the progress roll-up run per version.
 * A version that cannot be cut safely, or whose pieces do not read cleanly on their
 * own (a YAML error, an alias), is analysed whole: the point is always the one
 * `pointOf(analyze(text))` gives, which a property test holds it to.
 */
import { isMap, isSeq } from 'yaml';
import { analyze } from '../analyze';
import { pointOf, pointOfGoals, type HistoryPoint } from './index';
import type { Goal, IsoDate } from '../model';
import { parseQuietly, TooBroken, type ReadDocument } from '../parse';
import { readGoal, type ReadGoal } from '../parse/goal';
import { Reader, SKIP } from '../parse/readers';
import { assignIds, checkParents, type ReadGoalEntry } from '../parse/plan-checks';
import { MAX_PLAN_CHARS } from '../parse/plan-size';
import { slicePlan } from '../incremental/plan-slices';
import { computeProgress, overallProgress } from '../analysis/progress';

/** A goal entry read on its own, or null when it does not read cleanly alone. */
type EntryRead = ReadGoal | null;

const NOWHERE = { start: 0, end: 0 };

/** Reads versions of one or more plans into history points, remembering each entry's text. */
export class VersionReader {
  private readonly entries = new Map<string, EntryRead>();
  private readonly clean = new Map<string, boolean>();
  /** How many versions took the fast path and how many were analysed whole (bench, tests). */
  readonly counts = { sliced: 0, whole: 0 };

  /** @param limit entries remembered before the memory is cleared (a bound, not an LRU: versions come in order). */
  constructor(private readonly limit = 5000) {}

  /** The point of `text`, committed at `when` (on local day `date`), as `pointOf(analyze(text, when), date, 'commit', ref)`. */
  point(text: string, when: Date, date: IsoDate, ref?: string): HistoryPoint {
    const fast = this.sliced(text, date, ref);
    if (fast) {
      this.counts.sliced++;
      return fast;
    }
    this.counts.whole++;
    return pointOf(analyze(text, when), date, 'commit', ref);
  }

  private sliced(text: string, date: IsoDate, ref: string | undefined): HistoryPoint | undefined {
    if (text.length > MAX_PLAN_CHARS) return undefined;
    const slices = slicePlan(text);
    if (!slices || !this.reads(slices.rest, false) || !slices.others.every((entry) => this.reads(entry, true))) return undefined;
    const entries: ReadGoalEntry[] = [];
    const brokenIds = new Set<string>();
    for (const slice of slices.entries) {
      const read = this.entry(slice);
      if (!read) return undefined;
      // A copy: the checks below set ids and clear parents, and the cached goal serves other versions.
      if (read.goal) entries.push({ goal: { ...read.goal }, ranges: read.ranges });
      else if (read.writtenId !== undefined) brokenIds.add(read.writtenId);
    }
    // The same checks, in the same order, as parseGoals; their reports are not needed here.
    const r = new Reader(undefined, text.length);
    assignIds(r, entries);
    const byId = new Map<string, Goal>();
    for (const { goal } of entries) byId.set(goal.id, goal);
    checkParents(r, entries, byId, brokenIds);
    const goals = entries.map((e) => e.goal);
    const progress = computeProgress(goals);
    const insights = goals.map((goal) => ({ goal, progress: progress.get(goal.id) ?? 0 }));
    return pointOfGoals(insights, overallProgress(goals, progress), date, 'commit', ref);
  }

  private entry(text: string): EntryRead {
    const known = this.entries.get(text);
    if (known !== undefined) return known;
    const read = readEntry(text);
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(text, read);
    return read;
  }

  /**
   * Whether a piece other than a goal entry (the plan without its lists' entries, or an
   * entry of wins, lessons…) reads cleanly alone, so that nothing in it can change how
   * the goal entries read.
   */
  private reads(text: string, entry: boolean): boolean {
    const known = this.clean.get(text);
    if (known !== undefined) return known;
    const ok = readCleanly(text, entry ? 'entry' : 'mapping') !== undefined;
    if (this.clean.size >= this.limit) this.clean.clear();
    this.clean.set(text, ok);
    return ok;
  }
}

/**
 * `text` parsed alone, with its reader, when it reads cleanly: no YAML error, no alias
 * (whose meaning could depend on text elsewhere), and the shape a piece of a plan has
 * (a one-item list for a list entry, a mapping for the rest).
 */
function readCleanly(text: string, shape: 'entry' | 'mapping'): { doc: ReadDocument; r: Reader } | undefined {
  const doc = parseQuietly(text);
  if (doc instanceof TooBroken || doc.errors.length > 0) return undefined;
  const shaped = shape === 'entry' ? isSeq(doc.contents) && doc.contents.items.length === 1 : isMap(doc.contents);
  if (!shaped) return undefined;
  const r = new Reader(doc, text.length);
  return r.hasAliases ? undefined : { doc, r };
}

/** One `- ` entry of `goals:` read as a document of its own. */
function readEntry(text: string): EntryRead {
  const read = readCleanly(text, 'entry');
  if (!read) return null;
  const [node] = read.r.items(read.doc.contents, 'goals', NOWHERE);
  return node === SKIP ? null : readGoal(read.r, node, 0, NOWHERE);
}
