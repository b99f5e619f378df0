/**
 * Typed readers over yaml's AST that collect diagnostics instead of throwing. The
 * parser walks the tree once, schema first, and never calls `toJS`: that keeps it
 * fast on large files and means alias bombs are never expanded. Before the walk,
 * one iterative pass over every node (`scanDocument`) finds duplicate keys anywhere
 * in the file and resolves every alias, so following an alias costs a lookup rather
 * than yaml's own `Alias.resolve`, which visits the whole document each time.
 */
import * as l10n from '@vscode/l10n';
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, type Alias, type Document, type Node, type Pair } from 'yaml';
import { dateToIso, parseIsoDay } from '../time/dates';
import { scalarSourceText } from './goal-ids';
import { primitiveText } from '../text/primitive-text';
import type { Diagnostic, IsoDate, Range } from '../model';
import { severityOf, type DiagnosticCode } from '../validate-codes';
import { isKnownKey, KNOWN_KEYS, suggestKey, type Section } from './validate-keys';

/** Aliases dereferenced per file before the rest are ignored. */
export const MAX_ALIASES = 100;

/**
 * Nodes that following aliases may add to the walk, per file, before the rest are
 * ignored: a hundred aliases of a huge anchored node would otherwise walk it a
 * hundred times.
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export const MAX_ALIAS_NODES = 100_000;

/** What one pass over the whole document found. */
export interface DocumentScan {
  /** The node each alias refers to (the last anchor of its name before it), or undefined. */
  aliasTargets: Map<Alias, Node | undefined>;
  /** Nodes in the subtree of each anchored node, itself included. */
  sizes: Map<Node, number>;
  /** Key nodes that repeat an earlier key of the same mapping (yaml's notion of equal keys). */
  duplicateKeys: Set<unknown>;
  /** Each duplicate key node → the mapping it belongs to. */
  duplicateIn: Map<unknown, Node>;
}

class Exit {
  constructor(
    readonly node: Node,
    readonly start: number,
  ) {}
}

/**
 * Visits every node of the document once, in document order, with an explicit stack
 * (nesting depth is the author's to choose). Keys are equal as yaml's `uniqueKeys`
 * check has them: the same scalar value (`===`); that check is what makes the edit
 * module refuse a file, so the parse reports exactly the keys that make it refuse.
 */
export function scanDocument(doc: Pick<Document, 'contents'> | { contents: unknown }): DocumentScan {
  const out: DocumentScan = { aliasTargets: new Map(), sizes: new Map(), duplicateKeys: new Set(), duplicateIn: new Map() };
  const anchors = new Map<string, Node>();
  let count = 0;
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n instanceof Exit) {
      out.sizes.set(n.node, count - n.start);
      continue;
    }
    if (isPair(n)) {
      stack.push(n.value, n.key);
      continue;
    }
    if (!isNode(n)) continue;
    count++;
    if (isAlias(n)) {
      out.aliasTargets.set(n, anchors.get(n.source));
      continue;
    }
    if (n.anchor) {
      anchors.set(n.anchor, n);
      stack.push(new Exit(n, count - 1));
    }
    if (isMap(n)) {
      const seen = new Set<unknown>();
      for (const pair of n.items) {
        const k = pair.key;
        if (!isScalar(k)) continue; // Other keys are compared by identity: never equal.
        const v = k.value;
        if (typeof v === 'number' && Number.isNaN(v)) continue; // NaN !== NaN
        if (seen.has(v)) {
          out.duplicateKeys.add(k);
          out.duplicateIn.set(k, n);
        } else seen.add(v);
      }
      for (let i = n.items.length - 1; i >= 0; i--) stack.push(n.items[i]);
    } else if (isSeq(n)) {
      for (let i = n.items.length - 1; i >= 0; i--) stack.push(n.items[i]);
    }
  }
  return out;
}

/** How a key reads in a message: its source text, never `Symbol(<<)` or a Date's toString. */
function keyText(node: unknown): string {
  if (!isScalar(node)) return isNode(node) ? (isMap(node) ? '{…}' : isSeq(node) ? '[…]' : '*alias') : '';
  const v = node.value;
  if (typeof v === 'symbol') return v.description ?? '';
  if (typeof v === 'string') return v;
  if (typeof node.source === 'string' && node.source !== '') return node.source;
  return v instanceof Date ? dateToIso(v) : String(v);
}

/** A YAML 1.1 merge key (`<<`), or the text `<<` that most tools read as one. */
function isMergeKey(node: unknown): boolean {
  if (!isScalar(node)) return false;
  const v = node.value;
  return (typeof v === 'symbol' && v.description === '<<') || (v === '<<' && node.type === 'PLAIN');
}

/** Marks a list item that must be skipped silently (an alias past the budget). */
export const SKIP: unique symbol = Symbol('skip');

/** A value with the range of the node it came from. */
export interface Located<T> {
  value: T;
  range: Range;
}

/** Shared state of one parse: the document, the diagnostics and the alias budget. */
export class Reader {
  readonly diagnostics: Diagnostic[] = [];
  private aliases = 0;
  private aliasNodes = 0;
  private readonly scan: DocumentScan;
  private readonly reportedDuplicates = new Set<unknown>();

  /**
   * `doc` undefined: a file not read at all (too many YAML errors), which only gets reports.
   * `place`, for a piece of the file parsed alone (incremental/index.ts): maps an offset in the
   * piece to the file's, so that every range this reader hands out is the file's;
   * `end` tells a range's exclusive end from its start. `textLength` is the file's.
   */
  constructor(
    doc: { contents: unknown } | undefined,
    private readonly textLength: number,
    private readonly place?: (offset: number, end: boolean) => number,
  ) {
    this.scan = doc ? scanDocument(doc) : { aliasTargets: new Map(), sizes: new Map(), duplicateKeys: new Set(), duplicateIn: new Map() };
  }

  /** True when the document has an alias (`*name`): its meaning may depend on text elsewhere. */
  get hasAliases(): boolean {
    return this.scan.aliasTargets.size > 0;
  }

  /** True when some mapping repeats a key: yaml calls that an error, and edits are refused. */
  get hasDuplicateKeys(): boolean {
    return this.scan.duplicateKeys.size > 0;
  }

  /** Reports the duplicate keys the walk did not meet (in mappings outside the format's keys). */
  reportRemainingDuplicates(): void {
    for (const k of this.scan.duplicateKeys) {
      if (this.reportedDuplicates.has(k)) continue;
      this.reportDuplicate(k, l10n.t('this mapping'), this.rangeOf(k, this.rangeOf(this.scan.duplicateIn.get(k), { start: 0, end: 0 })));
    }
  }

  private reportDuplicate(keyNode: unknown, what: string, at: Range): void {
    this.reportedDuplicates.add(keyNode);
    this.report(
      'duplicate-key',
      l10n.t('`{0}` appears twice in {1}; only the first is used. Career Goals refuses to edit this file until the duplicate is removed: remove this one or merge it into the first.', clip(keyText(keyNode)), what),
      at,
    );
  }

  /** Adds a diagnostic with the code's documented severity. */
  report(code: DiagnosticCode, message: string, range: Range, goalId?: string): void {
    const d: Diagnostic = { severity: severityOf(code), code, message, range: this.clamp(range) };
    if (goalId !== undefined) d.goalId = goalId;
    this.diagnostics.push(d);
  }

  /** Keeps ranges inside the text whatever the parser hands back. */
  clamp(r: Range): Range {
    const start = Math.max(0, Math.min(r.start, this.textLength));
    return { start, end: Math.max(start, Math.min(r.end, this.textLength)) };
  }

  /** The `[start, valueEnd)` range of a node, or `fallback` when it has none. */
  rangeOf(node: unknown, fallback: Range): Range {
    const r = (node as Node | null)?.range;
    if (!r) return fallback;
    return this.place ? { start: this.place(r[0], false), end: this.place(r[1], true) } : { start: r[0], end: r[1] };
  }

  /**
   * Follows an alias to its anchored node, within the alias budgets: at most
   * MAX_ALIASES aliases, adding at most MAX_ALIAS_NODES nodes to the walk.
   */
  deref(node: unknown): unknown {
    if (!isAlias(node)) return node;
    if (this.aliases > MAX_ALIASES) return null;
    if (++this.aliases > MAX_ALIASES) {
      this.report('alias-limit', l10n.t('This file uses more than {0} aliases (`*name`); the rest are ignored. Write the values out instead of aliasing them.', MAX_ALIASES), this.rangeOf(node, { start: 0, end: 0 }));
      return null;
    }
    const target = this.scan.aliasTargets.get(node);
    if (target === undefined) return null;
    this.aliasNodes += this.scan.sizes.get(target) ?? 1;
    if (this.aliasNodes > MAX_ALIAS_NODES) {
      // Stop following aliases altogether: the file has paid its budget.
      this.aliases = MAX_ALIASES + 1;
      this.report(
        'alias-limit',
        l10n.t('The aliases (`*name`) in this file repeat more than {0} values; this one and the rest are ignored. Write the values out instead of aliasing them.', MAX_ALIAS_NODES.toLocaleString('en')),
        this.rangeOf(node, { start: 0, end: 0 }),
      );
      return null;
    }
    return target;
  }

  /**
   * Calls `visit` for each known key of a mapping, reporting unknown and duplicate
   * keys. Returns false (after reporting) when `node` is not a mapping.
   */
  eachPair(node: unknown, section: Section, what: string, at: Range, visit: (key: string, value: unknown, keyRange: Range, pair: Pair) => void): boolean {
    node = this.deref(node);
    if (!isMap(node)) {
      this.report('wrong-type', l10n.t('{0} must be a mapping of `key: value` lines, not {1}.', what, describe(node)), this.rangeOf(node, at));
      return false;
    }
    const seen = new Set<string>();
    for (const pair of node.items) {
      const keyNode = pair.key;
      const keyRange = this.rangeOf(keyNode, at);
      if (this.scan.duplicateKeys.has(keyNode)) {
        if (!this.reportedDuplicates.has(keyNode)) this.reportDuplicate(keyNode, what, keyRange);
        continue;
      }
      if (isMergeKey(keyNode)) {
        this.report('merge-key', l10n.t('Merge keys (`<<`) are not supported in {0}: the keys it would merge in are ignored here. Write those keys out in this mapping instead.', what), keyRange);
        continue;
      }
      const key = isScalar(keyNode) && typeof keyNode.value === 'string' ? keyNode.value : keyText(keyNode);
      if (!isKnownKey(section, key)) {
        const hint = suggestKey(section, key);
        this.report(
          'unknown-key',
          hint ? l10n.t('Unknown key `{0}` in {1}. Did you mean `{2}`?', clip(key), what, hint) : l10n.t('Unknown key `{0}` in {1}. Known keys: {2}.', clip(key), what, knownList(section)),
          keyRange,
        );
        continue;
      }
      if (seen.has(key)) {
        this.reportDuplicate(keyNode, what, keyRange);
        continue;
      }
      seen.add(key);
      visit(key, this.deref(pair.value), keyRange, pair);
    }
    return true;
  }

  /** Text of a scalar; numbers and booleans are read as their text. Empty → undefined. */
  text(node: unknown, field: string, at: Range): string | undefined {
    if (!isScalar(node)) {
      if (node != null) this.report('wrong-type', l10n.t('`{0}` must be text, not {1}.', field, describe(node)), this.rangeOf(node, at));
      return undefined;
    }
    // The one reading ids and titles share with the editor (goal-ids.ts).
    return scalarSourceText(node);
  }

  /** A finite number, or undefined (reported unless the value is empty). */
  number(node: unknown, field: string, at: Range): number | undefined {
    if (isScalar(node) && node.value == null) return undefined;
    if (isScalar(node) && typeof node.value === 'number' && Number.isFinite(node.value)) return node.value;
    if (node != null) this.report('wrong-type', l10n.t('`{0}` must be a number such as `6` or `2.5`, not {1}.', field, describe(node)), this.rangeOf(node, at));
    return undefined;
  }

  /** true/false; anything else is reported and read as `fallback`. */
  boolean(node: unknown, field: string, at: Range, fallback: boolean): boolean {
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    if (isScalar(node) && node.value == null) return fallback;
    this.report('wrong-type', l10n.t('`{0}` must be `true` or `false`, not {1}.', field, describe(node)), this.rangeOf(node, at));
    return fallback;
  }

  /** A strict, real `YYYY-MM-DD` date, or undefined after reporting why not. */
  date(node: unknown, field: string, at: Range): IsoDate | undefined {
    if (isScalar(node) && node.value == null) return undefined;
    const range = this.rangeOf(node, at);
    const raw = isScalar(node) ? (node.value instanceof Date ? dateToIso(node.value) : node.value) : undefined;
    if (typeof raw !== 'string') {
      this.report('invalid-date', l10n.t('`{0}` must be a date written `YYYY-MM-DD`, such as `2026-10-01`, not {1}.', field, describe(node)), range);
      return undefined;
    }
    const day = parseIsoDay(raw);
    if (day === 'format') {
      this.report('invalid-date', l10n.t('`{0}` must be a date written `YYYY-MM-DD` (four-digit year, two-digit month and day), such as `2026-10-01`; got `{1}`.', field, clip(raw)), range);
      return undefined;
    }
    if (day === 'impossible') {
      this.report('impossible-date', l10n.t('`{0}` is an impossible date: that day does not exist in the calendar. Check the month and day.', raw), range);
      return undefined;
    }
    return raw;
  }

  /** One of `allowed`, or undefined after listing the allowed values. */
  choice<T extends string>(node: unknown, field: string, at: Range, allowed: readonly T[], fallback?: T): T | undefined {
    const s = this.text(node, field, at);
    if (s === undefined) return undefined;
    if ((allowed as readonly string[]).includes(s)) return s as T;
    const list = allowed.map((a) => `\`${a}\``).join(', ');
    this.report(
      'invalid-enum',
      fallback ? l10n.t('Unknown {0} `{1}`. Use one of: {2}. Read as `{3}` until fixed.', field, clip(s), list, fallback) : l10n.t('Unknown {0} `{1}`. Use one of: {2}.', field, clip(s), list),
      this.rangeOf(node, at),
    );
    return undefined;
  }

  /** A list of texts; a single text is reported and read as a one-item list. */
  textList(node: unknown, field: string, at: Range): Located<string>[] {
    if (node == null || (isScalar(node) && node.value == null)) return [];
    if (!isSeq(node)) {
      const one = this.text(node, field, at);
      if (one !== undefined) this.report('wrong-type', l10n.t('`{0}` must be a list, such as `[{1}]`.', field, clip(one)), this.rangeOf(node, at));
      return one === undefined ? [] : [{ value: one, range: this.rangeOf(node, at) }];
    }
    const out: Located<string>[] = [];
    for (const item of node.items) {
      const n = this.deref(item);
      const s = this.text(n, `${field} item`, at);
      if (s !== undefined) out.push({ value: s, range: this.rangeOf(n, at) });
    }
    return out;
  }

  /**
   * The items of a list (aliases followed); anything else is reported and read as
   * empty. Items past the alias budget are `SKIP`.
   */
  items(node: unknown, field: string, at: Range): unknown[] {
    if (node == null || (isScalar(node) && node.value == null)) return [];
    if (!isSeq(node)) {
      this.report('wrong-type', l10n.t('`{0}` must be a list of `- ` items, not {1}.', field, describe(node)), this.rangeOf(node, at));
      return [];
    }
    return node.items.map((n) => {
      const d = this.deref(n);
      // An alias past the budget was already reported once; its items are skipped, and
      // positions are kept because items are addressed by index in the file.
      return d === null && isAlias(n) ? SKIP : d;
    });
  }
}

/** How a node reads in a message: "a list", "the number 3", "text". */
function describe(node: unknown): string {
  if (isMap(node)) return l10n.t('a mapping');
  if (isSeq(node)) return l10n.t('a list');
  if (isScalar(node)) {
    const v = node.value;
    if (v == null) return l10n.t('an empty value');
    if (typeof v === 'number') return l10n.t('the number {0}', v);
    if (typeof v === 'boolean') return `\`${v}\``;
    if (v instanceof Date) return l10n.t('a timestamp');
    // Any other object (a `!!binary` value) reads as what the file wrote.
    return l10n.t('the text `{0}`', clip(primitiveText(v) ?? (typeof node.source === 'string' ? node.source : '')));
  }
  return l10n.t('nothing');
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

function knownList(section: Section): string {
  return KNOWN_KEYS[section].map((k) => `\`${k}\``).join(', ');
}
