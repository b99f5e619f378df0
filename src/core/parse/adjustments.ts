/**
 * A goal's `adjustments:`, the record of its moved due dates, read into the model.
 * An entry needs real `date`, `from` and `to` dates (each reported on its own value
 * when not); `reason` is text. An entry that records no move, or that is dated before
 * the one above it, is kept and warned of: the record is the person's to correct.
 */
import * as l10n from '@vscode/l10n';
import { isMap, isScalar } from 'yaml';
import type { Adjustment, Range } from '../model';
import { SKIP, type Reader } from './readers';

/** Reads `adjustments:` of a goal; the entries that read cleanly, in file order. */
export function readAdjustments(r: Reader, node: unknown, at: Range): Adjustment[] {
  const out: Adjustment[] = [];
  r.items(node, 'adjustments', at).forEach((item, index) => {
    if (item === SKIP) return;
    const range = r.rangeOf(item, at);
    const a: { date?: string; from?: string; to?: string; reason?: string } = {};
    let toRange: Range = range;
    let dateRange: Range = range;
    const ok = r.eachPair(item, 'adjustment', l10n.t('adjustment {0}', index + 1), range, (key, value, keyRange) => {
      if (key === 'reason') {
        a.reason = r.text(value, 'adjustments.reason', keyRange);
        return;
      }
      const field = key as 'date' | 'from' | 'to';
      a[field] = r.date(value, `adjustments.${field}`, keyRange);
      if (field === 'to') toRange = r.rangeOf(value, keyRange);
      if (field === 'date') dateRange = r.rangeOf(value, keyRange);
    });
    if (!ok) return;
    if (a.date === undefined || a.from === undefined || a.to === undefined) {
      const missing = (['date', 'from', 'to'] as const).filter((k) => a[k] === undefined);
      // A written but unreadable date was reported on its own value; say only what is absent.
      if (missing.some((k) => !hasKey(item, k))) {
        r.report(
          'missing-required',
          l10n.t('Adjustment {0} needs `date`, `from` and `to`, each a date written YYYY-MM-DD: `{date: 2026-11-21, from: 2026-12-31, to: 2027-02-28, reason: …}`. It is ignored until then.', index + 1),
          range,
        );
      }
      return;
    }
    if (a.from === a.to) {
      r.report('adjustment-unchanged', l10n.t('Adjustment {0} moves the due date from {1} to {2}, which changes nothing. Correct the date that is wrong, or remove the entry.', index + 1, a.from, a.to), toRange);
    }
    const prev = out.at(-1);
    if (prev && a.date < prev.date) {
      r.report(
        'adjustment-order',
        l10n.t('Adjustment {0} is dated {1}, before adjustment {2} ({3}) above it. Keep `adjustments:` oldest first, as Adjust Due Date writes it.', index + 1, a.date, prev.index + 1, prev.date),
        dateRange,
      );
    }
    const adjustment: Adjustment = { index, date: a.date, from: a.from, to: a.to, range };
    if (a.reason !== undefined) adjustment.reason = a.reason;
    out.push(adjustment);
  });
  return out;
}

/** Whether a mapping item writes `key` at all (with any value). */
function hasKey(item: unknown, key: string): boolean {
  return isMap(item) && item.items.some((p) => isScalar(p.key) && p.key.value === key);
}
