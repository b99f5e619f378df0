/**
 * What the status bar item says, as a pure function of the folders' analyses, so the
 * wording is unit-tested without VS Code. The host in statusBar.ts only applies it.
 */
import * as l10n from '@vscode/l10n';
import { Commands } from '../../constants';
import { describeInsight } from '../../core/analyze';
import { todayIso } from '../../core/time/dates';
import { displayDay } from '../../core/time/display';
import { REVIEW_KINDS, type ReviewKind } from '../../core/model';
import type { Analysis } from '../../core/types';
import { escapeMarkdown } from '../markdown';
import { percentLabel } from '../../core/words/percent';
import { bufferWords } from '../../core/words/pace-words';
import { pausedWords, reviewDueWords, statusLine } from '../../core/words/status-line';
import { activeGoalsText } from '../tree/present';

/** One folder's contribution to the status bar. */
export interface StatusInput {
  /** Workspace folder name, shown in multi-root tooltips. */
  name: string;
  analysis: Analysis;
}

/** Everything the status bar item shows. */
export interface StatusView {
  /** Short text with one leading codicon, e.g. `$(target) 46% · 4 goals · weekly review due`. */
  text: string;
  /** Markdown tooltip: each active goal with progress and pace, and the next checkpoint. */
  tooltip: string;
  /** Screen-reader label (codicon syntax would be read aloud). */
  ariaLabel: string;
  /** The deepest review due in any folder, which a click starts. */
  reviewDue?: ReviewKind;
}

/**
 * Mean progress over every active goal of every folder (folders weigh by their number of active goals).
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export function overallProgress(inputs: readonly StatusInput[]): { progress: number; active: number } {
  let sum = 0;
  let active = 0;
  for (const { analysis } of inputs) {
    sum += analysis.overall * analysis.activeCount;
    active += analysis.activeCount;
  }
  return { progress: active ? sum / active : 0, active };
}

/**
 * The deepest review that any folder has due.
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export function dueReview(inputs: readonly StatusInput[]): ReviewKind | undefined {
  let deepest = -1;
  for (const { analysis } of inputs) {
    const s = analysis.cadence.suggested;
    if (s) deepest = Math.max(deepest, REVIEW_KINDS.indexOf(s));
  }
  return deepest >= 0 ? REVIEW_KINDS[deepest] : undefined;
}

/**
 * The earliest open checkpoint of an active goal dated today or later.
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export function nextCheckpoint(analysis: Analysis, todayIso: string): { title: string; date: string; goal: string } | undefined {
  let best: { title: string; date: string; goal: string } | undefined;
  for (const { goal } of analysis.insights) {
    if (goal.status !== 'active') continue;
    for (const cp of goal.checkpoints) {
      if (cp.done || !cp.date || cp.date < todayIso) continue;
      if (!best || cp.date < best.date) best = { title: cp.title, date: cp.date, goal: goal.title };
    }
  }
  return best;
}

/**
 * Active goals listed per folder in the tooltip. A hover is a glance, and a plan with
 * hundreds of active goals would otherwise make a tooltip taller than the window (and
 * its Markdown, which the extension host lexes, tens of milliseconds long).
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export const TOOLTIP_GOALS = 10;

function folderLines(input: StatusInput, todayIso: string, locale: string): string[] {
  const lines: string[] = [];
  const active = input.analysis.insights.filter((i) => i.goal.status === 'active');
  if (active.length === 0) lines.push(l10n.t('No active goals.'));
  for (const insight of active.slice(0, TOOLTIP_GOALS)) lines.push(`- ${escapeMarkdown(insight.goal.title)}: ${escapeMarkdown(describeInsight(insight))}`);
  const more = active.length - TOOLTIP_GOALS;
  if (more > 0) lines.push(`- ${more === 1 ? l10n.t('and 1 more active goal: see the Goals view') : l10n.t('and {0} more active goals: see the Goals view', more)}`);
  const next = nextCheckpoint(input.analysis, todayIso);
  if (next) lines.push('', l10n.t('Next checkpoint: **{0}** on {1} ({2})', escapeMarkdown(next.title), escapeMarkdown(displayDay(next.date, locale)), escapeMarkdown(next.goal)));
  return lines;
}

/** `46% overall across 4 active goals`, or `no active goals`. */
function overallWords(progress: number, active: number): string {
  if (!active) return l10n.t('no active goals');
  return active === 1 ? l10n.t('{0} overall across 1 active goal', percentLabel(progress)) : l10n.t('{0} overall across {1} active goals', percentLabel(progress), active);
}

/** The tooltip's invitation to the due review. */
function reviewInvitation(review: ReviewKind): string {
  switch (review) {
    case 'weekly':
      return l10n.t('Your weekly review is due. Click to start it.');
    case 'monthly':
      return l10n.t('Your monthly review is due. Click to start it.');
    case 'quarterly':
      return l10n.t('Your quarterly review is due. Click to start it.');
  }
}

/** Formats the status bar item for the folders that have a goals file; days as `locale` writes them. */
export function formatStatus(inputs: readonly StatusInput[], today: Date, locale: string): StatusView {
  const todayText = todayIso(today);
  const { progress, active } = overallProgress(inputs);
  const review = dueReview(inputs);
  // A pause, when no folder has a review due (a pause owes none): the first paused folder's.
  const paused = review ? undefined : inputs.map((i) => i.analysis.cadence.paused).find((p) => p !== undefined);
  const smallest = smallestBuffer(inputs);
  const tooltip: string[] = [`**Career Goals**: ${overallWords(progress, active)}`, ''];
  if (inputs.length === 1 && inputs[0]) tooltip.push(...folderLines(inputs[0], todayText, locale));
  else
    for (const input of inputs) {
      const a = input.analysis;
      tooltip.push(`**${escapeMarkdown(input.name)}**: ${percentLabel(a.overall)} · ${activeGoalsText(a.activeCount)}`, '', ...folderLines(input, todayText, locale), '');
    }
  if (smallest) tooltip.push('', l10n.t('Smallest buffer: {0}: {1}', escapeMarkdown(smallest.title), bufferWords(smallest.days, 'long')));
  // The pause's last day as the display language writes it; the core's words take it as it comes.
  const pausedUntil = paused ? displayDay(paused.until, locale) : undefined;
  if (paused && pausedUntil !== undefined) {
    const until = escapeMarkdown(pausedUntil);
    tooltip.push(
      '',
      `$(debug-pause) ${
        paused.note
          ? l10n.t('Paused until {0} ({1}): no review falls due and the pace line stands still.', until, escapeMarkdown(paused.note))
          : l10n.t('Paused until {0}: no review falls due and the pace line stands still.', until)
      }`,
    );
  }
  tooltip.push('', review ? `$(checklist) ${reviewInvitation(review)}` : l10n.t('Click to open the Goals view.'), '', `[$(graph-line) ${l10n.t('Open Dashboard')}](command:${Commands.openDashboard})`);
  const overall = active ? (active === 1 ? l10n.t('{0} overall, 1 active goal', percentLabel(progress)) : l10n.t('{0} overall, {1} active goals', percentLabel(progress), active)) : l10n.t('no active goals');
  return {
    text: `$(target) ${statusLine({ progress, active, review, ...(pausedUntil ? { pausedUntil } : {}) })}`,
    tooltip: tooltip.join('\n'),
    ariaLabel: `Career Goals: ${overall}${review ? `, ${reviewDueWords(review)}` : pausedUntil ? `, ${pausedWords(pausedUntil)}` : ''}`,
    reviewDue: review,
  };
}

/** The active on-track goal with the fewest days of buffer, across folders: the one to watch. */
function smallestBuffer(inputs: readonly StatusInput[]): { title: string; days: number } | undefined {
  let best: { title: string; days: number } | undefined;
  for (const { analysis } of inputs)
    for (const { goal, pace } of analysis.insights) {
      if (goal.status !== 'active' || pace.kind !== 'on-track') continue;
      if (!best || pace.bufferDays < best.days) best = { title: goal.title, days: pace.bufferDays };
    }
  return best;
}
