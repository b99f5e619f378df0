/**
 * analysis/: what the plan means on a given day, the steps `analyze` takes after the
 * parse: progress.ts (this file: how far each goal is), pace.ts (a goal against its
 * schedule), cadence.ts (which reviews are due) and pitfalls.ts (the framework's
 * pitfalls, as diagnostics). It imports parse/, time/, model.ts, types.ts and
 * validate-codes.ts; "today" is always an argument.
 */
/**
 * Progress of goals, each in [0, 1]. The rules, in order of precedence:
 * done → 1; a metric → how far `current` has moved from `start` towards `target`
 * (falling targets work too); checkpoints and tasks → done items over all items;
 * child goals (not dropped) → the mean of their progress; otherwise 0.
 */
import type { Goal } from '../model';

/**
 * Progress of every goal by id, computed in one pass with memoised child roll-ups.
 * Iterative, with an explicit stack: a parent chain thousands of goals deep is a
 * plain (if odd) file, and must not exhaust the call stack.
 */
export function computeProgress(goals: readonly Goal[]): Map<string, number> {
  const children = childrenIndex(goals);
  const memo = new Map<string, number>();
  /** Goals whose children are being summed; a goal met again while on it is a loop and counts as 0. */
  const visiting = new Set<string>();
  interface Frame {
    goal: Goal;
    kids: Goal[];
    next: number;
    sum: number;
  }
  const stack: Frame[] = [];
  /** Progress when known without descending (memo, own progress, loop, leaf); else pushes a frame. */
  const enter = (goal: Goal): number | undefined => {
    const known = memo.get(goal.id);
    if (known !== undefined) return known;
    if (visiting.has(goal.id)) return 0;
    const own = ownProgress(goal);
    const kids = own === undefined ? children.get(goal.id) : undefined;
    if (own !== undefined || !kids || kids.length === 0) {
      const p = own ?? 0;
      memo.set(goal.id, p);
      return p;
    }
    visiting.add(goal.id);
    stack.push({ goal, kids, next: 0, sum: 0 });
    return undefined;
  };
  for (const root of goals) {
    if (enter(root) !== undefined) continue;
    for (let top = stack.at(-1); top; top = stack.at(-1)) {
      const kid = top.kids[top.next];
      if (kid) {
        top.next++;
        const p = enter(kid);
        if (p !== undefined) top.sum += p;
        continue;
      }
      stack.pop();
      visiting.delete(top.goal.id);
      const p = top.sum / top.kids.length;
      memo.set(top.goal.id, p);
      // The finished goal's progress feeds the average of the goal that asked for it.
      const parent = stack.at(-1);
      if (parent) parent.sum += p;
    }
  }
  return memo;
}

/**
 * Progress from the goal alone (status, metric, checkpoints and tasks), or undefined
 * when only children could tell. A metric whose target equals its start measures
 * nothing (the parser reports it), so the next rule applies.
 */
function ownProgress(goal: Goal): number | undefined {
  if (goal.status === 'done') return 1;
  const m = goal.metric;
  if (m && m.target !== m.start) return clamp01((m.current - m.start) / (m.target - m.start));
  const total = goal.checkpoints.length + goal.tasks.length;
  if (total > 0) {
    let done = 0;
    for (const c of goal.checkpoints) if (c.done) done++;
    for (const t of goal.tasks) if (t.done) done++;
    return done / total;
  }
  return undefined;
}

/** Mean progress of active goals; 0 when none is active. */
export function overallProgress(goals: readonly Goal[], progress: ReadonlyMap<string, number> = computeProgress(goals)): number {
  let sum = 0;
  let n = 0;
  for (const g of goals) {
    if (g.status !== 'active') continue;
    sum += progress.get(g.id) ?? 0;
    n++;
  }
  return n === 0 ? 0 : sum / n;
}

/** Goals by parent id, dropped ones left out (they no longer count towards a parent). */
export function childrenIndex(goals: readonly Goal[]): Map<string, Goal[]> {
  const out = new Map<string, Goal[]>();
  for (const g of goals) {
    if (g.parent === undefined || g.status === 'dropped') continue;
    const list = out.get(g.parent);
    if (list) list.push(g);
    else out.set(g.parent, [g]);
  }
  return out;
}

function clamp01(x: number): number {
  return Number.isNaN(x) ? 0 : x < 0 ? 0 : x > 1 ? 1 : x;
}
