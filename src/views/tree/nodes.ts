/**
 * The elements of the Goals view. Each node is plain data with a parent link
 * (TreeView.reveal needs getParent) and, for what the editing commands act on, a
 * `ref: ItemRef`. Children are built from a FolderState by `childrenOf`.
 */
import type { EvidenceCommit } from '../../core/evidence';
import type { Checkpoint, Entry, Horizon, Range, Task } from '../../core/model';
import type { GoalInsight } from '../../core/types';
import type { FolderState, ItemRef } from '../../host/types';

/** What every node carries. `id` is unique in the tree and stable across refreshes. */
interface NodeBase {
  readonly id: string;
  readonly parent: GoalsNode | undefined;
  readonly state: FolderState;
  /** Where the node lives in goals.yaml, for Reveal in goals.yaml. */
  readonly range?: Range;
}

interface FolderNode extends NodeBase { readonly kind: 'folder' }
interface ProblemsNode extends NodeBase { readonly kind: 'problems'; readonly errors: number }
interface VisionNode extends NodeBase { readonly kind: 'vision' }
interface ValueNode extends NodeBase { readonly kind: 'value'; readonly value: string; readonly goals: number }
interface HorizonNode extends NodeBase { readonly kind: 'horizon'; readonly horizon: Horizon }
export interface GoalNode extends NodeBase {
  readonly kind: 'goal';
  readonly insight: GoalInsight;
  readonly ref: ItemRef & { kind: 'goal' };
  /** Ids of this goal and the goals above it on this branch, so parent cycles cannot recurse. */
  readonly lineage: readonly string[];
}
interface MetricNode extends NodeBase { readonly kind: 'metric'; readonly insight: GoalInsight; readonly ref: ItemRef & { kind: 'metric' } }
interface CheckpointNode extends NodeBase { readonly kind: 'checkpoint'; readonly checkpoint: Checkpoint; readonly ref: ItemRef & { kind: 'checkpoint' } }
interface TaskNode extends NodeBase { readonly kind: 'task'; readonly task: Task; readonly ref: ItemRef & { kind: 'task' } }
interface ResourcesNode extends NodeBase { readonly kind: 'resources'; readonly insight: GoalInsight }
interface ResourceNode extends NodeBase { readonly kind: 'resource'; readonly label: string; readonly detail: string; readonly icon: string }
interface NoteNode extends NodeBase { readonly kind: 'note'; readonly name: string; readonly text: string }
interface TextNode extends NodeBase { readonly kind: 'text'; readonly text: string }
interface WinsNode extends NodeBase { readonly kind: 'wins' }
interface WinNode extends NodeBase { readonly kind: 'win'; readonly entry: Entry }
/** A goal's commits of this quarter (its `Goal:` trailers), under the goal. */
interface EvidenceNode extends NodeBase { readonly kind: 'evidence'; readonly commits: readonly EvidenceCommit[] }
interface CommitNode extends NodeBase { readonly kind: 'commit'; readonly commit: EvidenceCommit }

/** Any element of the Goals view. */
export type GoalsNode =
  | FolderNode
  | ProblemsNode
  | VisionNode
  | ValueNode
  | HorizonNode
  | GoalNode
  | MetricNode
  | CheckpointNode
  | TaskNode
  | ResourcesNode
  | ResourceNode
  | NoteNode
  | TextNode
  | WinsNode
  | WinNode
  | EvidenceNode
  | CommitNode;

