/**
 * The clear fixes of a rhythm or a pause written wrong, as text edits on the file as it
 * is: a day or month name misspelt (`fryday` → `friday`, `sept` → `september`, `31` →
 * `last`), and a pause whose dates were written the wrong way round (swap them). Found
 * by reading the text again at the diagnostic's range, so they hold for the text the
 * person sees; each is checked by parsing its result (editor/quick-fix-rules.ts).
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { MONTHS, WEEKDAYS, type Range } from '../model';

/** One replacement in the text. */
export interface TextFix {
  range: Range;
  text: string;
}

/** Edit distance of two short words (Levenshtein), for names typed nearly right. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length] ?? Infinity;
}

/**
 * The one name of `names` that `typed` most likely means: the only one it begins
 * (three letters at least: `fri`, `sept`), else the only one within two edits
 * (`fryday`; `weekend` is near no day and gets none). Undefined when in doubt.
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export function closestName(typed: string, names: readonly string[]): string | undefined {
  const t = typed.trim().toLowerCase();
  if (t === '') return undefined;
  if (names.includes(t)) return t;
  const prefixed = t.length >= 3 ? names.filter((n) => n.startsWith(t)) : [];
  if (prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestD = 3;
  let tie = false;
  for (const n of names) {
    const d = distance(t, n);
    if (d < bestD) {
      best = n;
      bestD = d;
      tie = false;
    } else if (d === bestD) tie = true;
  }
  return tie ? undefined : best;
}

/**
 * What a `rhythm.<key>` value most likely means, when one reading is clear.
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export function rhythmSuggestion(key: string, typed: string): string | undefined {
  const weekdays = WEEKDAYS as readonly string[];
  if (key === 'weekly') return closestName(typed, weekdays);
  if (key === 'year_starts') return closestName(typed, MONTHS);
  if (key !== 'monthly') return undefined;
  const t = typed.trim().toLowerCase();
  // The 29th to 31st are not in every month: the last day is what they come to.
  if (/^(29|30|31)$/.test(t)) return 'last';
  const m = /^(first|last)[-\s_]*([a-z]+)$/.exec(t);
  const day = m ? closestName(m[2] ?? '', weekdays) : undefined;
  return m && day ? `${m[1] ?? ''}-${day}` : undefined;
}

/** The pair of `map` named `key`, when `map` is a mapping that has one. */
function pairOf(map: unknown, key: string): { key: Node; value: Node | null } | undefined {
  if (!isMap(map)) return undefined;
  for (const p of map.items) if (isPair(p) && isScalar(p.key) && p.key.value === key) return p as { key: Node; value: Node | null };
  return undefined;
}

const rangeOf = (n: Node | null | undefined): Range | undefined => (n?.range ? { start: n.range[0], end: n.range[1] } : undefined);

/**
 * The fix of the `rhythm` value at `at` (the diagnostic's range): its likely name,
 * written in place. Undefined when the value is not there or no reading is clear.
 */
export function rhythmFix(text: string, at: Range): TextFix | undefined {
  const doc = parseDocument(text, { keepSourceTokens: false });
  const rhythm = pairOf(doc.contents, 'rhythm')?.value;
  if (!isMap(rhythm)) return undefined;
  for (const p of rhythm.items) {
    if (!isPair(p) || !isScalar(p.key) || !isScalar(p.value)) continue;
    const range = rangeOf(p.value);
    if (!range || range.start !== at.start) continue;
    // A quoted value is replaced whole, quotes and all: the name needs none.
    const suggestion = rhythmSuggestion(String(p.key.value), String(p.value.value));
    return suggestion === undefined ? undefined : { range, text: suggestion };
  }
  return undefined;
}

/**
 * The swap of a pause whose `to` (its value at `at`) comes before its `from`: each date
 * written where the other was, every other byte kept.
 */
export function pauseSwapFix(text: string, at: Range): TextFix[] | undefined {
  const doc = parseDocument(text, { keepSourceTokens: false });
  const pauses = pairOf(doc.contents, 'pauses')?.value;
  if (!isSeq(pauses)) return undefined;
  for (const item of pauses.items) {
    const to = rangeOf(pairOf(item, 'to')?.value);
    const from = rangeOf(pairOf(item, 'from')?.value);
    if (!to || !from || to.start !== at.start) continue;
    const toText = text.slice(to.start, to.end);
    const fromText = text.slice(from.start, from.end);
    return [
      { range: from, text: toText },
      { range: to, text: fromText },
    ];
  }
  return undefined;
}

/** `text` with `fixes` applied (ranges of the original text, not overlapping). */
export function applyTextFixes(text: string, fixes: readonly TextFix[]): string {
  let out = text;
  for (const f of [...fixes].sort((a, b) => b.range.start - a.range.start)) out = out.slice(0, f.range.start) + f.text + out.slice(f.range.end);
  return out;
}
