/**
 * The review prompts an assistant runs with the person (the MCP prompts weekly_review,
 * monthly_review and quarterly_reset): the framework's steps for that kind, the
 * reflection prompts, and the plan's context: goals and pace, what changed since the
 * last review, checkpoints that are due. The review itself is still completed by the
 * person, in the review panel or the journal: nothing here writes.
 */
import { reviewPoint, type JournalRecord } from '../history';
import type { ReviewKind } from '../model';
import { dayOf, dayToIso } from '../time/dates';
import type { Analysis } from '../types';
import { percentLabel } from '../words/percent';
import { REVIEW_TITLES_EN as REVIEW_TITLES } from '../words/review-kinds';
import { planText } from './plan-text';

/** How far ahead a checkpoint counts as due in a review. */
const DUE_SOON_DAYS = 14;

/** The framework's steps for each kind (its Implementation Tips); a deeper review does the shallower ones too. */
const STEPS: Record<ReviewKind, readonly string[]> = {
  weekly: ['Check progress against the goals (metrics, checkpoints, tasks).', 'Adjust tasks and priorities for the coming week.', 'Celebrate small wins.'],
  monthly: ['Evaluate goal alignment with the north star and values: keep, adjust or let go.', 'Update action plans: checkpoints, resources, plan B.', 'Document lessons learned.'],
  quarterly: ['Review and revise each goal: keep, revise, done, pause or drop.', 'Update success metrics.', "Plan next quarter's focus: a theme and two or three goals."],
};

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function sinceLastReview(analysis: Analysis, journal: readonly JournalRecord[], todayIso: string): string[] {
  const last = [...journal].reverse().find((r) => r.entry.date <= todayIso);
  if (!last) return ['No review in the journal yet: this is the first one.'];
  const out = [`Last review: ${last.entry.kind}, ${last.entry.date} (${last.path}).`];
  const point = reviewPoint(last);
  if (point) {
    out.push(`Overall progress then ${percentLabel(point.overall)}, now ${percentLabel(analysis.overall)}.`);
    for (const i of analysis.insights) {
      const then = point.goals[i.goal.id];
      if (i.goal.status !== 'active' || !then) continue;
      const before = percentLabel(then.progress);
      const now = percentLabel(i.progress);
      if (before !== now) out.push(`- ${oneLine(i.goal.title)}: ${before} → ${now}`);
    }
  }
  const wins = analysis.parse.model.wins.filter((w) => w.date > last.entry.date);
  out.push(wins.length ? `Wins since then (${wins.length}):` : 'No win logged since then.');
  for (const w of wins.slice(-20)) out.push(`- ${w.date}: ${oneLine(w.text)}${w.goal ? ` (${w.goal})` : ''}`);
  return out;
}

function dueCheckpoints(analysis: Analysis, today: Date): string[] {
  const horizon = dayToIso(dayOf(today) + DUE_SOON_DAYS);
  const todayIso = dayToIso(dayOf(today));
  const out: string[] = [];
  for (const g of analysis.parse.model.goals) {
    if (g.status !== 'active') continue;
    for (const c of g.checkpoints) {
      if (c.done || !c.date || c.date > horizon) continue;
      out.push(`- ${c.date}${c.date < todayIso ? ' (missed)' : ''}: ${oneLine(c.title)} (${oneLine(g.title)})`);
    }
  }
  return out.length ? [`Checkpoints due by ${horizon} or missed:`, ...out.sort()] : [`No checkpoint is due by ${horizon}.`];
}

/**
 * The text of a review prompt of `kind` on `today`: what to do, the reflection prompts
 * (already merged with the person's settings by the caller), and the plan's context.
 */
export function reviewPromptText(kind: ReviewKind, input: { analysis: Analysis; journal: readonly JournalRecord[]; prompts: readonly string[]; today: Date }): string {
  const todayIso = dayToIso(dayOf(input.today));
  const depth = (['weekly', 'monthly', 'quarterly'] as const).slice(0, ['weekly', 'monthly', 'quarterly'].indexOf(kind) + 1);
  return [
    `Run my ${REVIEW_TITLES[kind]} of my career plan with me, one step at a time. Ask me the reflection questions one by one and wait for my answers; do not answer them for me.`,
    'You may log wins, update metrics and complete tasks with the Career Goals tools when I agree. The review itself is completed by me in the Career Goals review panel in VS Code, or written in my journal by me: do not write a journal entry.',
    '',
    'Steps:',
    ...depth.flatMap((k) => STEPS[k]).map((s) => `- ${s}`),
    '',
    'Reflection prompts:',
    ...input.prompts.map((p, i) => `${i + 1}. ${oneLine(p)}`),
    '',
    'Since the last review:',
    ...sinceLastReview(input.analysis, input.journal, todayIso),
    '',
    ...dueCheckpoints(input.analysis, input.today),
    '',
    planText(input.analysis, input.today),
  ].join('\n');
}
