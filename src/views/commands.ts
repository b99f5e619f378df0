/**
 * Commands of the everyday surface that only navigate: refresh, reveal an item in
 * goals.yaml, open a linked note, reveal a goal in the tree, show problems.
 */
import * as vscode from 'vscode';
import { findGoal, type Range } from '../core/model';
import { Commands, Views } from '../constants';
import type { Logger } from '../host/log';
import type { GoalsStore, ItemRef } from '../host/types';
import { pickState } from '../host/targets';
import { openNote } from './notes';
import { statusWord } from './tree/present';
import type { GoalsNode } from './tree/nodes';
import type { GoalsTreeProvider } from './tree/provider';

function isNode(arg: unknown): arg is GoalsNode {
  return typeof arg === 'object' && arg !== null && 'kind' in arg && 'state' in arg && 'id' in arg;
}

function isRef(arg: unknown): arg is ItemRef {
  return typeof arg === 'object' && arg !== null && 'kind' in arg && 'goalId' in arg && 'uri' in arg;
}

/** The current range of what a ref points at, looked up in the store's latest analysis. */
function rangeOfRef(store: GoalsStore, ref: ItemRef): Range | undefined {
  const model = store.find(ref.uri)?.analysis.parse.model;
  const goal = model && findGoal(model, ref.goalId);
  if (!goal) return undefined;
  switch (ref.kind) {
    case 'goal':
      return goal.range;
    case 'metric':
      return goal.metric?.range ?? goal.range;
    case 'task':
    case 'checkpoint': {
      const items = ref.kind === 'task' ? goal.tasks : goal.checkpoints;
      const item = items.find((i) => i.index === ref.index && i.title === ref.title) ?? items.find((i) => i.title === ref.title);
      return item?.range ?? goal.range;
    }
  }
}

/** Opens `uri` and selects `range`. */
async function selectRange(uri: vscode.Uri, range: Range | undefined): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc);
  if (!range) return;
  const sel = new vscode.Selection(doc.positionAt(range.start), doc.positionAt(range.end));
  editor.selection = sel;
  editor.revealRange(sel, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** The node's ancestors, top first. */
function ancestorsOf(node: GoalsNode): GoalsNode[] {
  const chain: GoalsNode[] = [];
  for (let p = node.parent; p; p = p.parent) chain.unshift(p);
  return chain;
}

/**
 * Reveals a node, first showing the view. A view that was hidden renders its tree
 * only after it becomes visible, and revealing into a tree that has not loaded the
 * node's parents fails, so a failed reveal is retried a few times while it loads,
 * each time with the tree rendered afresh and the way down opened first.
 */
async function revealNode(tree: GoalsTreeProvider, treeView: vscode.TreeView<GoalsNode>, find: () => GoalsNode): Promise<void> {
  if (!treeView.visible) {
    const rendered = tree.nextRootFetch();
    await vscode.commands.executeCommand(`${Views.goals}.focus`);
    await Promise.race([rendered, new Promise((r) => setTimeout(r, 2000))]);
  }
  for (let attempt = 0; ; attempt++) {
    const node = find();
    try {
      // A view that has just opened may have rendered its top level only, and VS Code
      // then can't find the node ("Data tree node not found"): open the way down first.
      if (attempt > 0) for (const above of ancestorsOf(node)) await treeView.reveal(above, { select: false, focus: false, expand: true });
      await treeView.reveal(node, { select: true, focus: true, expand: true });
      return;
    } catch (e) {
      if (attempt >= 5) throw e;
      // A view that was hidden can keep an old render of a folder's children (they
      // changed while it was hidden), where the node is missing: render it afresh.
      const rendered = tree.nextRootFetch();
      tree.refresh();
      await Promise.race([rendered, new Promise((r) => setTimeout(r, 200 * (attempt + 1)))]);
    }
  }
}

/** Registers refresh, reveal, openNote, revealInTree and showProblems. */
export function registerViewCommands(
  context: vscode.ExtensionContext,
  store: GoalsStore,
  tree: GoalsTreeProvider,
  treeView: vscode.TreeView<GoalsNode>,
  log: Logger,
): void {
  const run =
    <A extends unknown[]>(name: string, label: string, fn: (...args: A) => Promise<void>) =>
    async (...args: A): Promise<void> => {
      try {
        await fn(...args);
      } catch (e) {
        log.error(`${name} failed`, e);
        void vscode.window.showErrorMessage(vscode.l10n.t('Career Goals: {0} failed: {1}', label, e instanceof Error ? e.message : String(e)));
      }
    };

  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.refresh, run('Refresh', vscode.l10n.t('Refresh'), () => store.refresh())),

    vscode.commands.registerCommand(
      Commands.reveal,
      run('Reveal in goals.yaml', vscode.l10n.t('Reveal in goals.yaml'), async (arg?: unknown) => {
        const target = arg ?? treeView.selection[0];
        if (isNode(target)) {
          const range = 'ref' in target ? (rangeOfRef(store, target.ref) ?? target.range) : target.range;
          await selectRange(target.state.uri, range);
        } else if (isRef(target)) {
          await selectRange(target.uri, rangeOfRef(store, target));
        } else {
          // From the palette: the active editor's folder, the only one, or the person picks.
          const state = await pickState(store);
          if (state) await selectRange(state.uri, undefined);
        }
      }),
    ),

    vscode.commands.registerCommand(
      Commands.openNote,
      run('Open Note', vscode.l10n.t('Open Note'), async (arg?: unknown) => {
        const target = arg ?? treeView.selection[0];
        if (isNode(target) && target.kind === 'note') await openNote(target.state.folder, target.name);
      }),
    ),

    vscode.commands.registerCommand(
      Commands.revealInTree,
      run('Reveal in Career Goals View', vscode.l10n.t('Reveal in Career Goals View'), async (uri?: vscode.Uri, goalId?: string) => {
        if (typeof goalId !== 'string') return;
        const node = tree.findGoal(uri, goalId);
        if (!node) {
          const model = uri && store.find(uri)?.analysis.parse.model;
          const goal = model && findGoal(model, goalId);
          const why = goal
            ? vscode.l10n.t('“{0}” is {1} and completed goals are hidden. Turn on the Show Completed setting to see it.', goal.title, statusWord(goal.status))
            : vscode.l10n.t('No goal “{0}” in the Goals view.', goalId);
          void vscode.window.showInformationMessage(why);
          return;
        }
        await revealNode(tree, treeView, () => tree.findGoal(uri, goalId) ?? node);
      }),
    ),

    vscode.commands.registerCommand(
      Commands.showProblems,
      run('Show Problems', vscode.l10n.t('Show Problems'), async () => {
        await vscode.commands.executeCommand('workbench.actions.view.problems');
      }),
    ),
  );
}
