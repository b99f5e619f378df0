/**
 * Pure presentation rules of the Goals view: what is shown, in which order, with which
 * icon and tooltip. No vscode import, so the rules are unit-tested in plain Node; the
 * tree items in items.ts only wrap these results in vscode types.
 */
import * as l10n from '@vscode/l10n';
import type { Checkpoint, Goal, Priority, Task } from '../../core/model';
import { priorityWord, statusWord } from '../../host/words';
import { displayDay } from '../../core/time/display';
import type { GoalInsight } from '../../core/types';
import { escapeMarkdown } from '../markdown';

/** A codicon id plus an optional theme colour id. */
export interface IconSpec {
  id: string;
  color?: string;
}

/** Whether a goal is shown when completed items are hidden. */
export function isGoalVisible(goal: Goal, showCompleted: boolean): boolean {
  return showCompleted || (goal.status !== 'done' && goal.status !== 'dropped');
}

const PRIORITY_RANK: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

/**
 * Open tasks first, then by priority (high, medium, low, none), then by due date (undated last), then file order.
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export function sortTasks(tasks: readonly Task[]): Task[] {
  return [...tasks].sort(
    (a, b) =>
      Number(a.done) - Number(b.done) ||
      (a.priority ? PRIORITY_RANK[a.priority] : 3) - (b.priority ? PRIORITY_RANK[b.priority] : 3) ||
      (a.due ?? '9999-99-99').localeCompare(b.due ?? '9999-99-99') ||
      a.index - b.index,
  );
}

/** Tasks to show: every task, or only open ones when completed items are hidden. */
export function visibleTasks(tasks: readonly Task[], showCompleted: boolean): Task[] {
  return sortTasks(tasks.filter((t) => showCompleted || !t.done));
}

/** Checkpoints to show, in file order (usually chronological). */
export function visibleCheckpoints(checkpoints: readonly Checkpoint[], showCompleted: boolean): Checkpoint[] {
  return checkpoints.filter((c) => showCompleted || !c.done);
}

/** Icon of a goal: its status when not active, else its pace. */
export function goalIcon(insight: GoalInsight): IconSpec {
  switch (insight.goal.status) {
    case 'done':
      return { id: 'pass-filled', color: 'charts.green' };
    case 'paused':
      return { id: 'debug-pause', color: 'disabledForeground' };
    case 'dropped':
      return { id: 'circle-slash', color: 'disabledForeground' };
    case 'active':
      break;
  }
  switch (insight.pace.kind) {
    case 'behind':
      return { id: 'warning', color: 'list.warningForeground' };
    case 'overdue':
      return { id: 'error', color: 'list.errorForeground' };
    case 'on-track':
    case 'unscheduled':
    case 'none':
      return { id: 'circle-large-outline' };
  }
}

/** Icon of a task or checkpoint: a filled check when done; an overdue open item is tinted. */
export function itemIcon(done: boolean, date: string | undefined, todayIso: string): IconSpec {
  if (done) return { id: 'pass-filled', color: 'charts.green' };
  return date !== undefined && date < todayIso ? { id: 'circle-large-outline', color: 'list.warningForeground' } : { id: 'circle-large-outline' };
}

/** Description of a task: priority and due date (the day as `locale` writes it). */
export function taskDescription(task: Task, todayIso: string, locale: string): string {
  const parts: string[] = [];
  if (task.priority) parts.push(priorityWord(task.priority));
  if (task.due) {
    const day = displayDay(task.due, locale);
    parts.push(!task.done && task.due < todayIso ? l10n.t('overdue since {0}', day) : l10n.t('due {0}', day));
  }
  return parts.join(' · ');
}

/** Description of a checkpoint: its date, marked when missed. */
export function checkpointDescription(cp: Checkpoint, todayIso: string, locale: string): string {
  if (!cp.date) return '';
  const day = displayDay(cp.date, locale);
  return !cp.done && cp.date < todayIso ? l10n.t('{0} · missed', day) : day;
}

/** `1 active goal`, `3 active goals`. */
export function activeGoalsText(n: number): string {
  return n === 1 ? l10n.t('1 active goal') : l10n.t('{0} active goals', n);
}

/** `1 goal`, `3 goals`. */
export function goalsText(n: number): string {
  return n === 1 ? l10n.t('1 goal') : l10n.t('{0} goals', n);
}

/** `1 commit`, `3 commits`. */
export function commitsText(n: number): string {
  return n === 1 ? l10n.t('1 commit') : l10n.t('{0} commits', n);
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

/** `2 / 6 reviews`, or `7 pages (12 → 4)` for a metric that does not start at zero. */
export function metricLabel(metric: NonNullable<Goal['metric']>): string {
  const unit = metric.unit ? ` ${metric.unit}` : '';
  if (metric.start === 0) return `${formatNumber(metric.current)} / ${formatNumber(metric.target)}${unit}`;
  return `${formatNumber(metric.current)}${unit} (${formatNumber(metric.start)} → ${formatNumber(metric.target)})`;
}


/**
 * The SMART summary of a goal as Markdown, so a glance at the tooltip shows which of
 * specific, measurable, meaningful, time-bound and flexible is still missing. Days as
 * `locale` writes them.
 */
export function goalTooltip(insight: GoalInsight, summary: string, focus: boolean, locale: string): string {
  const missing = `*${l10n.t('— missing')}*`;
  const g = insight.goal;
  const lines = [`**${escapeMarkdown(g.title)}**`, ''];
  if (focus) lines.push(`$(star-full) ${l10n.t('Focus this quarter')}`, '');
  lines.push(`${escapeMarkdown(summary)} · ${statusWord(g.status)}`, '');
  const measurable = g.metric ? `${escapeMarkdown(g.metric.name ?? l10n.t('metric'))}: ${escapeMarkdown(metricLabel(g.metric))}` : missing;
  const why = g.why ? escapeMarkdown(g.why) : '';
  const values = g.values.length ? l10n.t('values: {0}', g.values.map(escapeMarkdown).join(', ')) : '';
  const meaningful = [why, values].filter(Boolean).join(' — ') || missing;
  const day = (d: string | undefined): string => (d ? escapeMarkdown(displayDay(d, locale)) : '?');
  const timeBound = g.start || g.due ? `${day(g.start)} → ${day(g.due)}` : missing;
  lines.push(
    `- ${l10n.t('**Specific:** {0}', escapeMarkdown(g.title))}`,
    `- ${l10n.t('**Measurable:** {0}', measurable)}`,
    `- ${l10n.t('**Meaningful:** {0}', meaningful)}`,
    `- ${l10n.t('**Time-bound:** {0}', timeBound)}`,
    `- ${l10n.t('**Flexible:** {0}', g.flexibility ? escapeMarkdown(g.flexibility) : missing)}`,
  );
  return lines.join('\n');
}

export { noteFileName, noteLinkName } from '../../core/text/note-link';

export { priorityWord, statusWord } from '../../host/words';

