/**
 * Which quick fixes each diagnostic gets, as plain data: a title and either GoalOps
 * to write, a field to ask for, or a command to run. Pure (no vscode), so the choice
 * of fix and its wording are unit-tested; code-actions.ts turns them into CodeActions.
 */
import { describeInsight } from '../core/analyze';
import type { Diagnostic, Goal } from '../core/model';
import type { Analysis, GoalOp, NewMetric } from '../core/types';
import { HORIZON_MONTHS, suggestDueDate } from '../core/words/input-rules';
import { readQuarter } from '../core/time/fiscal-quarter';

/** The metric skeleton a not-measurable goal gets; valid at once, then renamed by the person. */
const METRIC_SKELETON: NewMetric = { name: 'progress', unit: '%', start: 0, target: 100, current: 0 };

/** One quick fix for one diagnostic. */
export type FixPlan =
  | { title: string; kind: 'ops'; ops: GoalOp[]; goalId?: string; preferred?: boolean }
  | { title: string; kind: 'ask'; goalId: string; field: 'why' | 'flexibility'; preferred?: boolean }
  | { title: string; kind: 'logWin'; preferred?: boolean };

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
  return [{ title: `Write the focus quarter as ${label}`, kind: 'ops', ops: [{ op: 'writeFocus', focus: { quarter: label, ...theme, goals: [...focus.goals] } }], preferred: true }];
}

function monthsText(goal: Goal): string {
  const m = HORIZON_MONTHS[goal.horizon];
  return m % 12 === 0 ? `${m / 12} years` : `${m} months`;
}

/** The fixes offered for `d` on `today`; empty when the code has none. */
export function fixesFor(d: Diagnostic, analysis: Analysis, today: string): FixPlan[] {
  const goal = d.goalId ? analysis.byId.get(d.goalId)?.goal : undefined;
  switch (d.code) {
    case 'pitfall/not-measurable':
      if (!goal) return [];
      return [{ title: `Add a metric to “${goal.title}”`, kind: 'ops', goalId: goal.id, ops: [{ op: 'addMetric', goalId: goal.id, metric: METRIC_SKELETON }], preferred: true }];
    case 'pitfall/not-time-bound': {
      if (!goal) return [];
      const due = suggestedDueFor(goal, today);
      return [{ title: `Set due date to ${due} (${goal.horizon}-term: ${monthsText(goal)} ahead)`, kind: 'ops', goalId: goal.id, ops: [{ op: 'setGoalField', goalId: goal.id, field: 'due', value: due }], preferred: true }];
    }
    case 'pitfall/not-meaningful':
      return goal ? [{ title: `Add why “${goal.title}” matters…`, kind: 'ask', goalId: goal.id, field: 'why', preferred: true }] : [];
    case 'pitfall/no-flexibility':
      return goal ? [{ title: `Add a plan B (flexibility) for “${goal.title}”…`, kind: 'ask', goalId: goal.id, field: 'flexibility', preferred: true }] : [];
    case 'pitfall/too-many-goals': {
      const least = leastProgressedActive(analysis);
      if (!least) return [];
      const insight = analysis.byId.get(least.id);
      const how = insight ? ` (${describeInsight(insight)})` : '';
      return [{ title: `Pause “${least.title}”${how}`, kind: 'ops', goalId: least.id, ops: [{ op: 'setGoalStatus', goalId: least.id, status: 'paused' }], preferred: true }];
    }
    case 'pitfall/missed-checkpoint': {
      // The diagnostic points at the checkpoint itself; find it by its range.
      const cp = goal?.checkpoints.find((c) => c.range.start === d.range.start && c.range.end === d.range.end);
      if (!goal || !cp) return [];
      return [{ title: `Mark checkpoint “${cp.title}” done`, kind: 'ops', goalId: goal.id, ops: [{ op: 'setCheckpointDone', goalId: goal.id, index: cp.index, expectTitle: cp.title, done: true }] }];
    }
    case 'pitfall/overdue':
      return goal ? [{ title: `Mark “${goal.title}” done`, kind: 'ops', goalId: goal.id, ops: [{ op: 'setGoalStatus', goalId: goal.id, status: 'done' }] }] : [];
    case 'pitfall/no-celebration':
      return [{ title: 'Log a win…', kind: 'logWin', preferred: true }];
    case 'invalid-quarter':
    case 'quarter-year-start':
      return focusQuarterFix(analysis);
    default:
      return [];
  }
}
