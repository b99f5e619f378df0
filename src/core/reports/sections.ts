/**
 * The sections the brag document and the quarterly report share, each a Markdown
 * block built from the report's facts (data.ts).
 */
import { describeInsight } from '../analyze';
import { percentLabel } from '../words/percent';
import { HORIZON_LABELS, type Goal } from '../model';
import { achievements, checkpointsReached, entriesIn, periodPoints, pointWords, winGroups, type PeriodPoints, type ReportSources } from './data';
import { todayIso } from '../time/dates';
import { amount, bulletList, heading, inline, oneLine } from './markdown';
import type { ReportPeriod } from './period';
import type { JournalFacts } from './journal-body';
import { inertMarkdown, type EvidenceCommit } from '../evidence';

/** What every section builder reads. */
export interface SectionContext {
  src: ReportSources;
  period: ReportPeriod;
  points: PeriodPoints;
  facts: JournalFacts;
  today: string;
}

/** The context of one report. */
export function sectionContext(src: ReportSources, period: ReportPeriod, facts: JournalFacts): SectionContext {
  return { src, period, points: periodPoints(src.history, period), facts, today: todayIso(src.now) };
}

/** `2026-10-01 to 2026-12-31`, with how far the record reaches when the period is still running. */
function periodWords(ctx: SectionContext): string {
  const { period, today } = ctx;
  const label = period.kind === 'custom' ? '' : ` (${period.label})`;
  const running = period.to > today ? `; recorded up to today, ${today}` : '';
  return `${period.from} to ${period.to}${label}${running}`;
}

/** `30% (weekly review, 2026-09-28) → 46% (today, 2026-11-21)`, or "no record before …" where the history has none. */
function startToEnd(ctx: SectionContext, value: (p: NonNullable<PeriodPoints['start']>) => number | undefined, show: (n: number) => string): string {
  const { start, end } = ctx.points;
  const a = start ? value(start) : undefined;
  const b = end ? value(end) : undefined;
  const from = a !== undefined && start ? `${show(a)} (${pointWords(start)})` : `no record before ${ctx.period.from}`;
  const to = b !== undefined && end ? `${show(b)} (${pointWords(end)})` : `no record up to ${ctx.period.to}`;
  return `${from} → ${to}`;
}

/** The overall figure at the start and end of the period. */
function overallWords(ctx: SectionContext): string {
  return startToEnd(ctx, (p) => p.overall, percentLabel);
}

/** Summary: north star, period, overall progress at start and end. */
export function summarySection(ctx: SectionContext): string {
  const vision = ctx.src.analysis.parse.model.vision;
  const wins = entriesIn(ctx.src.analysis.parse.model.wins, ctx.period).length;
  const lessons = entriesIn(ctx.src.analysis.parse.model.lessons, ctx.period).length;
  return [
    heading(2, 'Summary'),
    '',
    bulletList([
      `**North star:** ${vision?.northStar ? inline(vision.northStar) : 'none written in goals.yaml'}`,
      `**Period:** ${periodWords(ctx)}`,
      `**Overall progress of active goals:** ${overallWords(ctx)}`,
      `**Logged in the period:** ${wins} win${wins === 1 ? '' : 's'}, ${lessons} lesson${lessons === 1 ? '' : 's'}`,
    ]),
  ].join('\n');
}

/** Goals achieved: done in the period, as far as a record dates it. */
export function achievedSection(ctx: SectionContext, level = 2): string {
  const { dated, undated } = achievements(ctx.src, ctx.facts, ctx.period, ctx.points);
  const lines = [heading(level, 'Goals achieved'), ''];
  if (dated.length === 0) lines.push('No record shows a goal marked done in this period.');
  else lines.push(bulletList(dated.map((a) => `**${inline(a.label)}**: marked done in the ${a.when.review} of ${a.when.date}${a.when.reason ? ` (${oneLine(a.when.reason)})` : ''}`)));
  if (undated.length) lines.push('', `Marked done in goals.yaml, with no record of when: ${undated.map((g) => `**${oneLine(g.title)}**`).join(', ')}.`);
  return lines.join('\n');
}

/** A goal's metric at the start and end, in its unit. */
function metricWords(ctx: SectionContext, goal: Goal): string | undefined {
  const m = goal.metric;
  if (!m) return undefined;
  const unit = m.unit ? ` ${oneLine(m.unit)}` : '';
  const span = startToEnd(ctx, (p) => p.goals[goal.id]?.metric, (n) => `${amount(n)}${unit}`);
  return `${m.name ? inline(m.name) : 'Metric'}: ${span}; target ${amount(m.target)}${unit}`;
}

/** Progress by goal: start → end, metric values in their unit, horizon and values. */
export function progressSection(ctx: SectionContext, level = 2): string {
  const goals = ctx.src.analysis.parse.model.goals;
  const lines = [heading(level, 'Progress by goal')];
  if (goals.length === 0) lines.push('', 'goals.yaml has no goals.');
  for (const goal of goals) {
    const facts = [
      `${HORIZON_LABELS[goal.horizon]} · ${goal.status}${goal.due ? ` · due ${goal.due}` : ''}`,
      `Serves: ${goal.values.length ? goal.values.map(oneLine).join(', ') : 'no values named'}`,
      `Progress: ${startToEnd(ctx, (p) => p.goals[goal.id]?.progress, percentLabel)}`,
    ];
    const metric = metricWords(ctx, goal);
    if (metric) facts.push(metric);
    const commits = commitsOf(ctx, goal.id);
    if (commits) facts.push(commits);
    lines.push('', heading(level + 1, goal.title), '', bulletList(facts));
  }
  return lines.join('\n');
}

/** A commit as a report lists it: its day, its subject as text, and its link (or short hash and repository). */
function commitLine(c: EvidenceCommit): string {
  const short = c.hash.slice(0, 7);
  const where = c.url ? `[${short}](${c.url})` : `${short} in ${inline(inertMarkdown(c.repo))}`;
  return `${c.date}: ${inline(inertMarkdown(c.subject)) || '(no subject)'} (${where})`;
}

/** The goal's linked commits in the period, as a bullet with a nested list; undefined when git was not read. */
function commitsOf(ctx: SectionContext, goalId: string): string | undefined {
  const evidence = ctx.src.evidence;
  if (!evidence) return undefined;
  const commits = evidence.goals.find((g) => g.id === goalId)?.commits.filter((c) => c.date >= ctx.period.from && c.date <= ctx.period.to) ?? [];
  if (commits.length === 0) return 'Commits: none linked in the period';
  return [`Commits (${commits.length}):`, ...commits.map((c) => `  - ${commitLine(c)}`)].join('\n');
}

/** Wins in the period, newest first, grouped by goal. */
export function winsSection(ctx: SectionContext, level = 2): string {
  const groups = winGroups(ctx.src, ctx.period);
  const lines = [heading(level, 'Wins')];
  if (groups.length === 0) lines.push('', 'No wins were logged in this period.');
  for (const g of groups) {
    const name = g.goalId === undefined ? 'Not tied to a goal' : g.goal ? g.goal.title : `${g.goalId} (not in goals.yaml)`;
    lines.push('', heading(level + 1, name), '', bulletList(g.wins.map((w) => `${w.date}: ${oneLine(w.text)}`)));
  }
  return lines.join('\n');
}

/** Checkpoints reached, as far as the record shows when. */
export function checkpointsSection(ctx: SectionContext, level = 2): string {
  const reached = checkpointsReached(ctx.src, ctx.facts, ctx.period);
  const lines = [heading(level, 'Checkpoints reached'), ''];
  if (reached.length === 0) lines.push('No record shows a checkpoint reached in this period.');
  else
    lines.push(
      bulletList(
        reached.map((r) =>
          r.how === 'recorded'
            ? `${r.date}: **${inline(r.title)}** (${oneLine(r.goal)}), recorded in the ${r.review}`
            : `${r.date}: **${inline(r.title)}** (${oneLine(r.goal)}), planned for this day and marked done; no record of the day it was reached`,
        ),
      ),
    );
  return lines.join('\n');
}

/** What I learned: lessons in the period, newest first. */
export function lessonsSection(ctx: SectionContext, level = 2): string {
  const model = ctx.src.analysis.parse.model;
  const lessons = entriesIn(model.lessons, ctx.period);
  const title = (id: string): string => model.goals.find((g) => g.id === id)?.title ?? id;
  const lines = [heading(level, 'What I learned'), ''];
  if (lessons.length === 0) lines.push('No lessons were logged in this period.');
  else lines.push(bulletList(lessons.map((l) => `${l.date}: ${oneLine(l.text)}${l.goal !== undefined ? ` (${oneLine(title(l.goal))})` : ''}`)));
  return lines.join('\n');
}

/** The active goals now, each with progress and pace. */
export function activeGoalLines(ctx: SectionContext): string {
  const active = ctx.src.analysis.insights.filter((i) => i.goal.status === 'active');
  if (active.length === 0) return 'No goals are active.';
  return bulletList(active.map((i) => `${inline(i.goal.title)}: ${describeInsight(i)}`));
}

/** The plan's `focus` as it is now, in words. */
function currentFocusWords(ctx: SectionContext): string {
  const model = ctx.src.analysis.parse.model;
  const focus = model.focus;
  if (!focus || (focus.goals.length === 0 && !focus.theme)) return 'No focus is set in goals.yaml.';
  const names = focus.goals.map((id) => oneLine(model.goals.find((g) => g.id === id)?.title ?? id));
  return `${focus.quarter ? `Focus for ${focus.quarter}` : 'Focus'}${focus.theme ? `: ${oneLine(focus.theme)}` : ''}. Goals: ${names.length ? names.join(', ') : 'none named'}.`;
}

/** Next: the current focus and the active goals. */
export function nextSection(ctx: SectionContext): string {
  return [heading(2, 'Next'), '', currentFocusWords(ctx), '', `Active goals on ${ctx.today}:`, '', activeGoalLines(ctx)].join('\n');
}
