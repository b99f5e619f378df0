/**
 * The duplicate-key check edits need before they trust a file, done in linear time.
 * yaml's own check (`uniqueKeys`) compares each key with every earlier one in its map,
 * which took seconds on a goal with tens of thousands of keys.
 */
import { isMap, isScalar, visit, type Document } from 'yaml';

/** Stands for a key that is not a scalar node (an empty `? ` key). */
const NULL_KEY = Symbol('null key');

/**
 * Offset of the first key written twice in one mapping, by yaml's rule: scalar keys
 * are equal when their values are (`1` and `"1"` differ); other keys never are.
 * Undefined when there is none.
 */
export function duplicateKey(doc: Document): number | undefined {
  let first: number | undefined;
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return;
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const k = pair.key;
        let id: unknown;
        if (k === null || k === undefined) id = NULL_KEY;
        else if (isScalar(k)) id = k.value === null ? NULL_KEY : k.value;
        else continue;
        // NaN is never === to itself, so yaml never calls two `.nan` keys equal.
        if (typeof id === 'number' && Number.isNaN(id)) continue;
        if (seen.has(id)) {
          const at = isScalar(k) ? k.range?.[0] : map.range?.[0];
          if (at !== undefined && (first === undefined || at < first)) first = at;
        } else seen.add(id);
      }
    },
  });
  return first;
}
