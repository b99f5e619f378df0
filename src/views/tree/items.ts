/**
 * Turns Goals view nodes into TreeItems: labels, descriptions, codicons with theme
 * colours, Markdown tooltips, context values for the menus in package.json, and the
 * command a click runs.
 */
import * as vscode from 'vscode';
import { describeInsight } from '../../core/analyze';
import { HORIZON_LABELS } from '../../core/model';
import { Commands } from '../../constants';
import { percentLabel } from '../../core/words/percent';
import { quarterOf } from '../../core/time/quarter';
import { displayPath } from '../../host/fs';
import { escapeMarkdown } from '../markdown';
import { childNodes, type TreeContext } from './children';
import type { GoalNode, GoalsNode } from './nodes';
import {
  checkpointDescription,
  goalIcon,
  goalTooltip,
  itemIcon,
  metricLabel,
  plural,
  taskDescription,
  type IconSpec,
} from './present';

/** Prefix of every context value; package.json menus match `^careerGoals\.<kind>`. */
const CTX = 'careerGoals';

function icon(spec: IconSpec): vscode.ThemeIcon {
  return new vscode.ThemeIcon(spec.id, spec.color ? new vscode.ThemeColor(spec.color) : undefined);
}

function markdown(text: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(text, true);
  md.isTrusted = false;
  return md;
}

/** Whether the goal is one of `focus.goals` for the current quarter of its plan's year. */
function isFocusGoal(node: GoalNode, ctx: TreeContext): boolean {
  const model = node.state.analysis.parse.model;
  const focus = model.focus;
  // Each folder's plan may start its year in another month, so the quarter is its own.
  const quarter = model.rhythm?.yearStarts === undefined ? ctx.quarter : quarterOf(ctx.todayIso, model.rhythm.yearStarts);
  return focus !== undefined && focus.quarter === quarter && focus.goals.includes(node.insight.goal.id);
}

function revealCommand(node: GoalsNode): vscode.Command {
  return { command: Commands.reveal, title: 'Reveal in goals.yaml', arguments: [node] };
}

/** The TreeItem of `node`. */
export function treeItemOf(node: GoalsNode, ctx: TreeContext): vscode.TreeItem {
  const item = build(node, ctx);
  item.id = node.id;
  // Without this, VS Code reads a plain-string tooltip as the row's accessible name.
  if (!item.accessibilityInformation) {
    const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
    item.accessibilityInformation = { label: [label, typeof item.description === 'string' ? item.description : ''].filter(Boolean).join(', ') };
  }
  return item;
}

function collapsible(node: GoalsNode, ctx: TreeContext, expanded = false): vscode.TreeItemCollapsibleState {
  if (childNodes(node, ctx).length === 0) return vscode.TreeItemCollapsibleState.None;
  return expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
}

function build(node: GoalsNode, ctx: TreeContext): vscode.TreeItem {
  const { state } = node;
  const model = state.analysis.parse.model;
  const fileName = state.uri.path.slice(state.uri.path.lastIndexOf('/') + 1);
  switch (node.kind) {
    case 'folder': {
      const item = new vscode.TreeItem(state.folder.name, vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${percentLabel(state.analysis.overall)} · ${plural(state.analysis.activeCount, 'active goal')}`;
      item.tooltip = displayPath(state.uri);
      item.iconPath = new vscode.ThemeIcon('root-folder');
      item.contextValue = `${CTX}.folder`;
      return item;
    }
    case 'problems': {
      const item = new vscode.TreeItem(`${fileName} has ${plural(node.errors, 'problem')}`);
      item.iconPath = icon({ id: 'error', color: 'list.errorForeground' });
      item.tooltip = 'Goals that could be read are still shown. Click to open the Problems panel.';
      item.command = { command: Commands.showProblems, title: 'Show Problems', arguments: [state.uri] };
      item.contextValue = `${CTX}.problems`;
      return item;
    }
    case 'vision': {
      const v = model.vision;
      const item = new vscode.TreeItem('Vision', collapsible(node, ctx));
      item.description = v?.northStar || 'no north star yet';
      const parts = [`**North star:** ${v?.northStar ? escapeMarkdown(v.northStar) : '*— missing*'}`];
      if (v?.values.length) parts.push(`**Values:** ${v.values.map(escapeMarkdown).join(', ')}`);
      if (v?.narrative) parts.push(escapeMarkdown(v.narrative));
      item.tooltip = markdown(parts.join('\n\n'));
      item.iconPath = new vscode.ThemeIcon('eye');
      item.contextValue = `${CTX}.vision`;
      if (v) item.command = revealCommand(node);
      return item;
    }
    case 'value': {
      const item = new vscode.TreeItem(node.value);
      item.description = node.goals === 0 ? 'no active goal' : plural(node.goals, 'active goal');
      item.iconPath = node.goals === 0 ? icon({ id: 'warning', color: 'list.warningForeground' }) : new vscode.ThemeIcon('heart');
      item.tooltip =
        node.goals === 0
          ? `No active goal serves “${node.value}”. Add one, or revisit your values at the next quarterly reset.`
          : `${plural(node.goals, 'active goal')} serve “${node.value}”.`;
      item.contextValue = `${CTX}.value`;
      return item;
    }
    case 'horizon': {
      const goals = childNodes(node, ctx);
      const item = new vscode.TreeItem(HORIZON_LABELS[node.horizon], goals.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
      item.description = goals.length ? plural(goals.length, 'goal') : 'no goals';
      item.iconPath = new vscode.ThemeIcon(node.horizon === 'short' ? 'milestone' : node.horizon === 'medium' ? 'calendar' : 'telescope');
      item.contextValue = `${CTX}.horizon.${node.horizon}`;
      return item;
    }
    case 'goal': {
      const g = node.insight.goal;
      const focus = isFocusGoal(node, ctx);
      const commits = ctx.evidence(node.state, g.id).length;
      const summary = `${describeInsight(node.insight)}${commits > 0 ? ` · ${plural(commits, 'commit')}` : ''}`;
      const item = new vscode.TreeItem(g.title, collapsible(node, ctx));
      item.description = focus ? `★ ${summary}` : summary;
      item.tooltip = markdown(goalTooltip(node.insight, summary, focus));
      item.iconPath = icon(goalIcon(node.insight));
      item.contextValue = `${CTX}.goal.${g.status}`;
      item.accessibilityInformation = { label: `${g.title}, ${summary}${focus ? ', focus this quarter' : ''}, ${g.status}` };
      return item;
    }
    case 'metric': {
      const m = node.insight.goal.metric;
      const item = new vscode.TreeItem(m ? metricLabel(m) : 'metric');
      item.description = [m?.name, percentLabel(node.insight.progress)].filter(Boolean).join(' · ');
      item.tooltip = m ? `${m.name ?? 'Metric'}: ${m.current}${m.unit ? ` ${m.unit}` : ''} now, from ${m.start} towards ${m.target}` : undefined;
      item.iconPath = new vscode.ThemeIcon('graph');
      item.contextValue = `${CTX}.metric`;
      item.command = revealCommand(node);
      return item;
    }
    case 'checkpoint': {
      const cp = node.checkpoint;
      const item = new vscode.TreeItem(cp.title);
      item.description = checkpointDescription(cp, ctx.todayIso);
      item.iconPath = icon(itemIcon(cp.done, cp.date, ctx.todayIso));
      item.tooltip = `Checkpoint${cp.date ? ` on ${cp.date}` : ''}: ${cp.done ? 'done' : 'not done yet'}`;
      item.contextValue = `${CTX}.checkpoint.${cp.done ? 'done' : 'open'}`;
      item.accessibilityInformation = { label: `Checkpoint ${cp.title}, ${cp.done ? 'done' : 'not done'}${item.description ? `, ${item.description}` : ''}` };
      item.command = revealCommand(node);
      return item;
    }
    case 'task': {
      const t = node.task;
      const item = new vscode.TreeItem(t.title);
      item.description = taskDescription(t, ctx.todayIso);
      item.iconPath = icon(itemIcon(t.done, t.due, ctx.todayIso));
      item.tooltip = `Task: ${t.done ? 'done' : 'to do'}${t.priority ? `, ${t.priority} priority` : ''}${t.due ? `, due ${t.due}` : ''}`;
      item.contextValue = `${CTX}.task.${t.done ? 'done' : 'open'}`;
      item.accessibilityInformation = { label: `Task ${t.title}, ${t.done ? 'done' : 'not done'}${item.description ? `, ${item.description}` : ''}` };
      item.command = revealCommand(node);
      return item;
    }
    case 'resources': {
      const r = node.insight.goal.resources;
      const item = new vscode.TreeItem('Resources', vscode.TreeItemCollapsibleState.Collapsed);
      item.description = r?.time ?? '';
      item.iconPath = new vscode.ThemeIcon('library');
      item.contextValue = `${CTX}.resources`;
      return item;
    }
    case 'resource': {
      const item = new vscode.TreeItem(node.label);
      item.description = node.detail;
      item.iconPath = new vscode.ThemeIcon(node.icon);
      item.contextValue = `${CTX}.resource`;
      return item;
    }
    case 'note': {
      const item = new vscode.TreeItem(node.name);
      item.description = 'note';
      item.tooltip = `Open the note “${node.name}”`;
      item.iconPath = new vscode.ThemeIcon('note');
      item.contextValue = `${CTX}.note`;
      item.command = { command: Commands.openNote, title: 'Open Note', arguments: [node] };
      return item;
    }
    case 'text': {
      const item = new vscode.TreeItem(node.text);
      item.tooltip = node.text;
      item.iconPath = new vscode.ThemeIcon('comment');
      item.contextValue = `${CTX}.comment`;
      return item;
    }
    case 'wins': {
      const n = model.wins.length;
      const item = new vscode.TreeItem('Wins', n ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.description = n ? plural(n, 'win') : 'none yet: log one';
      item.tooltip = 'Celebrate progress, however small. Newest first.';
      item.iconPath = new vscode.ThemeIcon('star-full');
      item.contextValue = `${CTX}.wins`;
      return item;
    }
    case 'evidence': {
      const item = new vscode.TreeItem('Commits this quarter', vscode.TreeItemCollapsibleState.Collapsed);
      item.description = plural(node.commits.length, 'commit');
      item.tooltip = 'Your commits this quarter whose messages name this goal in a “Goal:” trailer. Newest first.';
      item.iconPath = new vscode.ThemeIcon('git-commit');
      item.contextValue = `${CTX}.evidence`;
      return item;
    }
    case 'commit': {
      const c = node.commit;
      // A subject is text: a TreeItem label never renders markup or links.
      const item = new vscode.TreeItem(c.subject || c.hash.slice(0, 7));
      item.description = `${c.date} · ${c.hash.slice(0, 7)}`;
      item.tooltip = `${c.date} · ${c.hash.slice(0, 12)} in ${c.repo}\n${c.subject}${c.url ? `\n${c.url}` : ''}`;
      item.iconPath = new vscode.ThemeIcon('git-commit');
      item.contextValue = `${CTX}.commit`;
      item.accessibilityInformation = { label: `Commit ${c.subject}, ${c.date}, ${c.hash.slice(0, 7)}` };
      item.command = { command: Commands.openCommit, title: 'Open Commit', arguments: [{ repo: c.repo, hash: c.hash, url: c.url }] };
      return item;
    }
    case 'win': {
      const e = node.entry;
      const item = new vscode.TreeItem(e.text);
      const goal = e.goal ? model.goals.find((g) => g.id === e.goal) : undefined;
      item.description = e.date;
      item.tooltip = `${e.date}: ${e.text}${goal ? `\nGoal: ${goal.title}` : ''}`;
      item.iconPath = icon({ id: 'star-full', color: 'charts.yellow' });
      item.contextValue = `${CTX}.win`;
      item.command = revealCommand(node);
      return item;
    }
  }
}
