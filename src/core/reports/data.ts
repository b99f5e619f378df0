/**
 * The facts a report states, gathered from the plan as it is now, its history and the
 * journal. Each fact carries where it came from, and a fact no record holds is left
 * out or said to be unknown: a report never invents a number or a date.
 */
import type { History, HistoryPoint } from '../history';
import type { Entry, Goal, IsoDate } from '../model';
import { reviewWords } from '../words/review-kinds';
import { inPeriod, type ReportPeriod } from './period';
import { journalFacts, type JournalDecision, type JournalFacts, type ReportJournalEntry } from './journal-body';
import type { Analysis } from '../types';
import type { Evidence as CommitEvidence } from '../evidence';

/** Everything a report is built from. */
export interface ReportSources {
  /** The plan as it is now, analysed on `now`. */
  analysis: Analysis;
  /** Its history (`buildHistory`): journal points, commits when the caller has them, today. */
  history: History;
  /** Journal entries, with their text when the caller read it (decisions and focus come from the text). */
  journal: readonly ReportJournalEntry[];
  /** When the report is generated; its local date is "today". */
  now: Date;
  /** The person's commits linked to goals in the period, when the caller read git. */
  evidence?: CommitEvidence;
}

/** The recorded points that bound a period: the last before it and the last within it. */
export interface PeriodPoints {
  /** The last point dated before the period starts. */
  start?: HistoryPoint;
  /** The last point dated on or before the period's last day. */
  end?: HistoryPoint;
}

/** The points that bound `period` (the history is oldest first). */
export function periodPoints(history: History, period: ReportPeriod): PeriodPoints {
  let start: HistoryPoint | undefined;
  let end: HistoryPoint | undefined;
  for (const p of history.points) {
    if (p.date < period.from) start = p;
    if (p.date <= period.to) end = p;
  }
  return { start, end };
}

/** A figure as one record holds it. */
interface Reading {
  value: number;
  point: HistoryPoint;
}

/**
 * How one figure changed over a period, as far as records show: `from` is the last
 * record before the period, or the first in it when none is before; `to` the last
 * record in it. Either may be missing; both missing means no record says anything.
 */
export interface Change {
  from?: Reading;
  to?: Reading;
}

/** The change of the figure `value` reads from each point (undefined where a point does not record it). */
export function changeIn(history: History, period: Pick<ReportPeriod, 'from' | 'to'>, value: (p: HistoryPoint) => number | undefined): Change {
  let before: Reading | undefined;
  let first: Reading | undefined;
  let last: Reading | undefined;
  for (const point of history.points) {
    const v = value(point);
    if (v === undefined || !Number.isFinite(v)) continue;
    if (point.date < period.from) before = { value: v, point };
    else if (point.date <= period.to) {
      first ??= { value: v, point };
      last = { value: v, point };
    }
  }
  const from = before ?? first;
  return { ...(from && { from }), ...(last && { to: last }) };
}

/** A goal as a journal line names it (its title, or its id), for matching journal text to the plan. */
export function goalByLabel(goals: readonly Goal[]): (label: string) => Goal | undefined {
  const byTitle = new Map<string, Goal>();
  for (const g of goals) if (!byTitle.has(g.title)) byTitle.set(g.title, g);
  const byId = new Map(goals.map((g) => [g.id, g]));
  return (label) => byTitle.get(label) ?? byId.get(label);
}

/**
 * A record in the period that shows work on a goal. Commits linked as evidence (once
 * the plan can name them) join as one more kind here; every section that lists
 * evidence takes them from this list.
 */
export type Evidence =
  | { kind: 'win'; date: IsoDate; win: Entry }
  | { kind: 'checkpoint'; date: IsoDate; reached: Reached }
  /** A journal entry in the period that records the goal at 100%. */
  | { kind: 'journal'; date: IsoDate; review: string; path?: string };

/** A goal achieved in the period, what dates it, and the evidence under it. */
export interface Achieved {
  /** The goal in the plan, when the record still matches one. */
  goal?: Goal;
  /** Its name as the record gives it. */
  label: string;
  /**
   * What dates it: a review that marked it done in the period, or, for a goal done in
   * goals.yaml that no review marked, the newest evidence in the period.
   */
  when: { how: 'marked'; date: IsoDate; review: string; reason?: string } | { how: 'evidence'; date: IsoDate; evidence: Evidence };
  /** Its wins and checkpoints in the period, newest first. */
  evidence: Evidence[];
}

/** Goals achieved in the period, and goals now done that no record dates. */
export interface Achievements {
  /** Newest first. */
  dated: Achieved[];
  /** Done now, with no record of when, and nothing showing it was before or after the period. */
  undated: Goal[];
}

/** Newest first, by date. */
const newestFirst = (a: { date: IsoDate }, b: { date: IsoDate }): number => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0);

/** The evidence of `goal` in the period: its wins, its checkpoints reached, and journal entries that record it complete. */
function evidenceOf(src: ReportSources, goal: Goal, period: ReportPeriod, reached: readonly Reached[]): Evidence[] {
  const out: Evidence[] = [];
  for (const win of entriesIn(src.analysis.parse.model.wins, period)) if (win.goal === goal.id) out.push({ kind: 'win', date: win.date, win });
  for (const r of reached) if (r.goalId === goal.id) out.push({ kind: 'checkpoint', date: r.date, reached: r });
  for (const p of src.history.points) {
    if (p.source !== 'review' || !inPeriod(p.date, period) || (p.goals[goal.id]?.progress ?? 0) < 1) continue;
    out.push({ kind: 'journal', date: p.date, review: reviewWords(p.kind ?? 'weekly'), ...(p.ref !== undefined && { path: p.ref }) });
  }
  return out.sort(newestFirst);
}

/**
 * Goals achieved in the period: a review's decision `Done` or a `marked done` change
 * dated inside it, or a goal done in goals.yaml with evidence in the period (a linked
 * win, a checkpoint reached, a journal entry recording it complete), named as what dates
 * it. A goal done now that nothing dates is listed apart, unless the history shows it
 * was complete before the period or not yet at its end.
 */
export function achievements(src: ReportSources, facts: JournalFacts, period: ReportPeriod, points: PeriodPoints): Achievements {
  const goals = src.analysis.parse.model.goals;
  const find = goalByLabel(goals);
  const reached = checkpointsReached(src, facts, period);
  const byKey = new Map<string, Achieved>();
  const datedAnywhere = new Set<Goal>();
  const note = (label: string, date: IsoDate, review: string, reason?: string): void => {
    const goal = find(label);
    if (goal) datedAnywhere.add(goal);
    if (!inPeriod(date, period)) return;
    byKey.set(goal ? `goal:${goal.index}` : `label:${label}`, {
      ...(goal && { goal }),
      label: goal?.title ?? label,
      when: { how: 'marked', date, review, ...(reason && { reason }) },
      // The review that marked it done is already named; its own record of 100% is not repeated.
      evidence: goal ? evidenceOf(src, goal, period, reached).filter((e) => e.kind !== 'journal' || e.date !== date) : [],
    });
  };
  for (const d of facts.decisions) if (d.decision === 'Done') note(d.goal, d.date, reviewWords(d.kind), d.reason);
  for (const c of facts.changes) if (c.change.kind === 'status' && c.change.status === 'done') note(c.goal, c.date, reviewWords(c.kind));
  const undated: Goal[] = [];
  for (const g of goals) {
    if (g.status !== 'done' || datedAnywhere.has(g)) continue;
    const before = points.start?.goals[g.id]?.progress;
    const after = points.end?.goals[g.id]?.progress;
    if ((before !== undefined && before >= 1) || (after !== undefined && after < 1)) continue;
    const evidence = evidenceOf(src, g, period, reached);
    const newest = evidence[0];
    if (newest) byKey.set(`goal:${g.index}`, { goal: g, label: g.title, when: { how: 'evidence', date: newest.date, evidence: newest }, evidence });
    else undated.push(g);
  }
  const dated = [...byKey.values()].sort((a, b) => newestFirst(a.when, b.when));
  return { dated, undated };
}

/** A checkpoint reached in the period. */
export interface Reached {
  goal: string;
  /** The goal's id, when the record matches a goal in the plan. */
  goalId?: string;
  title: string;
  /** The day a review recorded it reached, or the checkpoint's planned date when no review did. */
  date: IsoDate;
  how: 'recorded' | 'planned';
  review?: string;
}

/**
 * Checkpoints reached in the period, newest first: those a review recorded as reached
 * on a day in the period, then done checkpoints planned for a day in the period (the
 * plan does not keep the day a checkpoint was ticked, so that is all it shows).
 */
export function checkpointsReached(src: ReportSources, facts: JournalFacts, period: ReportPeriod): Reached[] {
  const find = goalByLabel(src.analysis.parse.model.goals);
  const out: Reached[] = [];
  const recorded = new Set<string>();
  for (const c of facts.changes) {
    if (c.change.kind !== 'checkpoint') continue;
    const goal = find(c.goal);
    recorded.add(`${goal?.id ?? c.goal}\n${c.change.title}`);
    if (inPeriod(c.date, period)) out.push({ goal: goal?.title ?? c.goal, ...(goal && { goalId: goal.id }), title: c.change.title, date: c.date, how: 'recorded', review: reviewWords(c.kind) });
  }
  for (const g of src.analysis.parse.model.goals) {
    for (const cp of g.checkpoints) {
      if (!cp.done || !cp.date || !inPeriod(cp.date, period) || recorded.has(`${g.id}\n${cp.title}`)) continue;
      out.push({ goal: g.title, goalId: g.id, title: cp.title, date: cp.date, how: 'planned' });
    }
  }
  return out.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** Entries (wins or lessons) dated in the period, newest first; a later line of the file first within a day. */
export function entriesIn(entries: readonly Entry[], period: ReportPeriod): Entry[] {
  return entries.filter((e) => inPeriod(e.date, period)).sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : b.index - a.index));
}

/** Wins of one goal (or of none), newest first. */
export interface WinGroup {
  /** The goal id the wins name; undefined for wins tied to no goal. */
  goalId?: string;
  goal?: Goal;
  wins: Entry[];
}

/**
 * The period's wins grouped by goal: groups in the order of their newest win, wins
 * newest first within each, and wins tied to no goal last.
 */
export function winGroups(src: ReportSources, period: ReportPeriod): WinGroup[] {
  const model = src.analysis.parse.model;
  const groups = new Map<string, WinGroup>();
  const loose: WinGroup = { wins: [] };
  for (const w of entriesIn(model.wins, period)) {
    if (w.goal === undefined) {
      loose.wins.push(w);
      continue;
    }
    let g = groups.get(w.goal);
    if (!g) {
      g = { goalId: w.goal, goal: model.goals.find((x) => x.id === w.goal), wins: [] };
      groups.set(w.goal, g);
    }
    g.wins.push(w);
  }
  return [...groups.values(), ...(loose.wins.length ? [loose] : [])];
}

/** Decisions dated in the period that changed a goal's course (not `Keep`), oldest first. */
export function changesOfCourse(facts: JournalFacts, period: ReportPeriod): JournalDecision[] {
  return facts.decisions.filter((d) => d.decision !== 'Keep' && inPeriod(d.date, period));
}

/** The journal facts of the sources. */
export function factsOf(src: ReportSources): JournalFacts {
  return journalFacts(src.journal);
}
