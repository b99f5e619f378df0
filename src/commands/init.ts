/**
 * Create goals.yaml: writes the Career Planning Template (examples/goals.yaml, shipped
 * in the extension) with the person's north star and values into a workspace folder
 * that has no goals file yet. Never overwrites: an existing file is offered instead.
 * `executeCommand(init, { folder, northStar, values, start, open })` skips the prompts
 * (`start`: `example`, the default when a north star is given, or `blank`).
 */
import * as vscode from 'vscode';
import { Commands } from '../constants';
import { displayPath, exists } from '../host/fs';
import { goalsFilePath } from '../host/config';
import type { GoalsStore } from '../host/types';
import { todayIso } from '../core/time/dates';
import { parseValues, valuesProblem } from '../core/words/input-rules';
import { blankPlan } from './blank-plan';
import { fillTemplate } from './template-fill';
import { field, toUri } from '../host/targets';

/** What init did: `created` is false when the file already existed or nothing was written. */
export interface InitResult {
  created: boolean;
  uri?: vscode.Uri;
  /** Why nothing was created, when that was not the person's choice. */
  reason?: string;
}

/** The goals file of `folder`, from the `careerGoals.file` setting. */
function goalsFileOf(folder: vscode.WorkspaceFolder): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, goalsFilePath(folder));
}

/** Runs Create goals.yaml. */
export async function initGoals(context: vscode.ExtensionContext, store: GoalsStore, arg: unknown): Promise<InitResult> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    const open = vscode.l10n.t('Open Folder');
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: goals.yaml lives in a workspace folder.'), open).then((a) => {
      if (a === open) void vscode.commands.executeCommand('workbench.action.files.openFolder');
    });
    return { created: false, reason: vscode.l10n.t('No workspace folder is open.') };
  }
  const folder = await chooseFolder(folders, arg);
  if (!folder) return { created: false };
  const uri = goalsFileOf(folder);
  const rel = vscode.workspace.asRelativePath(uri, folders.length > 1);
  if (await exists(uri)) return offerExisting(uri, vscode.l10n.t('{0} already exists, so nothing was changed.', rel));

  const northStar = field<string>(arg, 'northStar')?.trim() || (await askNorthStar());
  if (!northStar) return { created: false };
  const givenValues = field<string[] | string>(arg, 'values');
  const values = Array.isArray(givenValues) ? parseValues(givenValues.join(',')) : givenValues ? parseValues(givenValues) : await askValues();
  if (!values || values.length === 0) return { created: false };

  const start = field<string>(arg, 'start') ?? (field<string>(arg, 'northStar') !== undefined ? 'example' : await askStart());
  if (start !== 'example' && start !== 'blank') return { created: false };
  let text: string;
  if (start === 'blank') text = blankPlan(northStar, values);
  else {
    let template: string;
    try {
      template = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'examples', 'goals.yaml')));
    } catch {
      const reason = vscode.l10n.t('The Career Planning Template (examples/goals.yaml) is missing from the extension. Reinstall Career Goals.');
      void vscode.window.showErrorMessage(reason);
      return { created: false, reason };
    }
    text = fillTemplate(template, { northStar, values, today: todayIso(new Date()) });
  }
  // Checked again right before writing: the person may have created it while answering.
  if (await exists(uri)) return offerExisting(uri, vscode.l10n.t('{0} was created meanwhile, so it was left as it is.', rel));
  try {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  } catch (e) {
    const reason = vscode.l10n.t('Could not create {0}: {1}', rel, e instanceof Error ? e.message : String(e));
    void vscode.window.showErrorMessage(reason);
    return { created: false, uri, reason };
  }
  await store.refresh();
  if (field<boolean>(arg, 'open') !== false) {
    await vscode.window.showTextDocument(uri, { preview: false });
    // A blank plan starts with its first goal, through the same steps as Add Goal.
    if (start === 'blank') await vscode.commands.executeCommand(Commands.addGoal, { uri });
    // The plan and its dashboard side by side; the cursor stays in the plan.
    await vscode.commands.executeCommand(Commands.openDashboard, { uri, preserveFocus: true });
  }
  return { created: true, uri };
}

/** The folder from `arg.folder`, else the only folder lacking a goals file, else the person's pick. */
async function chooseFolder(folders: readonly vscode.WorkspaceFolder[], arg: unknown): Promise<vscode.WorkspaceFolder | undefined> {
  const given = field<unknown>(arg, 'folder');
  const givenUri = given && typeof given === 'object' && 'uri' in given ? toUri(given.uri) : toUri(given);
  if (givenUri) return vscode.workspace.getWorkspaceFolder(givenUri) ?? folders.find((f) => f.uri.toString() === givenUri.toString());
  const missing: vscode.WorkspaceFolder[] = [];
  for (const f of folders) if (!(await exists(goalsFileOf(f)))) missing.push(f);
  if (missing.length === 0) return folders[0];
  if (missing.length === 1) return missing[0];
  const picked = await vscode.window.showQuickPick(
    missing.map((f) => ({ label: f.name, description: displayPath(f.uri), folder: f })),
    { title: vscode.l10n.t('Create goals.yaml'), placeHolder: vscode.l10n.t('Which folder should hold your career plan?') },
  );
  return picked?.folder;
}

/** Example or blank: the person's choice of how to start. */
async function askStart(): Promise<'example' | 'blank' | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      {
        label: vscode.l10n.t('Start from the example plan'),
        detail: vscode.l10n.t('An example persona’s goals, wins and lessons, with your north star and values'),
        start: 'example' as const,
      },
      { label: vscode.l10n.t('Start with a blank plan'), detail: vscode.l10n.t('Your north star and values, your first goal, empty wins and lessons'), start: 'blank' as const },
    ],
    { title: vscode.l10n.t('Create goals.yaml: how do you want to start?'), ignoreFocusOut: true },
  );
  return picked?.start;
}

/** Says the file exists and offers to open it; never touches it. */
function offerExisting(uri: vscode.Uri, message: string): InitResult {
  const OPEN = vscode.l10n.t('Open goals.yaml');
  void vscode.window.showInformationMessage(message, OPEN).then((a) => {
    if (a === OPEN) void vscode.window.showTextDocument(uri);
  });
  return { created: false, uri, reason: message };
}

async function askNorthStar(): Promise<string | undefined> {
  const v = await vscode.window.showInputBox({
    title: vscode.l10n.t('Create goals.yaml (1/2): your north star'),
    prompt: vscode.l10n.t('Where do you want to be in a few years? One sentence.'),
    placeHolder: vscode.l10n.t('e.g. Staff engineer known for calm, reliable platforms'),
    ignoreFocusOut: true,
    validateInput: (t) => (t.trim() ? undefined : vscode.l10n.t('Write where you want to be; you can change it any time.')),
  });
  return v?.trim() || undefined;
}

async function askValues(): Promise<string[] | undefined> {
  const v = await vscode.window.showInputBox({
    title: vscode.l10n.t('Create goals.yaml (2/2): your values'),
    prompt: vscode.l10n.t('What won’t you trade away to get there? Separate values with commas.'),
    placeHolder: vscode.l10n.t('e.g. craft, mentorship, curiosity, balance'),
    ignoreFocusOut: true,
    validateInput: valuesProblem,
  });
  return v === undefined ? undefined : parseValues(v);
}
