/**
 * The quarterly report, shaped as a self-review: what I set out to do (the focus at
 * the start of the quarter), what happened, what changed and why (drops, pauses and
 * revisions with their reasons from the journal, and moved due dates from `adjustments:`),
 * and next quarter's focus.
 */
import { adjustmentItems } from './adjustment-items';
import { goalByLabel, changesOfCourse, factsOf, type ReportSources } from './data';
import { bulletList, heading, inline, oneLine } from './markdown';
import { inPeriod, type ReportPeriod } from './period';
import type { JournalFocus } from './journal-body';
import { nextQuarter } from '../time/quarter';
import { reportOpening, reportText, type ReportOptions } from './brag';
import {
  achievedSection,
  activeGoalLines,
  checkpointsSection,
  lessonsSection,
  notStarted,
  progressSection,
  sectionContext,
  winsSection,
  type SectionContext,
} from './sections';

/** The newest journal focus for `quarter` written on or before `by`. */
function journalFocus(ctx: SectionContext, quarter: string, by: string): JournalFocus | undefined {
  let found: JournalFocus | undefined;
  for (const f of ctx.facts.focuses) if (f.quarter === quarter && f.date <= by) found = f;
  return found;
}

/** A focus in words: where it was recorded, its theme and goals. */
function focusWords(ctx: SectionContext, quarter: string, by: string, none: string): string {
  const fromJournal = journalFocus(ctx, quarter, by);
  if (fromJournal) {
    const theme = fromJournal.theme ? ` Theme: ${oneLine(fromJournal.theme)}.` : '';
    return `Planned in the ${fromJournal.kind} review of ${fromJournal.date}.${theme} Goals: ${fromJournal.goals.length ? fromJournal.goals.map(oneLine).join(', ') : 'none named'}.`;
  }
  const model = ctx.src.analysis.parse.model;
  const focus = model.focus;
  if (focus?.quarter === quarter) {
    const names = focus.goals.map((id) => oneLine(model.goals.find((g) => g.id === id)?.title ?? id));
    const theme = focus.theme ? ` Theme: ${oneLine(focus.theme)}.` : '';
    return `From \`focus\` in goals.yaml as it is now (no review recorded it).${theme} Goals: ${names.length ? names.join(', ') : 'none named'}.`;
  }
  return none;
}

/** What changed and why: course changes from the journal, and goals paused or dropped that no review in the quarter explains. */
function changedSection(ctx: SectionContext): string {
  const decisions = changesOfCourse(ctx.facts, ctx.period);
  const decided = new Set(decisions.map((d) => `${d.date}\n${d.goal}`));
  // A status change the same review also gave as a decision is said once, with its reason.
  const statusChanges = ctx.facts.changes.filter((c) => c.change.kind === 'status' && c.change.status !== 'done' && inPeriod(c.date, ctx.period) && !decided.has(`${c.date}\n${c.goal}`));
  const lines = [heading(2, 'What changed and why'), ''];
  const items = [
    ...decisions.map((d) => `${d.date} (${d.kind} review): **${inline(d.goal)}**: ${d.decision}${d.reason ? `, because ${oneLine(d.reason)}` : '; no reason recorded'}`),
    ...statusChanges.map((c) => `${c.date} (${c.kind} review): **${inline(c.goal)}** marked ${c.change.kind === 'status' ? c.change.status : ''}; no reason recorded`),
    // Moved due dates, from the goals' own `adjustments:` record.
    ...adjustmentItems(ctx.src.analysis.parse.model.goals, ctx.period),
  ];
  if (items.length) lines.push(bulletList(items));
  else lines.push('No review in this quarter recorded a change of course.');
  const find = goalByLabel(ctx.src.analysis.parse.model.goals);
  const explained = new Set([...decisions.map((d) => find(d.goal)), ...statusChanges.map((c) => find(c.goal))].filter((g) => g !== undefined));
  const still: string[] = [];
  for (const g of ctx.src.analysis.parse.model.goals) {
    if ((g.status !== 'paused' && g.status !== 'dropped') || explained.has(g)) continue;
    // The latest earlier review that paused or dropped it, if any says so.
    const word = g.status === 'paused' ? 'Pause' : 'Drop';
    const earlier = ctx.facts.decisions.filter((d) => d.date < ctx.period.from && find(d.goal) === g && (d.decision === word || (word === 'Drop' && d.decision === 'Let go'))).at(-1);
    still.push(
      earlier
        ? `**${inline(g.title)}**: ${g.status} since the ${earlier.kind} review of ${earlier.date}${earlier.reason ? `, because ${oneLine(earlier.reason)}` : ''}`
        : `**${inline(g.title)}**: ${g.status} in goals.yaml; no review says when or why`,
    );
  }
  if (still.length) lines.push('', 'Paused or dropped before this quarter, or with no record:', '', bulletList(still));
  return lines.join('\n');
}

/**
 * The quarterly report of `quarter` (a quarter period, see `quarterPeriod`): front
 * matter (`kind: report`, `period`, `from`, `to`, `generated`), Summary, What I set
 * out to do, What happened, What changed and why, and Next quarter's focus.
 */
export function quarterlyReport(src: ReportSources, quarter: ReportPeriod, opts: ReportOptions = {}): string {
  const ctx = sectionContext(src, quarter, factsOf(src));
  const next = quarter.kind === 'quarter' ? nextQuarter(quarter.label) : undefined;
  const parts = [
    ...reportOpening(ctx, 'report', 'Quarterly report', opts),
    [heading(2, 'What I set out to do'), '', quarter.kind === 'quarter' ? focusWords(ctx, quarter.label, quarter.to, `No record of a focus for ${quarter.label}: no review planned one and goals.yaml's \`focus\` is for another quarter.`) : 'This period is not a calendar quarter, so no quarterly focus applies.'].join('\n'),
    // A quarter that has not started has nothing recorded: the Summary says so once.
    ...(notStarted(ctx) ? [] : [heading(2, 'What happened'), achievedSection(ctx, 3), progressSection(ctx, 3), winsSection(ctx, 3), checkpointsSection(ctx, 3), lessonsSection(ctx, 3), changedSection(ctx)]),
    [
      heading(2, "Next quarter's focus"),
      '',
      next ? focusWords(ctx, next, ctx.today, `Not set yet for ${next}: the quarterly reset sets it.`) : 'No next quarter: this period is not a calendar quarter.',
      '',
      `Active goals on ${ctx.today}:`,
      '',
      activeGoalLines(ctx),
    ].join('\n'),
  ];
  return reportText(parts);
}
