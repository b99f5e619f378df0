/**
 * The quarterly report, shaped as a self-review: what I set out to do (the focus at
 * the start of the quarter), what happened, what changed and why (drops, pauses and
 * revisions with their reasons from the journal, and moved due dates from `adjustments:`),
 * and next quarter's focus.
 */
import * as l10n from '@vscode/l10n';
import { adjustmentItems } from './adjustment-items';
import { goalByLabel, changesOfCourse, factsOf, type ReportSources } from './data';
import { bulletList, heading, inline, oneLine } from './markdown';
import { inPeriod, type ReportPeriod } from './period';
import { decisionWord, type JournalFocus } from './journal-body';
import { statusWord } from '../words/status-line';
import { reviewWords } from '../words/review-kinds';
import { nextQuarter } from '../time/quarter';
import { reportOpening, reportText, type ReportOptions } from './brag';
import { achievedSection, activeGoalLines, checkpointsSection, lessonsSection, notStarted, progressSection, sectionContext, winsSection, type SectionContext } from './sections';

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
    const goals = fromJournal.goals.length ? fromJournal.goals.map(oneLine).join(', ') : l10n.t('none named');
    const review = reviewWords(fromJournal.kind);
    return fromJournal.theme
      ? l10n.t('Planned in the {0} of {1}. Theme: {2}. Goals: {3}.', review, fromJournal.date, oneLine(fromJournal.theme), goals)
      : l10n.t('Planned in the {0} of {1}. Goals: {2}.', review, fromJournal.date, goals);
  }
  const model = ctx.src.analysis.parse.model;
  const focus = model.focus;
  if (focus?.quarter === quarter) {
    const names = focus.goals.map((id) => oneLine(model.goals.find((g) => g.id === id)?.title ?? id));
    const goals = names.length ? names.join(', ') : l10n.t('none named');
    return focus.theme
      ? l10n.t('From `focus` in goals.yaml as it is now (no review recorded it). Theme: {0}. Goals: {1}.', oneLine(focus.theme), goals)
      : l10n.t('From `focus` in goals.yaml as it is now (no review recorded it). Goals: {0}.', goals);
  }
  return none;
}

/** What changed and why: course changes from the journal, and goals paused or dropped that no review in the quarter explains. */
function changedSection(ctx: SectionContext): string {
  const decisions = changesOfCourse(ctx.facts, ctx.period);
  const decided = new Set(decisions.map((d) => `${d.date}\n${d.goal}`));
  // A status change the same review also gave as a decision is said once, with its reason.
  const statusChanges = ctx.facts.changes.filter((c) => c.change.kind === 'status' && c.change.status !== 'done' && inPeriod(c.date, ctx.period) && !decided.has(`${c.date}\n${c.goal}`));
  const lines = [heading(2, l10n.t('What changed and why')), ''];
  const items = [
    ...decisions.map((d) =>
      d.reason
        ? l10n.t('{0} ({1}): **{2}**: {3}, because {4}', d.date, reviewWords(d.kind), inline(d.goal), decisionWord(d.decision), oneLine(d.reason))
        : l10n.t('{0} ({1}): **{2}**: {3}; no reason recorded', d.date, reviewWords(d.kind), inline(d.goal), decisionWord(d.decision)),
    ),
    ...statusChanges.map((c) => l10n.t('{0} ({1}): **{2}** marked {3}; no reason recorded', c.date, reviewWords(c.kind), inline(c.goal), c.change.kind === 'status' ? statusWord(c.change.status) : '')),
    // Moved due dates, from the goals' own `adjustments:` record.
    ...adjustmentItems(ctx.src.analysis.parse.model.goals, ctx.period),
  ];
  if (items.length) lines.push(bulletList(items));
  else lines.push(l10n.t('No review in this quarter recorded a change of course.'));
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
        ? earlier.reason
          ? l10n.t('**{0}**: {1} since the {2} of {3}, because {4}', inline(g.title), statusWord(g.status), reviewWords(earlier.kind), earlier.date, oneLine(earlier.reason))
          : l10n.t('**{0}**: {1} since the {2} of {3}', inline(g.title), statusWord(g.status), reviewWords(earlier.kind), earlier.date)
        : l10n.t('**{0}**: {1} in goals.yaml; no review says when or why', inline(g.title), statusWord(g.status)),
    );
  }
  if (still.length) lines.push('', l10n.t('Paused or dropped before this quarter, or with no record:'), '', bulletList(still));
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
    ...reportOpening(ctx, 'report', l10n.t('Quarterly report'), opts),
    [
      heading(2, l10n.t('What I set out to do')),
      '',
      quarter.kind === 'quarter'
        ? focusWords(ctx, quarter.label, quarter.to, l10n.t("No record of a focus for {0}: no review planned one and goals.yaml's `focus` is for another quarter.", quarter.label))
        : l10n.t('This period is not a calendar quarter, so no quarterly focus applies.'),
    ].join('\n'),
    // A quarter that has not started has nothing recorded: the Summary says so once.
    ...(notStarted(ctx) ? [] : [heading(2, l10n.t('What happened')), achievedSection(ctx, 3), progressSection(ctx, 3), winsSection(ctx, 3), checkpointsSection(ctx, 3), lessonsSection(ctx, 3), changedSection(ctx)]),
    [
      heading(2, l10n.t("Next quarter's focus")),
      '',
      next ? focusWords(ctx, next, ctx.today, l10n.t('Not set yet for {0}: the quarterly reset sets it.', next)) : l10n.t('No next quarter: this period is not a calendar quarter.'),
      '',
      l10n.t('Active goals on {0}:', ctx.today),
      '',
      activeGoalLines(ctx),
    ].join('\n'),
  ];
  return reportText(parts);
}
