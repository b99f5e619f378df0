/**
 * The fast reader of plain block YAML (src/core/yaml/plain-reader.ts) against yaml itself:
 * whenever `readPlainYaml` gives a tree, yaml's Composer (with parseQuietly's options)
 * reads the same text as one document with no error or warning, and the two trees are
 * the same node for node (test/fixtures/yaml-tree.ts: kinds, classes, all three range
 * numbers, values by Object.is, source, type, format, minFractionDigits, tags, anchors,
 * flow). The generators write plans in the style people use and just beyond it (every
 * indent, blank and comment line, scalar that looks like something else, quoting, flow
 * and block scalar style), what yaml's stringify writes, hostile texts (CRLF, tabs,
 * BOM, markers, anchors, tags), noise, small edits of real plans and of their list
 * entries read alone, and texts edited as long as the reader still reads them; two
 * tests go through every short text over small alphabets of characters and of lines.
 * Coverage tests hold the reader to reading the common style.
 * `differenceOf` and the generators are exported for hunting scripts (sample many
 * texts, shrink each failure, group them by signature).
 *
 * A `yaml` upgrade passes through this test. package.json pins `yaml` to one exact
 * version because the core leans on its insides: the plain reader (src/core/yaml/)
 * constructs yaml's own node classes (Scalar, YAMLMap, YAMLSeq, Pair) and sets the
 * fields its Composer sets, and parseQuietly (src/core/parse/index.ts) replaces the
 * private `onError` of a Composer instance to stop reading after MAX_YAML_ERRORS_READ
 * errors (test/unit/parse.hostile.test.ts checks that stop). Before raising the pin, run
 * the unit suite with CAREER_GOALS_PROPERTY_RUNS=10000 and change the pin only when
 * this test and the hostile test pass.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { Composer, Parser, stringify } from 'yaml';
import { personPlan } from '../../scripts/bench/keystroke';
import { readPlainYaml } from '../../src/core/yaml/plain-reader';
import { cutPlan } from '../../src/core/incremental/plan-slices';
import { applyEdit, editArb, planArb } from '../fixtures/incremental';
import { treeOf } from '../fixtures/yaml-tree';

const RUNS = Number(process.env.CAREER_GOALS_PROPERTY_RUNS ?? 100);
const ROOT = path.resolve(__dirname, '../../..');

// ── The comparison ───────────────────────────────────────────────────────────────

/** yaml's reading of the text, as parseQuietly composes it. */
function yamlRead(text: string): { docs: number; contents: unknown; problems: string[] } {
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false });
  const docs = [...composer.compose(new Parser().parse(text), true, text.length)];
  const problems = docs.flatMap((d) => [...d.errors.map((e) => `error ${e.code} at ${e.pos.join('-')}: ${e.message}`), ...d.warnings.map((w) => `warning ${w.code} at ${w.pos.join('-')}: ${w.message}`)]);
  return { docs: docs.length, contents: docs[0]?.contents ?? null, problems };
}

/** How the fast reader and yaml differ on a text the fast reader read. */
export interface Difference {
  text: string;
  fast: unknown;
  yaml: unknown;
  /** Where the trees first differ (indices as `*`), or what yaml reported: the counterexample's kind, to group like ones. */
  signature: string;
  /** The innermost nodes that differ, fast reader's then yaml's (the whole trees when yaml reported problems). */
  nodes: [unknown, unknown];
}

/** How the fast reader and yaml differ on `text`, or undefined when they agree (or the fast reader did not read it). */
export function differenceOf(text: string): Difference | undefined {
  const c = compare(text);
  return c === 'unread' || c === 'same' ? undefined : c;
}

/** Whether the fast reader read `text` and, if it did, how it differs from yaml. */
function compare(text: string): 'unread' | 'same' | Difference {
  let fast: ReturnType<typeof readPlainYaml>;
  try {
    fast = readPlainYaml(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const yaml = treeOrProblems(text);
    return { text, fast: { threw: message }, yaml, signature: `threw ${message.slice(0, 60)}`, nodes: [{ threw: message }, yaml] };
  }
  if (fast === undefined) return 'unread';
  const fastTree = treeOf(fast.contents);
  const y = yamlRead(text);
  if (y.docs !== 1 || y.problems.length > 0) {
    const codes = [...new Set(y.problems.map((p) => p.split(' at ')[0]))].sort();
    const yaml = { documents: y.docs, problems: y.problems };
    return { text, fast: fastTree, yaml, signature: y.docs !== 1 ? 'yaml: several documents' : `yaml: ${codes.join(', ')}`, nodes: [fastTree, yaml] };
  }
  const yamlTree = treeOf(y.contents);
  if (isDeepStrictEqual(fastTree, yamlTree)) return 'same';
  const where = firstDifference(fastTree, yamlTree, '', [fastTree, yamlTree]);
  return { text, fast: fastTree, yaml: yamlTree, signature: `differs at ${where.path}`, nodes: where.nodes };
}

function treeOrProblems(text: string): unknown {
  const y = yamlRead(text);
  return y.docs === 1 && y.problems.length === 0 ? treeOf(y.contents) : { documents: y.docs, problems: y.problems };
}

/** The path to the first place two trees differ, indices written `*`, and the innermost nodes there. */
function firstDifference(a: unknown, b: unknown, at: string, nodes: [unknown, unknown]): { path: string; nodes: [unknown, unknown] } {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return { path: at || '(root)', nodes };
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const inner: [unknown, unknown] = typeof ra.kind === 'string' ? [a, b] : nodes;
  if (Array.isArray(a) !== Array.isArray(b)) return { path: `${at} (array vs not)`, nodes: inner };
  if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) return { path: `${at}.length`, nodes: inner };
  if (ra.kind !== rb.kind) return { path: `${at}.kind`, nodes: inner };
  for (const k of new Set([...Object.keys(ra), ...Object.keys(rb)])) {
    if (isDeepStrictEqual(ra[k], rb[k])) continue;
    const step = /^\d+$/.test(k) ? (at.endsWith('range') ? `[${k}]` : '.*') : `.${k}`;
    const kind = typeof ra.kind === 'string' ? `(${ra.kind})` : '';
    return firstDifference(ra[k], rb[k], `${at}${kind}${step}`, inner);
  }
  return { path: at, nodes: inner };
}

function describeDifference(d: Difference): string {
  return `readPlainYaml reads ${JSON.stringify(d.text)} unlike yaml (${d.signature}):\nfast: ${JSON.stringify(d.nodes[0])}\nyaml: ${JSON.stringify(d.nodes[1])}`;
}

/** Whenever the fast reader reads the text, it reads it as yaml does. */
function assertSame(text: string): void {
  const d = differenceOf(text);
  if (d) assert.fail(describeDifference(d));
}

/** The fast reader reads every one of the texts, as yaml reads them (all failures listed). */
function assertRead(...texts: string[]): void {
  const failures = texts.flatMap((text) => {
    const c = compare(text);
    return c === 'same' ? [] : [c === 'unread' ? `readPlainYaml does not read ${JSON.stringify(text)}` : describeDifference(c)];
  });
  if (failures.length > 0) assert.fail(`${failures.length} of ${texts.length} texts:\n${failures.join('\n')}`);
}

// ── Generators ───────────────────────────────────────────────────────────────────

const sp = (n: number): string => ' '.repeat(n);

/** Plain scalars as people write them in plans. */
const COMMON_PLAIN = ['Run reviews', 'Staff engineer', 'a', 'b', 'x y z', 'short', 'active', 'done', '0', '1', '4', '10', '12', '-3', '0.5', '2.50', 'true', 'false', 'null', '~', '2026-01-15', '2027-03-31', '2026-Q4', 'goal-3', 'Ship it (v2), then rest', 'Fix the thing.', 'half-done', 'things/week', '50%', 'Café ü', '🚀 Launch', 'http://example.com/a?b=c', 'a #hash', 'C#', 'it\'s fine', 'say "hi"', 'one - two'];

/** Plain scalars that look like something else, or hold indicators. */
const EDGE_PLAIN = [
  ...['null', 'Null', 'NULL', 'nULL', '~', 'true', 'True', 'TRUE', 'tRUE', 'false', 'FALSE', 'yes', 'No', 'on', 'off', 'y', 'n'],
  ...['0', '-0', '+0', '00', '007', '08', '0o17', '0o8', '0O7', '0x1F', '0X1f', '0xg', '0x', '0b101', '1_000', '+12', '-12', '1,000', '12abc', '9007199254740993', '1e400'],
  ...['1.5', '1.50', '1.0', '-1.0', '.5', '5.', '-.5', '+.5', '1e3', '1E-3', '+1.2e+3', '1.2e3', '1.20e3', '0.0', '-0.0', '.', '..', '1.2.3', '1e', 'e3'],
  ...['.inf', '.Inf', '.INF', '-.inf', '+.inf', '.iNf', 'inf', '.nan', '.NaN', '.NAN', '-.nan', 'nan', 'NaN'],
  ...['2026-01-15', '2026-13-01', '2026-1-5', '2026-01-15T10:00:00Z', '2026-01-15 10:00', '12:30', '1:30:00', '190:20:30'],
  ...['<<', '=', '-', '--', '---x', 'a - b', 'a -b', '-a', '-1-', 'a:b', 'a::b', 'x:', 'x::', ':x', 'a:b:c', 'http://x.y/z:8', 'a,b', 'a, b', 'x]', 'x}', 'x{y}', 'x[0]', 'a?', 'a ? b', 'a!', 'a&b', 'a*b', 'a|b', 'a > b', 'a%', 'a@x', 'x`y`'],
  ...["it's", "'tis", 'say "hi"', 'x"', "x'", 'a#b', 'a#', 'C#', 'a #b', 'é', 'ü ö', '😀', 'a😀b', '𝐀𝐁', '\u00a0x', 'x\u00a0', 'x  y', 'tab', '-\u00a0a', 'a:\u00a0b', 'a\u00a0#b', 'a:\u2028b'],
];

/** Characters for random plain-ish text: indicators, quotes, spaces, digits, letters, unicode. */
const CHARS = [...'aZ019.+-_eExo:#,[]{}\'"\\ !&*|>?%@`~<=/é', '😀', '\u00a0'];

/** Line and space characters beyond ASCII, control characters, a lone surrogate. */
const RARE_CHARS = ['\u0085', '\u2028', '\u2029', '\ufeff', '\u0000', '\u0007', '\u001b', '\u007f', '\ud83d', '\ude00', '\u200b', '\u3000', '\u00ad'];

/** Random text from those characters (a tab now and then: the reader refuses any, so it is rare here). */
const randomTextArb = fc
  .array(fc.oneof({ weight: 60, arbitrary: fc.constantFrom(...CHARS) }, { weight: 2, arbitrary: fc.constantFrom(...RARE_CHARS) }, { weight: 1, arbitrary: fc.constant('\t') }), { minLength: 1, maxLength: 8 })
  .map((cs) => cs.join(''));

/** Text that may read as a number: digits, signs, dots, exponents, radix prefixes, underscores. */
const numberishArb = fc.oneof(
  fc.array(fc.constantFrom(...'0123456789.+-eExXoO_abcfABCF:'), { minLength: 1, maxLength: 7 }).map((cs) => cs.join('')),
  fc
    .tuple(fc.constantFrom('', '', '-', '+'), fc.constantFrom('', '0', '1', '00', '10', '007', '123', '1_0'), fc.constantFrom('', '', '.', '.0', '.5', '.50', '.05', '.500'), fc.constantFrom('', '', 'e3', 'E-3', 'e+03', 'e', 'e0'))
    .map((ps) => ps.join('')),
  fc.tuple(fc.constantFrom('0x', '0X', '0o', '0O', '0b', '-0x', '+0o'), fc.constantFrom('', '0', '7', '8', '1F', 'ff', 'g', '10_0', '1234567890abcdef12')).map((ps) => ps.join('')),
);

/** Pieces of a double-quoted scalar: text, quotes and escapes good and bad. */
const DQ_PIECES = ['a', 'Run', ' ', ': ', ' #', '#', "'", ',', '[', '}', 'é', '😀', '\\"', '\\\\', '\\n', '\\t', '\\u00e9', '\\x41', '\\U0001F600', '\\/', '\\0', '\\ ', '\\e', '\\N', '\\_', '\\L', '\\P', '\\q', '\\x4', '\\u12', '\\uD83D', '\\U', '\\', '"'];
const SQ_PIECES = ['a', 'Run', ' ', ': ', ' #', '#', "''", '"', '\\', '\\n', ',', ']', '{', 'é', '😀', "'"];

const doubleQuotedArb = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...DQ_PIECES.slice(0, 12)) }, { weight: 2, arbitrary: fc.constantFrom(...DQ_PIECES) }), { maxLength: 5 }).map((p) => `"${p.join('')}"`);
const singleQuotedArb = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...SQ_PIECES.slice(0, 10)) }, { weight: 1, arbitrary: fc.constantFrom(...SQ_PIECES) }), { maxLength: 5 }).map((p) => `'${p.join('')}'`);

/** A scalar inside a flow collection. */
const FLOW_WORDS = ['a', 'b', 'craft', 'x y', '1', '-2', '1.5', 'true', 'null', '~', '""', "''", '"a, b"', "'c]'", 'a:b', 'http://x', '2026-Q4', 'é', '😀', 'a#b', '.inf', '0x1F', '', '-', 'a-b', '<<', '?a', 'a?b', '"a" ', "'b' ", '- a', 'a:', ':a', 'a:[b]', '1.50', '-.5', 'a\u00a0#b'];

const flowDepth = fc.createDepthIdentifier();
const flowArb: fc.Arbitrary<string> = fc.letrec<{ flow: string; seq: string; map: string; item: string }>((tie) => ({
  flow: fc.oneof(tie('seq'), tie('map')),
  seq: fc
    .record({ items: fc.array(tie('item'), { maxLength: 4 }), sep: fc.constantFrom(', ', ',', ' , ', ',  '), pad: fc.constantFrom('', ' '), trailing: fc.constantFrom('', '', ',', ', ') })
    .map(({ items, sep, pad, trailing }) => (items.length ? `[${pad}${items.join(sep)}${trailing}${pad}]` : `[${pad}]`)),
  map: fc
    .record({
      entries: fc.array(fc.tuple(fc.constantFrom(...FLOW_WORDS.slice(0, 14)), fc.oneof({ maxDepth: 2, depthIdentifier: flowDepth }, { weight: 5, arbitrary: fc.constantFrom(...FLOW_WORDS) }, { weight: 1, arbitrary: tie('flow') }), fc.constantFrom(': ', ': ', ':', ' : ', ':  ')), { maxLength: 3 }),
      sep: fc.constantFrom(', ', ','),
      pad: fc.constantFrom('', ' '),
      trailing: fc.constantFrom('', '', ','),
    })
    .map(({ entries, sep, pad, trailing }) => (entries.length ? `{${pad}${entries.map(([k, v, c]) => (c === ':' && v !== '' && !v.startsWith('"') ? `${k}: ${v}` : `${k}${c}${v}`)).join(sep)}${trailing}${pad}}` : `{${pad}}`)),
  item: fc.oneof({ maxDepth: 2, depthIdentifier: flowDepth }, { weight: 6, arbitrary: fc.constantFrom(...FLOW_WORDS) }, { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', 'k', '1'), fc.constantFrom('b', '', 'x:y', '[c]')).map(([k, v]) => `${k}: ${v}`) }, { weight: 1, arbitrary: tie('flow') }),
})).flow;

const commonFlowArb = fc.oneof(
  fc.array(fc.constantFrom('craft', 'calm', 'a', 'b', 'goal-1', 'x y'), { maxLength: 4 }).map((xs) => `[${xs.join(', ')}]`),
  fc.array(fc.tuple(fc.constantFrom('title', 'done', 'start', 'target', 'current'), fc.constantFrom('t', 'true', '0', '10', '4', 'Run reviews')), { maxLength: 3 }).map((es) => (es.length ? `{ ${es.map(([k, v]) => `${k}: ${v}`).join(', ')} }` : '{}')),
);

/** A one-line scalar value: plain, quoted or a one-line flow collection. */
const commonScalarArb = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...COMMON_PLAIN) },
  { weight: 1, arbitrary: fc.constantFrom('"Quoted: yes"', '"a \\"b\\""', "'it''s'", '"tab\\there"', "'x # y'", '""', "''") },
  { weight: 1, arbitrary: commonFlowArb },
);
const edgeScalarArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...EDGE_PLAIN) },
  { weight: 2, arbitrary: fc.constantFrom(...COMMON_PLAIN) },
  { weight: 2, arbitrary: randomTextArb },
  { weight: 2, arbitrary: doubleQuotedArb },
  { weight: 1, arbitrary: singleQuotedArb },
  { weight: 2, arbitrary: flowArb },
);

const COMMON_KEYS = ['id', 'title', 'done', 'status', 'horizon', 'why', 'tasks', 'goals', 'a', 'b', 'north_star', 'x y'];
const EDGE_KEYS = [...COMMON_KEYS, 'a', 'a', '1', '007', '1.5', '0x1F', '-1', 'true', 'no', 'null', '~', '<<', 'é', '😀', 'a-b', '-a', 'a#b', 'a:b', 'a b ', '"a"', '"x: y"', '"esc\\n"', "'b'", "'it''s'", '""', '[a]', '{a: 1}', '? q', 'a,b', 'x]', '.inf', '2026-01-15'];

/** A trailing comment after a value (or `#` glued to it, which is text). */
const COMMENT_TAILS = ['', '', '', '', ' ', '   ', ' # note', '  #x', ' #', ' # a: b', ' # - c', '#glued', ' #😀'];
const commentArb = fc.oneof({ weight: 12, arbitrary: fc.constant('') }, { weight: 2, arbitrary: fc.constantFrom(' # note', ' # a: b', '#glued') }, { weight: 1, arbitrary: fc.constantFrom(' ', '   ') });
const edgeCommentArb = fc.oneof({ weight: 20, arbitrary: fc.constantFrom(...COMMENT_TAILS) }, { weight: 1, arbitrary: fc.constant('\t# tab') });

/** A block scalar's header and lines (text with its extra indent, or a number: a line of that many spaces). */
interface BlockSpec {
  header: string;
  step: number;
  lines: (string | number)[];
}
const blockArb = (edge: boolean): fc.Arbitrary<BlockSpec> =>
  fc.record({
    style: fc.constantFrom('|', '>'),
    chomp: fc.constantFrom('', '-', '+'),
    indicator: edge ? fc.constantFrom('', '', '', '1', '2', '3', '4') : fc.constant(''),
    indicatorFirst: fc.boolean(),
    comment: edge ? fc.constantFrom('', '', ' # c', ' #') : fc.constant(''),
    step: fc.integer({ min: 1, max: edge ? 4 : 2 }),
    lines: fc.array(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom('Line one', 'more text here', 'a: b', '- c', '# not a comment', 'x #y', '"q"', 'é 😀', '  more indented', '    deeper', ' one more', 'end.') },
        { weight: 2, arbitrary: fc.constant('') },
        { weight: edge ? 2 : 1, arbitrary: fc.integer({ min: 1, max: 7 }) },
      ),
      { minLength: edge ? 0 : 1, maxLength: 6 },
    ),
  }).map(({ style, chomp, indicator, indicatorFirst, comment, step, lines }) => {
    const header = style + (indicatorFirst ? indicator + chomp : chomp + indicator) + comment;
    return { header, step: indicator ? Number(indicator) : step, lines };
  });

type Val =
  | { t: 'scalar'; text: string; comment: string; gap: string }
  | { t: 'empty'; comment: string }
  | { t: 'block'; block: BlockSpec }
  | { t: 'map'; step: number; compact: boolean; dash: number; comment: string; entries: { key: string; colon: string; val: Val }[] }
  | { t: 'seq'; step: number; compact: boolean; dash: number; comment: string; items: Val[] };

interface Style {
  scalar: fc.Arbitrary<string>;
  key: fc.Arbitrary<string>;
  comment: fc.Arbitrary<string>;
  /** Odd shapes: any indent step (0 too), spaces after dashes, block scalar indicators, an indented or scalar root. */
  shapes: boolean;
  /** Odd lines: ` :` colons, comments at any indent, tabs in comment lines, odd ends of file. */
  lines: boolean;
}

function valArb(s: Style): fc.Arbitrary<Val> {
  return fc.letrec<{ val: Val; map: Val; seq: Val }>((tie) => ({
    val: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 6, arbitrary: fc.record({ t: fc.constant('scalar' as const), text: s.scalar, comment: s.comment, gap: fc.constantFrom(' ', ' ', ' ', ' ', '  ', '   ') }) },
      { weight: 1, arbitrary: fc.record({ t: fc.constant('empty' as const), comment: s.comment }) },
      { weight: 1, arbitrary: fc.record({ t: fc.constant('block' as const), block: blockArb(s.shapes) }) },
      { weight: 2, arbitrary: tie('map') },
      { weight: 2, arbitrary: tie('seq') },
    ),
    map: fc.record({
      t: fc.constant('map' as const),
      step: s.shapes ? fc.integer({ min: 0, max: 4 }) : fc.integer({ min: 1, max: 4 }),
      compact: fc.boolean(),
      dash: s.shapes ? fc.integer({ min: 0, max: 3 }) : fc.constantFrom(1, 1, 1, 2, 3),
      comment: s.comment,
      entries: fc.array(fc.record({ key: s.key, colon: s.lines ? fc.constantFrom(':', ':', ':', ' :', '  :') : fc.constant(':'), val: tie('val') }), { minLength: 1, maxLength: 4 }),
    }),
    seq: fc.record({
      t: fc.constant('seq' as const),
      step: fc.integer({ min: 0, max: 3 }),
      compact: fc.boolean(),
      dash: s.shapes ? fc.integer({ min: 0, max: 3 }) : fc.constantFrom(1, 1, 1, 2, 3),
      comment: s.comment,
      items: fc.array(tie('val'), { minLength: 1, maxLength: 4 }),
    }),
  })).val;
}

/** Lines for a value written after `head` (a key and its colon, or a dash), with the collection's own indent `indent`. */
function renderAfter(head: string, v: Val, indent: number): string[] {
  switch (v.t) {
    case 'scalar':
      return [`${head}${v.gap}${v.text}${v.comment}`];
    case 'empty':
      return [head + v.comment];
    case 'block': {
      const base = indent + v.block.step;
      return [`${head} ${v.block.header}`, ...v.block.lines.map((l) => (typeof l === 'number' ? sp(l) : l === '' ? '' : sp(base) + l))];
    }
    case 'map':
      return [head + v.comment, ...renderMap(v, indent + Math.max(v.step, head.trimStart().startsWith('-') ? 1 : 0))];
    case 'seq':
      return [head + v.comment, ...renderSeq(v, indent + v.step)];
  }
}

function renderMap(v: Extract<Val, { t: 'map' }>, indent: number): string[] {
  return v.entries.flatMap((e) => renderAfter(`${sp(indent)}${e.key}${e.colon}`, e.val, indent));
}

function renderSeq(v: Extract<Val, { t: 'seq' }>, indent: number): string[] {
  return v.items.flatMap((item) => {
    const dash = `${sp(indent)}-`;
    if ((item.t === 'map' || item.t === 'seq') && item.compact) {
      // `- key: v` (or `- - v`): the first line shares the dash's line.
      const inner = indent + 1 + item.dash;
      const lines = item.t === 'map' ? renderMap(item, inner) : renderSeq(item, inner);
      const first = lines[0] ?? '';
      return [dash + sp(item.dash) + first.slice(inner), ...lines.slice(1)];
    }
    return renderAfter(dash, item, indent);
  });
}

/** A line put between the document's lines: blank or spaces only, a comment at any indent or at the next line's. */
interface Decoration {
  at: number;
  /** The comment's indent, or undefined for the next line's. */
  indent: number | undefined;
  line: string;
}
const decorationArb = (edge: boolean): fc.Arbitrary<Decoration> =>
  fc.record({
    at: fc.nat(),
    indent: edge ? fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }) : fc.constantFrom(undefined, undefined, 0),
    line: edge ? fc.oneof({ weight: 20, arbitrary: fc.constantFrom('', '', '# comment', '#', '#: x', '# - y', '#😀') }, { weight: 1, arbitrary: fc.constantFrom('\t# tab', '#\t') }) : fc.constantFrom('', '', '# comment', '# why: this one'),
  });

interface DocSpec {
  root: Val;
  indent: number;
  decorations: Decoration[];
  end: string;
}

function docArb(s: Style): fc.Arbitrary<DocSpec> {
  const val = valArb(s);
  const root = fc.oneof(
    { weight: 6, arbitrary: fc.record({ t: fc.constant('map' as const), step: fc.constant(0), compact: fc.constant(false), dash: fc.constant(1), comment: fc.constant(''), entries: fc.array(fc.record({ key: s.key, colon: fc.constant(':'), val }), { minLength: 1, maxLength: 6 }) }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('seq' as const), step: fc.constant(0), compact: fc.constant(false), dash: fc.constant(1), comment: fc.constant(''), items: fc.array(val, { minLength: 1, maxLength: 4 }) }) },
    { weight: s.shapes ? 1 : 0, arbitrary: val },
  );
  return fc.record({
    root,
    indent: s.shapes ? fc.constantFrom(0, 0, 0, 0, 0, 0, 1, 2) : fc.constant(0),
    decorations: fc.array(decorationArb(s.lines), { maxLength: 4 }),
    end: s.lines ? fc.constantFrom('\n', '\n', '\n', '', '\n\n', '\n   ', '\n# end', '\n\n# end\n') : fc.constantFrom('\n', '\n', '\n', '', '\n\n', '\n\n# end\n'),
  });
}

function writeDoc(d: DocSpec): string {
  const r = d.root;
  const lines = r.t === 'map' ? renderMap(r, d.indent) : r.t === 'seq' ? renderSeq(r, d.indent) : renderAfter(`${sp(d.indent)}k:`, r, d.indent);
  for (const dec of d.decorations) {
    const at = dec.at % (lines.length + 1);
    // A blank line at the next line's indent is a line of spaces, as editors leave them.
    const indent = dec.indent ?? /^ */.exec(lines[at] ?? '')?.[0].length ?? 0;
    lines.splice(at, 0, sp(indent) + dec.line);
  }
  return lines.join('\n') + d.end;
}

const COMMON: Style = { scalar: commonScalarArb, key: fc.constantFrom(...COMMON_KEYS), comment: commentArb, shapes: false, lines: false };
const SHAPES: Style = {
  scalar: fc.oneof(commonScalarArb, fc.constantFrom(...EDGE_PLAIN), numberishArb, fc.constantFrom('"a: b"', '"\\u00e9\\x41\\t"', "'x'' y'", '[]', '{}', '[a, b]', '{ a: 1, b: }')),
  key: fc.constantFrom(...COMMON_KEYS, '1', '2.5', '1.50', '0x1F', '0o7', '1e3', '.inf', '-0', 'true', 'null', '~', 'a-b', 'a#b', 'a:b', 'é', '😀', '<<'),
  comment: commentArb,
  shapes: true,
  lines: false,
};
const EDGE: Style = { scalar: edgeScalarArb, key: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...COMMON_KEYS) }, { weight: 2, arbitrary: fc.constantFrom(...EDGE_KEYS) }), comment: edgeCommentArb, shapes: true, lines: true };

/** Plans in the plain style people write: block maps and seqs, one-line values, comments and blank lines. */
export const commonDocArb: fc.Arbitrary<string> = docArb(COMMON).map(writeDoc);
/** Odd shapes (indents, dashes, block scalar headers) with values that look like other things. */
export const shapesDocArb: fc.Arbitrary<string> = docArb(SHAPES).map(writeDoc);
/** The same shapes with every edge: odd indents, keys and scalars that look like other things, escapes, flow, block scalar forms. */
export const edgeDocArb: fc.Arbitrary<string> = docArb(EDGE).map(writeDoc);

/** Common-style plans with the whole text indented (the root too), comments indented with it or left at the margin. */
export const indentedDocArb: fc.Arbitrary<string> = fc
  .tuple(commonDocArb, fc.integer({ min: 1, max: 4 }), fc.constantFrom('all', 'all', 'not comments', 'not blank'))
  .map(([text, n, which]) => text.replace(/^.+$/gm, (line) => ((which === 'not comments' && line.trimStart().startsWith('#')) || (which === 'not blank' && line.trim() === '') ? line : sp(n) + line)));

/** A text's lines, each one's start and end (before its `\n`). */
function lineSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    spans.push({ start, end: i });
    start = i + 1;
  }
  spans.push({ start, end: text.length });
  return spans;
}

/** Small edits as typing makes them, and a few structural ones. */
type SmallEdit =
  | { kind: 'insert'; at: number; ch: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate-line' | 'delete-line'; line: number }
  | { kind: 'indent'; line: number; by: number }
  | { kind: 'value'; line: number; value: string };

const INSERTS = [...' \n#:-\'"[]{},|>&*!?', 'a', 'Z', '1', '.', 'é', '😀', '  ', ': ', ' #', '- ', '\n  ', '\n- ', '\t', '\r\n', '\ufeff', '---\n', '&a ', '*a', '!!str ', '? ', ...RARE_CHARS];

const smallEditArb: fc.Arbitrary<SmallEdit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), ch: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...INSERTS.slice(0, 24)) }, { weight: 1, arbitrary: fc.constantFrom(...INSERTS) }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('duplicate-line' as const, 'delete-line' as const), line: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('value' as const), line: fc.nat(), value: edgeScalarArb }) },
);

function applySmallEdit(text: string, e: SmallEdit): string {
  if (e.kind === 'insert' || e.kind === 'delete') {
    const at = e.at % (text.length + 1);
    return e.kind === 'insert' ? text.slice(0, at) + e.ch + text.slice(at) : text.slice(0, at) + text.slice(at + e.length);
  }
  const spans = lineSpans(text);
  const l = spans[e.line % spans.length] ?? { start: 0, end: 0 };
  const line = text.slice(l.start, l.end);
  switch (e.kind) {
    case 'duplicate-line':
      return text.slice(0, l.start) + line + '\n' + text.slice(l.start);
    case 'delete-line':
      return text.slice(0, l.start) + text.slice(Math.min(text.length, l.end + 1));
    case 'indent': {
      const spaces = /^ */.exec(line)?.[0].length ?? 0;
      const next = Math.max(0, spaces + e.by);
      return text.slice(0, l.start) + sp(next) + line.slice(spaces) + text.slice(l.end);
    }
    case 'value': {
      const colon = line.indexOf(': ');
      if (colon < 0) return text;
      return text.slice(0, l.start + colon + 2) + e.value + text.slice(l.end);
    }
  }
}

const read = (...p: string[]): string => fs.readFileSync(path.join(ROOT, ...p), 'utf8');
const fixtureTexts = (): string[] => {
  const broken = fs.readdirSync(path.join(ROOT, 'test', 'fixtures', 'broken')).filter((f) => f.endsWith('.yaml')).sort();
  return [read('examples', 'goals.yaml'), read('test', 'fixtures', 'report', 'goals.yaml'), ...['valid', 'second', 'broken'].map((w) => read('test', 'fixtures', 'workspaces', w, 'goals.yaml')), ...broken.map((f) => read('test', 'fixtures', 'broken', f))];
};

/** Real plans: the example, the fixtures, person-style plans and a window of the typical one, each edited a little. */
export function realPlanArb(): fc.Arbitrary<string> {
  const typical = personPlan(12, 300);
  const typicalLines = typical.split('\n');
  const bases = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...fixtureTexts(), personPlan(1, 2), personPlan(3, 5)) },
    { weight: 2, arbitrary: fc.tuple(fc.nat({ max: typicalLines.length - 1 }), fc.integer({ min: 1, max: 60 })).map(([from, n]) => typicalLines.slice(from, from + n).join('\n') + '\n') },
  );
  return fc.tuple(bases, fc.array(smallEditArb, { minLength: 1, maxLength: 4 })).map(([base, edits]) => edits.reduce(applySmallEdit, base));
}

/** Lines from a pool at any indent: shapes no one plans for, and many a text yaml refuses. */
const SOUP = ['a: 1', 'b:', 'c: x', 'a: b: c', '- d', '-', '- e: f', '- - g', '-x', 'h: |', 'h: >-', 'h: |+', '| x', 'text line', '# c', '', 'k: [a, b]', 'k: {a: 1}', '- [x, y]', '- {}', 'k: "q"', "k: 'q'", 'k: v # c', 'k: v#c', 'k:v', 'k :v', 'k: "a', "k: 'a", 'x"', 'k: -', 'k: - x', ': v', 'k: v:', 'k: a:b', '[a]: b', '"q": 1', '1: 2', 'null: ~'];
export const soupArb: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom(...SOUP)), { minLength: 1, maxLength: 10 }), fc.constantFrom('\n', '', '\n\n'))
  .map(([lines, end]) => lines.map(([n, l]) => sp(n) + l).join('\n') + end);

/** A tricky scalar in each place a scalar goes: value, seq item, key, flow item, flow value. */
export const scalarPlacesArb: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.constantFrom('k: S', '- S', 'S: v', 'k: [S]', 'k: [S, S]', 'k: {S: S}', '- k: S', 'k:\n  - S', 'k:\n  S: v', '- [S]', '- S: S'),
      fc.oneof(randomTextArb, fc.constantFrom(...EDGE_PLAIN), numberishArb, doubleQuotedArb, singleQuotedArb),
      fc.oneof(randomTextArb, fc.constantFrom(...EDGE_PLAIN), numberishArb, doubleQuotedArb),
      edgeCommentArb,
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((ls) => ls.map(([shape, a, b, c]) => shape.replace('S', a).replace(/S/g, b) + c).join('\n') + '\n');

/** A block scalar's line: text at the content's indent (plus its own), blank, a line of spaces (negative: that many), or a line less indented than the content. */
const blockLineArb: fc.Arbitrary<string | number> = fc.oneof(
  { weight: 10, arbitrary: fc.tuple(fc.constantFrom(0, 0, 0, 0, 1, 2, 4), fc.constantFrom('text', 'more text', 'a: b', '- c', '# no comment', '"q" x', 'é😀', 'end.', 'x  ', '#')).map(([n, t]) => sp(n) + t) },
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 8 }).map((n) => -n) },
  { weight: 1, arbitrary: fc.constantFrom('<dedent>', '<dedent># c') },
);

/** Block scalars of every form in each place one goes: under a key, as an item, in a `- key:` item, nested; at the end of the text or not. */
export const blockScalarsArb: fc.Arbitrary<string> = fc
  .record({
    place: fc.constantFrom('key', 'item', 'compact', 'nested'),
    scalars: fc.array(
      fc.record({
        header: fc.tuple(fc.constantFrom('|', '>'), fc.constantFrom('', '-', '+'), fc.oneof({ weight: 8, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom('1', '2', '9') }), fc.constantFrom('', '', '', '', '', '', ' # c', ' ', ' #', '#c')).map((p) => p.join('')),
        step: fc.integer({ min: 1, max: 3 }),
        lines: fc.oneof(
          { weight: 12, arbitrary: fc.array(blockLineArb, { minLength: 1, maxLength: 7 }) },
          { weight: 1, arbitrary: fc.array(fc.oneof(fc.constant(''), fc.integer({ min: 1, max: 8 }).map((n) => -n)), { maxLength: 2 }) },
        ),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    end: fc.constantFrom('\n', '\n', '', '\n\n', '\n  ', '\nafter: 1\n', '\n- after\n', '\n# end\n', '  '),
  })
  .map(({ place, scalars, end }) => {
    const col = place === 'key' || place === 'item' ? 0 : 2;
    const out: string[] = place === 'nested' ? ['a:'] : [];
    scalars.forEach((b, n) => {
      const head = place === 'key' ? `k${n}:` : place === 'item' ? '-' : place === 'compact' ? '- k:' : `  k${n}:`;
      out.push(`${head} ${b.header}`);
      const base = col + b.step;
      for (const l of b.lines) out.push(typeof l === 'number' ? sp(-l) : l === '' ? '' : l.startsWith('<dedent>') ? sp(Math.max(0, col - 1)) + l.slice(8) : sp(base) + l);
    });
    return out.join('\n') + end;
  });

/** Keys about as long as yaml allows an implicit key (1024 characters), plain or in a flow mapping, with astral characters or not. */
export const longKeysArb: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1000, max: 1030 }), fc.constantFrom('k', '😀', 'é'), fc.constantFrom('K: v', '  K: v', '- K: v', 'x:\n  K: v', 'x: {K: v}', 'x: [K]', 'x: {a: K}'))
  .map(([n, c, shape]) => {
    const key = c === 'k' ? 'k'.repeat(n) : 'k'.repeat(n - 2) + c;
    return (shape.startsWith('  ') ? 'a:\n' : '') + shape.replace('K', key) + '\n';
  });

/** Random characters, YAML's indicators and line breaks among them, and now and then any code unit at all. */
export const noiseArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...' \n\n\n    aab1:-#|>\'"[]{},&*!?%@`~.', '😀', 'é'), maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);

/** A JSON-like value: strings that need quoting or not (multi-line ones too), numbers of every sort, nested lists and mappings. */
const valueDepth = fc.createDepthIdentifier();
const jsArb: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { maxDepth: 3, depthIdentifier: valueDepth },
    { weight: 4, arbitrary: fc.oneof(fc.constantFrom(...COMMON_PLAIN, ...EDGE_PLAIN), randomTextArb, fc.constantFrom('a\nb', 'line\n', '\n', '  lead', 'trail  ', 'a\n\n b\n', 'x\ty', '', ' ', '- a\n- b', '# c', 'k: v')) },
    { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.constantFrom(-0, 0.5, 1e21, 1.5e-7, Number.MAX_SAFE_INTEGER)) },
    { weight: 1, arbitrary: fc.constantFrom(true, false, null) },
    { weight: 2, arbitrary: fc.array(tie('value'), { maxLength: 4 }) },
    { weight: 2, arbitrary: fc.dictionary(fc.oneof(fc.constantFrom(...COMMON_KEYS, ...EDGE_KEYS), randomTextArb), tie('value'), { maxKeys: 4 }) },
  ),
})).value;

/** What yaml's own stringify writes for such values, with its many style options: valid YAML whose quoting yaml chose. */
export const stringifiedArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof({ weight: 4, arbitrary: fc.dictionary(fc.constantFrom(...COMMON_KEYS, 'k', 'x'), jsArb, { minKeys: 1, maxKeys: 5 }) }, { weight: 1, arbitrary: fc.array(jsArb, { minLength: 1, maxLength: 4 }) }),
    fc.record(
      {
        indent: fc.integer({ min: 1, max: 4 }),
        indentSeq: fc.boolean(),
        lineWidth: fc.constantFrom(0, 0, 20, 80),
        minContentWidth: fc.constantFrom(0, 20),
        defaultStringType: fc.constantFrom('PLAIN' as const, 'PLAIN' as const, 'QUOTE_DOUBLE' as const, 'QUOTE_SINGLE' as const, 'BLOCK_LITERAL' as const, 'BLOCK_FOLDED' as const),
        defaultKeyType: fc.constantFrom(null, 'PLAIN' as const),
        blockQuote: fc.constantFrom(true, false, 'literal' as const, 'folded' as const),
        collectionStyle: fc.constantFrom('any' as const, 'block' as const, 'block' as const, 'flow' as const),
        flowCollectionPadding: fc.boolean(),
        nullStr: fc.constantFrom('null', '~', ''),
        trueStr: fc.constantFrom('true', 'True'),
        doubleQuotedAsJSON: fc.boolean(),
        singleQuote: fc.constantFrom(null, true, false),
      },
      { requiredKeys: [] },
    ),
  )
  .map(([value, options]) => stringify(value, options));

/** Outside the plain style: CRLF, tabs, BOM, markers, directives, anchors, aliases, tags, explicit keys. */
const HOSTILE: ((t: string, at: number) => string)[] = [
  (t) => t.replace(/\n/g, '\r\n'),
  (t, at) => t.slice(0, at) + '\r' + t.slice(at),
  (t, at) => t.slice(0, at) + '\t' + t.slice(at),
  (t) => '\ufeff' + t,
  (t) => '---\n' + t,
  (t) => '--- ' + t,
  (t) => t + '...\n',
  (t) => t + '---\n',
  (t) => '%YAML 1.2\n---\n' + t,
  (t) => '%TAG ! tag:x,2026:\n---\n' + t,
  (t) => t.replace(': ', ': &a '),
  (t) => t.replace(': ', ': &a ') + 'z: *a\n',
  (t) => t.replace(': ', ': !!str '),
  (t) => t.replace(': ', ': !x '),
  (t) => '? ' + t,
  (t) => t.replace(/\n(\s*)(\w)/, '\n$1? $2'),
  (t) => t.replace('- ', '-\t'),
  (t) => t.replace(/: /, ':\t'),
  (t) => t + '\u2028',
  (t) => t + '\u0085x: 1\n',
  (t) => t.replace(/\n/, '\n\t\n'),
  // Values continued on further lines: plain, quoted, flow.
  (t) => t.replace(/: (.+)\n/, ': $1\n   continued\n'),
  (t) => t.replace(/- (.+)\n/, '- $1\n  continued\n'),
  (t) => t.replace(/: (.+)\n/, ': "$1\n  more"\n'),
  (t) => t.replace(/: (.+)\n/, ": '$1\n\n  more'\n"),
  (t) => t.replace(/: (.+)\n/, ': [$1,\n  b]\n'),
  (t) => t.replace(/: (.+)\n/, ': { a: $1,\n  b: 1 }\n'),
];
export const hostileArb: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(commonDocArb, edgeDocArb), fc.array(fc.tuple(fc.nat({ max: HOSTILE.length - 1 }), fc.nat()), { minLength: 1, maxLength: 2 }))
  .map(([text, hs]) => hs.reduce((t, [h, at]) => (HOSTILE[h] ?? ((x: string) => x))(t, at % (t.length + 1)), text));

/** The incremental tests' plans and edits (typing in titles, structural edits, junk). */
export const incrementalArb: fc.Arbitrary<string> = fc.tuple(planArb, fc.array(editArb, { maxLength: 4 })).map(([plan, edits]) => edits.reduce(applyEdit, plan));

/**
 * One list entry of a plan as the incremental analyzer reads it alone (cutPlan's
 * pieces: an indented root, its comments after it), now and then edited a little.
 */
export const piecesArb: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(realPlanArb(), incrementalArb, planArb), fc.nat(), fc.array(smallEditArb, { maxLength: 2 }))
  .map(([plan, n, edits]) => {
    const pieces = cutPlan(plan)?.pieces ?? [];
    const piece = pieces[n % Math.max(1, pieces.length)];
    return edits.reduce(applySmallEdit, piece ? plan.slice(piece.start, piece.end) : plan);
  });

/**
 * Texts at the edge of what the fast reader reads: a read text edited step by step,
 * each edit kept only when the reader still reads the result, so that the property
 * holds on many read texts near its refusals.
 */
export const boundaryArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(commonDocArb, shapesDocArb, scalarPlacesArb, blockScalarsArb, realPlanArb()).filter((t) => readPlainYaml(t) !== undefined),
    fc.array(smallEditArb, { minLength: 1, maxLength: 12 }),
  )
  .map(([base, edits]) => edits.reduce((text, e) => {
    const next = applySmallEdit(text, e);
    return readPlainYaml(next) !== undefined ? next : text;
  }, base));

/** Every text of up to `max` characters from `alphabet`. */
function allTexts(alphabet: readonly string[], max: number): string[] {
  const out = [''];
  let last = [''];
  for (let n = 1; n <= max; n++) {
    last = last.flatMap((t) => alphabet.map((c) => t + c));
    out.push(...last);
  }
  return out;
}

// ── Tests ────────────────────────────────────────────────────────────────────────

/** The small texts in the common style the fast reader must read. */
const COMMON_TEXTS = [
  'version: 1\n',
  'a: b\nc: d\n',
  'a: 1',
  'goals:\n  - id: a\n    title: Run reviews\n    horizon: short\n',
  'goals:\n- id: a\n  title: Run\n- id: b\n  title: Walk\n',
  'vision:\n  north_star: Staff engineer\n  values: [craft, calm]\n',
  'a:\n',
  'a:\nb: 1\n',
  'a:\n  b:\nc: 2\n',
  'a:\n  b:\n    c:\n',
  '# My plan\nversion: 1\n\n# Goals\ngoals: []\n',
  'focus: { quarter: 2026-Q4, theme: Visibility }\ngoals: [a, b]\n',
  'focus: {}\nvalues: []\n',
  'vision:\n  narrative: |\n    Line one\n    Line two\n\ngoals:\n',
  'narrative: >-\n  folded\n  text\n\nnext: 1\n',
  'why: |+\n  keep\n\n',
  'why: |-\n  strip\n',
  'title: "Quoted: yes"\n',
  "title: 'it''s'\n",
  'done: true\ncount: 3\nratio: 0.5\nnothing: null\ntilde: ~\nno: false\n',
  'start: 2026-01-15\ndue: 2027-03-31\n',
  'text: Fix the thing (v2), then rest\n',
  'a: b # trailing\nc: d#glued\n',
  'tasks:\n  - title: Write\n    done: false\n  - title: Plan\n    done: true\n',
  '- a\n- b\n',
  'title: 🚀 Launch\nwhy: Café ü\n',
  'url: http://example.com/a?b=c\n',
  'a:\n  - x\n  -\n  - y\n',
  'metric:\n  name: talks\n  start: 0\n  target: 10\n  current: 4\n',
  'wins:\n  - date: 2026-11-14\n    text: Shipped it\n    goal: a\n\n\nlessons:\n  - date: 2026-11-01\n    text: Short reviews\n',
  'a: "tab\\there \\u00e9 \\"q\\""\n',
  '   \nkey: value\n  \n',
  'goals:\n  # why this one\n  - id: a\n    # note\n    title: T\n  # last\n  - id: b\n# wins\nwins:\n',
  'a: 1\n\n# the end\n',
  'tasks:\n  - { title: Template, done: true, priority: high }\n',
];

describe('readPlainYaml', function () {
  // yaml takes about half a second on the largest plan, more on a loaded machine.
  this.timeout(20000);
  describe('reads the plain style, as yaml does', () => {
    it('the example plan', () => assertRead(read('examples', 'goals.yaml')));
    for (const [goals, wins] of [
      [5, 40],
      [12, 300],
      [200, 3000],
    ] as const) {
      it(`personPlan(${goals}, ${wins})`, () => assertRead(personPlan(goals, wins)));
    }
    it(`${COMMON_TEXTS.length} small texts in the common style`, () => {
      assertRead(...COMMON_TEXTS);
    });
    it('at least 30% of the common-style generator’s texts (the property is not vacuous)', () => {
      const texts = fc.sample(commonDocArb, { numRuns: 400, seed: 1 });
      const share = texts.filter((t) => readPlainYaml(t) !== undefined).length / texts.length;
      assert.ok(share >= 0.3, `the fast reader read ${(share * 100).toFixed(0)}% of them`);
    });
  });

  describe('property: whenever it reads a text, yaml reads it with no error or warning, to the same tree', () => {
    const cases: [string, fc.Arbitrary<string>, number][] = [
      ['plans in the common style', commonDocArb, 4],
      ['odd shapes and values that look like other things', shapesDocArb, 6],
      ['plans in the common style, indented as a whole', indentedDocArb, 2],
      ['the same shapes with every edge', edgeDocArb, 4],
      ['tricky scalars in every place', scalarPlacesArb, 6],
      ['block scalars of every form in every place', blockScalarsArb, 6],
      ['keys about as long as yaml allows', longKeysArb, 0.3],
      ['line soup', soupArb, 6],
      ['noise', noiseArb, 4],
      ['what yaml’s stringify writes, with its style options', stringifiedArb, 3],
      ['hostile texts (CRLF, tabs, BOM, markers, anchors, tags)', hostileArb, 3],
      ['real plans, edited a little', realPlanArb(), 3],
      ['the whole typical plan, personPlan(12, 300), edited a little', fc.array(smallEditArb, { minLength: 1, maxLength: 3 }).map((edits) => edits.reduce(applySmallEdit, personPlan(12, 300))), 0.04],
      ['the incremental tests’ plans and edits', incrementalArb, 1],
      ['plans’ list entries read alone, as the incremental analyzer does', piecesArb, 3],
      ['read texts edited as long as the reader still reads them', boundaryArb, 3],
    ];
    const longest = RUNS >= 1000 ? 6 : 5;
    it(`every text of up to 3 characters from an alphabet of indicators, and up to ${longest} from a smaller one`, () => {
      const texts = [...allTexts([' ', '\n', 'a', '1', ':', '-', '#', '|', '>', '"', "'", '[', ']', '{', '}', ',', '.', '~', '?', '\\'], 3), ...allTexts([' ', '\n', 'a', ':', '-', '#'], longest).filter((t) => t.length > 3)];
      for (const text of texts) assertSame(text);
    });
    const lineCount = RUNS >= 1000 ? 4 : 3;
    it(`every text of up to ${lineCount} lines from a pool of keys, items, empty values, comments, blank lines and block headers at two indents`, () => {
      const pool = ['a: 1', 'a:', '- x', '-', '- a:', '# c', 'a: |'].flatMap((l) => [l, `  ${l}`]);
      const lines = ['', '  ', ...pool];
      let texts = [''];
      for (let n = 1; n <= lineCount; n++) {
        texts = texts.flatMap((t) => lines.map((l) => (n === 1 ? l : `${t}\n${l}`)));
        for (const t of texts) {
          assertSame(t);
          assertSame(`${t}\n`);
        }
      }
    });
    it('nesting around the reader’s depth limits: block mappings and lists 1 to 70 deep, flow collections 1 to 12', () => {
      for (let n = 1; n <= 70; n++) {
        assertSame(Array.from({ length: n }, (_, i) => `${sp(i)}a:`).join('\n') + ' x\n');
        assertSame(Array.from({ length: n }, (_, i) => `${sp(i)}-`).join('\n') + ' x\n');
        assertSame(Array.from({ length: n }, (_, i) => `${sp(2 * i)}- a:`).join('\n') + ' x\n');
        assertSame(`a:${Array.from({ length: n }, (_, i) => `\n${sp(2 * i)}- b:`).join('')} x\n`);
      }
      for (let n = 1; n <= 12; n++) {
        assertSame(`k: ${'['.repeat(n)}a${']'.repeat(n)}\n`);
        assertSame(`k: ${'{a: '.repeat(n)}b${'}'.repeat(n)}\n`);
        assertSame(`k: ${'[{a: '.repeat(n)}b${'}]'.repeat(n)}\n`);
        assertSame(`- ${'['.repeat(n)}${']'.repeat(n)}\n`);
      }
    });
    for (const [name, arb, weight] of cases) {
      it(name, () => {
        fc.assert(fc.property(arb, assertSame), { numRuns: Math.max(1, Math.round(RUNS * weight)) });
      });
    }
  });
});
