/**
 * Anchors and aliases: a node written `&m { ... }` and reused elsewhere as `*m` is
 * one value in two places, so editing it in place would change both. Such edits are
 * refused with a reason rather than made silently.
 */
import * as l10n from '@vscode/l10n';
import type { Node } from 'yaml';
import { refuse, type EditContext } from './context';

// Characters that end an alias name (YAML anchors may hold anything else but whitespace and flow indicators).
const NAME_END = ' \t\r\n,[]{}';
// Characters an alias may follow: it starts a node, so it comes after whitespace or a flow indicator.
const BEFORE_ALIAS = ' \t\r\n,[{';

/** Whether `*anchor` occurs in `text` as an alias. Comments that mention it count too: refusing is the safe side. */
function isAliased(text: string, anchor: string): boolean {
  const needle = '*' + anchor;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const before = text[at - 1];
    const after = text[at + needle.length];
    if ((before === undefined || BEFORE_ALIAS.includes(before)) && (after === undefined || NAME_END.includes(after))) return true;
  }
  return false;
}

/**
 * Refuses when `node` carries an anchor that an alias elsewhere refers to.
 * `what` names the thing for the person ("The metric of goal "x"").
 */
export function refuseAliased(ctx: EditContext, node: Node | null | undefined, what: string): void {
  const anchor = node?.anchor;
  if (anchor && isAliased(ctx.text, anchor)) {
    refuse(l10n.t('{0} is written once as &{1} and reused elsewhere as *{1}; editing it would change every copy. Edit goals.yaml by hand.', what, anchor));
  }
}
