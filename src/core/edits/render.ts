/**
 * Rendering new values (tasks, goals, focus blocks) as YAML source that follows the
 * file's conventions: indentation step, `- ` offset under a key, flow or block items.
 */
import { isRaw, renderScalar, type ScalarValue } from './scalar';

/** A value to write: scalars, lists and maps (keys in writing order; undefined skipped). */
export type YValue = ScalarValue | YValue[] | YObject;
/** A map to write. */
export interface YObject {
  [key: string]: YValue | undefined;
}

/** How new lines are laid out, read from the file. */
export interface Layout {
  eol: string;
  /** Spaces per nesting level. */
  indentUnit: number;
  /** Columns from a parent key to the `- ` of its block sequence (0 or a step). */
  seqIndent: number;
  /** Columns from `-` to an item's first key (`- key` is 2). */
  itemOffset: number;
}

/** Whether list items that are maps are written as `{ ... }` lines or block maps. */
export type ItemStyle = 'flow' | 'block';

function isObject(v: YValue): v is YObject {
  return typeof v === 'object' && !Array.isArray(v) && !isRaw(v);
}

function isScalarValue(v: YValue): v is ScalarValue {
  return !Array.isArray(v) && !isObject(v);
}

/** A value on one line: `{ a: b, c: [d] }`, `[x, y]` or a scalar. */
export function renderFlow(v: YValue): string {
  if (Array.isArray(v)) return `[${v.map(renderFlow).join(', ')}]`;
  if (isObject(v)) {
    const parts = Object.entries(v)
      .filter((e): e is [string, YValue] => e[1] !== undefined)
      .map(([k, x]) => `${k}: ${renderFlow(x)}`);
    return parts.length ? `{ ${parts.join(', ')} }` : '{}';
  }
  return renderScalar(v, true);
}

/**
 * Lines (without line breaks) of a block map whose keys sit at column `indent`.
 * Lists of scalars and nested maps stay on one line as flow, the way goals.yaml
 * writes `values: [craft]` and `metric: { ... }`; lists of maps become block
 * sequences with items in `itemStyle`.
 */
export function renderBlockMap(obj: YObject, indent: number, layout: Layout, itemStyle: ItemStyle): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined) continue;
    if (Array.isArray(v) && v.some((x) => !isScalarValue(x))) {
      lines.push(`${pad}${k}:`);
      lines.push(...renderBlockSeq(v, indent + layout.seqIndent, layout, itemStyle));
    } else if (isScalarValue(v)) {
      lines.push(`${pad}${k}: ${renderScalar(v, false)}`);
    } else {
      lines.push(`${pad}${k}: ${renderFlow(v)}`);
    }
  }
  return lines;
}

/** Lines of a block sequence whose dashes sit at column `dashCol`. */
function renderBlockSeq(items: YValue[], dashCol: number, layout: Layout, itemStyle: ItemStyle): string[] {
  return items.flatMap((item) => renderBlockItem(item, dashCol, layout, itemStyle));
}

/** Lines of one block sequence item: `- { ... }`, `- scalar` or a block map after `- `. */
export function renderBlockItem(item: YValue, dashCol: number, layout: Layout, itemStyle: ItemStyle): string[] {
  const offset = Math.max(2, layout.itemOffset);
  const dash = ' '.repeat(dashCol) + '-' + ' '.repeat(offset - 1);
  if (isObject(item) && itemStyle === 'block') {
    const lines = renderBlockMap(item, dashCol + offset, layout, itemStyle);
    const [first, ...rest] = lines;
    if (first !== undefined) return [dash + first.trimStart(), ...rest];
  }
  return [dash + (isScalarValue(item) ? renderScalar(item, false) : renderFlow(item))];
}
