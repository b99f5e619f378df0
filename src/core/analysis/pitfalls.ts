/**
 * The framework's common pitfalls, found in the plan as diagnostics: too many goals
 * at once, goals that are not measurable, time-bound or meaningful, no flexibility,
 * neglecting to adjust (overdue, missed checkpoints, behind) and forgetting to
 * celebrate progress. During a pause (`pauses:`) the ones about time passing (behind,
 * missed checkpoints, no celebration) hold off, and paused days do not count towards them after.
 */
import { pauseOn, pauseSpans, pausedDays, type DaySpan } from '../rhythm';
import { dayOf, isoToDay } from '../time/dates';
import type { Diagnostic, GoalsModel, Range } from '../model';
import { goalPace } from './pace';
import { sourceRangesOf } from '../parse';
import { childrenIndex, computeProgress } from './progress';
import { severityOf, type DiagnosticCode } from '../validate-codes';

/** Options of findPitfalls. */
export interface PitfallOptions {
  /** Active goals allowed before `pitfall/too-many-goals` (default 5). */
  maxActiveGoals?: number;
  /** Progress by goal id, when already computed (saves a pass). */
  progress?: ReadonlyMap<string, number>;
}

/** Days without a logged win before `pitfall/no-celebration`. */
const CELEBRATION_DAYS = 30;

/** Pitfalls of the plan on `today`, in file order, goal by goal. */
export function findPitfalls(model: GoalsModel, today: Date, opts: PitfallOptions = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  const limit = opts.maxActiveGoals ?? 5;
  const progress = opts.progress ?? computeProgress(model.goals);
  const source = sourceRangesOf(model);
  const top: Range = { start: 0, end: 0 };
  const now = dayOf(today);
  const spans = pauseSpans(model.pauses);
  const paused = pauseOn(now, spans) !== undefined;
  const active = model.goals.filter((g) => g.status === 'active');
  const add = (code: DiagnosticCode, message: string, range: Range, goalId?: string): void => {
    const d: Diagnostic = { severity: severityOf(code), code, message, range };
    if (goalId !== undefined) d.goalId = goalId;
    out.push(d);
  };

  if (active.length > limit) {
    add('pitfall/too-many-goals', `Setting too many goals at once spreads your attention thin: ${active.length} goals are active and your limit is ${limit}. Pause or drop the ones that matter least (status: paused), or raise careerGoals.maxActiveGoals.`, source?.keys.goals ?? top);
  }
  const children = childrenIndex(model.goals);
  for (const goal of active) {
    const at = goal.titleRange;
    const id = goal.id;
    if (!goal.metric && goal.checkpoints.length === 0 && goal.tasks.length === 0 && !children.get(id)?.length) {
      add('pitfall/not-measurable', `“${goal.title}” has nothing to measure progress by. Add a \`metric\` (start, target, current), a few \`checkpoints\` or some \`tasks\`.`, at, id);
    }
    if (!goal.due) {
      add('pitfall/not-time-bound', `“${goal.title}” has no \`due\` date, so it can drift forever. Add \`due: YYYY-MM-DD\` within its ${goal.horizon}-term horizon.`, at, id);
    }
    if (!goal.why && goal.values.length === 0) {
      add('pitfall/not-meaningful', `Why does “${goal.title}” matter to you? Add a \`why\` or the \`values\` it serves: meaningful goals are the ones you keep pursuing.`, at, id);
    }
    if (!goal.flexibility) {
      add('pitfall/no-flexibility', `Goals are guides, not chains: add \`flexibility\` to say how “${goal.title}” could adapt if circumstances change.`, at, id);
    }
    const due = goal.due ? isoToDay(goal.due) : NaN;
    if (now > due) {
      add('pitfall/overdue', `“${goal.title}” was due on ${goal.due}. Adjust for what changed: move the due date, narrow the target, or mark it done or dropped.`, source?.goals.get(goal)?.due ?? at, id);
    }
    for (const c of goal.checkpoints) {
      if (paused || c.done || !c.date || isoToDay(c.date) >= now) continue;
      add('pitfall/missed-checkpoint', `The checkpoint “${c.title}” was planned for ${c.date} and is not done. Mark it done, or move its date to fit what changed.`, c.range, id);
    }
    const pace = goalPace(goal, progress.get(id) ?? 0, today, spans);
    if (pace.kind === 'behind' && !paused) {
      const pct = Math.round((progress.get(id) ?? 0) * 100);
      add('pitfall/behind', `“${goal.title}” is at ${pct}% where about ${Math.round(pace.expected * 100)}% was planned by now. Adjust for changing circumstances: rescope, reschedule, or find the next small step.`, at, id);
    }
  }
  if (active.length > 0 && !paused && !model.wins.some((w) => withinDays(w.date, now, CELEBRATION_DAYS, spans))) {
    add('pitfall/no-celebration', `No win logged in the last ${CELEBRATION_DAYS} days. Don't forget to celebrate progress, however small: log a win under \`wins:\`.`, source?.keys.wins ?? source?.keys.goals ?? top);
  }
  return out;
}

/** Whether day `iso` is at most `days` unpaused days before `now`. */
function withinDays(iso: string, now: number, days: number, spans: readonly DaySpan[]): boolean {
  const d = isoToDay(iso);
  return d <= now && now - d - pausedDays(d, now, spans) <= days;
}

