/**
 * TreeDataProvider of the Goals view. Nodes are rebuilt lazily after every store
 * change and cached per generation, so getChildren and getParent hand VS Code the
 * same objects and TreeView.reveal can walk up from any goal.
 */
import * as vscode from 'vscode';
import { findGoal } from '../../core/model';
import { Settings } from '../../constants';
import { todayIso } from '../../core/time/dates';
import { quarterOf } from '../../core/time/quarter';
import * as config from '../../host/config';
import type { EvidenceReader } from '../../host/evidence';
import { Disposable } from '../../host/disposable';
import { displayLanguage } from '../../host/l10n';
import type { GoalsStore } from '../../host/types';
import { childNodes, rootNodes, type TreeContext } from './children';
import { treeItemOf } from './items';
import type { GoalNode, GoalsNode } from './nodes';

/** The Goals view's data; also what tests inspect through `api.internals.tree`. */
export class GoalsTreeProvider extends Disposable implements vscode.TreeDataProvider<GoalsNode> {
  private readonly changed = this._register(new vscode.EventEmitter<GoalsNode | undefined | void>());
  readonly onDidChangeTreeData = this.changed.event;
  private cache = new Map<string, GoalsNode[]>();
  private roots: GoalsNode[] | undefined;
  private ctx: TreeContext | undefined;
  private rootWaiters: (() => void)[] = [];
  /** Increments on every refresh, so tests can wait for a rebuilt tree. */
  generation = 0;

  constructor(
    private readonly store: GoalsStore,
    private readonly evidence?: EvidenceReader,
  ) {
    super();
    this._register(store.onDidChange(() => this.refresh()));
    if (evidence) this._register(evidence.onDidChange(() => this.refresh()));
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(config.settingKey(Settings.showCompleted))) this.refresh();
      }),
    );
  }

  /** Drops cached nodes and tells VS Code to ask again. */
  refresh(): void {
    this.cache = new Map();
    this.roots = undefined;
    this.ctx = undefined;
    this.generation++;
    this.changed.fire();
  }

  private context(): TreeContext {
    if (!this.ctx) {
      const today = todayIso(new Date());
      this.ctx = {
        showCompleted: config.showCompleted(),
        todayIso: today,
        quarter: quarterOf(today) ?? '',
        locale: displayLanguage(),
        multiRoot: (vscode.workspace.workspaceFolders?.length ?? 0) > 1,
        evidence: (state, goalId) => this.evidence?.ofQuarter(state)?.goals.find((g) => g.id === goalId)?.commits ?? [],
      };
    }
    return this.ctx;
  }

  getTreeItem(node: GoalsNode): vscode.TreeItem {
    return treeItemOf(node, this.context());
  }

  /** Resolves the next time VS Code asks for the top-level nodes (the view rendering). */
  nextRootFetch(): Promise<void> {
    return new Promise((resolve) => this.rootWaiters.push(resolve));
  }

  getChildren(node?: GoalsNode): GoalsNode[] {
    if (!node) {
      this.rootWaiters.splice(0).forEach((r) => r());
      this.roots ??= rootNodes(this.store.states, this.context());
      return this.roots;
    }
    let children = this.cache.get(node.id);
    if (!children) {
      children = childNodes(node, this.context());
      this.cache.set(node.id, children);
    }
    return children;
  }

  getParent(node: GoalsNode): GoalsNode | undefined {
    return node.parent;
  }

  /**
   * The node of goal `goalId` under its horizon in the folder of `uri`, or undefined
   * when the goal does not exist or is hidden (done or dropped with showCompleted off).
   */
  findGoal(uri: vscode.Uri | undefined, goalId: string): GoalNode | undefined {
    const state = uri ? this.store.find(uri) : this.store.states.length === 1 ? this.store.states[0] : undefined;
    if (!state) return undefined;
    const goal = findGoal(state.analysis.parse.model, goalId);
    if (!goal) return undefined;
    let sections = this.getChildren();
    const folder = sections.find((n) => n.kind === 'folder' && n.state === state);
    if (folder) sections = this.getChildren(folder);
    const horizon = sections.find((n) => n.kind === 'horizon' && n.horizon === goal.horizon && n.state === state);
    if (!horizon) return undefined;
    return this.getChildren(horizon).find((n): n is GoalNode => n.kind === 'goal' && n.insight.goal.id === goalId);
  }
}
