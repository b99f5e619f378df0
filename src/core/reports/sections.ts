/**
 * The sections the brag document and the quarterly report share, each a Markdown
 * block built from the report's facts (data.ts).
 */
import * as l10n from '@vscode/l10n';
import { describeInsight } from '../analyze';
import { percent, percentLabel } from '../words/percent';
import { statusWord } from '../words/status-line';
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
  const custom = period.kind === 'custom';
  if (notStarted(ctx)) {
    return custom
      ? l10n.t('{0} to {1}; it has not started yet (today is {2}), so nothing is recorded for it', period.from, period.to, today)
      : l10n.t('{0} to {1} ({2}); it has not started yet (today is {3}), so nothing is recorded for it', period.from, period.to, period.label, today);
  }
  if (period.to > today) {
    return custom ? l10n.t('{0} to {1}; recorded up to today, {2}', period.from, period.to, today) : l10n.t('{0} to {1} ({2}); recorded up to today, {3}', period.from, period.to, period.label, today);
  }
  return custom ? l10n.t('{0} to {1}', period.from, period.to) : l10n.t('{0} to {1} ({2})', period.from, period.to, period.label);
}

/** `on 2026-10-30`, or `today, 2026-11-21` for the plan as it is now. */
function whenWords(p: HistoryPoint): string {
  return p.source === 'today' ? l10n.t('today, {0}', p.date) : l10n.t('on {0}', p.date);
}

/**
 * A change in words: `30% on 2026-09-04 → 43% on 2026-10-30 (+13 points)`; one record
 * alone is `43% on 2026-10-30`, and a record before the period with none in it says so.
 * Undefined when no record holds the figure: the line is left out rather than say "no record".
 */
function changeWords(change: Change, show: (n: number) => string, delta: (from: number, to: number) => string): string | undefined {
  const { from, to } = change;
  if (!from) return undefined;
  if (!to) return l10n.t('{0} {1}, before the period; no record in it', show(from.value), whenWords(from.point));
  if (from.point === to.point) return `${show(to.value)} ${whenWords(to.point)}`;
  return `${show(from.value)} ${whenWords(from.point)} → ${show(to.value)} ${whenWords(to.point)} (${delta(from.value, to.value)})`;
}

/** `+13 points`, `−5 points`, `no change`: the difference of two progress figures as the percents shown. */
function pointsDelta(from: number, to: number): string {
  const d = percent(to) - percent(from);
  if (d === 0) return l10n.t('no change');
  if (Math.abs(d) === 1) return d > 0 ? l10n.t('+1 point') : l10n.t('−1 point');
  return d > 0 ? l10n.t('+{0} points', d) : l10n.t('−{0} points', -d);
}

/** `+2`, `−0.5`, `no change`: the difference of two metric values, in the metric's unit (the unit is the person's word, so it is not repeated). */
function amountDelta(from: number, to: number): string {
  const d = Math.round((to - from) * 100) / 100;
  return d === 0 ? l10n.t('no change') : `${d > 0 ? '+' : '−'}${amount(Math.abs(d))}`;
}

/** The overall figure's change over the period, or undefined when no record holds it. */
function overallWords(ctx: SectionContext): string | undefined {
  if (notStarted(ctx)) return undefined;
  return changeWords(
    changeIn(ctx.src.history, ctx.period, (p) => p.overall),
    percentLabel,
    pointsDelta,
  );
}

/** Summary: north star, period, overall progress over it, what was logged. */
export function summarySection(ctx: SectionContext): string {
  const vision = ctx.src.analysis.parse.model.vision;
  const wins = entriesIn(ctx.src.analysis.parse.model.wins, ctx.period).length;
  const lessons = entriesIn(ctx.src.analysis.parse.model.lessons, ctx.period).length;
  const overall = overallWords(ctx);
  return [
    heading(2, l10n.t('Summary')),
    '',
    bulletList([
      l10n.t('**North star:** {0}', vision?.northStar ? inline(vision.northStar) : l10n.t('none written in goals.yaml')),
      l10n.t('**Period:** {0}', periodWords(ctx)),
      ...(overall ? [l10n.t('**Overall progress of active goals:** {0}', overall)] : []),
      ...(notStarted(ctx) ? [] : [l10n.t('**Logged in the period:** {0}, {1}', winCount(wins), lessons === 1 ? l10n.t('1 lesson') : l10n.t('{0} lessons', lessons))]),
    ]),
  ].join('\n');
}

/** A win as a report lists it: `2026-10-30: Gave the talk`, with its tags when it has some. */
export function winLine(w: Entry): string {
  return w.tags?.length ? l10n.t('{0}: {1} (tags: {2})', w.date, oneLine(w.text), w.tags.map(oneLine).join(', ')) : `${w.date}: ${oneLine(w.text)}`;
}

/** `3 wins`, `1 win`. */
export function winCount(n: number): string {
  return n === 1 ? l10n.t('1 win') : l10n.t('{0} wins', n);
}

/** A checkpoint reached, in words. */
export function reachedWords(r: Reached, withGoal: boolean): string {
  const goal = withGoal ? ` (${oneLine(r.goal)})` : '';
  return r.how === 'recorded'
    ? l10n.t('{0}: **{1}**{2}, recorded in the {3}', r.date, inline(r.title), goal, r.review ?? l10n.t('review'))
    : l10n.t('{0}: **{1}**{2}, planned for this day and marked done; no record of the day it was reached', r.date, inline(r.title), goal);
}

/** One piece of evidence as a line under its goal. */
function evidenceLine(e: Evidence): string {
  switch (e.kind) {
    case 'win':
      return l10n.t('Win, {0}', winLine(e.win));
    case 'checkpoint':
      return l10n.t('Checkpoint, {0}', reachedWords(e.reached, false));
    case 'journal':
      return e.path ? l10n.t('{0}: recorded complete in the {1} ({2})', e.date, e.review, oneLine(e.path)) : l10n.t('{0}: recorded complete in the {1}', e.date, e.review);
  }
}

/** What dates an achieved goal, in words. */
function achievedWords(a: Achieved): string {
  const w = a.when;
  const label = inline(a.label);
  if (w.how === 'marked') {
    return w.reason ? l10n.t('**{0}**: marked done in the {1} of {2} ({3})', label, w.review, w.date, oneLine(w.reason)) : l10n.t('**{0}**: marked done in the {1} of {2}', label, w.review, w.date);
  }
  if (w.evidence.kind === 'win') return l10n.t('**{0}**: done in goals.yaml; the latest record of it in the period is a win on {1}', label, w.date);
  if (w.evidence.kind === 'checkpoint') return l10n.t('**{0}**: done in goals.yaml; the latest record of it in the period is a checkpoint reached on {1}', label, w.date);
  return l10n.t('**{0}**: done in goals.yaml; the latest record of it in the period is the {1} on {2}', label, w.evidence.review, w.date);
}

/** The achieved goals as a list, each with its evidence under it, and then what `more` adds for it (its commits). */
export function achievedList(achieved: readonly Achieved[], more: (a: Achieved) => string[] = () => []): string {
  return achieved.map((a) => [`- ${achievedWords(a)}`, ...[...a.evidence.map(evidenceLine), ...more(a)].map((l) => `  - ${l}`)].join('\n')).join('\n');
}

/** Goals achieved: done in the period, as far as a record dates it, with the evidence under each. */
export function achievedSection(ctx: SectionContext, level = 2): string {
  const { dated, undated } = achievements(ctx.src, ctx.facts, ctx.period, ctx.points);
  const lines = [heading(level, l10n.t('Goals achieved')), ''];
  if (dated.length === 0) lines.push(l10n.t('No record shows a goal done in this period.'));
  else lines.push(achievedList(dated));
  if (undated.length) lines.push('', l10n.t('Marked done in goals.yaml, with no record of when: {0}.', undated.map((g) => `**${oneLine(g.title)}**`).join(', ')));
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
  const name = m.name ? inline(m.name) : l10n.t('Metric');
  const span = changeWords(change, show, amountDelta);
  const now = ctx.today > ctx.period.to && !change.to && Number.isFinite(m.current) ? l10n.t('goals.yaml says {0} today, {1}', show(m.current), ctx.today) : undefined;
  const parts = [span, now].filter((x) => x !== undefined);
  return parts.length ? l10n.t('{0}: {1}; target {2}', name, parts.join('; '), show(m.target)) : undefined;
}

/** A goal's figures over the period: its progress change and its metric's, each left out when no record holds it. */
export function goalFigures(ctx: SectionContext, goal: Goal): string[] {
  const progress = notStarted(ctx)
    ? undefined
    : changeWords(
        changeIn(ctx.src.history, ctx.period, (p) => p.goals[goal.id]?.progress),
        percentLabel,
        pointsDelta,
      );
  const metric = metricWords(ctx, goal);
  return [...(progress ? [l10n.t('Progress: {0}', progress)] : []), ...(metric ? [metric] : [])];
}

/** `Short-term (3–6 months) · active · due 2026-12-31`. */
export function goalFacts(goal: Goal): string {
  return `${HORIZON_LABELS[goal.horizon]} · ${statusWord(goal.status)}${goal.due ? ` · ${l10n.t('due {0}', goal.due)}` : ''}`;
}

/** Progress by goal: its change over the period and its metric's, with horizon, status and the values it serves. */
export function progressSection(ctx: SectionContext, level = 2): string {
  const goals = ctx.src.analysis.parse.model.goals;
  const lines = [heading(level, l10n.t('Progress by goal'))];
  if (goals.length === 0) lines.push('', l10n.t('goals.yaml has no goals.'));
  for (const goal of goals) {
    const facts = [goalFacts(goal), ...(goal.values.length ? [l10n.t('Serves: {0}', goal.values.map(oneLine).join(', '))] : []), ...goalFigures(ctx, goal)];
    const commits = commitsOf(ctx, goal.id);
    if (commits) facts.push(commits);
    lines.push('', heading(level + 1, goal.title), '', bulletList(facts));
  }
  return lines.join('\n');
}

/** A commit as a report lists it: its day, its subject as text, and its link (or short hash and repository). */
function commitLine(c: EvidenceCommit): string {
  const short = c.hash.slice(0, 7);
  const where = c.url ? `[${short}](${c.url})` : l10n.t('{0} in {1}', short, inline(c.repo));
  return `${c.date}: ${inline(c.subject) || l10n.t('(no subject)')} (${where})`;
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
  if (lines.length === 0) return l10n.t('Commits: none linked in the period');
  return [commitsHeading(lines.length), ...lines.map((l) => `  - ${l}`)].join('\n');
}

/** `Commits (3):`, above a goal's commits. */
export function commitsHeading(n: number): string {
  return l10n.t('Commits ({0}):', n);
}

/** A goal's name in a report, `Not tied to a goal` for none, `x (not in goals.yaml)` for an id the plan lacks. */
export function goalNameWords(goalId: string | undefined, title: string | undefined): string {
  if (goalId === undefined || goalId === '') return l10n.t('Not tied to a goal');
  return title ?? l10n.t('{0} (not in goals.yaml)', goalId);
}

/** Wins in the period, newest first, grouped by goal. */
export function winsSection(ctx: SectionContext, level = 2): string {
  const groups = winGroups(ctx.src, ctx.period);
  const lines = [heading(level, l10n.t('Wins'))];
  if (groups.length === 0) lines.push('', l10n.t('No wins were logged in this period.'));
  for (const g of groups) {
    const name = goalNameWords(g.goalId, g.goal?.title);
    lines.push('', heading(level + 1, name), '', bulletList(g.wins.map(winLine)));
  }
  return lines.join('\n');
}

/** Checkpoints reached, as far as the record shows when. */
export function checkpointsSection(ctx: SectionContext, level = 2): string {
  const reached = checkpointsReached(ctx.src, ctx.facts, ctx.period);
  const lines = [heading(level, l10n.t('Checkpoints reached')), ''];
  if (reached.length === 0) lines.push(l10n.t('No record shows a checkpoint reached in this period.'));
  else lines.push(bulletList(reached.map((r) => reachedWords(r, true))));
  return lines.join('\n');
}

/** What I learned: lessons in the period, newest first. */
export function lessonsSection(ctx: SectionContext, level = 2): string {
  const model = ctx.src.analysis.parse.model;
  const lessons = entriesIn(model.lessons, ctx.period);
  const title = (id: string): string => model.goals.find((g) => g.id === id)?.title ?? id;
  const lines = [heading(level, l10n.t('What I learned')), ''];
  if (lessons.length === 0) lines.push(l10n.t('No lessons were logged in this period.'));
  else lines.push(bulletList(lessons.map((l) => `${l.date}: ${oneLine(l.text)}${l.goal !== undefined ? ` (${oneLine(title(l.goal))})` : ''}`)));
  return lines.join('\n');
}

/** The active goals now, each with progress and pace. */
export function activeGoalLines(ctx: SectionContext): string {
  const active = ctx.src.analysis.insights.filter((i) => i.goal.status === 'active');
  if (active.length === 0) return l10n.t('No goals are active.');
  return bulletList(active.map((i) => `${inline(i.goal.title)}: ${describeInsight(i)}`));
}

/** The plan's `focus` as it is now, in words. */
function currentFocusWords(ctx: SectionContext): string {
  const model = ctx.src.analysis.parse.model;
  const focus = model.focus;
  if (!focus || (focus.goals.length === 0 && !focus.theme)) return l10n.t('No focus is set in goals.yaml.');
  const names = focus.goals.map((id) => oneLine(model.goals.find((g) => g.id === id)?.title ?? id));
  const goals = names.length ? names.join(', ') : l10n.t('none named');
  if (focus.quarter) return focus.theme ? l10n.t('Focus for {0}: {1}. Goals: {2}.', focus.quarter, oneLine(focus.theme), goals) : l10n.t('Focus for {0}. Goals: {1}.', focus.quarter, goals);
  return focus.theme ? l10n.t('Focus: {0}. Goals: {1}.', oneLine(focus.theme), goals) : l10n.t('Focus. Goals: {0}.', goals);
}

/** Next: the current focus and the active goals. */
export function nextSection(ctx: SectionContext): string {
  return [heading(2, l10n.t('Next')), '', currentFocusWords(ctx), '', l10n.t('Active goals on {0}:', ctx.today), '', activeGoalLines(ctx)].join('\n');
}
