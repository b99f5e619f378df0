/**
 * `focus.quarter` read against `rhythm.year_starts`: a label that is no quarter, or one
 * written in the other convention (`FY2027-Q3` with a January start, `2026-Q4` with an
 * April one), is a warning on the value. The focus is still read as written, since it
 * is only compared with the quarter the reviews and reports name; the warning says why
 * it would never match one.
 */
import * as l10n from '@vscode/l10n';
import { parseQuarterName, quarterName, readQuarter } from '../time/fiscal-quarter';
import type { Located, Reader } from './readers';

/** Reports what is wrong with `focus.quarter` (`quarter`, with its value's range) for a year starting in month `yearStarts`. */
export function checkFocusQuarter(r: Reader, quarter: Located<string> | undefined, yearStarts: number | undefined): void {
  if (!quarter) return;
  const read = readQuarter(quarter.value, yearStarts);
  if (read.ok) {
    // Read, but compared with the labels the reviews write, which are exact.
    if (read.label !== quarter.value)
      r.report('invalid-quarter', l10n.t('Write `focus.quarter` exactly as `{0}`, as the reviews and reports name quarters; `{1}` never matches one.', read.label, quarter.value), quarter.range);
    return;
  }
  const name = parseQuarterName(quarter.value);
  if (!name) {
    r.report('invalid-quarter', `\`focus.quarter\`: ${read.error}`, quarter.range);
    return;
  }
  r.report('quarter-year-start', `\`focus.quarter\`: ${read.error.replace(quarterName(name), `\`${quarter.value.trim()}\``)}`, quarter.range);
}
