/**
 * What the Goals view says above its tree, as a pure function of the folders'
 * analyses: the badge counting goals that need attention (behind or overdue), with
 * their names in its tooltip, and a message while a pause holds the plan still.
 */
import * as l10n from '@vscode/l10n';
import { displayDay } from '../../core/time/display';
import type { Analysis } from '../../core/types';

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

/** The badge and message for `inputs`, days as `locale` writes them. */
export function viewSummary(inputs: readonly SummaryInput[], locale: string): ViewSummary {
  const names: string[] = [];
  for (const { name, analysis } of inputs)
    for (const { goal, pace } of analysis.insights) {
      // During a pause "behind" holds off, as its pitfall does; a date passed stays passed.
      const late = pace.kind === 'overdue' || (pace.kind === 'behind' && !analysis.cadence.paused);
      if (goal.status !== 'active' || !late) continue;
      const who = inputs.length > 1 ? `${goal.title} (${name})` : goal.title;
      names.push(pace.kind === 'overdue' ? l10n.t('{0}: overdue', who) : l10n.t('{0}: behind', who));
    }
  const out: ViewSummary = {};
  if (names.length) {
    const list = names.join('; ');
    out.badge = { value: names.length, tooltip: names.length === 1 ? l10n.t('1 goal behind or overdue: {0}', list) : l10n.t('{0} goals behind or overdue: {1}', names.length, list) };
  }
  const paused = inputs.map(({ name, analysis }) => ({ name, p: analysis.cadence.paused })).filter((x) => x.p !== undefined);
  if (paused.length) {
    out.message = paused
      .map(({ name, p }) => {
        const until = displayDay(p?.until ?? '', locale);
        const text = p?.note
          ? l10n.t('Paused until {0} ({1}). No review falls due and the pace line stands still.', until, p.note)
          : l10n.t('Paused until {0}. No review falls due and the pace line stands still.', until);
        return `${inputs.length > 1 ? `${name}: ` : ''}${text}`;
      })
      .join(' ');
  }
  return out;
}
