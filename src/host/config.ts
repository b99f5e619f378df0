/**
 * Typed access to the `careerGoals.*` settings. Resource-scoped settings (the goals
 * file and the journal folder) are read per workspace folder so each root of a
 * multi-root workspace can pick its own.
 */
import * as vscode from 'vscode';
import { SettingDefaults, Settings } from '../constants';

function section(scope?: vscode.ConfigurationScope): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(Settings.section, scope);
}

/** A relative path setting with surrounding slashes and whitespace removed; the default when blank. */
function relativePath(value: unknown, fallback: string): string {
  if (typeof value !== 'string') return fallback;
  const trimmed = value.trim().replace(/\\/g, '/').replace(/^\.?\/+/, '').replace(/\/+$/, '');
  return trimmed || fallback;
}

/** Path of the goals file relative to `folder` (default `goals.yaml`). */
export function goalsFilePath(folder: vscode.WorkspaceFolder): string {
  return relativePath(section(folder.uri).get<string>(Settings.file), SettingDefaults.file);
}

/** Journal folder relative to `folder` (default `reviews`). */
export function journalFolderPath(folder: vscode.WorkspaceFolder): string {
  return relativePath(section(folder.uri).get<string>(Settings.journalFolder), SettingDefaults.journalFolder);
}

/** The reports folder setting for `folder`, as written (a path relative to it). */
export function reportsFolderPath(folder: vscode.WorkspaceFolder): string {
  return relativePath(section(folder.uri).get<string>(Settings.reportsFolder), SettingDefaults.reportsFolder);
}

/** How a brag document is laid out for `folder`: `brag` (the default) or `by-goal`. */
export function bragLayout(folder: vscode.WorkspaceFolder): 'brag' | 'by-goal' {
  return section(folder.uri).get<string>(Settings.bragLayout) === 'by-goal' ? 'by-goal' : SettingDefaults.bragLayout;
}

/** The values whose goals' wins are growing others, for `folder`; the default when the setting is not a list of words. */
export function growingOthersValues(folder: vscode.WorkspaceFolder): string[] {
  const v = section(folder.uri).get<unknown>(Settings.growingOthersValues);
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v.map((x: string) => x.trim()).filter((x) => x !== '') : [...SettingDefaults.growingOthersValues];
}

/** What an export writes for `folder`: `markdown` (the default) or `html`. */
export function reportFormat(folder: vscode.WorkspaceFolder): 'markdown' | 'html' {
  return section(folder.uri).get<string>(Settings.reportFormat) === 'html' ? 'html' : SettingDefaults.reportFormat;
}

/** Whether done and dropped goals and done tasks show in the Goals view. */
export function showCompleted(): boolean {
  return section().get<boolean>(Settings.showCompleted, SettingDefaults.showCompleted) === true;
}

/** Whether the Goals view and the first folder's dashboard open when the window does. */
export function dashboardOpenOnStartup(): boolean {
  return section().get<boolean>(Settings.dashboardOpenOnStartup, SettingDefaults.dashboardOpenOnStartup) === true;
}

/** Whether the status bar item is wanted. */
export function statusBarEnabled(): boolean {
  return section().get<boolean>(Settings.statusBarEnabled, SettingDefaults.statusBarEnabled) !== false;
}

/** The too-many-goals limit (a window setting), clamped to the range package.json declares. */
export function maxActiveGoals(): number {
  const n = section().get<number>(Settings.maxActiveGoals, SettingDefaults.maxActiveGoals);
  return typeof n === 'number' && Number.isFinite(n) ? Math.min(50, Math.max(1, Math.round(n))) : SettingDefaults.maxActiveGoals;
}

/** Whether the once-a-day "review due" reminder is on. */
export function remindersEnabled(): boolean {
  return section().get<boolean>(Settings.reminders, SettingDefaults.reminders) !== false;
}

/** Turns the reminder off for every workspace ("Don't Remind Me"). */
export async function turnOffReminders(): Promise<void> {
  await section().update(Settings.reminders, false, vscode.ConfigurationTarget.Global);
}

/** The raw `reflectionPrompts` setting of `folder`; the core validates it. */
export function reflectionPrompts(folder: vscode.WorkspaceFolder): unknown {
  return section(folder.uri).get<unknown>(Settings.reflectionPrompts);
}

/** Full setting key, e.g. `careerGoals.file`, for `affectsConfiguration`. */
export function settingKey(key: (typeof Settings)[keyof typeof Settings]): string {
  return key === Settings.section ? key : `${Settings.section}.${key}`;
}

/** Text items of a list setting, trimmed, empty ones and non-text dropped. */
function textList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter((v) => v !== '') : [];
}

/** The person's commit addresses for evidence (`careerGoals.evidence.authors`); empty means each repository's user.email. */
export function evidenceAuthors(): string[] {
  return textList(section().get<unknown>(Settings.evidenceAuthors));
}

/** Repositories to read evidence from besides the Git extension's (`careerGoals.evidence.repositories`), as written. */
export function evidenceRepositories(): string[] {
  return textList(section().get<unknown>(Settings.evidenceRepositories));
}
