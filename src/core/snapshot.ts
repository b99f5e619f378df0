/**
 * The JSON picture of one plan that the extension API (`getSnapshot`) and
 * `career-goals status --json` both give, built by one function so the two shapes
 * never drift apart.
 */
import type { GoalStatus, Horizon, IsoDate, ReviewKind, Severity } from './model';
import type { Analysis, Pace } from './types';

/** One goal in a snapshot. */
export interface GoalSnapshot {
  id: string;
  title: string;
  horizon: Horizon;
  status: GoalStatus;
  /** 0–1. */
  progress: number;
  pace: Pace['kind'];
  /** Days before an on-track goal turns behind; null for any other pace. */
  bufferDays: number | null;
}

/** A JSON-serialisable picture of one folder's goals file. */
export interface Snapshot {
  /** The goals file, as a URI string. */
  uri: string;
  /** Name of the workspace folder that holds it. */
  folder: string;
  goals: GoalSnapshot[];
  /** Mean progress (0–1) of the active goals. */
  overall: number;
  activeGoals: number;
  /** The review to do now (the deepest due), or null. */
  reviewDue: ReviewKind | null;
  /** The last day of the pause today falls in, or null. */
  pausedUntil: IsoDate | null;
  /** Every pause of the plan (`pauses:`), in file order. */
  pauses: { from: IsoDate; to: IsoDate; note: string | null }[];
  /** Problems in the file (including pitfalls), by severity. */
  diagnostics: Record<Severity, number>;
}

/** The snapshot of an analysis of the goals file at `uri`, in the folder named `folder`. */
export function snapshotOfAnalysis(a: Analysis, uri: string, folder: string): Snapshot {
  const diagnostics: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const d of a.diagnostics) diagnostics[d.severity]++;
  return {
    uri,
    folder,
    goals: a.insights.map(({ goal, progress, pace }) => ({
      id: goal.id,
      title: goal.title,
      horizon: goal.horizon,
      status: goal.status,
      progress,
      pace: pace.kind,
      bufferDays: pace.kind === 'on-track' ? pace.bufferDays : null,
    })),
    overall: a.overall,
    activeGoals: a.activeCount,
    reviewDue: a.cadence.suggested ?? null,
    pausedUntil: a.cadence.paused?.until ?? null,
    pauses: (a.parse.model.pauses ?? []).map((p) => ({ from: p.from, to: p.to, note: p.note ?? null })),
    diagnostics,
  };
}
