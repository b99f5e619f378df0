/**
 * Checks that span goals: unique ids, parent links, values against the vision, and
 * references from focus, wins and lessons. They run after every goal is read, on the
 * model plus the ranges the reader kept, and repair the model so that consumers can
 * trust it: ids are unique, and `parent` is cleared when it is unknown, the goal
 * itself or part of a loop, so walking parents always ends.
 */
import * as l10n from '@vscode/l10n';
import { HORIZONS, type Goal, type Horizon, type Range } from '../model';
import type { GoalRanges } from './goal';
import type { Located, Reader } from './readers';
import { resolveGoalIds, type IdClaim } from './goal-ids';

/** A goal read from the file with its field ranges. */
export interface ReadGoalEntry {
  goal: Goal;
  ranges: GoalRanges;
}

/**
 * Gives every goal a unique id, by the rule the editor also uses to find goals
 * (see goal-ids.ts): written ids claim theirs first (other goals point at them); a
 * goal without one gets a slug of its title. Later duplicates are reported and
 * numbered (`id-2`) so every goal stays addressable.
 */
export function assignIds(r: Reader, entries: ReadGoalEntry[]): void {
  const claims: IdClaim[] = entries.map(({ goal }) => ({ written: goal.explicitId ? goal.id : undefined, title: goal.title }));
  resolveGoalIds(claims).forEach(({ id, wanted, clash }, i) => {
    // resolveGoalIds answers claim by claim, and a clash names an earlier claim, so both look-ups hit.
    const entry = entries[i];
    if (!entry) return;
    const { goal, ranges } = entry;
    goal.id = id;
    const first = clash === undefined ? undefined : entries[clash]?.goal;
    if (!first) return;
    const message = goal.explicitId
      ? l10n.t('The id `{0}` is already used by “{1}”. Give each goal its own `id`; this one is read as `{2}` until then.', wanted, first.title, id)
      : l10n.t('This title gives the id `{0}`, already used by “{1}”. Add a distinct `id:` to this goal; it is read as `{2}` until then.', wanted, first.title, id);
    r.report('duplicate-id', message, ranges.id ?? goal.titleRange, id);
  });
}

/** Reports parents that are unknown, the goal itself or in a loop, and clears them. */
export function checkParents(r: Reader, entries: ReadGoalEntry[], byId: Map<string, Goal>, brokenIds: ReadonlySet<string>): void {
  const rangeOf = new Map<Goal, Range>();
  for (const { goal, ranges } of entries) {
    if (goal.parent === undefined) continue;
    const at = ranges.parent ?? goal.titleRange;
    rangeOf.set(goal, at);
    if (goal.parent === goal.id) {
      r.report('parent-self', l10n.t('A goal cannot serve itself. Set `parent` to the id of a longer-term goal this one serves, or remove it.'), at, goal.id);
      delete goal.parent;
      continue;
    }
    const parent = byId.get(goal.parent);
    if (parent === undefined) {
      if (!brokenIds.has(goal.parent)) r.report('unknown-parent', l10n.t('No goal has the id `{0}`.{1} Set `parent` to an existing goal id, or remove it.', goal.parent, closest(goal.parent, byId)), at, goal.id);
      delete goal.parent;
      continue;
    }
    if (HORIZONS.indexOf(parent.horizon) < HORIZONS.indexOf(goal.horizon)) {
      r.report('parent-horizon', parentHorizonMessage(goal.horizon, parent.horizon, parent.title), at, goal.id);
    }
  }
  // Colour walk: each goal is visited once, so loops are found in linear time.
  const state = new Map<Goal, 1 | 2>();
  for (const { goal } of entries) {
    const path: Goal[] = [];
    let g: Goal | undefined = goal;
    while (g && !state.has(g)) {
      state.set(g, 1);
      path.push(g);
      g = g.parent === undefined ? undefined : byId.get(g.parent);
    }
    if (g && state.get(g) === 1) {
      const loop = path.slice(path.indexOf(g));
      const names = loop.map((x) => `\`${x.id}\``).join(' → ');
      for (const x of loop) {
        r.report('parent-cycle', l10n.t('These goals serve each other in a loop ({0} → `{1}`). Remove `parent` from one of them; it is ignored until then.', names, g.id), rangeOf.get(x) ?? x.titleRange, x.id);
      }
      for (const x of loop) delete x.parent;
    }
    for (const x of path) state.set(x, 2);
  }
}

/** Reports goal values missing from `vision.values` (when the vision lists any). */
export function checkValues(r: Reader, entries: ReadGoalEntry[], visionValues: readonly string[] | undefined): void {
  if (visionValues === undefined) return;
  const known = new Set(visionValues);
  const list = visionValues.length ? visionValues.map((v) => `\`${v}\``).join(', ') : l10n.t('none yet');
  for (const { goal, ranges } of entries) {
    for (const v of ranges.values) {
      if (!known.has(v.value)) {
        r.report('unknown-value', l10n.t('`{0}` is not one of your values ({1}). Use one of them, or add it to `vision.values`.', v.value, list), v.range, goal.id);
      }
    }
  }
}

/** Reports ids in `focus.goals`, wins or lessons that name no goal. */
export function checkReferences(r: Reader, refs: Located<string>[], byId: Map<string, Goal>, brokenIds: ReadonlySet<string>, where: 'focus' | 'entry'): void {
  for (const ref of refs) {
    if (byId.has(ref.value) || brokenIds.has(ref.value)) continue;
    if (where === 'focus') {
      r.report('unknown-focus-goal', l10n.t('The focus names `{0}`, but no goal has that id.{1} Use an existing goal id or remove it.', ref.value, closest(ref.value, byId)), ref.range);
    } else {
      r.report('unknown-entry-goal', l10n.t('No goal has the id `{0}`.{1} Use an existing goal id, or remove `goal` to keep the entry general.', ref.value, closest(ref.value, byId)), ref.range);
    }
  }
}

function closest(id: string, byId: Map<string, Goal>): string {
  // Suggesting only for small plans keeps this linear on generated files.
  if (byId.size > 200) return '';
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of byId.keys()) {
    const s = prefixDistance(id, candidate);
    if (s < bestScore) {
      bestScore = s;
      best = candidate;
    }
  }
  return best !== undefined && bestScore <= Math.max(2, id.length / 3) ? ` ${l10n.t('Did you mean `{0}`?', best)}` : '';
}

/** The `parent-horizon` message: a goal on `horizon` serving `parentTitle`, a goal on the shorter `parentHorizon`. */
function parentHorizonMessage(horizon: Horizon, parentHorizon: Horizon, parentTitle: string): string {
  if (horizon === 'medium' && parentHorizon === 'short') {
    return l10n.t('This medium-term goal serves “{0}”, a short-term goal. A parent is usually the longer-term goal; check the link or the horizons.', parentTitle);
  }
  if (horizon === 'long' && parentHorizon === 'short') {
    return l10n.t('This long-term goal serves “{0}”, a short-term goal. A parent is usually the longer-term goal; check the link or the horizons.', parentTitle);
  }
  return l10n.t('This long-term goal serves “{0}”, a medium-term goal. A parent is usually the longer-term goal; check the link or the horizons.', parentTitle);
}

function prefixDistance(a: string, b: string): number {
  // Cheap stand-in for edit distance: common prefix and suffix length versus length.
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return Math.max(a.length, b.length) - i - j;
}
