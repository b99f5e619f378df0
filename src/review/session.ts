/**
 * Builds the read-only `ReviewSession` the panel renders from a folder's analysed
 * goals file. No vscode runtime use: only types, so the mapping stays easy to test.
 */
import * as l10n from '@vscode/l10n';
import type { JournalRecord } from '../core/history';
import { adjustmentsBetween } from '../core/analysis/adjustments';
import { describeInsight } from '../core/analyze';
import { HORIZON_LABELS, type Entry, type Goal, type IsoDate, type ReviewKind, type ReviewRecord } from '../core/model';
import { nextQuarter, quarterBounds, quarterOf } from '../core/time/quarter';
import type { Analysis, GoalInsight } from '../core/types';
import { PROTOCOL_VERSION, type EntryView, type GoalView, type ReviewSession } from '../shared/protocol';
import { REVIEW_TITLES } from '../core/words/review-kinds';

export interface SessionInput {
  kind: ReviewKind;
  folderName: string;
  folderUri: string;
  analysis: Analysis;
  reviews: readonly ReviewRecord[];
  /** The journal's entries with their figures, oldest first, for each goal's recent progress. */
  journal?: readonly JournalRecord[];
  today: string;
  prompts: string[];
  maxActiveGoals: number;
  journalFolder: string;
  /** Why goals.yaml can't be written now, if it can't. */
  problem?: string;
}

/** Within this many days of a quarter's start, a quarterly reset plans that quarter rather than the next. */
const EARLY_IN_QUARTER_DAYS = 14;

/**
 * The quarter a quarterly reset plans: the next one, unless the reset happens in the
 * first two weeks of a quarter whose focus hasn't been set yet — then it is a late
 * reset for the quarter just begun. Quarters are those of a year starting in month
 * `yearStarts` (`rhythm.year_starts`), so labels are `FY2027-Q3` when it is not January.
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export function focusQuarterFor(today: string, currentFocus?: string, yearStarts?: number): string {
  const current = quarterOf(today, yearStarts) ?? '';
  const bounds = quarterBounds(current, yearStarts);
  const early = bounds && Date.parse(today) - Date.parse(bounds.start) < EARLY_IN_QUARTER_DAYS * 86_400_000;
  if (early && currentFocus !== current) return current;
  return nextQuarter(current) ?? current;
}

function goalView(insight: GoalInsight, focus: readonly string[], journal: readonly JournalRecord[]): GoalView {
  const g: Goal = insight.goal;
  const pace = insight.pace;
  return {
    id: g.id,
    title: g.title,
    horizon: g.horizon,
    horizonLabel: HORIZON_LABELS[g.horizon],
    status: g.status,
    progress: insight.progress,
    pace: {
      kind: pace.kind,
      ...(pace.kind === 'on-track' && { bufferDays: pace.bufferDays }),
      ...((pace.kind === 'on-track' || pace.kind === 'behind') && { expected: pace.expected }),
    },
    insight: describeInsight(insight),
    ...(g.why !== undefined && { why: g.why }),
    values: [...g.values],
    ...(g.start && { start: g.start }),
    ...(g.due && { due: g.due }),
    ...(g.metric && { metric: { name: g.metric.name, unit: g.metric.unit, start: g.metric.start, target: g.metric.target, current: g.metric.current } }),
    checkpoints: g.checkpoints.map((c) => ({ index: c.index, title: c.title, ...(c.date && { date: c.date }), done: c.done })),
    tasks: g.tasks.map((t) => ({ index: t.index, title: t.title, done: t.done, ...(t.priority && { priority: t.priority }), ...(t.due && { due: t.due }) })),
    ...(g.resources && { resources: { time: g.resources.time, learning: [...g.resources.learning], tools: [...g.resources.tools] } }),
    ...(g.flexibility !== undefined && { flexibility: g.flexibility }),
    inFocus: focus.includes(g.id),
    recent: recentProgress(g.id, insight.progress, journal),
  };
}

/** How many points the Check progress sparkline shows. */
const RECENT_POINTS = 8;

/** The goal's progress at the last reviews that recorded it, then today's, oldest first. */
function recentProgress(id: string, today: number, journal: readonly JournalRecord[]): number[] {
  const past: number[] = [];
  for (const r of journal) {
    const p = r.entry.progress;
    if (p && Object.prototype.hasOwnProperty.call(p, id) && typeof p[id] === 'number') past.push(p[id] / 100);
  }
  return [...past.slice(-(RECENT_POINTS - 1)), today];
}

const entryView = (e: Entry): EntryView => ({ date: e.date, text: e.text, ...(e.goal && { goalId: e.goal }) });

/** How deep each kind of review goes: a deeper one counts as the shallower ones too. */
const DEPTH: Record<ReviewKind, number> = { weekly: 0, monthly: 1, quarterly: 2 };

/**
 * The latest completed review, deepest kind first on the same day.
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export function lastReviewOf(reviews: readonly ReviewRecord[]): ReviewRecord | undefined {
  return [...reviews].sort((a, b) => (a.date === b.date ? DEPTH[b.kind] - DEPTH[a.kind] : a.date < b.date ? 1 : -1))[0];
}

/**
 * The day a review of `kind` last happened, counting deeper reviews (a quarterly reset
 * is a monthly deep dive too); undefined when none did.
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export function lastOfKind(reviews: readonly ReviewRecord[], kind: ReviewKind): IsoDate | undefined {
  return lastReviewOf(reviews.filter((r) => DEPTH[r.kind] >= DEPTH[kind]))?.date;
}

/** Maps an analysis to the session a panel shows. */
export function buildSession(input: SessionInput): ReviewSession {
  const { analysis } = input;
  const model = analysis.parse.model;
  const focusGoals = model.focus?.goals ?? [];
  const last = lastReviewOf(input.reviews);
  const yearStarts = model.rhythm?.yearStarts;
  const currentQuarter = quarterOf(input.today, yearStarts) ?? '';
  // "Since the last review" includes its day: wins logged after a morning review still count.
  const since = (e: Entry) => !last || e.date >= last.date;
  const problem = input.problem ?? (analysis.parse.syntaxOk ? undefined : l10n.t('goals.yaml has a YAML syntax error, so the review can’t change it. Fix the file, or save your review as a journal entry only.'));
  return {
    protocol: PROTOCOL_VERSION,
    kind: input.kind,
    title: REVIEW_TITLES[input.kind],
    folderName: input.folderName,
    folderUri: input.folderUri,
    today: input.today,
    ...(model.vision?.northStar && { northStar: model.vision.northStar }),
    values: [...(model.vision?.values ?? [])],
    ...(model.vision?.narrative && { narrative: model.vision.narrative }),
    ...(model.focus && { focus: { quarter: model.focus.quarter, theme: model.focus.theme, goals: [...model.focus.goals] } }),
    goals: analysis.insights.map((i) => goalView(i, focusGoals, input.journal ?? [])),
    overall: analysis.overall,
    activeCount: analysis.activeCount,
    maxActiveGoals: input.maxActiveGoals,
    winsSinceLastReview: model.wins.filter(since).map(entryView),
    quarterWins: model.wins.filter((w) => quarterOf(w.date, yearStarts) === currentQuarter).map(entryView),
    completedGoals: model.goals.filter((g) => g.status === 'done').map((g) => ({ id: g.id, title: g.title })),
    lessonsSinceLastReview: model.lessons.filter(since).map(entryView),
    // Moved deadlines are for the deeper reviews: "what changed and why" since the last one of this kind, its day included.
    ...(input.kind !== 'weekly' && { adjustments: adjustmentsBetween(model.goals, lastOfKind(input.reviews, input.kind)) }),
    prompts: input.prompts,
    ...(last && { lastReview: { kind: last.kind, date: last.date } }),
    currentQuarter,
    proposedFocusQuarter: focusQuarterFor(input.today, model.focus?.quarter, yearStarts),
    canWrite: problem === undefined,
    ...(problem !== undefined && { problem }),
    journalFolder: input.journalFolder,
  };
}
