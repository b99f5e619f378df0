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
import { displayDay } from '../../core/time/display';
import { escapeMarkdown } from '../markdown';
import { childNodes, type TreeContext } from './children';
import type { GoalNode, GoalsNode } from './nodes';
import {
  activeGoalsText,
  checkpointDescription,
  commitsText,
  goalIcon,
  goalsText,
  goalTooltip,
  itemIcon,
  metricLabel,
  priorityWord,
  statusWord,
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
  return { command: Commands.reveal, title: vscode.l10n.t('Reveal in goals.yaml'), arguments: [node] };
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
      item.description = `${percentLabel(state.analysis.overall)} · ${activeGoalsText(state.analysis.activeCount)}`;
      item.tooltip = displayPath(state.uri);
      item.iconPath = new vscode.ThemeIcon('root-folder');
      item.contextValue = `${CTX}.folder`;
      return item;
    }
    case 'problems': {
      const item = new vscode.TreeItem(node.errors === 1 ? vscode.l10n.t('{0} has 1 problem', fileName) : vscode.l10n.t('{0} has {1} problems', fileName, node.errors));
      item.iconPath = icon({ id: 'error', color: 'list.errorForeground' });
      item.tooltip = vscode.l10n.t('Goals that could be read are still shown. Click to open the Problems panel.');
      item.command = { command: Commands.showProblems, title: vscode.l10n.t('Show Problems'), arguments: [state.uri] };
      item.contextValue = `${CTX}.problems`;
      return item;
    }
    case 'vision': {
      const v = model.vision;
      const item = new vscode.TreeItem(vscode.l10n.t('Vision'), collapsible(node, ctx));
      item.description = v?.northStar || vscode.l10n.t('no north star yet');
      const parts = [vscode.l10n.t('**North star:** {0}', v?.northStar ? escapeMarkdown(v.northStar) : `*${vscode.l10n.t('— missing')}*`)];
      if (v?.values.length) parts.push(vscode.l10n.t('**Values:** {0}', v.values.map(escapeMarkdown).join(', ')));
      if (v?.narrative) parts.push(escapeMarkdown(v.narrative));
      item.tooltip = markdown(parts.join('\n\n'));
      item.iconPath = new vscode.ThemeIcon('eye');
      item.contextValue = `${CTX}.vision`;
      if (v) item.command = revealCommand(node);
      return item;
    }
    case 'value': {
      const item = new vscode.TreeItem(node.value);
      item.description = node.goals === 0 ? vscode.l10n.t('no active goal') : activeGoalsText(node.goals);
      item.iconPath = node.goals === 0 ? icon({ id: 'warning', color: 'list.warningForeground' }) : new vscode.ThemeIcon('heart');
      item.tooltip =
        node.goals === 0
          ? vscode.l10n.t('No active goal serves “{0}”. Add one, or revisit your values at the next quarterly reset.', node.value)
          : node.goals === 1
            ? vscode.l10n.t('1 active goal serves “{0}”.', node.value)
            : vscode.l10n.t('{0} active goals serve “{1}”.', node.goals, node.value);
      item.contextValue = `${CTX}.value`;
      return item;
    }
    case 'horizon': {
      const goals = childNodes(node, ctx);
      const item = new vscode.TreeItem(HORIZON_LABELS[node.horizon], goals.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
      item.description = goals.length ? goalsText(goals.length) : vscode.l10n.t('no goals');
      item.iconPath = new vscode.ThemeIcon(node.horizon === 'short' ? 'milestone' : node.horizon === 'medium' ? 'calendar' : 'telescope');
      item.contextValue = `${CTX}.horizon.${node.horizon}`;
      return item;
    }
    case 'goal': {
      const g = node.insight.goal;
      const focus = isFocusGoal(node, ctx);
      const commits = ctx.evidence(node.state, g.id).length;
      const summary = `${describeInsight(node.insight)}${commits > 0 ? ` · ${commitsText(commits)}` : ''}`;
      const item = new vscode.TreeItem(g.title, collapsible(node, ctx));
      item.description = focus ? `★ ${summary}` : summary;
      item.tooltip = markdown(goalTooltip(node.insight, summary, focus, ctx.locale));
      item.iconPath = icon(goalIcon(node.insight));
      item.contextValue = `${CTX}.goal.${g.status}`;
      item.accessibilityInformation = {
        label: focus ? vscode.l10n.t('{0}, {1}, focus this quarter, {2}', g.title, summary, statusWord(g.status)) : `${g.title}, ${summary}, ${statusWord(g.status)}`,
      };
      return item;
    }
    case 'metric': {
      const m = node.insight.goal.metric;
      const item = new vscode.TreeItem(m ? metricLabel(m) : vscode.l10n.t('metric'));
      item.description = [m?.name, percentLabel(node.insight.progress)].filter(Boolean).join(' · ');
      item.tooltip = m
        ? vscode.l10n.t('{0}: {1} now, from {2} towards {3}', m.name ?? vscode.l10n.t('Metric'), `${m.current}${m.unit ? ` ${m.unit}` : ''}`, m.start, m.target)
        : undefined;
      item.iconPath = new vscode.ThemeIcon('graph');
      item.contextValue = `${CTX}.metric`;
      item.command = revealCommand(node);
      return item;
    }
    case 'checkpoint': {
      const cp = node.checkpoint;
      const item = new vscode.TreeItem(cp.title);
      item.description = checkpointDescription(cp, ctx.todayIso, ctx.locale);
      item.iconPath = icon(itemIcon(cp.done, cp.date, ctx.todayIso));
      const day = cp.date ? displayDay(cp.date, ctx.locale) : undefined;
      item.tooltip =
        day === undefined
          ? cp.done
            ? vscode.l10n.t('Checkpoint: done')
            : vscode.l10n.t('Checkpoint: not done yet')
          : cp.done
            ? vscode.l10n.t('Checkpoint on {0}: done', day)
            : vscode.l10n.t('Checkpoint on {0}: not done yet', day);
      item.contextValue = `${CTX}.checkpoint.${cp.done ? 'done' : 'open'}`;
      const cpLabel = cp.done ? vscode.l10n.t('Checkpoint {0}, done', cp.title) : vscode.l10n.t('Checkpoint {0}, not done', cp.title);
      item.accessibilityInformation = { label: `${cpLabel}${item.description ? `, ${item.description}` : ''}` };
      item.command = revealCommand(node);
      return item;
    }
    case 'task': {
      const t = node.task;
      const item = new vscode.TreeItem(t.title);
      item.description = taskDescription(t, ctx.todayIso, ctx.locale);
      item.iconPath = icon(itemIcon(t.done, t.due, ctx.todayIso));
      const tip = [t.done ? vscode.l10n.t('Task: done') : vscode.l10n.t('Task: to do')];
      if (t.priority) tip.push(vscode.l10n.t('{0} priority', priorityWord(t.priority)));
      if (t.due) tip.push(vscode.l10n.t('due {0}', displayDay(t.due, ctx.locale)));
      item.tooltip = tip.join(', ');
      item.contextValue = `${CTX}.task.${t.done ? 'done' : 'open'}`;
      const taskLabel = t.done ? vscode.l10n.t('Task {0}, done', t.title) : vscode.l10n.t('Task {0}, not done', t.title);
      item.accessibilityInformation = { label: `${taskLabel}${item.description ? `, ${item.description}` : ''}` };
      item.command = revealCommand(node);
      return item;
    }
    case 'resources': {
      const r = node.insight.goal.resources;
      const item = new vscode.TreeItem(vscode.l10n.t('Resources'), vscode.TreeItemCollapsibleState.Collapsed);
      item.description = r?.time ?? '';
      item.iconPath = new vscode.ThemeIcon('library');
      item.contextValue = `${CTX}.resources`;
      return item;
    }
    case 'resource': {
      const item = new vscode.TreeItem(node.label);
      item.description = node.detail === 'time' ? vscode.l10n.t('time') : node.detail === 'learning' ? vscode.l10n.t('learning') : vscode.l10n.t('tool');
      item.iconPath = new vscode.ThemeIcon(node.icon);
      item.contextValue = `${CTX}.resource`;
      return item;
    }
    case 'note': {
      const item = new vscode.TreeItem(node.name);
      item.description = vscode.l10n.t('note');
      item.tooltip = vscode.l10n.t('Open the note “{0}”', node.name);
      item.iconPath = new vscode.ThemeIcon('note');
      item.contextValue = `${CTX}.note`;
      item.command = { command: Commands.openNote, title: vscode.l10n.t('Open Note'), arguments: [node] };
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
      const item = new vscode.TreeItem(vscode.l10n.t('Wins'), n ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.description = n === 0 ? vscode.l10n.t('none yet: log one') : n === 1 ? vscode.l10n.t('1 win') : vscode.l10n.t('{0} wins', n);
      item.tooltip = vscode.l10n.t('Celebrate progress, however small. Newest first.');
      item.iconPath = new vscode.ThemeIcon('star-full');
      item.contextValue = `${CTX}.wins`;
      return item;
    }
    case 'evidence': {
      const item = new vscode.TreeItem(vscode.l10n.t('Commits this quarter'), vscode.TreeItemCollapsibleState.Collapsed);
      item.description = commitsText(node.commits.length);
      item.tooltip = vscode.l10n.t('Your commits this quarter whose messages name this goal in a “Goal:” trailer. Newest first.');
      item.iconPath = new vscode.ThemeIcon('git-commit');
      item.contextValue = `${CTX}.evidence`;
      return item;
    }
    case 'commit': {
      const c = node.commit;
      // A subject is text: a TreeItem label never renders markup or links.
      const item = new vscode.TreeItem(c.subject || c.hash.slice(0, 7));
      const day = displayDay(c.date, ctx.locale);
      item.description = `${day} · ${c.hash.slice(0, 7)}`;
      item.tooltip = `${vscode.l10n.t('{0} · {1} in {2}', day, c.hash.slice(0, 12), c.repo)}\n${c.subject}${c.url ? `\n${c.url}` : ''}`;
      item.iconPath = new vscode.ThemeIcon('git-commit');
      item.contextValue = `${CTX}.commit`;
      item.accessibilityInformation = { label: vscode.l10n.t('Commit {0}, {1}, {2}', c.subject, day, c.hash.slice(0, 7)) };
      item.command = { command: Commands.openCommit, title: vscode.l10n.t('Open Commit'), arguments: [{ repo: c.repo, hash: c.hash, url: c.url }] };
      return item;
    }
    case 'win': {
      const e = node.entry;
      const item = new vscode.TreeItem(e.text);
      const goal = e.goal ? model.goals.find((g) => g.id === e.goal) : undefined;
      const day = displayDay(e.date, ctx.locale);
      item.description = day;
      item.tooltip = `${day}: ${e.text}${goal ? `\n${vscode.l10n.t('Goal: {0}', goal.title)}` : ''}`;
      item.iconPath = icon({ id: 'star-full', color: 'charts.yellow' });
      item.contextValue = `${CTX}.win`;
      item.command = revealCommand(node);
      return item;
    }
  }
}
