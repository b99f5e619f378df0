/**
 * Words of the plan's own values (a goal's status, a task's priority) as the display
 * language says them, for what the Goals view, the quick picks and the notifications
 * show; goals.yaml keeps its YAML words. No vscode import: the views' pure rules use
 * them in plain Node too, through @vscode/l10n, which activate points at VS Code's bundle.
 */
import * as l10n from '@vscode/l10n';
import type { Priority } from '../core/model';

/** A task's priority as the display language says it (`high`, `hoch`). */
export function priorityWord(priority: Priority): string {
  switch (priority) {
    case 'high':
      return l10n.t('high');
    case 'medium':
      return l10n.t('medium');
    case 'low':
      return l10n.t('low');
  }
}

/** A goal's status as the display language says it: the core's word, which the status line uses too. */
export { statusWord } from '../core/words/status-line';
