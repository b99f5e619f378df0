/**
 * "Adjust Due Date": moves a goal's `due` and appends the move to its `adjustments:`
 * record in the same edit, so a deadline never moves without a trace. The entry is
 * `{date, from, to, reason}`, written in the style the file gives its list items.
 */
import * as l10n from '@vscode/l10n';
import { parseIsoDay } from '../time/dates';
import type { TextEdit } from '../types';
import { refuseAliased } from './aliases';
import { findGoalNode, pairOf, refuse, scalarText, siblingItemStyle, type EditContext } from './context';
import { GOAL_ORDER } from './key-order';
import type { YObject } from './render';
import { raw } from './scalar';
import { appendItem, insertPair, setScalarPair } from './splice';
import { isoDate, text } from './value-checks';

/** What an adjustment records besides the old date, which is read from the file. */
export interface DueAdjustment {
  /** The new due date. */
  to: unknown;
  /** The day the adjustment is made ("today", given by the caller). */
  date: unknown;
  /** Why; any text, several lines included. */
  reason: unknown;
}

/**
 * The edits that set goal `goalId`'s `due` to `a.to` and append `{date, from, to,
 * reason}` to its `adjustments:`, creating the list after `due:` when absent. Refuses
 * a goal without a valid due date (there is nothing to move) or a move to the same day.
 */
export function adjustDue(ctx: EditContext, goalId: string, a: DueAdjustment): TextEdit[] {
  const goal = findGoalNode(ctx, goalId);
  refuseAliased(ctx, goal, l10n.t('Goal "{0}"', goalId));
  const to = isoDate(a.to, 'The new due date');
  const date = isoDate(a.date, 'The day of the adjustment');
  const reason = text(a.reason, 'The reason', true);
  const from = scalarText(goal, 'due');
  if (from === undefined) return refuse(l10n.t('Goal "{0}" has no due date to adjust. Set one first (`due: YYYY-MM-DD`).', goalId));
  if (typeof parseIsoDay(from) !== 'number') return refuse(l10n.t('The due date of goal "{0}" ("{1}") is not a date written YYYY-MM-DD; correct it in goals.yaml first.', goalId, from));
  if (from === to.raw) return refuse(l10n.t('Goal "{0}" is already due on {1}.', goalId, from));
  const where = l10n.t('goal "{0}"', goalId);
  const entry: YObject = { date, from: raw(from), to, reason };
  const pair = pairOf(goal, 'adjustments');
  refuseAliased(ctx, pair?.value, l10n.t('The adjustments of goal "{0}"', goalId));
  // New entries look like the goal's checkpoints and tasks when it has no adjustments yet.
  const style = siblingItemStyle(ctx, ['adjustments', 'checkpoints', 'tasks'], pair?.value);
  const record = pair ? appendItem(ctx, pair, entry, style, where) : insertPair(ctx, goal, 'adjustments', [entry], { order: GOAL_ORDER, itemStyle: style });
  return [setScalarPair(ctx, goal, 'due', to, GOAL_ORDER, where), record];
}
