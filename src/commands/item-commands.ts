/**
 * Commands that change one thing about an existing goal: tick a task or checkpoint,
 * update a metric, set a goal's status. Each accepts a tree node or ItemRef, or an
 * args object (`{ uri, goalId, value }`) so tests and other commands need no UI.
 */
import * as vscode from 'vscode';
import { parseNumberInput, numberInputProblem } from '../core/words/number-input';
import { Commands } from '../constants';
import { findGoal, GOAL_STATUSES, type Goal, type GoalStatus } from '../core/model';
import type { FolderState, GoalsStore } from '../host/types';
import { metricRangeLabel } from '../core/words/input-rules';
import { refuse, refusalWhileBroken, writeAndReport, type CommandResult } from '../host/outcome';
import { asRef, field, pickGoal, pickState, toUri } from '../host/targets';
import { statusWord } from '../host/words';

/** Flips a task's or checkpoint's `done` (or sets it to `args.done`). */
export async function toggleItem(store: GoalsStore, arg: unknown, doneArg?: unknown): Promise<CommandResult | undefined> {
  const ref = asRef(arg);
  if (!ref || (ref.kind !== 'task' && ref.kind !== 'checkpoint')) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Pick a task or checkpoint in the Goals view to mark it done.'));
    return undefined;
  }
  const state = await pickState(store, ref.uri);
  if (!state) return undefined;
  const goal = findGoal(state.analysis.parse.model, ref.goalId);
  const items = ref.kind === 'task' ? goal?.tasks : goal?.checkpoints;
  const item = items?.find((i) => i.index === ref.index && i.title === ref.title) ?? items?.find((i) => i.title === ref.title);
  const explicit = typeof doneArg === 'boolean' ? doneArg : field<boolean>(arg, 'done');
  const done = typeof explicit === 'boolean' ? explicit : !(item?.done ?? false);
  const op = ref.kind === 'task' ? ('setTaskDone' as const) : ('setCheckpointDone' as const);
  return writeAndReport(store, state, [{ op, goalId: ref.goalId, index: item?.index ?? ref.index, expectTitle: ref.title, done }]);
}

/**
 * The goals file and goal a command argument names (a tree node, an ItemRef or
 * `{ uri, goalId }`), asking with `pick` when it names no goal. Refuses before any
 * question while the file has a YAML syntax error.
 */
export async function targetGoal(
  store: GoalsStore,
  arg: unknown,
  pick: Parameters<typeof pickGoal>[1],
): Promise<{ state: FolderState; goal: Goal } | { refused: CommandResult } | undefined> {
  const ref = asRef(arg);
  const state = await pickState(store, ref?.uri ?? toUri(field(arg, 'uri')));
  if (!state) return undefined;
  const refused = refusalWhileBroken(state);
  if (refused) return { refused: refuse(refused, state.uri) };
  const goalId = ref?.goalId ?? field<string>(arg, 'goalId');
  const goal = goalId ? findGoal(state.analysis.parse.model, goalId) : await pickGoal(state, pick);
  return goal ? { state, goal } : undefined;
}

/** Sets a metric's `current`, asking with a number-only input box that shows the range. */
export async function updateMetric(store: GoalsStore, arg: unknown, valueArg?: unknown): Promise<CommandResult | undefined> {
  const target = await targetGoal(store, arg, {
    title: vscode.l10n.t('Update Metric'),
    placeHolder: vscode.l10n.t('Which goal’s metric?'),
    filter: (g) => g.metric !== undefined && g.status === 'active',
    empty: vscode.l10n.t('No active goal has a metric yet. Add `metric: { name, start, target }` to a goal to track it here.'),
  });
  if (!target || 'refused' in target) return target?.refused;
  const { state, goal } = target;
  if (!goal.metric) {
    void vscode.window.showInformationMessage(vscode.l10n.t('“{0}” has no metric yet. Add `metric: { name, start, target }` to it in goals.yaml.', goal.title));
    return undefined;
  }
  const given = field<unknown>(arg, 'value') ?? valueArg;
  let value = typeof given === 'number' ? given : typeof given === 'string' ? parseNumberInput(given) : undefined;
  if (value === undefined) {
    const typed = await vscode.window.showInputBox({
      title: vscode.l10n.t('Update Metric: {0}', goal.title),
      prompt: metricRangeLabel(goal.metric, goal.title),
      value: String(goal.metric.current),
      validateInput: numberInputProblem,
    });
    if (typed === undefined) return undefined;
    value = parseNumberInput(typed);
    if (value === undefined) return undefined;
  }
  return writeAndReport(store, state, [{ op: 'setMetricCurrent', goalId: goal.id, value }], { goalId: goal.id });
}

/** What each status means, under its name in the pick. */
function statusDescription(status: GoalStatus): string {
  switch (status) {
    case 'active':
      return vscode.l10n.t('Working on it: counts towards progress and pace');
    case 'paused':
      return vscode.l10n.t('On hold for now; keeps its progress, out of your overall progress');
    case 'done':
      return vscode.l10n.t('Achieved: time to celebrate');
    case 'dropped':
      return vscode.l10n.t('No longer worth pursuing; kept for the record');
  }
}

/** Sets a goal's status, asking with a quick pick of the four statuses. */
export async function setStatus(store: GoalsStore, arg: unknown, statusArg?: unknown): Promise<CommandResult | undefined> {
  const target = await targetGoal(store, arg, {
    title: vscode.l10n.t('Set Status'),
    placeHolder: vscode.l10n.t('Which goal?'),
    empty: vscode.l10n.t('There are no goals in this file yet. Add one with Career Goals: Add Goal.'),
  });
  if (!target || 'refused' in target) return target?.refused;
  const { state, goal } = target;
  const given = field<unknown>(arg, 'status') ?? statusArg;
  let status = GOAL_STATUSES.find((s) => s === given);
  if (!status) {
    const picked = await vscode.window.showQuickPick(
      GOAL_STATUSES.map((s) => ({ label: statusWord(s), description: s === goal.status ? vscode.l10n.t('(current)') : undefined, detail: statusDescription(s), status: s })),
      { title: vscode.l10n.t('Set Status: {0}', goal.title), placeHolder: vscode.l10n.t('Now {0}. Choose the new status', statusWord(goal.status)) },
    );
    status = picked?.status;
  }
  if (!status) return undefined;
  const result = await writeAndReport(store, state, [{ op: 'setGoalStatus', goalId: goal.id, status }], { goalId: goal.id });
  if (result.written && status === 'done') {
    void celebrate(goal.title, goal.id, state.uri);
  }
  return result;
}

/** Marking a goal done is a win worth writing down: offer to log it. */
async function celebrate(title: string, goalId: string, uri: vscode.Uri): Promise<void> {
  const log = vscode.l10n.t('Log a Win');
  const answer = await vscode.window.showInformationMessage(vscode.l10n.t('Well done: “{0}” is done.', title), log);
  if (answer === log) await vscode.commands.executeCommand(Commands.logWin, { kind: 'goal', uri, goalId });
}
