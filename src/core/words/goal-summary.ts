/**
 * The text of the CodeLens above each goal, e.g. `46% · on track · 3/7 tasks`. Pure,
 * so the wording is unit-tested and matches what the tree and status bar say.
 */
import * as l10n from '@vscode/l10n';
import { paceLabel } from './pace-words';
import { percent } from './percent';
import { statusWord } from './status-line';
import type { GoalInsight } from '../types';

/**
 * `46% · on track · 3/7 tasks`: progress, then pace for active goals or the status
 * for the others, then done tasks (or checkpoints when the goal has no tasks).
 */
export function codeLensTitle(insight: Pick<GoalInsight, 'goal' | 'progress' | 'pace'>): string {
  const { goal } = insight;
  const parts = [`${percent(goal.status === 'done' ? 1 : insight.progress)}%`];
  const pace = goal.status === 'active' ? paceLabel(insight.pace) : statusWord(goal.status);
  if (pace) parts.push(pace);
  if (goal.tasks.length > 0) {
    parts.push(l10n.t('{0}/{1} tasks', goal.tasks.filter((t) => t.done).length, goal.tasks.length));
  } else if (goal.checkpoints.length > 0) {
    parts.push(l10n.t('{0}/{1} checkpoints', goal.checkpoints.filter((c) => c.done).length, goal.checkpoints.length));
  }
  return parts.join(' · ');
}
