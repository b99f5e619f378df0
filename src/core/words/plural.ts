/**
 * Counted words, `1 win`, `3 wins`: the one place a surface picks the form of a word for
 * a number. It asks the language's plural rules (`Intl.PluralRules`), so when the words
 * are translated each language brings its forms (`one`, `few`, `many`, `other`…) and no
 * caller changes.
 */

/** The plural rules of the words shown; English until the words are localised. */
const RULES = new Intl.PluralRules('en');

/** `1 problem`, `3 problems`: `n` with the form of the word its number takes. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${RULES.select(n) === 'one' ? one : many}`;
}
