/**
 * The largest plan Career Goals reads. YAML parsing costs about a second per megabyte
 * on a busy 2-core machine (measured with the `yaml` library alone; see `npm run bench`),
 * and a plan is read on every pause in typing, so a bigger file would make the editor
 * lag. A real plan is far smaller: 200 goals with 3,000 wins are about 0.5 MB. A larger
 * file is not read at all, with one clear message, and never edited; nothing in it
 * is changed or lost.
 */
import * as l10n from '@vscode/l10n';

/** Characters (UTF-16 code units) of the largest goals file that is read and edited. */
export const MAX_PLAN_CHARS = 1_000_000;

/** Why a file of `length` characters is not read, and what to do about it. */
export function tooLargeMessage(length: number): string {
  const mb = (n: number) => `${(n / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
  return l10n.t(
    'This goals file is {0}, larger than the {1} Career Goals reads, so it is neither read nor edited. Move older wins and lessons into another file to bring it under the limit.',
    mb(length),
    mb(MAX_PLAN_CHARS),
  );
}
