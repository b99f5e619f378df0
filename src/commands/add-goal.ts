/**
 * Add Goal: a multi-step input (title, horizon, why, values, optional metric, due
 * date) that inserts one well-formed goal with the core's `addGoal` op, so the block
 * follows the file's own style. `executeCommand(addGoal, newGoal)` skips the prompts.
 */
import * as vscode from 'vscode';
import { parseNumberInput, numberInputProblem } from '../core/words/number-input';
import { Commands } from '../constants';
import { HORIZONS, HORIZON_LABELS, type Horizon } from '../core/model';
import { slugify } from '../core/text/slug';
import type { NewGoal, NewMetric } from '../core/types';
import type { FolderState, GoalsStore } from '../host/types';
import { todayIso } from '../core/time/dates';
import { displayDay } from '../core/time/display';
import { displayLanguage } from '../host/l10n';
import { dueDateProblem, suggestDueDate, uniqueId } from '../core/words/input-rules';
import { askPick, askText, runSteps, type Step } from './multi-step';
import { refuse, refusalWhileBroken, writeAndReport, type CommandResult } from '../host/outcome';
import { field, pickState, toUri } from '../host/targets';

/** Adds a goal: from `arg` when it is a NewGoal (`title` and `horizon`), else by asking. */
export async function addGoal(store: GoalsStore, arg: unknown): Promise<CommandResult | undefined> {
  const given = field<NewGoal>(arg, 'goal') ?? (field<string>(arg, 'title') !== undefined ? (arg as NewGoal) : undefined);
  const state = await pickState(store, toUri(field(arg, 'uri')));
  if (!state) return undefined;
  const refused = refusalWhileBroken(state);
  if (refused) return refuse(refused, state.uri);
  const taken = state.analysis.parse.model.goals.map((g) => g.id);

  let goal: NewGoal | undefined;
  if (given) {
    const { title, horizon } = given;
    if (typeof title !== 'string' || !title.trim() || !HORIZONS.includes(horizon)) {
      return refuse({ written: false, applied: [], failed: [], error: vscode.l10n.t('Add Goal needs a non-empty `title` and a `horizon` of short, medium or long.'), uri: state.uri }, state.uri);
    }
    const { uri: _uri, ...rest } = given as NewGoal & { uri?: unknown };
    goal = { ...rest, title: title.trim(), id: rest.id ?? uniqueId(slugify(title), taken) };
  } else {
    goal = await askForGoal(state, taken);
    if (!goal) return undefined;
  }
  const result = await writeAndReport(store, state, [{ op: 'addGoal', goal }], { goalId: goal.id });
  if (result.written && !given) {
    void vscode.commands.executeCommand(Commands.revealInTree, state.uri, goal.id).then(undefined, () => undefined);
  }
  return result;
}

/** The due date step's prompt; the suggestion is typed as the file keeps it, YYYY-MM-DD. */
function duePrompt(horizon: Horizon, suggested: string): string {
  switch (horizon) {
    case 'short':
      return vscode.l10n.t('When is it due? Suggested for short-term goals: {0}. Format YYYY-MM-DD.', suggested);
    case 'medium':
      return vscode.l10n.t('When is it due? Suggested for medium-term goals: {0}. Format YYYY-MM-DD.', suggested);
    case 'long':
      return vscode.l10n.t('When is it due? Suggested for long-term goals: {0}. Format YYYY-MM-DD.', suggested);
  }
}

/** Walks the person through the goal's fields; undefined when they dismiss it. */
async function askForGoal(state: FolderState, taken: string[]): Promise<NewGoal | undefined> {
  const today = todayIso(new Date());
  const locale = displayLanguage();
  const titles = new Set(state.analysis.parse.model.goals.map((g) => g.title.trim().toLowerCase()));
  const visionValues = state.analysis.parse.model.vision?.values ?? [];
  const a = { title: '', horizon: 'short' as Horizon, why: '', values: [] as string[], metricName: '', start: 0, target: 1, unit: '', due: '' };

  const steps: Step[] = [
    {
      run: async (at) => {
        const v = await askText(at, {
          prompt: vscode.l10n.t('What do you want to achieve? Specific enough to guide action.'),
          placeholder: vscode.l10n.t('e.g. Lead the deploy pipeline migration across three teams'),
          value: a.title,
          validate: (t) => (!t.trim() ? vscode.l10n.t('Give the goal a title.') : titles.has(t.trim().toLowerCase()) ? vscode.l10n.t('A goal with this title already exists.') : undefined),
        });
        if (typeof v === 'string') a.title = v.trim();
        return v;
      },
    },
    {
      run: async (at) => {
        const items = HORIZONS.map((h) => ({ label: HORIZON_LABELS[h], description: vscode.l10n.t('due around {0}', displayDay(suggestDueDate(h, today), locale)), horizon: h }));
        const v = await askPick(at, { placeholder: vscode.l10n.t('Which horizon?'), items, chosen: items.filter((i) => i.horizon === a.horizon) });
        const picked = Array.isArray(v) ? v[0] : undefined;
        if (picked) a.horizon = picked.horizon;
        return v;
      },
    },
    {
      run: async (at) => {
        const v = await askText(at, {
          prompt: vscode.l10n.t('Why does it matter to you? Optional, but a reason keeps a goal alive.'),
          placeholder: vscode.l10n.t('e.g. A shared pipeline means one safe way to ship'),
          value: a.why,
        });
        if (typeof v === 'string') a.why = v.trim();
        return v;
      },
    },
    {
      skip: () => visionValues.length === 0,
      run: async (at) => {
        const items = visionValues.map((label) => ({ label }));
        const v = await askPick(at, { placeholder: vscode.l10n.t('Which of your values does it serve? (Space to select, Enter to go on)'), items, many: true, chosen: items.filter((i) => a.values.includes(i.label)) });
        if (Array.isArray(v)) a.values = v.map((i) => i.label);
        return v;
      },
    },
    {
      run: async (at) => {
        const v = await askText(at, { prompt: vscode.l10n.t('How will you measure it? Name a metric, or leave empty for none.'), placeholder: vscode.l10n.t('e.g. teams migrated'), value: a.metricName });
        if (typeof v === 'string') a.metricName = v.trim();
        return v;
      },
    },
    numberStep(vscode.l10n.t('Where does the metric start today?'), () => String(a.start), (n) => (a.start = n), () => !a.metricName),
    numberStep(
      vscode.l10n.t('What target do you aim for?'),
      () => String(a.target),
      (n) => (a.target = n),
      () => !a.metricName,
      (n) => (n === a.start ? vscode.l10n.t('The target must differ from the start, or there is nothing to measure.') : undefined),
    ),
    {
      skip: () => !a.metricName,
      run: async (at) => {
        const v = await askText(at, { prompt: vscode.l10n.t('Unit of the metric (optional).'), placeholder: vscode.l10n.t('e.g. teams, pages, notes'), value: a.unit });
        if (typeof v === 'string') a.unit = v.trim();
        return v;
      },
    },
    {
      run: async (at) => {
        const suggested = suggestDueDate(a.horizon, today);
        const v = await askText(at, {
          prompt: duePrompt(a.horizon, suggested),
          value: a.due && !dueDateProblem(a.due, today) ? a.due : suggested,
          validate: (t) => dueDateProblem(t, today),
        });
        if (typeof v === 'string') a.due = v.trim();
        return v;
      },
    },
  ];
  if (!(await runSteps(vscode.l10n.t('Add Goal'), steps))) return undefined;

  const goal: NewGoal = { id: uniqueId(slugify(a.title), taken), title: a.title, horizon: a.horizon, start: today, due: a.due };
  if (a.why) goal.why = a.why;
  if (a.values.length) goal.values = a.values;
  if (a.metricName) {
    const metric: NewMetric = { name: a.metricName, start: a.start, target: a.target, current: a.start };
    if (a.unit) metric.unit = a.unit;
    goal.metric = metric;
  }
  return goal;
}

/** An input step that accepts only numbers. */
function numberStep(prompt: string, current: () => string, set: (n: number) => void, skip: () => boolean, extra?: (n: number) => string | undefined): Step {
  return {
    skip,
    run: async (at) => {
      const v = await askText(at, { prompt, value: current(), validate: (t) => numberInputProblem(t) ?? extra?.(parseNumberInput(t) ?? NaN) });
      if (typeof v === 'string') set(parseNumberInput(v) ?? 0);
      return v;
    },
  };
}
