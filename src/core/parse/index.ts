/**
 * parse/: goals.yaml text → the model and its diagnostics. This file is the entry
 * (parseGoals, and parseQuietly, which reads the document); goal.ts reads one goal,
 * readers.ts holds the typed readers over yaml's nodes, plan-checks.ts the checks across
 * goals, goal-ids.ts how a goal gets its id, validate-keys.ts the keys each section
 * accepts, plan-size.ts the largest plan read. It imports yaml/, text/, time/, model.ts
 * and validate-codes.ts, never what is built on the model (analysis/, incremental/,
 * history/, reports/, edits/, words/, analyze.ts, snapshot.ts: a lint zone).
 *
 * `parseGoals`: goals.yaml text → model + diagnostics, in one walk of yaml's AST.
 * It never throws: whatever the input, the result holds every goal that could be
 * read and a diagnostic, with the offending node's range, for everything else.
 */
import * as l10n from '@vscode/l10n';
import { Composer, isMap, isScalar, Parser, YAMLParseError, type Document, type YAMLWarning } from 'yaml';
import { FORMAT_VERSION, type Diagnostic, type Entry, type Focus, type Goal, type GoalsModel, type ParseResult, type Range, type Vision } from '../model';
import { readGoal } from './goal';
import { readPauses, readRhythm } from './rhythm';
import { MAX_PLAN_CHARS, tooLargeMessage } from './plan-size';
import { Reader, SKIP, type Located } from './readers';
import { checkFocusQuarter } from './focus-quarter';
import { assignIds, checkParents, checkReferences, checkValues, type ReadGoalEntry } from './plan-checks';
import { textBefore } from '../text/indexing';
import { readPlainYaml } from '../yaml/plain-reader';
import { fastOrFull, type InternalErrorSink } from './fast-path';

/** Top-level keys whose ranges pitfalls and quick fixes point at. */
type TopKey = 'version' | 'vision' | 'focus' | 'rhythm' | 'pauses' | 'goals' | 'wins' | 'lessons';

/** Where things are in the source, beyond the ranges the model holds. */
export interface SourceRanges {
  /** Range of each top-level key present in the file. */
  keys: Partial<Record<TopKey, Range>>;
  /** Ranges of a goal's `due`, `start`, `parent` and `id` values. */
  goals: Map<Goal, { due?: Range; start?: Range; parent?: Range; id?: Range }>;
}

const SOURCE = new WeakMap<GoalsModel, SourceRanges>();

/** Source ranges kept by `parseGoals` for this model (undefined for hand-built models). */
export function sourceRangesOf(model: GoalsModel): SourceRanges | undefined {
  return SOURCE.get(model);
}

/**
 * Parses goals.yaml text. Never throws. An error inside the plain reader is told to
 * `onInternalError`, and yaml reads the text instead (fast-path.ts).
 */
export function parseGoals(text: string, onInternalError?: InternalErrorSink): ParseResult {
  const source = typeof text === 'string' ? text : String(text);
  // Bounded cost: a file past the limit is reported, not parsed (see plan-size.ts).
  if (source.length > MAX_PLAN_CHARS) return tooLarge(source);
  try {
    return parse(source, onInternalError);
  } catch (e) {
    // Defence in depth: a bug here must not take the extension host down with it.
    const model: GoalsModel = { version: FORMAT_VERSION, goals: [], wins: [], lessons: [] };
    const diagnostics: Diagnostic[] = [
      {
        severity: 'error',
        code: 'yaml-syntax',
        message: l10n.t('Career Goals could not read this file ({0}). Check the YAML around your last change.', e instanceof Error ? e.message : String(e)),
        range: { start: 0, end: 0 },
      },
    ];
    return { model, diagnostics, syntaxOk: false };
  }
}

function tooLarge(text: string): ParseResult {
  const model: GoalsModel = { version: FORMAT_VERSION, goals: [], wins: [], lessons: [] };
  const diagnostics: Diagnostic[] = [{ severity: 'error', code: 'file-too-large', message: tooLargeMessage(text.length), range: { start: 0, end: Math.min(text.length, firstLineEnd(text)) } }];
  return { model, diagnostics, syntaxOk: false };
}

function parse(text: string, onInternalError: InternalErrorSink | undefined): ParseResult {
  // No keepSourceTokens: node ranges and Scalar.source are all we read, and the CST
  // tokens would cost memory on large files. Duplicate keys are reported by the walk,
  // as a diagnostic on the key, rather than as a YAML error that disables edits.
  const read = parseQuietly(text, onInternalError);
  const doc = read instanceof TooBroken ? undefined : read;
  const errors = doc ? doc.errors : read.errors;
  const r = new Reader(doc, text.length);
  errors.slice(0, MAX_YAML_REPORTS).forEach((e, i) => {
    // yaml composes nested collections recursively and reports a stack overflow as an error.
    const what = /call stack/i.test(e.message) ? l10n.t('Lists or mappings are nested too deeply here for the YAML parser to read.') : firstSentence(e.message);
    const last = i === MAX_YAML_REPORTS - 1 || i === errors.length - 1;
    const message = !last
      ? l10n.t('{0} Fix the YAML here; until then edits from Career Goals are disabled.', what)
      : !doc
        ? l10n.t(
            '{0} Fix the YAML here; until then edits from Career Goals are disabled. (More than {1} YAML errors: Career Goals stopped reading the file there. Fix the first ones.)',
            what,
            MAX_YAML_ERRORS_READ.toLocaleString('en'),
          )
        : errors.length > MAX_YAML_REPORTS
          ? l10n.t('{0} Fix the YAML here; until then edits from Career Goals are disabled. ({1} more YAML errors after this one are not listed.)', what, (errors.length - MAX_YAML_REPORTS).toLocaleString('en'))
          : l10n.t('{0} Fix the YAML here; until then edits from Career Goals are disabled.', what);
    r.report('yaml-syntax', message, { start: e.pos[0], end: Math.max(e.pos[1], e.pos[0] + 1) });
  });
  if (!doc) {
    // Nothing read past the errors is worth showing: the model is empty until the file reads again.
    const model: GoalsModel = { version: FORMAT_VERSION, goals: [], wins: [], lessons: [] };
    SOURCE.set(model, { keys: {}, goals: new Map() });
    return { model, diagnostics: r.diagnostics, syntaxOk: false };
  }
  for (const w of doc.warnings.slice(0, MAX_YAML_REPORTS)) r.report('yaml-warning', firstSentence(w.message), { start: w.pos[0], end: Math.max(w.pos[1], w.pos[0] + 1) });
  const model: GoalsModel = { version: FORMAT_VERSION, goals: [], wins: [], lessons: [] };
  const source: SourceRanges = { keys: {}, goals: new Map() };
  SOURCE.set(model, source);
  // A repeated key is an error to yaml (and to the edit module, which refuses the file).
  const result: ParseResult = { model, diagnostics: r.diagnostics, syntaxOk: doc.errors.length === 0 && !r.hasDuplicateKeys };
  readModel(r, doc.contents, text, model, source, doc.errors.length === 0);
  r.reportRemainingDuplicates();
  return result;
}

function readModel(r: Reader, contents: unknown, text: string, model: GoalsModel, source: SourceRanges, syntaxClean: boolean): void {
  const top = topRange(text);
  if (contents == null || (isScalar(contents) && (contents.value == null || contents.value === ''))) {
    if (syntaxClean) r.report('empty-document', l10n.t('This goals file is empty. Start with `version: 1`, a `vision:` with your `north_star`, and `goals:` (or run “Career Goals: Create goals.yaml”).'), top);
    return;
  }
  if (!isMap(contents)) {
    r.report('not-a-mapping', l10n.t('The top level of goals.yaml must be a mapping with `version:`, `vision:`, `goals:` and so on, each at the start of a line.'), r.rangeOf(contents, top));
    return;
  }
  finishModel(r, model, source, top, walkTop(r, contents, top, model, source));
}

/** The range top-level reports point at when nothing closer applies: the first line. */
export function topRange(text: string): Range {
  return { start: 0, end: Math.min(text.length, firstLineEnd(text)) };
}

/** What the walk over the top-level keys found, for the checks across goals. */
export interface TopWalk {
  entries: ReadGoalEntry[];
  brokenIds: Set<string>;
  focusRefs: Located<string>[];
  /** `focus.quarter` with its value's range, checked against `rhythm.year_starts` once both are read. */
  focusQuarter?: Located<string>;
  entryRefs: Located<string>[];
  versionSeen: boolean;
  /** Where each list key was met, in file order (see ListMark). */
  marks: ListMark[];
}

/**
 * Where the walk met `goals:`, `wins:` or `lessons:`: how many diagnostics and entry
 * references came before its items. The incremental reader (incremental/index.ts) reads the
 * items alone and puts their reports there, in the order this walk gives them.
 */
interface ListMark {
  key: 'goals' | 'wins' | 'lessons';
  keyRange: Range;
  diagAt: number;
  refsAt: number;
}

/** Reads the top-level keys of `contents` into `model` and `source`, in file order. */
export function walkTop(r: Reader, contents: unknown, top: Range, model: GoalsModel, source: SourceRanges): TopWalk {
  const walk: TopWalk = { entries: [], brokenIds: new Set(), focusRefs: [], entryRefs: [], versionSeen: false, marks: [] };
  r.eachPair(contents, 'top', l10n.t('the top level'), top, (key, value, keyRange) => {
    source.keys[key as TopKey] = keyRange;
    switch (key) {
      case 'version':
        walk.versionSeen = true;
        model.version = readVersion(r, value, keyRange);
        break;
      case 'vision':
        model.vision = readVision(r, value, keyRange);
        break;
      case 'focus':
        model.focus = readFocus(r, value, keyRange, walk);
        break;
      case 'rhythm':
        model.rhythm = readRhythm(r, value, keyRange);
        break;
      case 'pauses':
        model.pauses = readPauses(r, value, keyRange);
        break;
      case 'goals':
        walk.marks.push({ key, keyRange, diagAt: r.diagnostics.length, refsAt: walk.entryRefs.length });
        r.items(value, 'goals', keyRange).forEach((node, i) => {
          if (node === SKIP) return;
          const read = readGoal(r, node, i, keyRange);
          if (read.goal) walk.entries.push({ goal: read.goal, ranges: read.ranges });
          else if (read.writtenId !== undefined) walk.brokenIds.add(read.writtenId);
        });
        break;
      case 'wins':
      case 'lessons':
        walk.marks.push({ key, keyRange, diagAt: r.diagnostics.length, refsAt: walk.entryRefs.length });
        model[key] = readEntries(r, value, key, keyRange, walk.entryRefs);
        break;
    }
  });
  return walk;
}

/**
 * The reports and repairs after the walk: a missing version or vision, then the checks
 * across goals (ids, parents, values, references), in this order. The goals of
 * `walk.entries` are added to `model` and `source` here.
 */
export function finishModel(r: Reader, model: GoalsModel, source: SourceRanges, top: Range, walk: TopWalk): void {
  const { entries, brokenIds } = walk;
  if (!walk.versionSeen) r.report('version-missing', l10n.t('Add `version: {0}` at the top so future versions of Career Goals know which format this file uses.', FORMAT_VERSION), top);
  if (!model.vision) {
    r.report('missing-required', l10n.t('Add a `vision:` with your `north_star`, the place you want to be: every goal serves it.'), top);
  } else if (!model.vision.northStar) {
    r.report('missing-required', l10n.t('`vision` has no `north_star`. Add `north_star: <where you want to be in a few years>`.'), source.keys.vision ?? top);
  }

  assignIds(r, entries);
  const byId = new Map<string, Goal>();
  for (const { goal, ranges } of entries) {
    byId.set(goal.id, goal);
    model.goals.push(goal);
    source.goals.set(goal, ranges);
    for (const d of r.diagnostics.slice(ranges.diagFrom, ranges.diagTo)) d.goalId = goal.id;
  }
  checkParents(r, entries, byId, brokenIds);
  checkValues(r, entries, model.vision?.values);
  checkReferences(r, walk.focusRefs, byId, brokenIds, 'focus');
  checkReferences(r, walk.entryRefs, byId, brokenIds, 'entry');
  checkFocusQuarter(r, walk.focusQuarter, model.rhythm?.yearStarts);
}

/** Keeps `source` as the source ranges of `model`, as parseGoals does (see sourceRangesOf). */
export function keepSourceRanges(model: GoalsModel, source: SourceRanges): void {
  SOURCE.set(model, source);
}

/**
 * YAML errors (and, separately, warnings) listed per file; a broken 100k-line file would otherwise list 100k.
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export const MAX_YAML_REPORTS = 100;

/**
 * Past this many YAML errors yaml's composer is stopped and the file is not read
 * further: a file of 50k broken lines (0.85 MB) otherwise spends about a second
 * composing nodes nobody can use, and the person has to fix the first errors anyway.
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export const MAX_YAML_ERRORS_READ = 1000;

/**
 * A document as the parse reads it: the root node and the YAML errors and warnings.
 * yaml's Document, or the plain reader's (yaml/plain-reader.ts), which has neither errors nor warnings.
 */
export interface ReadDocument {
  contents: unknown;
  errors: YAMLParseError[];
  warnings: YAMLWarning[];
}

/**
 * What {@link parseQuietly} returns for a file it stopped reading: the YAML errors found
 * up to then. An Error because it is also thrown, out of yaml's composer, to stop the
 * read; parseQuietly makes it while stack traces are off, so it captures none.
 */
export class TooBroken extends Error {
  constructor(readonly errors: readonly YAMLParseError[]) {
    super('Too many YAML errors; reading stopped.');
  }
}

/** yaml's Composer, as far as the hook in parseQuietly uses it (yaml 2.x: the instance's error handler and list). */
interface ComposerInternals {
  onError: (source: unknown, code: unknown, message: string, warning?: boolean) => void;
  errors: YAMLParseError[];
}

/**
 * The text's document: read by the plain reader (yaml/plain-reader.ts) when the text is in
 * the plain block style it knows, which builds the very nodes yaml would, several
 * times faster; otherwise yaml.parseDocument (the same Parser and Composer, multiple
 * documents refused as it does) without stack traces for its errors, and stopped after
 * MAX_YAML_ERRORS_READ errors. yaml builds an Error per problem, and capturing each
 * one's stack was most of the time on a file with 100k broken lines; the messages and
 * positions are all we read. Synchronous, so the global setting is back before any
 * other code runs. The stop relies on the composer's own `onError` handler, a private
 * member: package.json pins yaml to one exact version for it, and
 * test/unit/parse.hostile.test.ts fails if an upgrade renames it. An error inside the
 * plain reader goes to `onInternalError` and yaml reads the text (fast-path.ts).
 */
export function parseQuietly(text: string, onInternalError?: InternalErrorSink): ReadDocument | TooBroken {
  return fastOrFull(
    'plain-reader',
    () => {
      const plain = readPlainYaml(text);
      return plain && { contents: plain.contents, errors: [], warnings: [] };
    },
    () => readWithYaml(text),
    onInternalError,
  );
}

/** yaml's reading of `text`, stopped after MAX_YAML_ERRORS_READ errors (see parseQuietly). */
function readWithYaml(text: string): ReadDocument | TooBroken {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false });
  const hooked = composer as unknown as ComposerInternals;
  const own = hooked.onError;
  let count = 0;
  const stop = new TooBroken(hooked.errors);
  hooked.onError = (source, code, message, warning) => {
    own(source, code, message, warning);
    if (!warning && ++count > MAX_YAML_ERRORS_READ) throw stop;
  };
  try {
    let doc: Document | undefined;
    for (const next of composer.compose(new Parser().parse(text), true, text.length)) {
      if (!doc) doc = next;
      else {
        doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
        break;
      }
    }
    // compose(…, forceDoc = true) always yields a document.
    return doc as Document;
  } catch (e) {
    if (e === stop) return stop;
    throw e;
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function readVersion(r: Reader, node: unknown, at: Range): number {
  const range = r.rangeOf(node, at);
  if (!isScalar(node) || typeof node.value !== 'number' || !Number.isInteger(node.value) || node.value < 1) {
    r.report('version-invalid', l10n.t('`version` must be a whole number; this build of Career Goals reads version {0}. Write `version: {0}`.', FORMAT_VERSION), range);
    return FORMAT_VERSION;
  }
  if (node.value > FORMAT_VERSION) {
    r.report('version-unsupported', l10n.t('This file uses format version {0}; this build of Career Goals reads version {1}. Update the extension.', node.value, FORMAT_VERSION), range);
  }
  return node.value;
}

function readVision(r: Reader, node: unknown, at: Range): Vision | undefined {
  const vision: Vision = { northStar: '', values: [], range: r.rangeOf(node, at) };
  const ok = r.eachPair(node, 'vision', '`vision`', at, (key, value, keyRange) => {
    if (key === 'north_star') vision.northStar = r.text(value, 'north_star', keyRange) ?? '';
    else if (key === 'values') vision.values = r.textList(value, 'values', keyRange).map((v) => v.value);
    else {
      const narrative = r.text(value, 'narrative', keyRange);
      if (narrative !== undefined) vision.narrative = narrative;
    }
  });
  return ok ? vision : undefined;
}

function readFocus(r: Reader, node: unknown, at: Range, walk: TopWalk): Focus | undefined {
  const focus: Focus = { goals: [], range: r.rangeOf(node, at) };
  const ok = r.eachPair(node, 'focus', '`focus`', at, (key, value, keyRange) => {
    if (key === 'goals') {
      const ids = r.textList(value, 'focus.goals', keyRange);
      walk.focusRefs.push(...ids);
      focus.goals = ids.map((g) => g.value);
    } else {
      const s = r.text(value, key, keyRange);
      if (s === undefined) return;
      focus[key as 'quarter' | 'theme'] = s;
      if (key === 'quarter') walk.focusQuarter = { value: s, range: r.rangeOf(value, keyRange) };
    }
  });
  return ok ? focus : undefined;
}

function readEntries(r: Reader, node: unknown, list: 'wins' | 'lessons', at: Range, refs: Located<string>[]): Entry[] {
  const out: Entry[] = [];
  r.items(node, list, at).forEach((item, index) => {
    if (item === SKIP) return;
    const entry = readEntry(r, item, index, list, at, refs);
    if (entry) out.push(entry);
  });
  return out;
}

/** Reads item `index` of `wins` or `lessons`, adding its `goal` reference to `refs`; undefined when it is left out (and reported). */
export function readEntry(r: Reader, item: unknown, index: number, list: 'wins' | 'lessons', at: Range, refs: Located<string>[]): Entry | undefined {
  const where = list === 'wins' ? l10n.t('win {0}', index + 1) : l10n.t('lesson {0}', index + 1);
  const range = r.rangeOf(item, at);
  let date: string | undefined;
  let text: string | undefined;
  let goal: Located<string> | undefined;
  let tags: string[] = [];
  let dateSeen = false;
  const ok = r.eachPair(item, 'entry', where, range, (key, value, keyRange) => {
    if (key === 'date') {
      dateSeen = true;
      date = r.date(value, 'date', keyRange);
    } else if (key === 'text') text = r.text(value, 'text', keyRange);
    else if (key === 'tags')
      tags = [
        ...new Set(
          r
            .textList(value, 'tags', keyRange)
            .map((t) => t.value.trim())
            .filter((t) => t !== ''),
        ),
      ];
    else {
      const g = r.text(value, 'goal', keyRange);
      if (g !== undefined) goal = { value: g, range: r.rangeOf(value, keyRange) };
    }
  });
  if (!ok) return undefined;
  const win = list === 'wins';
  if (text === undefined)
    r.report('missing-required', win ? l10n.t('This win has no `text`, so it is ignored. Add `text: <what happened>`.') : l10n.t('This lesson has no `text`, so it is ignored. Add `text: <what happened>`.'), range);
  if (!dateSeen) r.report('missing-required', win ? l10n.t('This win has no `date`, so it is ignored. Add `date: YYYY-MM-DD`.') : l10n.t('This lesson has no `date`, so it is ignored. Add `date: YYYY-MM-DD`.'), range);
  if (goal) refs.push(goal);
  if (text === undefined || date === undefined) return undefined;
  const entry: Entry = { index, date, text, range };
  if (goal) entry.goal = goal.value;
  if (tags.length) entry.tags = tags;
  return entry;
}

function firstSentence(message: string): string {
  const line = textBefore(message, '\n').trim();
  return /[.!?]$/.test(line) ? line : `${line}.`;
}

function firstLineEnd(text: string): number {
  const i = text.indexOf('\n');
  return i < 0 ? text.length : i;
}
