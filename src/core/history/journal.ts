/**
 * Review journal entries: Markdown files with a small YAML front matter that the
 * cadence reads back, readable in Obsidian or Foam:
 *
 *     ---
 *     kind: weekly
 *     date: 2026-11-21
 *     overall: 42
 *     progress:
 *       ship-cli: 40
 *       mentor: 50
 *     metrics:
 *       ship-cli: 12
 *     ---
 *
 * `kind` and `date` are required; `progress` maps goal id → percent at completion
 * (a plain number is read as `overall`), and `metrics` goal id → the metric's
 * `current` value in its own unit (entries written before it existed have none). Everything else in the file belongs to the
 * person and is ignored, so they may edit entries freely. Parsing is strict about
 * our keys and never throws.
 */
import * as l10n from '@vscode/l10n';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { parseIsoDay } from '../time/dates';
import { REVIEW_KINDS, type IsoDate, type ReviewKind } from '../model';
import { itemAt, textBefore } from '../text/indexing';
import { primitiveText } from '../text/primitive-text';

/** The data the extension needs from a journal entry. */
export interface JournalFrontMatter {
  kind: ReviewKind;
  date: IsoDate;
  /** Overall progress of active goals at completion, 0–100. */
  overall?: number;
  /** Goal id → progress percent (0–100) at completion. */
  progress?: Record<string, number>;
  /** Goal id → the metric's `current` value, in the metric's own unit, at completion. */
  metrics?: Record<string, number>;
}

interface JournalSection {
  heading: string;
  /** Markdown body; empty sections are left out. */
  body: string;
}

export interface JournalEntry extends JournalFrontMatter {
  /** Top-level heading, e.g. `Weekly Review — 2026-11-21`. */
  title: string;
  /** Extra front-matter keys, rendered as `key: value` (values are quoted when needed). */
  extra?: Record<string, string>;
  sections: JournalSection[];
}

export type JournalParseResult =
  | { ok: true; entry: JournalFrontMatter }
  | {
      ok: false;
      /** Says what is wrong and how to fix it. */
      error: string;
      /** 0-based line of the problem, when it has one. */
      line: number;
    };

const RESERVED = ['kind', 'date', 'overall', 'progress', 'metrics'];

/** Characters of one of our front-matter fields (with its indented lines) that are parsed at most. */
const MAX_FIELD_CHARS = 256 * 1024;

function clampPercent(n: number): number {
  return Number.isFinite(n) ? Math.round(Math.min(100, Math.max(0, n))) : 0;
}

/** True when `s` reads back as itself written plain in block YAML (no quotes, no escapes). */
function plainSafe(s: string): boolean {
  // No indicator first (`-`, `,`, `@`…), no space at either end, nothing that starts a comment or a key.
  return s !== '' && /^[\w .,/@()+-]*$/.test(s) && !/^[\s,@-]/.test(s) && !/\s$/.test(s);
}

/** Quotes a front-matter value when plain YAML would misread it; values stay on one line. */
function yamlScalar(value: string): string {
  const oneLine = value.replace(/\r?\n/g, ' ');
  return plainSafe(oneLine) ? oneLine : JSON.stringify(oneLine);
}

/**
 * A goal id as a front-matter key, exactly: plain when safe, else double-quoted with
 * JSON's escapes (`\"`, `\\`, `\n`, `\uXXXX`), which YAML reads back the same.
 */
function yamlKey(id: string): string {
  return plainSafe(id) ? id : JSON.stringify(id);
}

/** A heading line never spans lines and never starts a new front matter. */
function headingText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Renders an entry to Markdown that `parseJournalEntry` reads back. */
export function renderJournalEntry(entry: JournalEntry): string {
  const fm = ['---', `kind: ${entry.kind}`, `date: ${entry.date}`];
  if (entry.overall !== undefined) fm.push(`overall: ${clampPercent(entry.overall)}`);
  const progress = Object.entries(entry.progress ?? {});
  if (progress.length) fm.push('progress:', ...progress.map(([id, p]) => `  ${yamlKey(id)}: ${clampPercent(p)}`));
  const metrics = Object.entries(entry.metrics ?? {}).filter(([, v]) => Number.isFinite(v));
  if (metrics.length) fm.push('metrics:', ...metrics.map(([id, v]) => `  ${yamlKey(id)}: ${String(v)}`));
  for (const [k, v] of Object.entries(entry.extra ?? {})) {
    if (/^[A-Za-z][\w-]*$/.test(k) && !RESERVED.includes(k)) fm.push(`${k}: ${yamlScalar(v)}`);
  }
  fm.push('---', '', `# ${headingText(entry.title)}`, '');
  const body = entry.sections.filter((s) => s.body.trim() !== '').map((s) => `## ${headingText(s.heading)}\n\n${s.body.trim()}\n`);
  return `${fm.join('\n')}\n${body.join('\n')}`;
}

type Failure = { ok: false; error: string; line: number };

/** One of our fields, parsed by yaml: its value node and where its lines are. */
interface Field {
  value: unknown;
  /** 0-based line of the key. */
  line: number;
  /** 0-based line of an offset into the field's own text. */
  lineAt(offset: number): number;
}

/** How a value reads in a message: its text, clipped. */
function shown(node: unknown): string {
  if (isMap(node)) return '{…}';
  if (isSeq(node)) return '[…]';
  if (!isScalar(node)) return '';
  const v = node.value;
  if (v == null) return '';
  const s = typeof v === 'string' ? v : typeof node.source === 'string' ? node.source : (primitiveText(v) ?? '');
  return s.slice(0, 40);
}

/** The text of a scalar value (numbers as written), or undefined for anything else. */
function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (v == null) return '';
  if (typeof v === 'string') return v;
  return typeof node.source === 'string' && node.source !== '' ? node.source : primitiveText(v);
}

/** A key as written: plain keys by their source (`0x10` stays `0x10`), quoted ones by their value. */
function keyText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  if (node.type === 'PLAIN' || node.type === undefined) return typeof node.source === 'string' && node.source !== '' ? node.source : undefined;
  return typeof node.value === 'string' ? node.value : String(node.value);
}

/** A percent 0–100 from a number or a text such as `42` or `42%`; blank is not a number. */
function percentOf(node: unknown, problem: (shownValue: string) => string, line: number): number | Failure {
  let n = NaN;
  if (isScalar(node) && typeof node.value === 'number') n = node.value;
  else if (isScalar(node) && typeof node.value === 'string') {
    let t = node.value.trim();
    if (t.endsWith('%')) t = t.slice(0, -1).trimEnd();
    if (t !== '') n = Number(t);
  }
  if (Number.isFinite(n) && n >= 0 && n <= 100) return n;
  return { ok: false, error: problem(shown(node)), line };
}

/**
 * Parses the lines `[from, to)` of one of our top-level fields with yaml (so quotes,
 * escapes, trailing comments and flow maps mean what YAML says), or says why not.
 */
function readField(key: string, lines: readonly string[], from: number, to: number): Field | Failure {
  const text = lines.slice(from, to).join('\n');
  if (text.length > MAX_FIELD_CHARS) return { ok: false, error: l10n.t('The front-matter field "{0}" is too long to read (over {1} KB).', key, MAX_FIELD_CHARS / 1024), line: from };
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: false, version: '1.2' });
  const lineAt = (offset: number) => from + lc.linePos(offset).line - 1;
  const err = doc.errors[0];
  if (err) {
    const what = /call stack/i.test(err.message) ? l10n.t('it is nested too deeply') : textBefore(err.message, '\n').replace(/[.:]\s*$/, '');
    return { ok: false, error: l10n.t('The front-matter field "{0}" is not valid YAML ({1}). Write it as "{0}: value".', key, what), line: lineAt(err.pos[0]) };
  }
  const contents = doc.contents;
  const pair = isMap(contents) && contents.items.length === 1 ? contents.items[0] : undefined;
  if (!pair || keyText(pair.key) !== key) return { ok: false, error: l10n.t('The front-matter line for "{0}" must read "{0}: value", with a space after the colon.', key), line: from };
  return { value: pair.value, line: from, lineAt };
}

/**
 * Reads the front matter of a journal entry. Accepts a BOM and CRLF line endings,
 * quoted values, comments and flow maps; rejects a missing front matter, an unknown
 * `kind`, an invalid `date` or a `progress` outside 0–100, saying which and where.
 * Only our keys are parsed (each with yaml, within MAX_FIELD_CHARS); whatever else
 * the person wrote is theirs and is not checked. Never throws.
 */
export function parseJournalEntry(text: string): JournalParseResult {
  if (typeof text !== 'string') return { ok: false, error: l10n.t('The journal entry is not text.'), line: 0 };
  try {
    return parseEntry(text);
  } catch (e) {
    return { ok: false, error: l10n.t('The journal entry could not be read ({0}).', e instanceof Error ? e.message : String(e)), line: 0 };
  }
}

function parseEntry(text: string): JournalParseResult {
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return { ok: false, error: l10n.t('The journal entry has no front matter: its first line must be "---", followed by kind and date lines and a closing "---".'), line: 0 };
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) return { ok: false, error: l10n.t('The front matter is never closed: add a line "---" after the date line.'), line: 0 };
  // Each top-level line starts a field; indented, blank and comment lines belong to the one above.
  const spans = new Map<string, { from: number; to: number }>();
  let open: { from: number; to: number } | undefined;
  for (let i = 1; i < end; i++) {
    const line = itemAt(lines, i);
    const c = line.charCodeAt(0);
    if (line === '' || c === 32 || c === 9 || c === 35) continue;
    if (open) open.to = i;
    open = undefined;
    const key = /^([A-Za-z][\w-]*)[ \t]*:/.exec(line)?.[1];
    if (key === undefined || !RESERVED.includes(key) || spans.has(key)) continue; // Person-added structure is theirs.
    open = { from: i, to: end };
    spans.set(key, open);
  }
  const fields = new Map<string, Field>();
  for (const [key, span] of spans) {
    const f = readField(key, lines, span.from, span.to);
    if ('ok' in f) return f;
    fields.set(key, f);
  }
  const kind = fields.get('kind');
  if (!kind) return { ok: false, error: l10n.t('The front matter has no "kind": add "kind: weekly", "kind: monthly" or "kind: quarterly".'), line: 0 };
  const kindText = scalarText(kind.value);
  if (kindText === undefined || !(REVIEW_KINDS as readonly string[]).includes(kindText)) {
    return { ok: false, error: l10n.t('Unknown review kind "{0}": use weekly, monthly or quarterly.', shown(kind.value)), line: kind.line };
  }
  const date = fields.get('date');
  if (!date) return { ok: false, error: l10n.t('The front matter has no "date": add "date: YYYY-MM-DD".'), line: 0 };
  const dateText = scalarText(date.value) ?? '';
  const day = parseIsoDay(dateText);
  if (day === 'format') return { ok: false, error: l10n.t('The date "{0}" is not written YYYY-MM-DD.', shown(date.value)), line: date.line };
  if (day === 'impossible') return { ok: false, error: l10n.t('The date "{0}" is not a real calendar date.', dateText), line: date.line };
  const entry: JournalFrontMatter = { kind: kindText as ReviewKind, date: dateText };
  const overall = fields.get('overall');
  const progress = fields.get('progress');
  // A plain `progress: 42` (older or hand-written entries) means the overall figure.
  const progressIsOverall = progress !== undefined && isScalar(progress.value) && progress.value.value != null;
  const overallField = overall ?? (progressIsOverall ? progress : undefined);
  if (overallField) {
    const n = percentOf(overallField.value, (v) => l10n.t('The overall progress "{0}" must be a number from 0 to 100.', v), overallField.line);
    if (typeof n !== 'number') return n;
    entry.overall = n;
  }
  if (progress && isMap(progress.value)) {
    const map: Record<string, number> = {};
    for (const pair of progress.value.items) {
      const id = keyText(pair.key);
      if (id === undefined) continue; // An empty key names no goal.
      const at = progress.lineAt((isScalar(pair.key) && pair.key.range?.[0]) || 0);
      const n = percentOf(pair.value, (v) => l10n.t('The progress of "{0}" "{1}" must be a number from 0 to 100.', id.slice(0, 40), v), at);
      if (typeof n !== 'number') return n;
      if (id !== '__proto__') map[id] = n;
    }
    if (Object.keys(map).length > 0) entry.progress = map;
  } else if (progress && !progressIsOverall && !isScalar(progress.value) && progress.value != null) {
    return {
      ok: false,
      error: isSeq(progress.value)
        ? l10n.t('"progress" must map goal ids to percents ("progress:" then lines like "  my-goal: 40"), not a list.')
        : l10n.t('"progress" must map goal ids to percents ("progress:" then lines like "  my-goal: 40"), not this.'),
      line: progress.line,
    };
  }
  const metrics = fields.get('metrics');
  if (metrics && isMap(metrics.value)) {
    const map: Record<string, number> = {};
    for (const pair of metrics.value.items) {
      const id = keyText(pair.key);
      if (id === undefined) continue;
      const v = pair.value;
      const n = isScalar(v) && typeof v.value === 'number' ? v.value : isScalar(v) && typeof v.value === 'string' && v.value.trim() !== '' ? Number(v.value) : NaN;
      if (!Number.isFinite(n)) {
        const at = metrics.lineAt((isScalar(pair.key) && pair.key.range?.[0]) || 0);
        return { ok: false, error: l10n.t('The metric value of "{0}" "{1}" must be a number.', id.slice(0, 40), shown(v)), line: at };
      }
      if (id !== '__proto__') map[id] = n;
    }
    if (Object.keys(map).length > 0) entry.metrics = map;
  } else if (metrics && metrics.value != null && !(isScalar(metrics.value) && metrics.value.value == null)) {
    return { ok: false, error: l10n.t('"metrics" must map goal ids to numbers ("metrics:" then lines like "  my-goal: 12").'), line: metrics.line };
  }
  return { ok: true, entry };
}

/** Whether a file of this name is a journal entry: Markdown, and not hidden (`.draft.md`, editors' temporary files). */
export function isJournalEntryFile(name: string): boolean {
  return name.toLowerCase().endsWith('.md') && !name.startsWith('.');
}

/** File name of an entry, e.g. `2026-11-21-weekly.md`; `attempt` > 1 adds `-2`, `-3`… so nothing is overwritten. */
export function journalFileName(kind: ReviewKind, date: IsoDate, attempt = 1): string {
  return attempt > 1 ? `${date}-${kind}-${attempt}.md` : `${date}-${kind}.md`;
}
