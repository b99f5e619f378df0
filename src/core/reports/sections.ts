/**
 * The sections the brag document and the quarterly report share, each a Markdown
 * block built from the report's facts (data.ts).
 */
import { describeInsight } from '../analyze';
import { percent, percentLabel } from '../words/percent';
import { plural } from '../words/plural';
import { HORIZON_LABELS, type Entry, type Goal } from '../model';
import { achievements, changeIn, type Achieved, type Evidence, type Reached, checkpointsReached, entriesIn, periodPoints, winGroups, type Change, type PeriodPoints, type ReportSources } from './data';
import type { HistoryPoint } from '../history';
import { todayIso } from '../time/dates';
import { amount, bulletList, heading, inline, oneLine } from './markdown';
import type { ReportPeriod } from './period';
import type { JournalFacts } from './journal-body';
import type { EvidenceCommit } from '../evidence';

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

/** True when the period starts after today: nothing can have been recorded in it yet, and the Summary says so once. */
export function notStarted(ctx: SectionContext): boolean {
  return ctx.period.from > ctx.today;
}

/** `2026-10-01 to 2026-12-31`, with how far the record reaches when the period is still running. */
function periodWords(ctx: SectionContext): string {
  const { period, today } = ctx;
  const label = period.kind === 'custom' ? '' : ` (${period.label})`;
  if (notStarted(ctx)) return `${period.from} to ${period.to}${label}; it has not started yet (today is ${today}), so nothing is recorded for it`;
  const running = period.to > today ? `; recorded up to today, ${today}` : '';
  return `${period.from} to ${period.to}${label}${running}`;
}

/** `on 2026-10-30`, or `today, 2026-11-21` for the plan as it is now. */
function whenWords(p: HistoryPoint): string {
  return p.source === 'today' ? `today, ${p.date}` : `on ${p.date}`;
}

/**
 * A change in words: `30% on 2026-09-04 → 43% on 2026-10-30 (+13 points)`; one record
 * alone is `43% on 2026-10-30`, and a record before the period with none in it says so.
 * Undefined when no record holds the figure: the line is left out rather than say "no record".
 */
function changeWords(change: Change, show: (n: number) => string, delta: (from: number, to: number) => string): string | undefined {
  const { from, to } = change;
  if (!from) return undefined;
  if (!to) return `${show(from.value)} ${whenWords(from.point)}, before the period; no record in it`;
  if (from.point === to.point) return `${show(to.value)} ${whenWords(to.point)}`;
  return `${show(from.value)} ${whenWords(from.point)} → ${show(to.value)} ${whenWords(to.point)} (${delta(from.value, to.value)})`;
}

/** `+13 points`, `−5 points`, `no change`: the difference of two progress figures as the percents shown. */
function pointsDelta(from: number, to: number): string {
  const d = percent(to) - percent(from);
  return d === 0 ? 'no change' : `${d > 0 ? '+' : '−'}${plural(Math.abs(d), 'point')}`;
}

/** `+2`, `−0.5`, `no change`: the difference of two metric values, in the metric's unit (the unit is the person's word, so it is not repeated). */
function amountDelta(from: number, to: number): string {
  const d = Math.round((to - from) * 100) / 100;
  return d === 0 ? 'no change' : `${d > 0 ? '+' : '−'}${amount(Math.abs(d))}`;
}

/** The overall figure's change over the period, or undefined when no record holds it. */
function overallWords(ctx: SectionContext): string | undefined {
  if (notStarted(ctx)) return undefined;
  return changeWords(changeIn(ctx.src.history, ctx.period, (p) => p.overall), percentLabel, pointsDelta);
}

/** Summary: north star, period, overall progress over it, what was logged. */
export function summarySection(ctx: SectionContext): string {
  const vision = ctx.src.analysis.parse.model.vision;
  const wins = entriesIn(ctx.src.analysis.parse.model.wins, ctx.period).length;
  const lessons = entriesIn(ctx.src.analysis.parse.model.lessons, ctx.period).length;
  const overall = overallWords(ctx);
  return [
    heading(2, 'Summary'),
    '',
    bulletList([
      `**North star:** ${vision?.northStar ? inline(vision.northStar) : 'none written in goals.yaml'}`,
      `**Period:** ${periodWords(ctx)}`,
      ...(overall ? [`**Overall progress of active goals:** ${overall}`] : []),
      ...(notStarted(ctx) ? [] : [`**Logged in the period:** ${plural(wins, 'win')}, ${plural(lessons, 'lesson')}`]),
    ]),
  ].join('\n');
}

/** A win as a report lists it: `2026-10-30: Gave the talk`, with its tags when it has some. */
export function winLine(w: Entry): string {
  return `${w.date}: ${oneLine(w.text)}${w.tags?.length ? ` (tags: ${w.tags.map(oneLine).join(', ')})` : ''}`;
}

/** A checkpoint reached, in words. */
export function reachedWords(r: Reached, withGoal: boolean): string {
  const goal = withGoal ? ` (${oneLine(r.goal)})` : '';
  return r.how === 'recorded'
    ? `${r.date}: **${inline(r.title)}**${goal}, recorded in the ${r.review ?? 'review'}`
    : `${r.date}: **${inline(r.title)}**${goal}, planned for this day and marked done; no record of the day it was reached`;
}

/** One piece of evidence as a line under its goal. */
function evidenceLine(e: Evidence): string {
  switch (e.kind) {
    case 'win':
      return `Win, ${winLine(e.win)}`;
    case 'checkpoint':
      return `Checkpoint, ${reachedWords(e.reached, false)}`;
    case 'journal':
      return `${e.date}: recorded complete in the ${e.review}${e.path ? ` (${oneLine(e.path)})` : ''}`;
  }
}

/** What dates an achieved goal, in words. */
function achievedWords(a: Achieved): string {
  const w = a.when;
  if (w.how === 'marked') return `**${inline(a.label)}**: marked done in the ${w.review} of ${w.date}${w.reason ? ` (${oneLine(w.reason)})` : ''}`;
  const what = w.evidence.kind === 'win' ? 'a win' : w.evidence.kind === 'checkpoint' ? 'a checkpoint reached' : `the ${w.evidence.review}`;
  return `**${inline(a.label)}**: done in goals.yaml; the latest record of it in the period is ${what} on ${w.date}`;
}

/** The achieved goals as a list, each with its evidence under it, and then what `more` adds for it (its commits). */
export function achievedList(achieved: readonly Achieved[], more: (a: Achieved) => string[] = () => []): string {
  return achieved.map((a) => [`- ${achievedWords(a)}`, ...[...a.evidence.map(evidenceLine), ...more(a)].map((l) => `  - ${l}`)].join('\n')).join('\n');
}

/** Goals achieved: done in the period, as far as a record dates it, with the evidence under each. */
export function achievedSection(ctx: SectionContext, level = 2): string {
  const { dated, undated } = achievements(ctx.src, ctx.facts, ctx.period, ctx.points);
  const lines = [heading(level, 'Goals achieved'), ''];
  if (dated.length === 0) lines.push('No record shows a goal done in this period.');
  else lines.push(achievedList(dated));
  if (undated.length) lines.push('', `Marked done in goals.yaml, with no record of when: ${undated.map((g) => `**${oneLine(g.title)}**`).join(', ')}.`);
  return lines.join('\n');
}

/**
 * A goal's metric over the period, in its unit: from the journal where it recorded the
 * value, then from the plan's `current` as the plan says it today. When the period
 * ended before today and no record in it holds the value, today's `current` is named
 * with its day, apart from the change. Undefined when nothing holds a value.
 */
function metricWords(ctx: SectionContext, goal: Goal): string | undefined {
  const m = goal.metric;
  if (!m || notStarted(ctx)) return undefined;
  const unit = m.unit ? ` ${oneLine(m.unit)}` : '';
  const show = (n: number): string => `${amount(n)}${unit}`;
  const change = changeIn(ctx.src.history, ctx.period, (p) => p.goals[goal.id]?.metric);
  const name = m.name ? inline(m.name) : 'Metric';
  const target = `target ${show(m.target)}`;
  const span = changeWords(change, show, amountDelta);
  const now = ctx.today > ctx.period.to && !change.to && Number.isFinite(m.current) ? `goals.yaml says ${show(m.current)} today, ${ctx.today}` : undefined;
  const parts = [span, now].filter((x) => x !== undefined);
  return parts.length ? `${name}: ${parts.join('; ')}; ${target}` : undefined;
}

/** A goal's figures over the period: its progress change and its metric's, each left out when no record holds it. */
export function goalFigures(ctx: SectionContext, goal: Goal): string[] {
  const progress = notStarted(ctx) ? undefined : changeWords(changeIn(ctx.src.history, ctx.period, (p) => p.goals[goal.id]?.progress), percentLabel, pointsDelta);
  const metric = metricWords(ctx, goal);
  return [...(progress ? [`Progress: ${progress}`] : []), ...(metric ? [metric] : [])];
}

/** `Short-term (3–6 months) · active · due 2026-12-31`. */
export function goalFacts(goal: Goal): string {
  return `${HORIZON_LABELS[goal.horizon]} · ${goal.status}${goal.due ? ` · due ${goal.due}` : ''}`;
}

/** Progress by goal: its change over the period and its metric's, with horizon, status and the values it serves. */
export function progressSection(ctx: SectionContext, level = 2): string {
  const goals = ctx.src.analysis.parse.model.goals;
  const lines = [heading(level, 'Progress by goal')];
  if (goals.length === 0) lines.push('', 'goals.yaml has no goals.');
  for (const goal of goals) {
    const facts = [goalFacts(goal), ...(goal.values.length ? [`Serves: ${goal.values.map(oneLine).join(', ')}`] : []), ...goalFigures(ctx, goal)];
    const commits = commitsOf(ctx, goal.id);
    if (commits) facts.push(commits);
    lines.push('', heading(level + 1, goal.title), '', bulletList(facts));
  }
  return lines.join('\n');
}

/** A commit as a report lists it: its day, its subject as text, and its link (or short hash and repository). */
function commitLine(c: EvidenceCommit): string {
  const short = c.hash.slice(0, 7);
  const where = c.url ? `[${short}](${c.url})` : `${short} in ${inline(c.repo)}`;
  return `${c.date}: ${inline(c.subject) || '(no subject)'} (${where})`;
}

/** The goal's linked commits in the period as lines, newest first; empty when git was not read or none names it. */
export function commitLines(ctx: SectionContext, goalId: string): string[] {
  const commits = ctx.src.evidence?.goals.find((g) => g.id === goalId)?.commits.filter((c) => c.date >= ctx.period.from && c.date <= ctx.period.to) ?? [];
  return commits.map(commitLine);
}

/** The goal's linked commits in the period, as a bullet with a nested list; undefined when git was not read. */
function commitsOf(ctx: SectionContext, goalId: string): string | undefined {
  if (!ctx.src.evidence) return undefined;
  const lines = commitLines(ctx, goalId);
  if (lines.length === 0) return 'Commits: none linked in the period';
  return [`Commits (${lines.length}):`, ...lines.map((l) => `  - ${l}`)].join('\n');
}

/** Wins in the period, newest first, grouped by goal. */
export function winsSection(ctx: SectionContext, level = 2): string {
  const groups = winGroups(ctx.src, ctx.period);
  const lines = [heading(level, 'Wins')];
  if (groups.length === 0) lines.push('', 'No wins were logged in this period.');
  for (const g of groups) {
    const name = g.goalId === undefined ? 'Not tied to a goal' : g.goal ? g.goal.title : `${g.goalId} (not in goals.yaml)`;
    lines.push('', heading(level + 1, name), '', bulletList(g.wins.map(winLine)));
  }
  return lines.join('\n');
}

/** Checkpoints reached, as far as the record shows when. */
export function checkpointsSection(ctx: SectionContext, level = 2): string {
  const reached = checkpointsReached(ctx.src, ctx.facts, ctx.period);
  const lines = [heading(level, 'Checkpoints reached'), ''];
  if (reached.length === 0) lines.push('No record shows a checkpoint reached in this period.');
  else lines.push(bulletList(reached.map((r) => reachedWords(r, true))));
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
