/**
 * Minimal, comment-preserving edits of goals.yaml. Every operation parses the text
 * once, locates the node it changes and returns splices of the original text: only
 * the edited scalar or the inserted lines change, everything else stays byte for byte.
 * edits/ imports parse/, text/, model.ts and types.ts.
 */
import type { ApplyOpsResult, EditResult, GoalOp, TextEdit } from '../types';
import { createContext, Refusal, type EditContext } from './context';
import { diffEdits } from './diff';
import { EditMemory } from './memory';
import { adjustDue } from './adjust-ops';
import { addGoal, setGoalField, setGoalStatus, setResources } from './goal-ops';
import { addItem, addMetric, newCheckpoint, newTask, removeTask, setItemDone, setMetricCurrent, setMetricField, updateItem } from './item-ops';
import { addEntry, writeFocus } from './top-ops';
import { applyEdits, trimEdits } from './text';
import { verifyEdit } from './verify';
import { verifiedInSpan } from './verify-slice';

export { applyEdits } from './text';
export { EditMemory } from './memory';

function editsFor(ctx: EditContext, op: GoalOp): TextEdit[] {
  switch (op.op) {
    case 'setTaskDone':
      return setItemDone(ctx, op.goalId, 'tasks', op.index, op.expectTitle, op.done);
    case 'setCheckpointDone':
      return setItemDone(ctx, op.goalId, 'checkpoints', op.index, op.expectTitle, op.done);
    case 'setMetricCurrent':
      return setMetricCurrent(ctx, op.goalId, op.value);
    case 'setMetricField':
      return setMetricField(ctx, op.goalId, op.field, op.value);
    case 'addMetric':
      return addMetric(ctx, op.goalId, op.metric);
    case 'addTask':
      return addItem(ctx, op.goalId, 'tasks', newTask(op.task));
    case 'updateTask':
      return updateItem(ctx, op.goalId, 'tasks', op.index, op.expectTitle, op.changes);
    case 'removeTask':
      return removeTask(ctx, op.goalId, op.index, op.expectTitle);
    case 'addCheckpoint':
      return addItem(ctx, op.goalId, 'checkpoints', newCheckpoint(op.checkpoint));
    case 'updateCheckpoint':
      return updateItem(ctx, op.goalId, 'checkpoints', op.index, op.expectTitle, op.changes);
    case 'setGoalField':
      return setGoalField(ctx, op.goalId, op.field, op.value);
    case 'setGoalStatus':
      return setGoalStatus(ctx, op.goalId, op.status);
    case 'setResources':
      return setResources(ctx, op.goalId, op.resources);
    case 'adjustDue':
      return adjustDue(ctx, op.goalId, op);
    case 'addWin':
      return addEntry(ctx, 'wins', op.win);
    case 'addLesson':
      return addEntry(ctx, 'lessons', op.lesson);
    case 'addGoal':
      return addGoal(ctx, op.goal);
    case 'writeFocus':
      return writeFocus(ctx, op.focus);
    default:
      return unknownOp(op);
  }
}

/**
 * The one goal entry an op changes when it exists, so the fast path can parse just
 * that entry. Undefined for ops that need the whole goal: adding a metric must see
 * that there is none, a rename may need to write the goal's id, and adjusting the due
 * date changes two entries (`due` and `adjustments`).
 */
function entryOf(op: GoalOp): string | undefined {
  switch (op.op) {
    case 'setTaskDone':
    case 'addTask':
    case 'updateTask':
    case 'removeTask':
      return 'tasks';
    case 'setCheckpointDone':
    case 'addCheckpoint':
    case 'updateCheckpoint':
      return 'checkpoints';
    case 'setMetricCurrent':
    case 'setMetricField':
      return 'metric';
    case 'setGoalField':
      return op.field === 'title' ? undefined : op.field;
    case 'setGoalStatus':
      return 'status';
    case 'setResources':
      return 'resources';
    case 'addMetric':
    case 'adjustDue':
    case 'addGoal':
    case 'addWin':
    case 'addLesson':
    case 'writeFocus':
      return undefined;
    default:
      // An op outside the type (the API and webviews pass untrusted values): editsFor refuses it.
      return undefined;
  }
}

function unknownOp(op: never): never {
  throw new Refusal(`Unknown edit "${String((op as { op?: unknown }).op)}".`);
}

/**
 * Computes the edits for one operation against `text`. Refuses (ok: false, with a
 * reason for the person) when the file has a YAML syntax error, the goal or item is
 * not found, or a value is invalid. Edits are trimmed to the words that change and
 * may be empty when the file already says what the op asks.
 *
 * Cost: the first call on a text parses it whole to rule out syntax errors; the
 * verdict is remembered, so later calls on that text (and on texts produced by these
 * edits) parse only the goal they change, or for a win or lesson only the last items
 * of its list. Each result is then checked (verify.ts): on the fast path by
 * re-parsing only the lines the op read and changed (verify-slice.ts), else in full.
 * That memory is `memory`, which the caller holds: pass the same one to the ops that
 * follow; without one, the op remembers nothing past itself.
 */
export function applyOp(text: string, op: GoalOp, memory: EditMemory = new EditMemory()): EditResult {
  try {
    const top = op.op === 'addWin' ? 'wins' : op.op === 'addLesson' ? 'lessons' : undefined;
    const ctx = createContext(text, memory, 'goalId' in op ? op.goalId : undefined, entryOf(op), top);
    const edits = trimEdits(text, editsFor(ctx, op));
    if (edits.length > 0) {
      const after = applyEdits(text, edits);
      // Nothing is handed out unchecked: the result must parse and hold exactly the op's change (verify.ts).
      // On the fast path the lines it read are enough to check (verify-slice.ts); else, or when they cannot tell, the whole result.
      if (!verifiedInSpan(ctx, after, op, edits)) verifyEdit(text, after, op, memory, ctx);
      memory.markClean(after);
    }
    return { ok: true, edits };
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, reason: e.message };
    throw e;
  }
}

/**
 * Applies operations in order, each against the text left by the previous ones. An
 * op that cannot apply is reported in `failed` and the rest continue. `edits` take
 * the original text to the final one in small hunks. The ops share `memory` (see applyOp).
 */
export function applyOps(text: string, ops: readonly GoalOp[], memory: EditMemory = new EditMemory()): ApplyOpsResult {
  let current = text;
  const applied: GoalOp[] = [];
  const failed: { op: GoalOp; reason: string }[] = [];
  for (const op of ops) {
    const r = applyOp(current, op, memory);
    if (r.ok) {
      current = applyEdits(current, r.edits);
      applied.push(op);
    } else {
      failed.push({ op, reason: r.reason });
    }
  }
  return { text: current, edits: diffEdits(text, current), applied, failed };
}
