/**
 * The brag document in the shape reviewers know, after Julia Evans's brag document
 * template: the goals for the period; what I shipped and its impact (achieved goals
 * with their evidence, then the other wins and the commits linked to each goal);
 * growing others; design and documentation;
 * what I learned. Each win is told once, in the first section it belongs to, and a
 * section with nothing to say is left out.
 */
import * as l10n from '@vscode/l10n';
import type { Entry, Goal } from '../model';
import { achievements, checkpointsReached, entriesIn, type Achieved } from './data';
import { bulletList, heading, inline, oneLine } from './markdown';
import { achievedList, commitLines, commitsHeading, goalFacts, goalFigures, goalNameWords, lessonsSection, reachedWords, winCount, winLine, type SectionContext } from './sections';

/** The layouts of a brag document: this shape, or the sections by goal (the quarterly report's). */
export const BRAG_LAYOUTS = ['brag', 'by-goal'] as const;

/** One of {@link BRAG_LAYOUTS}. */
export type BragLayout = (typeof BRAG_LAYOUTS)[number];

/** The values whose goals' wins count as growing others when no setting says otherwise. */
export const DEFAULT_GROWING_OTHERS: readonly string[] = ['mentorship', 'mentoring'];

/** Tags that put a win under Design and documentation (compared without case). */
const DESIGN_TAGS: ReadonlySet<string> = new Set(['design', 'documentation', 'docs', 'writing']);

/** Where each win of the period goes. */
interface WinPlaces {
  growing: Entry[];
  design: Entry[];
  /** Wins of no achieved goal and no other section, by goal id ('' for none), newest first. */
  shipped: Map<string, Entry[]>;
}

/** Sorts the period's wins into sections; a win that is an achieved goal's evidence stays with that goal. */
function placeWins(ctx: SectionContext, achieved: readonly Achieved[], growingValues: readonly string[]): WinPlaces {
  const model = ctx.src.analysis.parse.model;
  const told = new Set<Entry>();
  for (const a of achieved) for (const e of a.evidence) if (e.kind === 'win') told.add(e.win);
  const values = new Set(growingValues.map((v) => v.toLowerCase()));
  const byId = new Map(model.goals.map((g) => [g.id, g]));
  const places: WinPlaces = { growing: [], design: [], shipped: new Map() };
  for (const w of entriesIn(model.wins, ctx.period)) {
    if (told.has(w)) continue;
    const tags = (w.tags ?? []).map((t) => t.toLowerCase());
    const goal = w.goal !== undefined ? byId.get(w.goal) : undefined;
    if (goal?.values.some((v) => values.has(v.toLowerCase())) || tags.some((t) => values.has(t))) places.growing.push(w);
    else if (tags.some((t) => DESIGN_TAGS.has(t))) places.design.push(w);
    else {
      const key = w.goal ?? '';
      places.shipped.set(key, [...(places.shipped.get(key) ?? []), w]);
    }
  }
  return places;
}

/** `2026-10-12: Sam led the retro (Grow two engineers)`: a win with the goal it is for, when it has one. */
function winWithGoal(ctx: SectionContext, w: Entry): string {
  const goal = w.goal !== undefined ? ctx.src.analysis.parse.model.goals.find((g) => g.id === w.goal) : undefined;
  return w.goal !== undefined ? `${winLine(w)} (${oneLine(goal?.title ?? w.goal)})` : winLine(w);
}

/** The goals for the period: the focus, then each goal worked on in it with its figures. */
function goalsForPeriod(ctx: SectionContext, achieved: readonly Achieved[]): string | undefined {
  const model = ctx.src.analysis.parse.model;
  const achievedGoals = new Set(achieved.map((a) => a.goal).filter((g) => g !== undefined));
  const winning = new Set(entriesIn(model.wins, ctx.period).map((w) => w.goal));
  const goals = model.goals.filter((g: Goal) => g.status === 'active' || achievedGoals.has(g) || winning.has(g.id));
  const focus = model.focus;
  const lines: string[] = [];
  if (focus?.theme) lines.push(focus.quarter ? l10n.t('Focus for {0}: {1}.', focus.quarter, inline(focus.theme)) : l10n.t('Focus: {0}.', inline(focus.theme)), '');
  if (goals.length) lines.push(goals.map((g) => [`- **${inline(g.title)}**: ${goalFacts(g)}`, ...goalFigures(ctx, g).map((f) => `  - ${f}`)].join('\n')).join('\n'));
  return lines.length ? [heading(2, l10n.t('Goals for this period')), '', ...lines].join('\n') : undefined;
}

/**
 * The goals under What I shipped besides the achieved ones, each with its wins there and
 * its commits in the period: first those with wins (as the wins came), then the other
 * goals with commits, in the plan's order.
 */
function shippedGoals(ctx: SectionContext, achieved: readonly Achieved[], places: WinPlaces): { name: string; wins: readonly Entry[]; commits: string[] }[] {
  const model = ctx.src.analysis.parse.model;
  const told = new Set(achieved.flatMap((a) => (a.goal ? [a.goal.id] : [])));
  const ids = [...places.shipped.keys(), ...model.goals.map((g) => g.id).filter((id) => !places.shipped.has(id) && !told.has(id))];
  return ids
    .map((id) => ({
      name: goalNameWords(id, model.goals.find((g) => g.id === id)?.title),
      wins: places.shipped.get(id) ?? [],
      // An achieved goal's commits are under it in Goals achieved: each commit is told once.
      commits: id === '' || told.has(id) ? [] : commitLines(ctx, id),
    }))
    .filter((g) => g.wins.length > 0 || g.commits.length > 0);
}

/** What I shipped and its impact: achieved goals with their evidence and commits, the other wins and commits by goal, other checkpoints reached. */
function shippedSection(ctx: SectionContext, achieved: readonly Achieved[], undated: readonly Goal[], places: WinPlaces): string | undefined {
  const lines: string[] = [];
  const commitsOf = (a: Achieved): string[] => (a.goal ? commitLines(ctx, a.goal.id).map((c) => l10n.t('Commit, {0}', c)) : []);
  if (achieved.length) lines.push('', heading(3, l10n.t('Goals achieved')), '', achievedList(achieved, commitsOf));
  if (undated.length) lines.push('', l10n.t('Also done in goals.yaml, with no record of when: {0}.', undated.map((g) => `**${oneLine(g.title)}**`).join(', ')));
  for (const g of shippedGoals(ctx, achieved, places)) {
    const commits = g.commits.length ? [[commitsHeading(g.commits.length), ...g.commits.map((c) => `  - ${c}`)].join('\n')] : [];
    lines.push('', heading(3, g.name), '', bulletList([...g.wins.map(winLine), ...commits]));
  }
  const shown = new Set(achieved.flatMap((a) => a.evidence.flatMap((e) => (e.kind === 'checkpoint' ? [e.reached.title + '\n' + e.reached.goal] : []))));
  const others = checkpointsReached(ctx.src, ctx.facts, ctx.period).filter((r) => !shown.has(r.title + '\n' + r.goal));
  if (others.length) lines.push('', heading(3, l10n.t('Checkpoints reached')), '', bulletList(others.map((r) => reachedWords(r, true))));
  return lines.length ? [heading(2, l10n.t('What I shipped and its impact')), ...lines].join('\n') : undefined;
}

/** A section of wins, or undefined when there are none. */
function winsOf(ctx: SectionContext, title: string, intro: string, wins: readonly Entry[]): string | undefined {
  return wins.length ? [heading(2, title), '', intro, '', bulletList(wins.map((w) => winWithGoal(ctx, w)))].join('\n') : undefined;
}

/** The sections of a brag document in the brag layout, after the Summary. */
export function bragLayoutSections(ctx: SectionContext, growingValues: readonly string[] = DEFAULT_GROWING_OTHERS): string[] {
  const { dated, undated } = achievements(ctx.src, ctx.facts, ctx.period, ctx.points);
  const places = placeWins(ctx, dated, growingValues);
  const named = growingValues.map(oneLine);
  // `mentorship or mentoring`, `a, b or c`.
  const values = named.length > 1 ? l10n.t('{0} or {1}', named.slice(0, -1).join(', '), named.at(-1) ?? '') : (named[0] ?? '');
  const lessons = entriesIn(ctx.src.analysis.parse.model.lessons, ctx.period).length;
  return [
    goalsForPeriod(ctx, dated),
    shippedSection(ctx, dated, undated, places),
    winsOf(
      ctx,
      l10n.t('Growing others'),
      values
        ? l10n.t('{0} on goals that serve {1}, or tagged with one of them.', winCount(places.growing.length), values)
        : l10n.t('{0} on goals that serve the values chosen for it, or tagged with one of them.', winCount(places.growing.length)),
      places.growing,
    ),
    winsOf(ctx, l10n.t('Design and documentation'), l10n.t('{0} tagged design, documentation, docs or writing.', winCount(places.design.length)), places.design),
    lessons ? lessonsSection(ctx) : undefined,
  ].filter((s) => s !== undefined);
}
