/**
 * The history (core/history) as text for a model: a line per point in the range, and
 * the review streak. Figures are the dashboard's and `career-goals history`'s.
 */
import type { History } from '../history';
import type { IsoDate } from '../model';
import { percentLabel } from '../words/percent';

/** At most this many points, the latest; a model reads a trend, not five years of weeks. */
const MAX_POINTS = 120;

/** The points of `history` from `since` to `until` (both days included), then the streaks. */
export function historyText(history: History, range: { since?: IsoDate; until?: IsoDate }): string {
  const inRange = history.points.filter((p) => (!range.since || p.date >= range.since) && (!range.until || p.date <= range.until));
  const shown = inRange.slice(-MAX_POINTS);
  const span = range.since || range.until ? ` from ${range.since ?? 'the start'} to ${range.until ?? 'today'}` : '';
  const out = [`Progress history${span}: ${inRange.length} point${inRange.length === 1 ? '' : 's'}${shown.length < inRange.length ? ` (the latest ${shown.length} shown)` : ''}`];
  for (const p of shown) {
    const what = p.source === 'review' ? `${p.kind ?? 'weekly'} review` : p.source === 'commit' ? 'commit of goals.yaml' : 'today';
    out.push(`- ${p.date} ${what}: overall ${percentLabel(p.overall)}${p.ref && p.source === 'review' ? ` (${p.ref})` : ''}`);
  }
  out.push(`Weekly review streak: ${history.reviews.current} week${history.reviews.current === 1 ? '' : 's'} (best ${history.reviews.best})`);
  return out.join('\n');
}
