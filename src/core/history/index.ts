/**
 * history/: the plan over time. This file builds the history (points, review streaks,
 * the review calendar); journal.ts reads and writes review journal entries,
 * version-point.ts reads the points of committed versions of the plan, and
 * dashboard-model.ts shapes all of it for the dashboard. It imports analyze.ts, parse/,
 * incremental/ (plan-slices.ts), analysis/, time/, text/, model.ts and types.ts.
 *
 * The Goal Tracking System's data: a time series of progress read back from what the
 * person already keeps (journal entries, committed versions of goals.yaml, today's
 * file), and the review streaks. Pure: the host reads files and git, this decides
 * what the points are. Every value is JSON-safe, so the same object goes to the
 * public API, the dashboard webview and the report export.
 */
import { dayOf, dayToIso, isoToDay, todayIso } from '../time/dates';
import { pauseSpans } from '../rhythm';
import { reviewStreaks, weekStart, type ReviewStreaks } from './streaks';

export type { ReviewStreaks } from './streaks';
import type { Goal, IsoDate, ReviewKind, ReviewRecord } from '../model';
import type { JournalFrontMatter } from './journal';
import type { Analysis } from '../types';

/** Where a point came from. */
export type HistorySource = 'review' | 'commit' | 'today';

/** One goal's state at a point. */
interface GoalPoint {
  /** 0–1. */
  progress: number;
  /** The metric's `current` value in its own unit, when the source records it. */
  metric?: number;
}

/** One point of the series. */
export interface HistoryPoint {
  date: IsoDate;
  source: HistorySource;
  /** For a review point. */
  kind?: ReviewKind;
  /** 0–1. */
  overall: number;
  goals: Record<string, GoalPoint>;
  /** What to open for it: the journal entry's folder-relative path, or the commit hash. */
  ref?: string;
}

/** The history of one plan, oldest point first; the last point is today's state. */
export interface History {
  points: HistoryPoint[];
  reviews: ReviewStreaks;
  /** The plan's pauses (`pauses:` as the file is now), in file order: the dashboard shades them. */
  pauses: { from: IsoDate; to: IsoDate; note: string | null }[];
}

/** A journal entry as the history reads it: its front matter and where it is. */
export interface JournalRecord {
  entry: JournalFrontMatter;
  /** Folder-relative path, with forward slashes. */
  path: string;
}

/** Oldest entry first; entries of one day by path. The order the store and the CLI list a journal in. */
export function byEntryDate(a: JournalRecord, b: JournalRecord): number {
  return a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** The completed reviews (kind and date) of journal records, as the cadence reads them. */
export function reviewsOf(journal: readonly JournalRecord[]): ReviewRecord[] {
  return journal.map((r) => ({ kind: r.entry.kind, date: r.entry.date }));
}

/** What {@link buildHistory} combines. */
export interface HistoryInput {
  journal: readonly JournalRecord[];
  /** Points of committed versions (see {@link pointOf}), in any order. */
  commits: readonly HistoryPoint[];
  /** Today's analysis of the file as it is now. */
  today: Analysis;
  /** The person's local today. */
  now: Date;
}

const clamp01 = (n: number): number => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);

/**
 * The point of an analysed version of goals.yaml: its overall figure and each goal's
 * progress and metric value. Used for commits and for today.
 */
export function pointOf(analysis: Analysis, date: IsoDate, source: 'commit' | 'today', ref?: string): HistoryPoint {
  return pointOfGoals(analysis.insights, analysis.overall, date, source, ref);
}

/** {@link pointOf} from each goal's progress and the overall figure (what an analysis holds). */
export function pointOfGoals(insights: Iterable<{ goal: Goal; progress: number }>, overall: number, date: IsoDate, source: 'commit' | 'today', ref?: string): HistoryPoint {
  const goals: Record<string, GoalPoint> = {};
  for (const { goal, progress } of insights) {
    if (goal.id === '__proto__') continue;
    const g: GoalPoint = { progress: clamp01(progress) };
    const current = goal.metric?.current;
    if (typeof current === 'number' && Number.isFinite(current)) g.metric = current;
    goals[goal.id] = g;
  }
  const point: HistoryPoint = { date, source, overall: clamp01(overall), goals };
  if (ref !== undefined) point.ref = ref;
  return point;
}

/**
 * The point of a journal entry, or undefined when it records no figure at all (it
 * still counts for the streaks). An entry with goal percents but no `overall` gets
 * their mean.
 */
export function reviewPoint(record: JournalRecord): HistoryPoint | undefined {
  const { entry } = record;
  const goals: Record<string, GoalPoint> = {};
  for (const [id, percent] of Object.entries(entry.progress ?? {})) goals[id] = { progress: clamp01(percent / 100) };
  for (const [id, value] of Object.entries(entry.metrics ?? {})) {
    const g = goals[id];
    if (g) g.metric = value;
  }
  const percents = Object.values(goals).map((g) => g.progress);
  if (entry.overall === undefined && percents.length === 0) return undefined;
  const overall = entry.overall !== undefined ? entry.overall / 100 : percents.reduce((a, b) => a + b, 0) / percents.length;
  return { date: entry.date, source: 'review', kind: entry.kind, overall: clamp01(overall), goals, ref: record.path };
}

const KIND_ORDER: Record<ReviewKind, number> = { weekly: 0, monthly: 1, quarterly: 2 };

/** Oldest first; within a day reviews by kind (weekly, monthly, quarterly), then by file. */
function byDateThenKind(a: HistoryPoint, b: HistoryPoint): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const k = KIND_ORDER[a.kind ?? 'weekly'] - KIND_ORDER[b.kind ?? 'weekly'];
  return k !== 0 ? k : (a.ref ?? '').localeCompare(b.ref ?? '');
}

/**
 * Combines journal, commits and today into one series, oldest first:
 * - nothing after today (a clock that was wrong, an entry dated ahead);
 * - one commit point per day, the last of that day;
 * - a review wins over a commit of the same day, and today's point over both kinds of
 *   commit of today; reviews of today stay (they are markers), before today's point.
 */
export function buildHistory(input: HistoryInput): History {
  const today = todayIso(input.now);
  const reviews = reviewPoints(input.journal, today);
  const keep = commitDayFilter(reviews, today);
  const commitByDay = new Map<IsoDate, HistoryPoint>();
  // Input order decides within a day: the caller lists commits oldest first.
  for (const c of input.commits) if (keep(c.date)) commitByDay.set(c.date, c);
  const points = [...reviews, ...commitByDay.values()].sort(byDateThenKind);
  points.push(pointOf(input.today, today, 'today'));
  const pauses = input.today.parse.model.pauses ?? [];
  return {
    points,
    reviews: reviewStreaks(input.journal.map((r) => r.entry.date), input.now, pauseSpans(pauses)),
    pauses: pauses.map((p) => ({ from: p.from, to: p.to, note: p.note ?? null })),
  };
}

/** The journal's points up to `todayIso`, in journal order. */
function reviewPoints(journal: readonly JournalRecord[], todayIso: IsoDate): HistoryPoint[] {
  const points: HistoryPoint[] = [];
  for (const record of journal) {
    if (record.entry.date > todayIso) continue;
    const p = reviewPoint(record);
    if (p) points.push(p);
  }
  return points;
}

function commitDayFilter(reviews: readonly HistoryPoint[], todayIso: IsoDate): (day: IsoDate) => boolean {
  const reviewDays = new Set(reviews.map((p) => p.date));
  return (day) => day < todayIso && !reviewDays.has(day);
}

/**
 * Whether a commit of `day` can add a point to the history: not today or later (today's
 * point is the file as it is) and not a day with a review point (the review wins). The
 * host skips reading and analysing the other commits.
 */
export function commitDayCounts(journal: readonly JournalRecord[], now: Date): (day: IsoDate) => boolean {
  const today = todayIso(now);
  return commitDayFilter(reviewPoints(journal, today), today);
}

/**
 * Whether `value` has the shape of a {@link HistoryPoint} with figures in range: for
 * points kept between sessions, which come back from storage as plain JSON.
 */
export function isHistoryPoint(value: unknown): value is HistoryPoint {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Partial<Record<keyof HistoryPoint, unknown>>;
  const unit = (n: unknown) => typeof n === 'number' && n >= 0 && n <= 1;
  if (typeof p.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(p.date) || !unit(p.overall)) return false;
  if (p.source !== 'review' && p.source !== 'commit' && p.source !== 'today') return false;
  if (p.ref !== undefined && typeof p.ref !== 'string') return false;
  if (p.kind !== undefined && p.kind !== 'weekly' && p.kind !== 'monthly' && p.kind !== 'quarterly') return false;
  if (typeof p.goals !== 'object' || p.goals === null || Array.isArray(p.goals)) return false;
  return Object.values(p.goals as Record<string, unknown>).every((g) => {
    if (typeof g !== 'object' || g === null) return false;
    const { progress, metric } = g as Record<string, unknown>;
    return unit(progress) && (metric === undefined || (typeof metric === 'number' && Number.isFinite(metric)));
  });
}

/** One week of the consistency calendar. */
export interface CalendarWeek {
  /** Monday of the week. */
  start: IsoDate;
  /** Kinds of the reviews done that week, weekly first, once each. */
  reviews: ReviewKind[];
  /** Wins dated in the week. */
  wins: number;
}

/** The last `count` ISO weeks, oldest first, ending with this week: reviews done and wins logged. */
export function reviewCalendar(reviews: readonly { kind: ReviewKind; date: IsoDate }[], winDates: readonly IsoDate[], now: Date, count = 52): CalendarWeek[] {
  const last = weekStart(dayOf(now));
  const first = last - 7 * (count - 1);
  const weeks: CalendarWeek[] = [];
  for (let w = first; w <= last; w += 7) weeks.push({ start: dayToIso(w), reviews: [], wins: 0 });
  const slot = (iso: IsoDate): CalendarWeek | undefined => {
    const day = isoToDay(iso);
    if (!Number.isFinite(day)) return undefined;
    const w = weekStart(day);
    return w < first || w > last ? undefined : weeks[(w - first) / 7];
  };
  for (const r of reviews) {
    const week = slot(r.date);
    if (week && !week.reviews.includes(r.kind)) week.reviews.push(r.kind);
  }
  for (const week of weeks) week.reviews.sort((a, b) => KIND_ORDER[a] - KIND_ORDER[b]);
  for (const d of winDates) {
    const week = slot(d);
    if (week) week.wins++;
  }
  return weeks;
}
