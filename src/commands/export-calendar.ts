/**
 * Export Calendar (.ics): the plan's open dates, its reviews as recurring events that
 * follow the rhythm, and its pauses, as one iCalendar file the person imports into their
 * calendar (the events come from core/calendar, the text from shared/ics, which the
 * `career-goals export ics` command line shares). The UIDs are stable, so importing a
 * later export updates the events rather than adding them twice; that is why the file
 * is offered under the same name each time, and replacing it is the save dialog's call.
 * A plan that could not be read gives no calendar: its dates would be wrong or missing.
 */
import * as vscode from 'vscode';
import { calendarEvents } from '../core/calendar/events';
import { unreadableProblem } from '../core/reports';
import { parseIsoDay } from '../core/time/dates';
import { journalFolderPath, reportsFolderPath } from '../host/config';
import { pickFolder } from '../host/folder-pick';
import { folderInside, journalDir } from '../host/journal-path';
import type { Logger } from '../host/log';
import { field, toUri } from '../host/targets';
import type { GoalsStore } from '../host/types';
import { eventsToIcs } from '../shared/ics';

/** The file name offered, the same each time so a re-import replaces the last one. */
const ICS_NAME = 'career-goals.ics';

/** What the export wrote, for tests and other extensions. */
export interface CalendarExport {
  file: vscode.Uri;
  /** The number of events in it (recurring reviews count once). */
  events: number;
}

/**
 * Runs the export. `arg` may be a folder (Uri) or `{ folder?, to?, today? }`: `to` is the
 * file to write (a Uri or a path), asked for with a save dialog when it is left out;
 * `today` (YYYY-MM-DD) is for tests and defaults to the clock.
 */
export async function exportCalendar(store: GoalsStore, log: Logger, arg: unknown): Promise<CalendarExport | undefined> {
  const state = await pickFolder(store, field(arg, 'folder') ?? arg, vscode.l10n.t('Which folder’s plan do you want in your calendar?'), vscode.l10n.t('There is no goals file to make a calendar from yet.'));
  if (!state) return undefined;
  const problem = unreadableProblem(state.analysis);
  if (problem) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Career Goals: the calendar was not written, because {0} could not be read: {1} See the Problems panel.', vscode.workspace.asRelativePath(state.uri), problem.message),
    );
    return undefined;
  }
  const today = todayFrom(arg);
  if (!today) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Career Goals: “{0}” is not a date: use YYYY-MM-DD.', String(field(arg, 'today')).slice(0, 40)));
    return undefined;
  }
  const file = await targetFrom(state.folder, arg);
  if (!file) return undefined;
  const refusal = refusalOf(file, state.uri, journalDir(state.folder.uri, journalFolderPath(state.folder)));
  if (refusal) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Career Goals: {0}', refusal));
    return undefined;
  }
  const events = calendarEvents(state.analysis.parse.model, state.reviews, today);
  const text = eventsToIcs(events, { name: `Career Goals: ${state.folder.name}`, stamp: new Date() });
  const edit = new vscode.WorkspaceEdit();
  // The file is made by the export, whole; the save dialog has already asked before replacing one.
  edit.createFile(file, { overwrite: true, contents: new TextEncoder().encode(text) });
  if (!(await vscode.workspace.applyEdit(edit, { isRefactoring: false }))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Career Goals: couldn’t write {0}. Check that the folder can be written to, then export again.', vscode.workspace.asRelativePath(file)));
    return undefined;
  }
  log.info(`Export Calendar: wrote ${events.length} events to ${file.toString()}`);
  if (field<boolean>(arg, 'open') !== false) {
    const where = vscode.workspace.asRelativePath(file);
    void vscode.window.showInformationMessage(
      events.length === 1
        ? vscode.l10n.t('Career Goals: wrote {0} with 1 event. Import it into your calendar; importing a later export updates the same events.', where)
        : vscode.l10n.t('Career Goals: wrote {0} with {1} events. Import it into your calendar; importing a later export updates the same events.', where, events.length),
    );
  }
  return { file, events: events.length };
}

/** The day the export counts from: `today` in the argument, else the clock's. */
function todayFrom(arg: unknown): Date | undefined {
  const given = field<unknown>(arg, 'today');
  if (given === undefined) return new Date();
  if (typeof given !== 'string' || typeof parseIsoDay(given) !== 'number') return undefined;
  // The local midnight of that day, as the command line's --today: the core counts local days.
  return new Date(Number(given.slice(0, 4)), Number(given.slice(5, 7)) - 1, Number(given.slice(8, 10)));
}

/** The file to write: the argument's `to`, else the person's choice in a save dialog. */
async function targetFrom(folder: vscode.WorkspaceFolder, arg: unknown): Promise<vscode.Uri | undefined> {
  const to = toUri(field<unknown>(arg, 'to'));
  if (to) return to;
  const dir = folderInside(folder.uri, reportsFolderPath(folder)) ?? folder.uri;
  return vscode.window.showSaveDialog({
    title: vscode.l10n.t('Export Calendar (.ics)'),
    saveLabel: vscode.l10n.t('Export'),
    defaultUri: vscode.Uri.joinPath(dir, ICS_NAME),
    filters: { iCalendar: ['ics'] },
  });
}

/** Why `file` must not be written (the plan itself, or inside the journal), or undefined. */
function refusalOf(file: vscode.Uri, plan: vscode.Uri, journal: vscode.Uri | undefined): string | undefined {
  const same = (a: vscode.Uri, b: vscode.Uri): boolean => a.scheme === b.scheme && a.authority === b.authority && a.path.toLowerCase() === b.path.toLowerCase();
  if (same(file, plan)) return vscode.l10n.t('{0} is the plan itself; an export never writes over the plan. Choose another file.', vscode.workspace.asRelativePath(file));
  if (!journal) return undefined;
  const dir = journal.path.toLowerCase().replace(/\/$/, '') + '/';
  if (file.scheme === journal.scheme && file.authority === journal.authority && file.path.toLowerCase().startsWith(dir)) {
    return vscode.l10n.t('{0} is in the review journal, where it would be read as an entry. Choose another folder.', vscode.workspace.asRelativePath(file));
  }
  return undefined;
}
