import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { EvidenceReader } from '../host/evidence';
import type { CommitHistory } from '../host/git-history';
import type { Logger } from '../host/log';
import type { GoalsStore } from '../host/types';
import { adjustDueDate } from './adjust-due';
import { addGoalTrailer, openCommit } from './evidence-commands';
import { exportCalendar } from './export-calendar';
import { ExportChoices } from './export-choices';
import { exportReport } from './export-report';
import { addGoal } from './add-goal';
import { initGoals } from './init';
import { setStatus, toggleItem, updateMetric } from './item-commands';
import { logWin } from './log-win';

/**
 * Registers the commands that create or edit goals: init, addGoal, logWin,
 * toggleItem, updateMetric, setStatus, adjustDueDate, the exports (two reports and the calendar), and those of evidence (Add Goal
 * Trailer, Open Commit). Each takes an optional args object (see the
 * README) and returns what it did, so tests and other extensions need no UI. Returns the
 * exports' choices (the last format and layout), which the tests answer for.
 */
export function registerEditCommands(context: vscode.ExtensionContext, store: GoalsStore, git: CommitHistory, log: Logger, evidence?: EvidenceReader): ExportChoices {
  const choices = new ExportChoices(context.workspaceState);
  const register = (id: string, name: string, run: (...args: unknown[]) => Promise<unknown>): void => {
    // `name` is translated where it is given: the message below is the only place it shows.
    context.subscriptions.push(
      vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        try {
          return await run(...args);
        } catch (e) {
          // A bug here must not lose what the person typed silently: say what failed.
          void vscode.window.showErrorMessage(vscode.l10n.t('Career Goals: {0} failed: {1}', name, e instanceof Error ? e.message : String(e)));
          return undefined;
        }
      }),
    );
  };
  register(Commands.init, vscode.l10n.t('Create goals.yaml'), (arg) => initGoals(context, store, arg));
  register(Commands.addGoal, vscode.l10n.t('Add Goal'), (arg) => addGoal(store, arg));
  register(Commands.logWin, vscode.l10n.t('Log a Win'), (arg) => logWin(store, arg));
  register(Commands.toggleItem, vscode.l10n.t('Toggle Done'), (arg, done) => toggleItem(store, arg, done));
  register(Commands.updateMetric, vscode.l10n.t('Update Metric'), (arg, value) => updateMetric(store, arg, value));
  register(Commands.setStatus, vscode.l10n.t('Set Status'), (arg, status) => setStatus(store, arg, status));
  register(Commands.adjustDueDate, vscode.l10n.t('Adjust Due Date'), (arg) => adjustDueDate(store, arg));
  register(Commands.exportBragDocument, vscode.l10n.t('Export Brag Document'), (arg) => exportReport('brag', store, git, log, arg, choices, evidence));
  register(Commands.exportQuarterlyReport, vscode.l10n.t('Export Quarterly Report'), (arg) => exportReport('report', store, git, log, arg, choices, evidence));
  register(Commands.exportCalendar, vscode.l10n.t('Export Calendar'), (arg) => exportCalendar(store, log, arg));
  register(Commands.addGoalTrailer, vscode.l10n.t('Add Goal Trailer'), (arg) => addGoalTrailer(store, arg));
  register(Commands.openCommit, vscode.l10n.t('Open Commit'), (arg) => openCommit(arg));
  return choices;
}
