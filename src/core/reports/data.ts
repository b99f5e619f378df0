/**
 * The facts a report states, gathered from the plan as it is now, its history and the
 * journal. Each fact carries where it came from, and a fact no record holds is left
 * out or said to be unknown: a report never invents a number or a date.
 */
import type { History, HistoryPoint } from '../history';
import type { Entry, Goal, IsoDate } from '../model';
import { inPeriod, type ReportPeriod } from './period';
import { journalFacts, type JournalDecision, type JournalFacts, type ReportJournalEntry } from './journal-body';
import type { Analysis } from '../types';
import type { Evidence } from '../evidence';

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
  evidence?: Evidence;
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

/** `weekly review, 2026-09-28`, `commit, 2026-10-03`, `today, 2026-11-21`. */
export function pointWords(p: HistoryPoint): string {
  const what = p.source === 'review' ? `${p.kind ?? 'weekly'} review` : p.source;
  return `${what}, ${p.date}`;
}

/** A goal as a journal line names it (its title, or its id), for matching journal text to the plan. */
export function goalByLabel(goals: readonly Goal[]): (label: string) => Goal | undefined {
  const byTitle = new Map<string, Goal>();
  for (const g of goals) if (!byTitle.has(g.title)) byTitle.set(g.title, g);
  const byId = new Map(goals.map((g) => [g.id, g]));
  return (label) => byTitle.get(label) ?? byId.get(label);
}

/** A goal marked done in the period, and what records when. */
interface Achieved {
  /** The goal in the plan, when the record still matches one. */
  goal?: Goal;
  /** Its name as the record gives it. */
  label: string;
  /** The record that dates it. */
  when: { date: IsoDate; review: string; reason?: string };
}

/** Goals achieved in the period, and goals now done that no record dates. */
export interface Achievements {
  dated: Achieved[];
  /** Done now, with no record of when, and nothing showing it was before or after the period. */
  undated: Goal[];
}

/**
 * Goals marked done in the period: a review's decision `Done` or a `marked done`
 * change dated inside it. A goal done now that no record dates is listed apart,
 * unless the history shows it was complete before the period or not yet at its end.
 */
export function achievements(src: ReportSources, facts: JournalFacts, period: ReportPeriod, points: PeriodPoints): Achievements {
  const goals = src.analysis.parse.model.goals;
  const find = goalByLabel(goals);
  const byKey = new Map<string, Achieved>();
  const datedAnywhere = new Set<Goal>();
  const note = (label: string, date: IsoDate, review: string, reason?: string): void => {
    const goal = find(label);
    if (goal) datedAnywhere.add(goal);
    if (!inPeriod(date, period)) return;
    byKey.set(goal ? `goal:${goal.index}` : `label:${label}`, { goal, label: goal?.title ?? label, when: { date, review, ...(reason && { reason }) } });
  };
  for (const d of facts.decisions) if (d.decision === 'Done') note(d.goal, d.date, `${d.kind} review`, d.reason);
  for (const c of facts.changes) if (c.change.kind === 'status' && c.change.status === 'done') note(c.goal, c.date, `${c.kind} review`);
  const dated = [...byKey.values()].sort((a, b) => (a.when.date < b.when.date ? 1 : a.when.date > b.when.date ? -1 : 0));
  const undated = goals.filter((g) => {
    if (g.status !== 'done' || datedAnywhere.has(g)) return false;
    const before = points.start?.goals[g.id]?.progress;
    const after = points.end?.goals[g.id]?.progress;
    return !(before !== undefined && before >= 1) && !(after !== undefined && after < 1);
  });
  return { dated, undated };
}

/** A checkpoint reached in the period. */
export interface Reached {
  goal: string;
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
    if (inPeriod(c.date, period)) out.push({ goal: goal?.title ?? c.goal, title: c.change.title, date: c.date, how: 'recorded', review: `${c.kind} review` });
  }
  for (const g of src.analysis.parse.model.goals) {
    for (const cp of g.checkpoints) {
      if (!cp.done || !cp.date || !inPeriod(cp.date, period) || recorded.has(`${g.id}\n${cp.title}`)) continue;
      out.push({ goal: g.title, title: cp.title, date: cp.date, how: 'planned' });
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
