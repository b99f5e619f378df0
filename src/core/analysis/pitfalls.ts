/**
 * The framework's common pitfalls, found in the plan as diagnostics: too many goals
 * at once, goals that are not measurable, time-bound or meaningful, no flexibility,
 * neglecting to adjust (overdue, missed checkpoints, behind) and forgetting to
 * celebrate progress. During a pause (`pauses:`) the ones about time passing (behind,
 * missed checkpoints, no celebration) hold off, and paused days do not count towards them after.
 */
import * as l10n from '@vscode/l10n';
import { pauseOn, pauseSpans, pausedDays, type DaySpan } from '../rhythm';
import { dayOf, isoToDay } from '../time/dates';
import type { Diagnostic, GoalsModel, Horizon, Range } from '../model';
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
    add(
      'pitfall/too-many-goals',
      l10n.t(
        'Setting too many goals at once spreads your attention thin: {0} goals are active and your limit is {1}. Pause or drop the ones that matter least (status: paused), or raise careerGoals.maxActiveGoals.',
        active.length,
        limit,
      ),
      source?.keys.goals ?? top,
    );
  }
  const children = childrenIndex(model.goals);
  for (const goal of active) {
    const at = goal.titleRange;
    const id = goal.id;
    if (!goal.metric && goal.checkpoints.length === 0 && goal.tasks.length === 0 && !children.get(id)?.length) {
      add('pitfall/not-measurable', l10n.t('“{0}” has nothing to measure progress by. Add a `metric` (start, target, current), a few `checkpoints` or some `tasks`.', goal.title), at, id);
    }
    if (!goal.due) {
      add('pitfall/not-time-bound', notTimeBoundMessage(goal.title, goal.horizon), at, id);
    }
    if (!goal.why && goal.values.length === 0) {
      add('pitfall/not-meaningful', l10n.t('Why does “{0}” matter to you? Add a `why` or the `values` it serves: meaningful goals are the ones you keep pursuing.', goal.title), at, id);
    }
    if (!goal.flexibility) {
      add('pitfall/no-flexibility', l10n.t('Goals are guides, not chains: add `flexibility` to say how “{0}” could adapt if circumstances change.', goal.title), at, id);
    }
    const due = goal.due ? isoToDay(goal.due) : NaN;
    if (now > due) {
      add(
        'pitfall/overdue',
        l10n.t('“{0}” was due on {1}. Adjust for what changed: move the due date, narrow the target, or mark it done or dropped.', goal.title, goal.due ?? ''),
        source?.goals.get(goal)?.due ?? at,
        id,
      );
    }
    for (const c of goal.checkpoints) {
      if (paused || c.done || !c.date || isoToDay(c.date) >= now) continue;
      add('pitfall/missed-checkpoint', l10n.t('The checkpoint “{0}” was planned for {1} and is not done. Mark it done, or move its date to fit what changed.', c.title, c.date), c.range, id);
    }
    const pace = goalPace(goal, progress.get(id) ?? 0, today, spans);
    if (pace.kind === 'behind' && !paused) {
      const pct = Math.round((progress.get(id) ?? 0) * 100);
      add(
        'pitfall/behind',
        l10n.t('“{0}” is at {1}% where about {2}% was planned by now. Adjust for changing circumstances: rescope, reschedule, or find the next small step.', goal.title, pct, Math.round(pace.expected * 100)),
        at,
        id,
      );
    }
  }
  if (active.length > 0 && !paused && !model.wins.some((w) => withinDays(w.date, now, CELEBRATION_DAYS, spans))) {
    add(
      'pitfall/no-celebration',
      l10n.t("No win logged in the last {0} days. Don't forget to celebrate progress, however small: log a win under `wins:`.", CELEBRATION_DAYS),
      source?.keys.wins ?? source?.keys.goals ?? top,
    );
  }
  return out;
}

/** The `pitfall/not-time-bound` message for a goal titled `title` on `horizon`. */
function notTimeBoundMessage(title: string, horizon: Horizon): string {
  if (horizon === 'medium') return l10n.t('“{0}” has no `due` date, so it can drift forever. Add `due: YYYY-MM-DD` within its medium-term horizon.', title);
  if (horizon === 'long') return l10n.t('“{0}” has no `due` date, so it can drift forever. Add `due: YYYY-MM-DD` within its long-term horizon.', title);
  return l10n.t('“{0}” has no `due` date, so it can drift forever. Add `due: YYYY-MM-DD` within its short-term horizon.', title);
}

/** Whether day `iso` is at most `days` unpaused days before `now`. */
function withinDays(iso: string, now: number, days: number, spans: readonly DaySpan[]): boolean {
  const d = isoToDay(iso);
  return d <= now && now - d - pausedDays(d, now, spans) <= days;
}
