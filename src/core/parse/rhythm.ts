/**
 * `rhythm:` and `pauses:`, read into the model. A value that is no day or month is an
 * error on its own line and is left out, so the rules without a rhythm apply to that
 * review; a pause that ends before it starts is an error and is left out.
 */
import * as l10n from '@vscode/l10n';
import { isScalar } from 'yaml';
import type { Pause, Range, Rhythm } from '../model';
import { readMonth, readMonthlyDay, readWeekday, type SpecResult } from '../rhythm/spec';
import { Reader, SKIP } from './readers';

/** Reads `rhythm:`; undefined when it is not a mapping (reported). */
export function readRhythm(r: Reader, node: unknown, at: Range): Rhythm | undefined {
  const rhythm: Rhythm = { range: r.rangeOf(node, at) };
  const ok = r.eachPair(node, 'rhythm', '`rhythm`', at, (key, value, keyRange) => {
    if (isScalar(value) && value.value == null) return;
    const range = r.rangeOf(value, keyRange);
    const raw = isScalar(value) && (typeof value.value === 'number' || typeof value.value === 'string') ? value.value : undefined;
    const take = <T>(result: SpecResult<T>, set: (v: T) => void): void => {
      if (result.ok) set(result.value);
      else r.report('invalid-rhythm', result.error, range);
    };
    const text = raw === undefined ? undefined : String(raw);
    if (text === undefined) {
      r.report(
        'wrong-type',
        key === 'monthly' ? l10n.t('`rhythm.{0}` must be a word such as `friday` or a day such as `15`, not a list or mapping.', key) : l10n.t('`rhythm.{0}` must be a word such as `friday`, not a list or mapping.', key),
        range,
      );
      return;
    }
    if (key === 'weekly') take(readWeekday(text, 'rhythm.weekly'), (v) => (rhythm.weekly = v));
    else if (key === 'monthly') take(readMonthlyDay(raw ?? text, 'rhythm.monthly'), (v) => (rhythm.monthly = v));
    else take(readMonth(text, 'rhythm.year_starts'), (v) => (rhythm.yearStarts = v));
  });
  return ok ? rhythm : undefined;
}

/** Reads `pauses:`: each `{from, to, note?}` with real dates, `from` on or before `to`; overlaps are warned of. */
export function readPauses(r: Reader, node: unknown, at: Range): Pause[] {
  const out: Pause[] = [];
  r.items(node, 'pauses', at).forEach((item, index) => {
    if (item === SKIP) return;
    const range = r.rangeOf(item, at);
    let from: string | undefined;
    let to: string | undefined;
    let note: string | undefined;
    let toRange: Range = range;
    const ok = r.eachPair(item, 'pause', l10n.t('pause {0}', index + 1), range, (key, value, keyRange) => {
      if (key === 'from') from = r.date(value, 'from', keyRange);
      else if (key === 'to') {
        to = r.date(value, 'to', keyRange);
        toRange = r.rangeOf(value, keyRange);
      } else note = r.text(value, 'note', keyRange);
    });
    if (!ok) return;
    if (from === undefined || to === undefined) {
      r.report('missing-required', l10n.t('Pause {0} needs both `from` and `to`, each a date written YYYY-MM-DD: `{from: 2026-12-21, to: 2027-01-03}`.', index + 1), range);
      return;
    }
    if (to < from) {
      r.report('pause-order', l10n.t('Pause {0} ends on {1}, before it starts on {2}. Swap the dates, or correct the one that is wrong; until then the pause is ignored.', index + 1, to, from), toRange);
      return;
    }
    const pause: Pause = { index, from, to, range };
    if (note !== undefined) pause.note = note;
    const overlap = out.find((p) => p.from <= pause.to && pause.from <= p.to);
    if (overlap) r.report('pause-overlap', l10n.t('Pause {0} ({1} to {2}) shares days with pause {3} ({4} to {5}); they are read as one pause.', index + 1, from, to, overlap.index + 1, overlap.from, overlap.to), range);
    out.push(pause);
  });
  return out;
}
