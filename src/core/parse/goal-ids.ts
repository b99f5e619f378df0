/**
 * How goals get their ids, decided in one place for the parser (the model's ids) and
 * the editor (which goal an op targets), so both always agree: a goal's written `id`,
 * else the slug of its title, and later duplicates numbered `id-2`, `id-3`, ….
 */
import { isScalar, type YAMLMap } from 'yaml';
import { dateToIso } from '../time/dates';
import { primitiveText } from '../text/primitive-text';
import { slugify } from '../text/slug';

/** What a goal says about its id: its written `id` text, if any, and its title text. */
export interface IdClaim {
  written?: string;
  title: string;
}

/** The id a goal ends up with. */
export interface ResolvedId {
  id: string;
  /** The id it asked for: the written one or the title's slug. */
  wanted: string;
  /** Index of the claim that already holds `wanted`, when this goal was renumbered. */
  clash?: number;
}

/**
 * The text of a scalar as the file writes it: strings as they read, and numbers,
 * booleans and the like as their source (`007`, `1.10`, `1e3`), never as the parsed
 * value (`7`, `1.1`, `1000`). Undefined for a non-scalar, an empty value or `''`, and
 * for an object value without source (a scalar the parser reads has one).
 */
export function scalarSourceText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (v == null) return undefined;
  if (v instanceof Date) return dateToIso(v);
  const s = typeof v === 'string' ? v : typeof node.source === 'string' && node.source !== '' ? node.source : primitiveText(v);
  return s === '' ? undefined : s;
}

/**
 * Gives every claim a unique id. Written ids claim theirs first (other goals point at
 * them); a goal without one asks for the slug of its title. A goal asking for a taken
 * id gets the first free `id-N`, N from 2. Linear: each base remembers where its
 * numbering stopped, since taken ids are never given back.
 */
export function resolveGoalIds(claims: readonly IdClaim[]): ResolvedId[] {
  const owner = new Map<string, number>();
  claims.forEach((c, i) => {
    if (c.written !== undefined && !owner.has(c.written)) owner.set(c.written, i);
  });
  const nextN = new Map<string, number>();
  return claims.map((c, i) => {
    const wanted = c.written ?? slugify(c.title);
    const first = owner.get(wanted);
    if (first === i) return { id: wanted, wanted };
    if (first === undefined) {
      owner.set(wanted, i);
      return { id: wanted, wanted };
    }
    let n = nextN.get(wanted) ?? 2;
    while (owner.has(`${wanted}-${n}`)) n++;
    nextN.set(wanted, n + 1);
    const id = `${wanted}-${n}`;
    owner.set(id, i);
    return { id, wanted, clash: first };
  });
}

/**
 * The claim of a goal's mapping, read as the parser reads it: the first `id` and
 * `title` keys, their values through `deref` (aliases followed), as source text.
 * Undefined when the goal has no title (the parser leaves such a goal out), or when
 * `deref` cannot follow an alias (it returns `FAIL`), since then nobody can tell.
 */
export function claimOf(map: YAMLMap, deref: (node: unknown) => unknown): IdClaim | undefined | typeof FAIL {
  let id: unknown;
  let title: unknown;
  let seenId = false;
  let seenTitle = false;
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (key === 'id' && !seenId) {
      seenId = true;
      id = deref(pair.value);
    } else if (key === 'title' && !seenTitle) {
      seenTitle = true;
      title = deref(pair.value);
    }
  }
  if (id === FAIL || title === FAIL) return FAIL;
  const t = scalarSourceText(title);
  if (t === undefined) return undefined;
  const written = scalarSourceText(id);
  return written === undefined ? { title: t } : { written, title: t };
}

/** Returned by a `deref` that cannot follow an alias. */
export const FAIL: unique symbol = Symbol('fail');
