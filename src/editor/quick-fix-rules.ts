/**
 * Which quick fixes each diagnostic gets, as plain data: a title and either GoalOps
 * to write, a field to ask for, or a command to run. Pure (no vscode), so the choice
 * of fix and its wording are unit-tested; code-actions.ts turns them into CodeActions.
 */
import * as l10n from '@vscode/l10n';
import { describeInsight } from '../core/analyze';
import type { Diagnostic, Goal } from '../core/model';
import type { Analysis, GoalOp, NewMetric } from '../core/types';
import { HORIZON_MONTHS, suggestDueDate } from '../core/words/input-rules';
import { applyTextFixes, pauseSwapFix, rhythmFix, type TextFix } from '../core/edits/rhythm-fixes';
import { parseGoals } from '../core/parse';
import { readQuarter } from '../core/time/fiscal-quarter';

/** The metric skeleton a not-measurable goal gets; valid at once, then renamed by the person. */
const METRIC_SKELETON: NewMetric = { name: 'progress', unit: '%', start: 0, target: 100, current: 0 };

/** One quick fix for one diagnostic. */
export type FixPlan =
  | { title: string; kind: 'ops'; ops: GoalOp[]; goalId?: string; preferred?: boolean }
  | { title: string; kind: 'ask'; goalId: string; field: 'why' | 'flexibility'; preferred?: boolean }
  | { title: string; kind: 'logWin'; preferred?: boolean }
  /** Runs Adjust Due Date for the goal: it asks for the new date and the reason. */
  | { title: string; kind: 'adjustDue'; goalId: string; preferred?: boolean }
  /** Replaces text where the diagnostic is (a misspelt rhythm word, a pause's dates swapped); checked by parsing its result. */
  | { title: string; kind: 'text'; edits: TextFix[]; preferred?: boolean };

/**
 * The least-progressed active goal (the latest in the file on a tie): the one to pause first.
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export function leastProgressedActive(analysis: Analysis): Goal | undefined {
  let best: { goal: Goal; progress: number } | undefined;
  for (const i of analysis.insights) {
    if (i.goal.status !== 'active') continue;
    if (!best || i.progress <= best.progress) best = { goal: i.goal, progress: i.progress };
  }
  return best?.goal;
}

/**
 * The due date a goal without one is offered: from today, or from its start when that is later.
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export function suggestedDueFor(goal: Goal, today: string): string {
  const from = goal.start && goal.start > today ? goal.start : today;
  return suggestDueDate(goal.horizon, from);
}

/**
 * `focus.quarter` written as the plan names quarters, when there is no doubt which
 * quarter was meant: the same label in another case, or a label of the other convention
 * that covers exactly the same days (`2026-Q4` → `FY2027-Q3` with an April start).
 */
function focusQuarterFix(analysis: Analysis): FixPlan[] {
  const { focus, rhythm } = analysis.parse.model;
  if (focus?.quarter === undefined) return [];
  const read = readQuarter(focus.quarter, rhythm?.yearStarts);
  const label = read.ok ? read.label : read.sameDays ? read.suggestion : undefined;
  if (label === undefined || label === focus.quarter) return [];
  const theme = focus.theme !== undefined && focus.theme !== '' ? { theme: focus.theme } : {};
  return [{ title: l10n.t('Write the focus quarter as {0}', label), kind: 'ops', ops: [{ op: 'writeFocus', focus: { quarter: label, ...theme, goals: [...focus.goals] } }], preferred: true }];
}

/** `Set due date to 2027-06-07 (short-term: 6 months ahead)`: the day stays as it is written to the file. */
function setDueTitle(goal: Goal, due: string): string {
  const m = HORIZON_MONTHS[goal.horizon];
  const ahead = m % 12 === 0 ? (m / 12 === 1 ? l10n.t('1 year') : l10n.t('{0} years', m / 12)) : m === 1 ? l10n.t('1 month') : l10n.t('{0} months', m);
  switch (goal.horizon) {
    case 'short':
      return l10n.t('Set due date to {0} (short-term: {1} ahead)', due, ahead);
    case 'medium':
      return l10n.t('Set due date to {0} (medium-term: {1} ahead)', due, ahead);
    case 'long':
      return l10n.t('Set due date to {0} (long-term: {1} ahead)', due, ahead);
  }
}

/**
 * "Adjust Due Date…" for a goal that has a due date to move: circumstances changed, and
 * the framework asks to adjust for them, on the record.
 */
function adjustDueFix(goal: Goal): FixPlan[] {
  return goal.due ? [{ title: l10n.t('Adjust Due Date… (“{0}”, now {1})', goal.title, goal.due), kind: 'adjustDue', goalId: goal.id }] : [];
}

/**
 * A text fix, offered only when the text it gives parses with the syntax intact and
 * without that diagnostic: a fix that would not fix is no fix.
 */
function checkedTextFix(title: string, edits: TextFix[] | undefined, d: Diagnostic, text: string): FixPlan[] {
  if (!edits || edits.length === 0) return [];
  const after = parseGoals(applyTextFixes(text, edits));
  // The value keeps its start (a fix replaces it in place), so the same diagnostic would start there again.
  if (!after.syntaxOk || after.diagnostics.some((x) => x.code === d.code && x.range.start === d.range.start)) return [];
  return [{ title, kind: 'text', edits, preferred: true }];
}

/**
 * The fixes offered for `d` on `today`; empty when the code has none. `text` is the text
 * the analysis was made of: the fixes that rewrite a value in place need it.
 */
export function fixesFor(d: Diagnostic, analysis: Analysis, today: string, text?: string): FixPlan[] {
  const goal = d.goalId ? analysis.byId.get(d.goalId)?.goal : undefined;
  switch (d.code) {
    case 'pitfall/not-measurable':
      if (!goal) return [];
      return [{ title: l10n.t('Add a metric to “{0}”', goal.title), kind: 'ops', goalId: goal.id, ops: [{ op: 'addMetric', goalId: goal.id, metric: METRIC_SKELETON }], preferred: true }];
    case 'pitfall/not-time-bound': {
      if (!goal) return [];
      const due = suggestedDueFor(goal, today);
      return [{ title: setDueTitle(goal, due), kind: 'ops', goalId: goal.id, ops: [{ op: 'setGoalField', goalId: goal.id, field: 'due', value: due }], preferred: true }];
    }
    case 'pitfall/not-meaningful':
      return goal ? [{ title: l10n.t('Add why “{0}” matters…', goal.title), kind: 'ask', goalId: goal.id, field: 'why', preferred: true }] : [];
    case 'pitfall/no-flexibility':
      return goal ? [{ title: l10n.t('Add a plan B (flexibility) for “{0}”…', goal.title), kind: 'ask', goalId: goal.id, field: 'flexibility', preferred: true }] : [];
    case 'pitfall/too-many-goals': {
      const least = leastProgressedActive(analysis);
      if (!least) return [];
      const insight = analysis.byId.get(least.id);
      const title = insight ? l10n.t('Pause “{0}” ({1})', least.title, describeInsight(insight)) : l10n.t('Pause “{0}”', least.title);
      return [{ title, kind: 'ops', goalId: least.id, ops: [{ op: 'setGoalStatus', goalId: least.id, status: 'paused' }], preferred: true }];
    }
    case 'pitfall/missed-checkpoint': {
      // The diagnostic points at the checkpoint itself; find it by its range.
      const cp = goal?.checkpoints.find((c) => c.range.start === d.range.start && c.range.end === d.range.end);
      if (!goal || !cp) return [];
      return [{ title: l10n.t('Mark checkpoint “{0}” done', cp.title), kind: 'ops', goalId: goal.id, ops: [{ op: 'setCheckpointDone', goalId: goal.id, index: cp.index, expectTitle: cp.title, done: true }] }, ...adjustDueFix(goal)];
    }
    case 'pitfall/overdue':
      return goal ? [{ title: l10n.t('Mark “{0}” done', goal.title), kind: 'ops', goalId: goal.id, ops: [{ op: 'setGoalStatus', goalId: goal.id, status: 'done' }] }, ...adjustDueFix(goal)] : [];
    case 'pitfall/behind':
      return goal ? adjustDueFix(goal) : [];
    case 'pitfall/no-celebration':
      return [{ title: l10n.t('Log a win…'), kind: 'logWin', preferred: true }];
    case 'invalid-quarter':
    case 'quarter-year-start':
      return focusQuarterFix(analysis);
    case 'invalid-rhythm': {
      if (text === undefined) return [];
      const fix = rhythmFix(text, d.range);
      return fix ? checkedTextFix(l10n.t('Write “{0}”', fix.text), [fix], d, text) : [];
    }
    case 'pause-order':
      return text === undefined ? [] : checkedTextFix(l10n.t('Swap the pause’s from and to dates'), pauseSwapFix(text, d.range), d, text);
    default:
      return [];
  }
}
