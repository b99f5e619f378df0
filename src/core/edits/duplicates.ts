/**
 * The duplicate-key check edits need before they trust a file, done in linear time.
 * yaml's own check (`uniqueKeys`) compares each key with every earlier one in its map,
 * which took seconds on a goal with tens of thousands of keys. The keys come from the
 * parser's one iterative pass over the document (scanDocument), so both agree on what
 * a duplicate is and deep nesting cannot overflow the stack.
 */
import { isNode, type Document } from 'yaml';
import { scanDocument } from '../parse/readers';

/** Offset of the first key written twice in one mapping (yaml's notion of equal keys), or undefined when there is none. */
export function duplicateKey(doc: Document): number | undefined {
  let first: number | undefined;
  for (const k of scanDocument(doc).duplicateKeys) {
    const at = isNode(k) ? k.range?.[0] : undefined;
    if (at !== undefined && (first === undefined || at < first)) first = at;
  }
  return first;
}
