/**
 * What the progress dashboard shows, worked out from the history and today's
 * analysis: plain JSON, posted to the webview as is (and reusable by the report
 * export). Pure: "today" is an argument; the evidence comes in read.
 */
import { dayOf, dayToIso, isoToDay } from '../time/dates';
import { reviewCalendar, type CalendarWeek, type History, type HistoryPoint, type ReviewStreaks } from './index';
import type { Horizon, GoalStatus, IsoDate, ReviewKind } from '../model';
import type { Analysis } from '../types';
import type { Evidence } from '../evidence';

/** One goal's series for its pace and metric charts. */
export interface DashboardGoal {
  id: string;
  title: string;
  horizon: Horizon;
  status: GoalStatus;
  start?: IsoDate;
  due?: IsoDate;
  checkpoints: { date: IsoDate; title: string; done: boolean }[];
  /** Progress (0–1) at each history point that records this goal, oldest first. */
  points: { date: IsoDate; progress: number }[];
  metric?: { name?: string; unit?: string; start: number; target: number; points: { date: IsoDate; value: number }[] };
  /** Days of safety buffer today (on-track goals), as the tree shows it. */
  bufferDays?: number;
  pace: string;
}

/** A value of the vision with what serves it. */
export interface ValueBalance {
  value: string;
  activeGoals: number;
  /** Wins of the last 91 days on goals that serve it. */
  wins: number;
}

/** Everything the dashboard draws. */
export interface DashboardModel {
  today: IsoDate;
  northStar?: string;
  /** Only today's point: a new plan, shown with the empty-state words. */
  empty: boolean;
  points: HistoryPoint[];
  goals: DashboardGoal[];
  calendar: CalendarWeek[];
  streaks: ReviewStreaks;
  wins: { date: IsoDate; goal?: string }[];
  goalTitles: Record<string, string>;
  values: ValueBalance[];
  /** The plan's pauses: the time charts shade them, and the pace lines stand still through them. */
  pauses: { from: IsoDate; to: IsoDate; note: string | null }[];
  /** The person's commits linked to goals (one entry per goal a commit names), when git was read; with the period read. */
  commits?: { since: IsoDate; until: IsoDate; items: { date: IsoDate; goal: string }[] };
}

/** Days counted as "the last quarter" for the values balance. */
const QUARTER_DAYS = 91;

/** The dashboard's model for a plan's analysis and history on `now` (local day). */
export function dashboardModel(analysis: Analysis, history: History, reviews: readonly { kind: ReviewKind; date: IsoDate }[], now: Date, evidence?: Evidence): DashboardModel {
  const today = dayOf(now);
  const model = analysis.parse.model;
  const goals: DashboardGoal[] = analysis.insights.map(({ goal, pace }) => {
    const points: { date: IsoDate; progress: number }[] = [];
    const metricPoints: { date: IsoDate; value: number }[] = [];
    for (const p of history.points) {
      const g = Object.prototype.hasOwnProperty.call(p.goals, goal.id) ? p.goals[goal.id] : undefined;
      if (!g) continue;
      points.push({ date: p.date, progress: g.progress });
      if (g.metric !== undefined) metricPoints.push({ date: p.date, value: g.metric });
    }
    const d: DashboardGoal = {
      id: goal.id,
      title: goal.title,
      horizon: goal.horizon,
      status: goal.status,
      checkpoints: goal.checkpoints.flatMap((c) => (c.date ? [{ date: c.date, title: c.title, done: c.done }] : [])),
      points,
      pace: pace.kind,
    };
    if (goal.start) d.start = goal.start;
    if (goal.due) d.due = goal.due;
    if (pace.kind === 'on-track') d.bufferDays = pace.bufferDays;
    if (goal.metric) d.metric = { name: goal.metric.name, unit: goal.metric.unit, start: goal.metric.start, target: goal.metric.target, points: metricPoints };
    return d;
  });
  const wins = model.wins.map((w) => (w.goal ? { date: w.date, goal: w.goal } : { date: w.date }));
  const since = today - QUARTER_DAYS;
  const values = (model.vision?.values ?? []).map((value): ValueBalance => {
    const serving = model.goals.filter((g) => g.values.includes(value));
    const ids = new Set(serving.map((g) => g.id));
    const recent = model.wins.filter((w) => w.goal !== undefined && ids.has(w.goal) && isoToDay(w.date) > since && isoToDay(w.date) <= today);
    return { value, activeGoals: serving.filter((g) => g.status === 'active').length, wins: recent.length };
  });
  return {
    today: dayToIso(today),
    ...(model.vision?.northStar ? { northStar: model.vision.northStar } : {}),
    empty: history.points.length <= 1,
    points: history.points,
    goals,
    calendar: reviewCalendar(reviews, model.wins.map((w) => w.date), now),
    streaks: history.reviews,
    wins,
    goalTitles: Object.fromEntries(model.goals.map((g) => [g.id, g.title])),
    values,
    pauses: history.pauses,
    ...(evidence && { commits: { since: evidence.since, until: evidence.until, items: evidence.goals.flatMap((g) => g.commits.map((c) => ({ date: c.date, goal: g.id }))) } }),
  };
}
