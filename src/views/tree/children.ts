/**
 * Builds the children of each node of the Goals view from the store's folder states.
 * Pure apart from types: what shows, and in which order, is decided in present.ts.
 */
import type { EvidenceCommit } from '../../core/evidence';
import { HORIZONS, type Goal } from '../../core/model';
import type { FolderState } from '../../host/types';
import type { GoalNode, GoalsNode } from './nodes';
import { isGoalVisible, noteLinkName, visibleCheckpoints, visibleTasks } from './present';

/** Settings and the date that shape the tree for one render. */
export interface TreeContext {
  showCompleted: boolean;
  /** `YYYY-MM-DD` of today, local calendar date. */
  todayIso: string;
  /** Current calendar quarter as `2026-Q4`; a plan with `rhythm.year_starts` has its own (see items.ts). */
  quarter: string;
  /** The display language's tag, for the days the tree shows (`displayDay`). */
  locale: string;
  /** True when the workspace has several folders: each folder gets a root. */
  multiRoot: boolean;
  /** A goal's commits of this quarter, newest first (none before they are read, or without git). */
  evidence(state: FolderState, goalId: string): readonly EvidenceCommit[];
}

/** Top-level nodes: one per folder in a multi-root workspace, else the folder's sections. */
export function rootNodes(states: readonly FolderState[], ctx: TreeContext): GoalsNode[] {
  if (ctx.multiRoot) return states.map((state) => ({ kind: 'folder', id: folderId(state), parent: undefined, state }));
  const state = states[0];
  return state ? folderSections(state, undefined, folderId(state)) : [];
}

function folderId(state: FolderState): string {
  return `f:${state.folder.uri.toString()}`;
}

/** Problems item (when the file has errors), Vision, the three horizons, Wins. */
function folderSections(state: FolderState, parent: GoalsNode | undefined, prefix: string): GoalsNode[] {
  const out: GoalsNode[] = [];
  const errors = state.analysis.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) out.push({ kind: 'problems', id: `${prefix}/problems`, parent, state, errors });
  const model = state.analysis.parse.model;
  out.push({ kind: 'vision', id: `${prefix}/vision`, parent, state, range: model.vision?.range });
  for (const horizon of HORIZONS) out.push({ kind: 'horizon', id: `${prefix}/h:${horizon}`, parent, state, horizon });
  out.push({ kind: 'wins', id: `${prefix}/wins`, parent, state, range: model.wins[0]?.range });
  return out;
}

function goalNode(state: FolderState, goal: Goal, parent: GoalsNode, lineage: readonly string[]): GoalNode | undefined {
  const insight = state.analysis.byId.get(goal.id) ?? state.analysis.insights.find((i) => i.goal === goal);
  if (!insight) return undefined;
  return {
    kind: 'goal',
    id: `${parent.id}/g:${goal.id}`,
    parent,
    state,
    range: goal.range,
    insight,
    ref: { kind: 'goal', uri: state.uri, goalId: goal.id },
    lineage: [...lineage, goal.id],
  };
}

/** Children of `node`, in display order. */
export function childNodes(node: GoalsNode, ctx: TreeContext): GoalsNode[] {
  const { state } = node;
  const model = state.analysis.parse.model;
  switch (node.kind) {
    case 'folder':
      return folderSections(state, node, node.id);
    case 'vision': {
      const active = model.goals.filter((g) => g.status === 'active');
      return (model.vision?.values ?? []).map((value, i) => ({
        kind: 'value',
        id: `${node.id}/v:${i}`,
        parent: node,
        state,
        range: model.vision?.range,
        value,
        goals: active.filter((g) => g.values.includes(value)).length,
      }));
    }
    case 'horizon':
      return model.goals
        .filter((g) => g.horizon === node.horizon && isGoalVisible(g, ctx.showCompleted))
        .flatMap((g) => goalNode(state, g, node, []) ?? []);
    case 'goal':
      return goalChildren(node, ctx);
    case 'evidence':
      return node.commits.map((commit) => ({ kind: 'commit', id: `${node.id}/${commit.repo}@${commit.hash}`, parent: node, state, commit }));
    case 'resources': {
      const r = node.insight.goal.resources;
      if (!r) return [];
      const out: GoalsNode[] = [];
      const base = { parent: node, state, range: node.range } as const;
      if (r.time) out.push({ ...base, kind: 'resource', id: `${node.id}/time`, label: r.time, detail: 'time', icon: 'watch' });
      r.learning.forEach((l, i) => out.push({ ...base, kind: 'resource', id: `${node.id}/l:${i}`, label: l, detail: 'learning', icon: 'book' }));
      r.tools.forEach((t, i) => out.push({ ...base, kind: 'resource', id: `${node.id}/t:${i}`, label: t, detail: 'tool', icon: 'tools' }));
      return out;
    }
    case 'wins':
      return [...model.wins]
        .sort((a, b) => b.date.localeCompare(a.date) || b.index - a.index)
        .map((entry) => ({ kind: 'win', id: `${node.id}/w:${entry.index}`, parent: node, state, range: entry.range, entry }));
    // Leaves.
    case 'metric':
    case 'checkpoint':
    case 'task':
    case 'resource':
    case 'note':
    case 'value':
    case 'win':
    case 'commit':
    case 'text':
    case 'problems':
      return [];
  }
}

/** Metric, checkpoints, tasks, child goals, resources, notes, this quarter's commits. */
function goalChildren(node: GoalNode, ctx: TreeContext): GoalsNode[] {
  const { state } = node;
  const goal = node.insight.goal;
  const uri = state.uri;
  const out: GoalsNode[] = [];
  if (goal.metric) {
    out.push({ kind: 'metric', id: `${node.id}/metric`, parent: node, state, range: goal.metric.range, insight: node.insight, ref: { kind: 'metric', uri, goalId: goal.id } });
  }
  for (const cp of visibleCheckpoints(goal.checkpoints, ctx.showCompleted)) {
    const ref = { kind: 'checkpoint', uri, goalId: goal.id, index: cp.index, title: cp.title } as const;
    out.push({ kind: 'checkpoint', id: `${node.id}/c:${cp.index}`, parent: node, state, range: cp.range, checkpoint: cp, ref });
  }
  for (const task of visibleTasks(goal.tasks, ctx.showCompleted)) {
    const ref = { kind: 'task', uri, goalId: goal.id, index: task.index, title: task.title } as const;
    out.push({ kind: 'task', id: `${node.id}/t:${task.index}`, parent: node, state, range: task.range, task, ref });
  }
  for (const child of state.analysis.parse.model.goals) {
    if (child.parent !== goal.id || node.lineage.includes(child.id) || !isGoalVisible(child, ctx.showCompleted)) continue;
    const n = goalNode(state, child, node, node.lineage);
    if (n) out.push(n);
  }
  const r = goal.resources;
  if (r && (r.time || r.learning.length || r.tools.length)) {
    out.push({ kind: 'resources', id: `${node.id}/resources`, parent: node, state, range: goal.range, insight: node.insight });
  }
  goal.notes.forEach((text, i) => {
    const name = noteLinkName(text);
    const base = { id: `${node.id}/n:${i}`, parent: node, state, range: goal.range } as const;
    out.push(name ? { ...base, kind: 'note', name, text } : { ...base, kind: 'text', text });
  });
  const commits = ctx.evidence(state, goal.id);
  if (commits.length > 0) out.push({ kind: 'evidence', id: `${node.id}/evidence`, parent: node, state, commits });
  return out;
}
