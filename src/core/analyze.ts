/**
 * The whole pipeline in one pass: parse, progress, pace, overall, cadence and
 * pitfalls. The host calls this on every change of goals.yaml.
 */
import * as l10n from '@vscode/l10n';
import { bufferWords, paceLabel } from './words/pace-words';
import { statusWord } from './words/status-line';
import { percent } from './words/percent';
import { reviewCadence } from './analysis/cadence';
import { goalPace } from './analysis/pace';
import { pauseSpans } from './rhythm';
import { parseGoals } from './parse';
import { computeProgress, overallProgress } from './analysis/progress';
import { findPitfalls } from './analysis/pitfalls';
import type { Diagnostic, ParseResult } from './model';
import type { Analysis, AnalyzeOptions, GoalInsight } from './types';
import { severityOf } from './validate-codes';

/**
 * Analyses goals.yaml text on `today`. Never throws: should a later step fail (a bug,
 * or options the host got wrong), the parse is still returned, with an
 * `analysis-failed` diagnostic saying so.
 */
export function analyze(text: string, today: Date, opts: AnalyzeOptions = {}): Analysis {
  return analyzeParse(parseGoals(text), today, opts);
}

/**
 * The steps of `analyze` after the parse, on a parse already made (the incremental
 * analyzer assembles one from pieces, see incremental/index.ts). Never throws.
 */
export function analyzeParse(parse: ParseResult, today: Date, opts: AnalyzeOptions = {}): Analysis {
  try {
    return analyzeParsed(parse, today, opts);
  } catch (e) {
    const failed: Diagnostic = {
      severity: severityOf('analysis-failed'),
      code: 'analysis-failed',
      message: l10n.t('Career Goals read this file but could not work out progress and pitfalls ({0}). The goals are shown without them.', e instanceof Error ? e.message : String(e)),
      range: { start: 0, end: 0 },
    };
    const insights = parse.model.goals.map((goal): GoalInsight => ({ goal, progress: 0, pace: { kind: 'none' } }));
    return {
      parse,
      insights,
      byId: new Map(insights.map((i) => [i.goal.id, i])),
      overall: 0,
      activeCount: parse.model.goals.filter((g) => g.status === 'active').length,
      cadence: { due: [] },
      pitfalls: [],
      diagnostics: [...parse.diagnostics, failed],
    };
  }
}

function analyzeParsed(parse: ParseResult, today: Date, opts: AnalyzeOptions): Analysis {
  const goals = parse.model.goals;
  const progress = computeProgress(goals);
  const pauses = pauseSpans(parse.model.pauses);
  const insights: GoalInsight[] = [];
  const byId = new Map<string, GoalInsight>();
  let activeCount = 0;
  for (const goal of goals) {
    const p = progress.get(goal.id) ?? 0;
    const insight: GoalInsight = { goal, progress: p, pace: goalPace(goal, p, today, pauses) };
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
    cadence: reviewCadence(opts.reviews ?? [], today, parse.model),
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
  if (status !== 'active') return `${pct} · ${statusWord(status)}`;
  const pace = insight.pace;
  switch (pace.kind) {
    case 'on-track':
      return `${pct} · ${paceLabel(pace)} · ${bufferWords(pace.bufferDays, 'short')}`;
    case 'behind':
    case 'unscheduled':
      return `${pct} · ${paceLabel(pace)}`;
    case 'overdue':
      return paceLabel(pace) ?? 'overdue';
    case 'none':
      return pct;
  }
}
