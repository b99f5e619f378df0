/**
 * Adjust Due Date: moves a goal's `due` and records the move, with its reason, in the
 * goal's `adjustments:` (one edit, so one Undo reverts both). Accepts a goal tree node
 * or ItemRef, or `{ uri, goalId, to, reason }` so quick fixes and tests need no UI.
 */
import * as vscode from 'vscode';
import type { Goal } from '../core/model';
import { todayIso } from '../core/time/dates';
import { adjustedDueProblem, dueDateProblem } from '../core/words/input-rules';
import { writeAndReport, type CommandResult } from '../host/outcome';
import { field } from '../host/targets';
import type { GoalsStore } from '../host/types';
import { targetGoal } from './item-commands';

/** Asks for the new date (showing the current one) and the reason, unless given, then writes both. */
export async function adjustDueDate(store: GoalsStore, arg: unknown): Promise<CommandResult | undefined> {
  const target = await targetGoal(store, arg, {
    title: vscode.l10n.t('Adjust Due Date'),
    placeHolder: vscode.l10n.t('Which goal’s due date?'),
    filter: (g) => g.due !== undefined && (g.status === 'active' || g.status === 'paused'),
    empty: vscode.l10n.t('No active or paused goal has a due date to adjust. Set one with `due: YYYY-MM-DD`.'),
  });
  if (!target || 'refused' in target) return target?.refused;
  const { state, goal } = target;
  const current = goal.due;
  if (current === undefined) {
    void vscode.window.showInformationMessage(vscode.l10n.t('“{0}” has no due date yet. Add `due: YYYY-MM-DD` to it in goals.yaml.', goal.title));
    return undefined;
  }
  const today = todayIso(new Date());
  // Given values are checked by the core's edit (a bad date or an empty reason is refused with its reason).
  const to = text(field(arg, 'to')) ?? (await askDate(goal, current, today));
  if (to === undefined) return undefined;
  const reason = text(field(arg, 'reason')) ?? (await askReason(goal, current, to));
  if (reason === undefined) return undefined;
  return writeAndReport(store, state, [{ op: 'adjustDue', goalId: goal.id, to: to.trim(), date: today, reason: reason.trim() }], { goalId: goal.id });
}

/** A given argument as text; anything else counts as not given, so the box asks. */
function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function askDate(goal: Goal, current: string, today: string): Thenable<string | undefined> {
  const overdue = dueDateProblem(current, today) !== undefined;
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Adjust Due Date: {0}', goal.title),
    prompt: overdue ? vscode.l10n.t('Now due {0} (passed). The new due date, YYYY-MM-DD:', current) : vscode.l10n.t('Now due {0}. The new due date, YYYY-MM-DD:', current),
    value: current,
    validateInput: (v) => adjustedDueProblem(v, current, today),
  });
}

function askReason(goal: Goal, current: string, to: string): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Adjust Due Date: {0}', goal.title),
    prompt: vscode.l10n.t('Why does it move from {0} to {1}? Kept with the goal for your reviews and the quarterly report.', current, to.trim()),
    placeHolder: vscode.l10n.t('e.g. The team reorg took a month of focus'),
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Say what changed, in a few words.')),
  });
}
