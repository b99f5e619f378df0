/**
 * At most one "review due" notification a day, across all folders. The day it was
 * shown lives in globalState, so reloading the window doesn't nag again.
 */
import * as vscode from 'vscode';
import { todayIso } from '../core/time/dates';
import type { ReviewKind } from '../core/model';
import * as config from '../host/config';
import type { Logger } from '../host/log';
import type { GoalsStore } from '../host/types';
import { REVIEW_TITLES } from '../core/words/review-kinds';

/** globalState key holding the ISO day of the last reminder. */
const LAST_REMINDER_KEY = 'careerGoals.lastReminderDay';

/** Waits this long after a change so a burst of refreshes yields one check. */
const CHECK_DELAY_MS = 2_000;

/**
 * Watches the store and offers the due review. `open` starts a review. Returns the
 * disposable that stops it.
 */
export function startReminders(context: vscode.ExtensionContext, store: GoalsStore, log: Logger, open: (kind: ReviewKind, folder: vscode.Uri) => void): vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let showing = false;

  const check = async () => {
    if (showing || !config.remindersEnabled()) return;
    const today = todayIso(new Date());
    if (context.globalState.get<string>(LAST_REMINDER_KEY) === today) return;
    const state = store.states.find((s) => s.analysis.cadence.suggested);
    const kind = state?.analysis.cadence.suggested;
    if (!state || !kind) return;
    showing = true;
    try {
      await context.globalState.update(LAST_REMINDER_KEY, today);
      const message = store.states.length > 1 ? vscode.l10n.t('{0} due in {1}.', REVIEW_TITLES[kind], state.folder.name) : vscode.l10n.t('{0} due.', REVIEW_TITLES[kind]);
      const start = vscode.l10n.t({ message: 'Start', comment: ['The button of the review reminder that opens the review now'] });
      const stop = vscode.l10n.t("Don't Remind Me");
      const choice = await vscode.window.showInformationMessage(message, start, vscode.l10n.t('Later'), stop);
      if (choice === start) open(kind, state.folder.uri);
      else if (choice === stop) {
        await config.turnOffReminders();
        void vscode.window.showInformationMessage(vscode.l10n.t('Career Goals won’t remind you about due reviews. Turn it back on with the setting careerGoals.reminders.'));
      }
    } finally {
      showing = false;
    }
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void check().catch((e: unknown) => log.error('Reminder failed', e)), CHECK_DELAY_MS);
  };
  const sub = store.onDidChange(schedule);
  void store.ready().then(schedule);
  return new vscode.Disposable(() => {
    sub.dispose();
    if (timer) clearTimeout(timer);
  });
}
