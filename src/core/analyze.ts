/**
 * The whole pipeline in one pass: parse, progress, pace, overall, cadence and
 * pitfalls. The host calls this on every change of goals.yaml.
 */
import { reviewCadence } from './cadence';
import { goalPace } from './pace';
import { parseGoals } from './parse';
import { computeProgress, overallProgress } from './progress';
import { findPitfalls } from './pitfalls';
import type { Analysis, AnalyzeOptions, GoalInsight } from './types';

/** Analyses goals.yaml text on `today`. Never throws. */
export function analyze(text: string, today: Date, opts: AnalyzeOptions = {}): Analysis {
  const parse = parseGoals(text);
  const goals = parse.model.goals;
  const progress = computeProgress(goals);
  const insights: GoalInsight[] = [];
  const byId = new Map<string, GoalInsight>();
  let activeCount = 0;
  for (const goal of goals) {
    const p = progress.get(goal.id) ?? 0;
    const insight: GoalInsight = { goal, progress: p, pace: goalPace(goal, p, today) };
    insights.push(insight);
    byId.set(goal.id, insight);
    if (goal.status === 'active') activeCount++;
  }
  const pitfalls = findPitfalls(parse.model, today, { maxActiveGoals: opts.maxActiveGoals, progress });
  return {
    parse,
    insights,
    byId,
    overall: overallProgress(goals, progress),
    activeCount,
    cadence: reviewCadence(opts.reviews ?? [], today),
    pitfalls,
    diagnostics: parse.diagnostics.concat(pitfalls),
  };
}

/**
 * A one-line summary of a goal for the tree, CodeLens and status bar:
 * `46% · on track · 12d buffer`, `20% · behind`, `overdue`, `100% · done`,
 * `35% · paused`, `0% · unscheduled`.
 */
export function describeInsight(insight: GoalInsight): string {
  const status = insight.goal.status;
  const pct = `${percent(status === 'done' ? 1 : insight.progress)}%`;
  if (status !== 'active') return `${pct} · ${status}`;
  const pace = insight.pace;
  switch (pace.kind) {
    case 'on-track':
      return `${pct} · on track · ${pace.bufferDays}d buffer`;
    case 'behind':
      return `${pct} · behind`;
    case 'overdue':
      return 'overdue';
    case 'unscheduled':
      return `${pct} · unscheduled`;
    default:
      return pct;
  }
}

/** Whole percent, rounded down so that 100% only ever means complete. */
export function percent(progress: number): number {
  return Math.floor(Math.max(0, Math.min(1, progress)) * 100 + 1e-9);
}
