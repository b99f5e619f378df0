/**
 * The keys each section of goals.yaml accepts, and typo suggestions for the rest.
 */
import { itemAt } from '../text/indexing';

/** Sections of the format, each with the keys it accepts. */
export const KNOWN_KEYS = {
  top: ['version', 'vision', 'focus', 'rhythm', 'pauses', 'goals', 'wins', 'lessons'],
  vision: ['north_star', 'values', 'narrative'],
  focus: ['quarter', 'theme', 'goals'],
  goal: ['id', 'title', 'horizon', 'status', 'why', 'values', 'parent', 'start', 'due', 'adjustments', 'metric', 'checkpoints', 'tasks', 'resources', 'flexibility', 'notes'],
  metric: ['name', 'unit', 'start', 'target', 'current'],
  checkpoint: ['title', 'date', 'done'],
  task: ['title', 'done', 'priority', 'due'],
  resources: ['time', 'learning', 'tools'],
  entry: ['date', 'text', 'goal', 'tags'],
  rhythm: ['weekly', 'monthly', 'year_starts'],
  pause: ['from', 'to', 'note'],
  adjustment: ['date', 'from', 'to', 'reason'],
} as const;

/** A section name of KNOWN_KEYS. */
export type Section = keyof typeof KNOWN_KEYS;

const SECTION_SETS = Object.fromEntries(
  Object.entries(KNOWN_KEYS).map(([k, v]) => [k, new Set<string>(v)]),
) as unknown as Record<Section, ReadonlySet<string>>;

/** True when `key` is accepted in `section`. */
export function isKnownKey(section: Section, key: string): boolean {
  return SECTION_SETS[section].has(key);
}

/**
 * The known key of `section` closest to `key`, when close enough to be a plausible
 * typo (`northStar`, `north-star`, `titel`), else undefined.
 */
export function suggestKey(section: Section, key: string): string | undefined {
  const folded = fold(key);
  let best: string | undefined;
  let bestDist = Infinity;
  for (const candidate of KNOWN_KEYS[section]) {
    // Case and separator differences are the commonest slip, so they count as exact.
    const d = fold(candidate) === folded ? 0 : editDistance(key.toLowerCase(), candidate);
    if (d < bestDist) {
      bestDist = d;
      best = candidate;
    }
  }
  const allowed = Math.max(1, Math.min(3, Math.floor(key.length / 3)));
  return bestDist <= allowed ? best : undefined;
}

function fold(s: string): string {
  return s.toLowerCase().replace(/[-_\s]/g, '');
}

/**
 * Edit distance counting a swap of neighbours as one edit (`titel` → `title`); short inputs only.
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export function editDistance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Math.abs(a.length - b.length) + 64;
  // Every index below stays inside the table being filled, so itemAt never throws.
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    const prev = itemAt(rows, i - 1);
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(itemAt(prev, j) + 1, itemAt(cur, j - 1) + 1, itemAt(prev, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, itemAt(itemAt(rows, i - 2), j - 2) + 1);
      cur[j] = d;
    }
    rows.push(cur);
  }
  return itemAt(itemAt(rows, a.length), b.length);
}
