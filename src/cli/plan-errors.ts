/**
 * The line `status` and `history` print when the plan has errors: they still report what
 * they could read, and point at `check` for the rest.
 */
import * as l10n from '@vscode/l10n';
import { displayNumber } from '../core/time/display';

/** `goals.yaml has 2 errors; run career-goals check goals.yaml to see them.` */
export function planErrorsLine(file: string, errors: number, language: string): string {
  return errors === 1 ? l10n.t('{0} has 1 error; run career-goals check {0} to see them.', file) : l10n.t('{0} has {1} errors; run career-goals check {0} to see them.', file, displayNumber(errors, language, 0));
}
