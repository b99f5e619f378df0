/**
 * The input of the assistant tools, checked. A model sends whatever it likes, so every
 * field is `unknown` here; what passes becomes one GoalOp and the sentence the person
 * confirms, what does not becomes a message that says what is wrong. Nothing here
 * writes: the callers apply the op with the minimal-edit writer.
 */
import type { Goal, GoalsModel, IsoDate } from '../model';
import { clip } from '../text/clip';
import { parseIsoDay } from '../time/dates';
import { quarterBounds, quarterOf } from '../time/quarter';
import type { GoalOp } from '../types';
import { parseNumberInput } from '../words/number-input';

/** A checked write: the op, and what it does in words for the confirmation. */
export type CheckedWrite = { ok: true; op: GoalOp; summary: string } | { ok: false; error: string };

/** A checked date range for get_history. */
export type CheckedRange = { ok: true; since?: IsoDate; until?: IsoDate } | { ok: false; error: string };

/** The longest win text accepted: a win is a sentence or two, not a document. */
const MAX_TEXT = 500;

function fieldOf(input: unknown, key: string): unknown {
  return input !== null && typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>)[key] : undefined;
}

function quoted(text: string): string {
  return `"${clip(text)}"`;
}

/** A text field on one line, or why it is not usable. */
function textField(value: unknown, what: string): { text: string } | { error: string } {
  if (typeof value !== 'string') return { error: `${what} must be text${value === undefined ? ', and it is missing' : `, not ${typeof value}`}.` };
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value)) return { error: `${what} contains control characters; write it as plain text.` };
  const text = value.replace(/\s+/g, ' ').trim();
  if (!text) return { error: `${what} is empty.` };
  if (text.length > MAX_TEXT) return { error: `${what} is ${text.length} characters long; keep it under ${MAX_TEXT}.` };
  return { text };
}

/** A `YYYY-MM-DD` field that exists, or why not. */
function dateField(value: unknown, what: string): { date: IsoDate } | { error: string } {
  if (typeof value !== 'string') return { error: `${what} must be a date written YYYY-MM-DD, not ${typeof value}.` };
  const day = parseIsoDay(value.trim());
  if (day === 'format') return { error: `${what} must be a date written YYYY-MM-DD, not ${quoted(value)}.` };
  if (day === 'impossible') return { error: `${what} ${value.trim()} is not a real calendar date.` };
  return { date: value.trim() };
}

/**
 * The goal a person or model means: its id, else its title, else an id or title that
 * matches ignoring case. Ambiguity is an error, never a guess.
 */
function findGoal(model: GoalsModel, value: unknown): { goal: Goal } | { error: string } {
  if (typeof value !== 'string' || !value.trim()) return { error: 'goal must be the id or title of a goal in goals.yaml.' };
  const wanted = value.trim();
  const exact = model.goals.find((g) => g.id === wanted) ?? model.goals.find((g) => g.title === wanted);
  if (exact) return { goal: exact };
  const folded = wanted.toLowerCase();
  const loose = model.goals.filter((g) => g.id.toLowerCase() === folded || g.title.toLowerCase() === folded);
  if (loose.length === 1 && loose[0]) return { goal: loose[0] };
  if (loose.length > 1) return { error: `goal ${quoted(wanted)} matches ${loose.length} goals; use the id: ${loose.map((g) => g.id).join(', ')}.` };
  const ids = model.goals.filter((g) => g.status === 'active').map((g) => g.id);
  const known = ids.length ? ` Active goals: ${ids.slice(0, 12).join(', ')}${ids.length > 12 ? ', …' : ''}.` : ' The plan has no active goal.';
  return { error: `There is no goal ${quoted(wanted)} in goals.yaml.${known}` };
}

/** Checks log_win's `{ text, goal?, date? }`; the date defaults to `todayIso` and may not be later. */
export function checkLogWin(model: GoalsModel, input: unknown, todayIso: IsoDate): CheckedWrite {
  const text = textField(fieldOf(input, 'text'), 'text');
  if ('error' in text) return { ok: false, error: text.error };
  let date = todayIso;
  const givenDate = fieldOf(input, 'date');
  if (givenDate !== undefined && givenDate !== null && givenDate !== '') {
    const d = dateField(givenDate, 'date');
    if ('error' in d) return { ok: false, error: d.error };
    if (d.date > todayIso) return { ok: false, error: `date ${d.date} is in the future; a win is logged on the day it happened (today is ${todayIso}).` };
    date = d.date;
  }
  const givenGoal = fieldOf(input, 'goal');
  if (givenGoal === undefined || givenGoal === null || givenGoal === '') {
    return { ok: true, op: { op: 'addWin', win: { date, text: text.text } }, summary: `Log a win dated ${date}: "${text.text}".` };
  }
  const found = findGoal(model, givenGoal);
  if ('error' in found) return { ok: false, error: found.error };
  return {
    ok: true,
    op: { op: 'addWin', win: { date, text: text.text, goal: found.goal.id } },
    summary: `Log a win dated ${date} for "${found.goal.title}": "${text.text}".`,
  };
}

/** Checks update_metric's `{ goal, value }`: a goal with a metric, and a finite number (or text that reads as one). */
export function checkUpdateMetric(model: GoalsModel, input: unknown): CheckedWrite {
  const found = findGoal(model, fieldOf(input, 'goal'));
  if ('error' in found) return { ok: false, error: found.error };
  const goal = found.goal;
  const m = goal.metric;
  if (!m) return { ok: false, error: `Goal "${goal.title}" (${goal.id}) has no metric to update; its progress comes from its checkpoints and tasks.` };
  const raw = fieldOf(input, 'value');
  const value = typeof raw === 'number' ? (Number.isFinite(raw) ? raw : undefined) : typeof raw === 'string' ? parseNumberInput(raw) : undefined;
  if (value === undefined) {
    const shown = typeof raw === 'string' ? quoted(raw) : raw === undefined ? 'missing' : String(typeof raw === 'number' ? raw : typeof raw);
    return { ok: false, error: `value must be a number, such as 3 or 2.5; it is ${shown}.` };
  }
  const unit = m.unit ? ` ${m.unit}` : '';
  return {
    ok: true,
    op: { op: 'setMetricCurrent', goalId: goal.id, value },
    summary: `Set the metric${m.name ? ` "${m.name}"` : ''} of "${goal.title}" from ${m.current} to ${value}${unit} (start ${m.start}, target ${m.target}).`,
  };
}

/** Checks complete_task's `{ goal, task }`: an open task, named by its title (ignoring case) or its number from 1. */
export function checkCompleteTask(model: GoalsModel, input: unknown): CheckedWrite {
  const found = findGoal(model, fieldOf(input, 'goal'));
  if ('error' in found) return { ok: false, error: found.error };
  const goal = found.goal;
  const raw = fieldOf(input, 'task');
  const byNumber = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) && !goal.tasks.some((t) => t.title === raw.trim()) ? Number(raw) : undefined;
  let task;
  if (byNumber !== undefined) {
    task = Number.isInteger(byNumber) ? goal.tasks[byNumber - 1] : undefined;
    if (!task) return { ok: false, error: `Goal "${goal.title}" has ${goal.tasks.length} task${goal.tasks.length === 1 ? '' : 's'}; there is no task ${byNumber}.` };
  } else {
    if (typeof raw !== 'string' || !raw.trim()) return { ok: false, error: 'task must be the title of one of the goal\'s tasks, or its number from 1.' };
    const wanted = raw.replace(/\s+/g, ' ').trim();
    const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
    const matches = goal.tasks.filter((t) => norm(t.title) === wanted);
    const loose = matches.length ? matches : goal.tasks.filter((t) => norm(t.title).toLowerCase() === wanted.toLowerCase());
    const open = loose.filter((t) => !t.done);
    task = open[0] ?? loose[0];
    if (!task) {
      const titles = goal.tasks.filter((t) => !t.done).map((t) => `"${clip(t.title)}"`);
      return { ok: false, error: `Goal "${goal.title}" has no task ${quoted(wanted)}.${titles.length ? ` Its open tasks: ${titles.slice(0, 10).join(', ')}.` : ' It has no open task.'}` };
    }
  }
  if (task.done) return { ok: false, error: `The task "${task.title}" of "${goal.title}" is already done; nothing to change.` };
  return {
    ok: true,
    op: { op: 'setTaskDone', goalId: goal.id, index: task.index, expectTitle: task.title, done: true },
    summary: `Mark the task "${task.title}" of "${goal.title}" done.`,
  };
}

/** Checks get_history's `{ since?, until? }`: real dates, since not after until. */
export function checkRange(input: unknown): CheckedRange {
  const out: { since?: IsoDate; until?: IsoDate } = {};
  for (const key of ['since', 'until'] as const) {
    const v = fieldOf(input, key);
    if (v === undefined || v === null || v === '') continue;
    const d = dateField(v, key);
    if ('error' in d) return { ok: false, error: d.error };
    out[key] = d.date;
  }
  if (out.since && out.until && out.since > out.until) return { ok: false, error: `since ${out.since} is after until ${out.until}.` };
  return { ok: true, ...out };
}

/**
 * Checks get_evidence's `{ since?, until? }` into a period, with `career-goals evidence`'s
 * and `api.getEvidence`'s defaults: this quarter; `since` alone runs to today; `until`
 * alone starts on the first day of its quarter (a model asking "up to September" means
 * that quarter, not a period that ends before it starts).
 */
export function checkEvidenceRange(input: unknown, todayIso: IsoDate): { ok: true; since: IsoDate; until: IsoDate } | { ok: false; error: string } {
  const range = checkRange(input);
  if (!range.ok) return range;
  const quarter = quarterBounds(quarterOf(todayIso) ?? '');
  const since = range.since ?? (range.until !== undefined ? quarterBounds(quarterOf(range.until) ?? '')?.start : quarter?.start) ?? todayIso;
  const until = range.until ?? (range.since !== undefined ? todayIso : (quarter?.end ?? todayIso));
  if (since > until) return { ok: false, error: `since ${since} is after until ${until}${range.until === undefined ? ' (today)' : ''}.` };
  return { ok: true, since, until };
}
