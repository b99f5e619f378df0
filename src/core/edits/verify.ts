/**
 * The check every edit passes before it is handed out: the text it produces must
 * parse without errors and read back as exactly the data the op means (intended.ts).
 * An edit that fails is refused with a reason and nothing is written; a splice that
 * landed on the wrong node, broke the syntax or changed an alias's copies is caught
 * here whatever its cause.
 *
 * Cost: one full parse of the result per edit. The result's parse is kept in the
 * caller's EditMemory, so the next edit on that text (the usual case: ops applied in
 * a row, or the next action on a file the editor just wrote) finds the data it starts
 * from without parsing again.
 */
import * as l10n from '@vscode/l10n';
import { isMap, parseDocument, type Document, type YAMLMap } from 'yaml';
import type { GoalOp } from '../types';
import { createContext, findGoalNode, findItem, goalsSeq, refuse, Refusal, withoutFixAdvice, type EditContext } from './context';
import { newGoal } from './goal-ops';
import { intendedData, sameData, type Located, type Plain } from './intended';
import type { EditMemory, FullRead } from './memory';
import { scalarText } from './nodes';

/** The document a context parsed in full, when it keeps it (a fast-path context has none). */
function docOf(ctx: EditContext): Document | undefined {
  return (ctx as EditContext & { doc?: Document }).doc;
}

/**
 * The text parsed in full: from `memory` when it was read lately, else from `known`
 * (the op's own context, when that parsed the whole text), else parsed now. Refuses
 * on a syntax error.
 */
function snapshot(text: string, memory: EditMemory, known?: EditContext): FullRead {
  const hit = memory.reads.get(text);
  if (hit) return hit;
  // No goal id: the context parses the whole text, syntax check included.
  const ctx = known && known.text === text && docOf(known) ? known : createContext(text, memory);
  let data: unknown;
  try {
    data = (docOf(ctx) ?? parseDocument(text)).toJS();
  } catch (e) {
    // toJS stops on alias bombs and on aliases it cannot follow.
    return refuse(l10n.t('goals.yaml could not be read back to check this edit ({0}); nothing was written. Edit it by hand.', e instanceof Error ? e.message : String(e)));
  }
  const snap: FullRead = { ctx, data: data === null || data === undefined ? null : (data as Plain) };
  memory.reads.set(text, snap);
  return snap;
}

function itemKey(op: GoalOp): 'tasks' | 'checkpoints' | undefined {
  switch (op.op) {
    case 'setTaskDone':
    case 'updateTask':
    case 'removeTask':
      return 'tasks';
    case 'setCheckpointDone':
    case 'updateCheckpoint':
      return 'checkpoints';
    case 'setMetricCurrent':
    case 'setMetricField':
    case 'addMetric':
    case 'addTask':
    case 'addCheckpoint':
    case 'setGoalField':
    case 'setGoalStatus':
    case 'setResources':
    case 'adjustDue':
    case 'addWin':
    case 'addLesson':
    case 'addGoal':
    case 'writeFocus':
      return undefined;
  }
}

/** Where `op` acts in the text read as `ctx`, found by the same lookups the op used. */
function locate(ctx: EditContext, op: GoalOp): Located {
  const at: Located = {};
  if ('goalId' in op) {
    const goal: YAMLMap = findGoalNode(ctx, op.goalId);
    at.goal = goalsSeq(ctx)?.items.indexOf(goal) ?? -1;
    const key = itemKey(op);
    if (key && 'index' in op) at.item = findItem(goal, op.goalId, key, op.index, op.expectTitle).index;
    if (op.op === 'setGoalField' && op.field === 'title') at.pinId = !scalarText(goal, 'id');
  }
  if (op.op === 'addGoal') at.newId = newGoal(ctx, op.goal).id;
  return at;
}

/** Whether the text holds an alias (`*name`), which makes one edit show up in several places. */
function hasAlias(text: string): boolean {
  return /(?:^|[\s[{,])\*[^\s,[\]{}]/.test(text);
}

/**
 * Checks that `after`, made from `before` by the edits for `op`, parses cleanly and
 * holds exactly the data `op` means. Refuses (throws the reason) otherwise. `ctx`,
 * the context the op ran in, saves parsing `before` again when it was a full parse;
 * `memory` keeps both full reads for the next op.
 */
export function verifyEdit(before: string, after: string, op: GoalOp, memory: EditMemory, ctx?: EditContext): void {
  let want: Plain | undefined;
  try {
    const b = snapshot(before, memory, ctx);
    want = intendedData(b.data, op, locate(b.ctx, op));
  } catch (e) {
    if (e instanceof Refusal) refuse(l10n.t('goals.yaml could not be read back to check this edit: {0}', e.message));
    throw e;
  }
  let got: FullRead;
  try {
    got = snapshot(after, memory);
  } catch (e) {
    if (e instanceof Refusal) refuse(l10n.t('This edit would have left goals.yaml invalid, so nothing was written ({0}). Please report this.', withoutFixAdvice(e.message)));
    throw e;
  }
  if (!isMap(got.ctx.root) && got.ctx.root !== null) refuse(l10n.t('This edit would have left goals.yaml without its top-level keys, so nothing was written. Please report this.'));
  if (want !== undefined && sameData(got.data, want)) return;
  if (hasAlias(before)) {
    refuse(l10n.t('This edit would also change a part of goals.yaml that is reused elsewhere through an alias (*name), so nothing was written. Edit it by hand.'));
  }
  refuse(l10n.t('This edit would have changed goals.yaml in more places than intended, so nothing was written. Please report this.'));
}
