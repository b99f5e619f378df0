/**
 * Quick fixes for the pitfalls in goals.yaml. Each CodeAction is tied to its
 * diagnostic and runs a command that writes through the store (one WorkspaceEdit,
 * then save), so Undo works and the file's comments and layout stay.
 */
import * as vscode from 'vscode';
import { findGoal } from '../core/model';
import { Commands } from '../constants';
import { parseGoals } from '../core/parse';
import type { GoalOp } from '../core/types';
import { todayIso } from '../core/time/dates';
import { writeAndReport, type CommandResult } from '../host/outcome';
import { pickState, toUri } from '../host/targets';
import type { FolderState, GoalsStore } from '../host/types';
import { DIAGNOSTIC_SOURCE, diagnosticsOf } from './diagnostics';
import { fixesFor, type FixPlan } from './quick-fix-rules';

/** Internal commands behind the quick fixes; not in package.json, so not in the palette. */
const QuickFixCommands = {
  /** `(uri, ops, goalId?)`: writes ops and, for a new metric, puts the cursor on it. */
  apply: 'careerGoals.quickFix.apply',
  /** `(uri, goalId, field, value?)`: asks for a goal's `why` or `flexibility` and writes it. */
  askField: 'careerGoals.quickFix.askField',
} as const;

/** The folder state whose goals file is `uri` (not any file of that folder). */
export function stateOf(store: GoalsStore, uri: vscode.Uri): FolderState | undefined {
  const state = store.find(uri);
  return state?.uri.toString() === uri.toString() ? state : undefined;
}

class GoalsCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly store: GoalsStore) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const state = stateOf(this.store, document.uri);
    if (!state || (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only))) return [];
    const { items } = diagnosticsOf(state);
    const today = todayIso(new Date());
    const actions: vscode.CodeAction[] = [];
    for (const vs of context.diagnostics) {
      if (vs.source !== DIAGNOSTIC_SOURCE) continue;
      const match = items.find((i) => i.core.code === vs.code && i.vs.range.isEqual(vs.range));
      if (!match) continue;
      // The ranges of a text fix are the analysed text's: offered only while the document still holds it.
      const text = state.text === document.getText() ? state.text : undefined;
      for (const plan of fixesFor(match.core, state.analysis, today, text)) actions.push(this.toAction(plan, vs, state.uri, document));
    }
    return actions;
  }

  private toAction(plan: FixPlan, diagnostic: vscode.Diagnostic, uri: vscode.Uri, document: vscode.TextDocument): vscode.CodeAction {
    const action = new vscode.CodeAction(plan.title, vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.isPreferred = plan.preferred;
    if (plan.kind === 'ops') action.command = { title: plan.title, command: QuickFixCommands.apply, arguments: [uri, plan.ops, plan.goalId] };
    else if (plan.kind === 'ask') action.command = { title: plan.title, command: QuickFixCommands.askField, arguments: [uri, plan.goalId, plan.field] };
    else if (plan.kind === 'text') {
      // One WorkspaceEdit, so one Undo takes the whole fix back.
      const edit = new vscode.WorkspaceEdit();
      for (const e of plan.edits) edit.replace(uri, new vscode.Range(document.positionAt(e.range.start), document.positionAt(e.range.end)), e.text);
      action.edit = edit;
    } else if (plan.kind === 'adjustDue') action.command = { title: plan.title, command: Commands.adjustDueDate, arguments: [{ uri, goalId: plan.goalId }] };
    else action.command = { title: plan.title, command: Commands.logWin, arguments: [{ uri }] };
    return action;
  }
}

/** Writes a quick fix's ops; after adding a metric, selects its name so it can be renamed. */
async function applyFix(store: GoalsStore, uriArg: unknown, ops: GoalOp[], goalId?: string): Promise<CommandResult | undefined> {
  const state = await pickState(store, toUri(uriArg));
  if (!state) return undefined;
  const result = await writeAndReport(store, state, ops, goalId ? { goalId } : {});
  if (result.written && goalId && ops.some((o) => o.op === 'addMetric')) selectMetricName(state.uri, goalId);
  return result;
}

function selectMetricName(uri: vscode.Uri, goalId: string): void {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  if (!editor) return;
  // Parsed from the editor's text after the edit, so the range fits what is on screen.
  const metric = findGoal(parseGoals(editor.document.getText()).model, goalId)?.metric;
  if (!metric) return;
  editor.selection = new vscode.Selection(editor.document.positionAt(metric.range.start), editor.document.positionAt(metric.range.end));
  editor.revealRange(editor.selection);
}

/** The input box's words for each field, in the display language. */
function fieldPrompt(field: 'why' | 'flexibility', goalTitle: string): { title: string; prompt: string; placeHolder: string } {
  return field === 'why'
    ? { title: vscode.l10n.t('Career Goals: Why it matters'), prompt: vscode.l10n.t('Why does “{0}” matter to you?', goalTitle), placeHolder: vscode.l10n.t('e.g. It is the skill my next role needs most') }
    : {
        title: vscode.l10n.t('Career Goals: Plan B'),
        prompt: vscode.l10n.t('Plan B: how could “{0}” adapt if circumstances change?', goalTitle),
        placeHolder: vscode.l10n.t('e.g. If the team reorganises, the same result counts in any team'),
      };
}

/** Asks for `why` or `flexibility` (unless `value` is given) and writes it to the goal. */
async function askField(store: GoalsStore, uriArg: unknown, goalId: string, fieldName: 'why' | 'flexibility', value?: string): Promise<CommandResult | undefined> {
  const state = await pickState(store, toUri(uriArg));
  const goal = state && findGoal(state.analysis.parse.model, goalId);
  if (!state || !goal) return undefined;
  const words = fieldPrompt(fieldName, goal.title);
  const text =
    value ??
    (await vscode.window.showInputBox({
      ...words,
      validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Write a sentence; you can refine it later in the file.')),
    }));
  if (!text?.trim()) return undefined;
  return writeAndReport(store, state, [{ op: 'setGoalField', goalId, field: fieldName, value: text.trim() }], { goalId });
}

/** Registers the quick-fix provider for goals files and its commands. */
export function registerCodeActions(context: vscode.ExtensionContext, store: GoalsStore, selector: vscode.DocumentSelector): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(selector, new GoalsCodeActions(store), GoalsCodeActions.metadata),
    vscode.commands.registerCommand(QuickFixCommands.apply, (uri: unknown, ops: GoalOp[], goalId?: string) => applyFix(store, uri, ops, goalId)),
    vscode.commands.registerCommand(QuickFixCommands.askField, (uri: unknown, goalId: string, f: 'why' | 'flexibility', value?: string) => askField(store, uri, goalId, f, value)),
  );
}
