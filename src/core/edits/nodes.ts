/**
 * Reading yaml nodes the way the parser does: pairs by key, scalar text, and a
 * goal's id (its `id`, or the slug of its title).
 */
import { isScalar, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { scalarSourceText } from '../parse/goal-ids';
import { slugify } from '../text/slug';

/** A key-value pair whose key is a plain string. */
export type KeyPair = Pair<Scalar, Node | null>;

/** The pair for `key` in `map`, if any. */
export function pairOf(map: YAMLMap | null, key: string): KeyPair | undefined {
  return map?.items.find((p) => isScalar(p.key) && String(p.key.value) === key) as KeyPair | undefined;
}

/** The text of a scalar entry as written, if it is one (empty text counts as none). */
export function scalarText(map: YAMLMap, key: string): string | undefined {
  // As the parser reads it (`id: 007` is "007", not "7"): see parse/goal-ids.ts.
  return scalarSourceText(pairOf(map, key)?.value);
}

/** A goal's id: its `id`, or the slug of its title, the same rule the parser uses. */
export function goalIdOf(goal: YAMLMap): string | undefined {
  const id = scalarText(goal, 'id');
  if (id !== undefined && id !== '') return id;
  const title = scalarText(goal, 'title');
  return title !== undefined ? slugify(title) : undefined;
}
