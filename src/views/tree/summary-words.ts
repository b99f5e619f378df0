/**
 * What the Goals view says above its tree, as a pure function of the folders'
 * analyses: the badge counting goals that need attention (behind or overdue), with
 * their names in its tooltip, and a message while a pause holds the plan still.
 */
import type { Analysis } from '../../core/types';
import { plural } from '../../core/words/status-line';

/** One folder's analysis, with the folder's name for a workspace of several. */
export interface SummaryInput {
  name: string;
  analysis: Analysis;
}

/** The view's badge and message; each undefined when there is nothing to say. */
export interface ViewSummary {
  badge?: { value: number; tooltip: string };
  message?: string;
}

/** The badge and message for `inputs`. */
export function viewSummary(inputs: readonly SummaryInput[]): ViewSummary {
  const names: string[] = [];
  for (const { name, analysis } of inputs)
    for (const { goal, pace } of analysis.insights) {
      // During a pause "behind" holds off, as its pitfall does; a date passed stays passed.
      const late = pace.kind === 'overdue' || (pace.kind === 'behind' && !analysis.cadence.paused);
      if (goal.status !== 'active' || !late) continue;
      const where = inputs.length > 1 ? ` (${name})` : '';
      names.push(`${goal.title}${where}: ${pace.kind}`);
    }
  const out: ViewSummary = {};
  if (names.length) out.badge = { value: names.length, tooltip: `${plural(names.length, 'goal')} behind or overdue: ${names.join('; ')}` };
  const paused = inputs.map(({ name, analysis }) => ({ name, p: analysis.cadence.paused })).filter((x) => x.p !== undefined);
  if (paused.length) {
    out.message = paused
      .map(({ name, p }) => `${inputs.length > 1 ? `${name}: ` : ''}Paused until ${p?.until ?? ''}${p?.note ? ` (${p.note})` : ''}. No review falls due and the pace line stands still.`)
      .join(' ');
  }
  return out;
}
