/**
 * A value's text when it has no source to show: a primitive as JavaScript spells it.
 * Objects have no such spelling (String would give `[object Object]`, or a list joined
 * by commas), so each caller says what stands in for them.
 */

/** A string as it is, a number, boolean, bigint or symbol as String spells it; undefined for null, undefined, objects and functions. */
export function primitiveText(v: unknown): string | undefined {
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'symbol':
      return String(v);
    case 'undefined':
    case 'object':
    case 'function':
      return undefined;
  }
}
