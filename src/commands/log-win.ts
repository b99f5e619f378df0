/**
 * Log a Win: what went well and, optionally, which goal it moved, dated today.
 * Accepts a goal tree node or ItemRef (the goal is preselected) or `{ text, goalId, uri }`.
 */
import * as vscode from 'vscode';
import type { GoalsStore } from '../host/types';
import { todayIso } from '../core/time/dates';
import { refuse, refusalWhileBroken, writeAndReport, type CommandResult } from '../host/outcome';
import { asRef, field, pickState, toUri } from '../host/targets';

const NO_GOAL = '';

/** Asks for the win (unless given) and appends it to `wins:` with today's date. */
export async function logWin(store: GoalsStore, arg: unknown): Promise<CommandResult | undefined> {
  const ref = asRef(arg);
  const state = await pickState(store, ref?.uri ?? toUri(field(arg, 'uri')));
  if (!state) return undefined;
  const refused = refusalWhileBroken(state);
  if (refused) return refuse(refused, state.uri);

  let text = field<string>(arg, 'text')?.trim();
  const givenGoal = ref?.goalId ?? field<string>(arg, 'goalId');
  let goalId: string | undefined = givenGoal;
  if (!text) {
    text = (
      await vscode.window.showInputBox({
        title: vscode.l10n.t('Log a Win'),
        prompt: vscode.l10n.t('Celebrate progress, however small. What went well?'),
        placeHolder: vscode.l10n.t('e.g. Shipped the rollback runbook; the payments team used it on day one'),
        validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Describe the win in a few words.')),
      })
    )?.trim();
    if (!text) return undefined;
    const picked = await pickWinGoal(state.analysis.parse.model.goals, givenGoal);
    if (picked === undefined) return undefined;
    goalId = picked === NO_GOAL ? undefined : picked;
  }
  const win = goalId ? { date: todayIso(new Date()), text, goal: goalId } : { date: todayIso(new Date()), text };
  const result = await writeAndReport(store, state, [{ op: 'addWin', win }], goalId ? { goalId } : {});
  if (result.written) void vscode.window.setStatusBarMessage(`$(star-full) ${vscode.l10n.t('Win logged')}`, 3000);
  return result;
}

/**
 * Active goals plus "No specific goal", with `preselect` (the goal the command was
 * invoked on) highlighted; resolves to the goal id, NO_GOAL, or undefined when dismissed.
 */
function pickWinGoal(goals: readonly { id: string; title: string; status: string }[], preselect?: string): Promise<string | undefined> {
  const active = goals.filter((g) => g.status === 'active' || g.id === preselect);
  if (active.length === 0) return Promise.resolve(NO_GOAL);
  type Item = vscode.QuickPickItem & { id: string };
  const items: Item[] = [
    ...active.map((g) => ({ label: g.title, description: g.id, id: g.id })),
    { label: vscode.l10n.t('No specific goal'), description: vscode.l10n.t('A win worth noting on its own'), id: NO_GOAL },
  ];
  const qp = vscode.window.createQuickPick<Item>();
  qp.title = vscode.l10n.t('Log a Win: which goal did it move?');
  qp.placeholder = vscode.l10n.t('Pick a goal, or No specific goal');
  qp.items = items;
  const initial = items.find((i) => i.id === preselect);
  if (initial) qp.activeItems = [initial];
  return new Promise((resolve) => {
    let result: string | undefined;
    qp.onDidAccept(() => {
      result = qp.selectedItems[0]?.id ?? qp.activeItems[0]?.id;
      qp.hide();
    });
    qp.onDidHide(() => {
      qp.dispose();
      resolve(result);
    });
    qp.show();
  });
}
