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
 *     ---
 *
 * `kind` and `date` are required; `progress` maps goal id → percent at completion
 * (a plain number is read as `overall`). Everything else in the file belongs to the
 * person and is ignored, so they may edit entries freely. Parsing is strict about
 * our keys and never throws.
 */
import { parseIsoDay } from './dates';
import { REVIEW_KINDS, type IsoDate, type ReviewKind } from './model';

/** The data the extension needs from a journal entry. */
export interface JournalFrontMatter {
  kind: ReviewKind;
  date: IsoDate;
  /** Overall progress of active goals at completion, 0–100. */
  overall?: number;
  /** Goal id → progress percent (0–100) at completion. */
  progress?: Record<string, number>;
}

export interface JournalSection {
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

const RESERVED = ['kind', 'date', 'overall', 'progress'];

function clampPercent(n: number): number {
  return Number.isFinite(n) ? Math.round(Math.min(100, Math.max(0, n))) : 0;
}

/** Quotes a front-matter value when plain YAML would misread it. */
function yamlScalar(value: string): string {
  const oneLine = value.replace(/\r?\n/g, ' ');
  return /^[\w .,/@()+-]*$/.test(oneLine) && !/^[\s-]|\s$/.test(oneLine) && oneLine !== '' ? oneLine : JSON.stringify(oneLine);
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
  if (progress.length) fm.push('progress:', ...progress.map(([id, p]) => `  ${yamlScalar(id)}: ${clampPercent(p)}`));
  for (const [k, v] of Object.entries(entry.extra ?? {})) {
    if (/^[A-Za-z][\w-]*$/.test(k) && !RESERVED.includes(k)) fm.push(`${k}: ${yamlScalar(v)}`);
  }
  fm.push('---', '', `# ${headingText(entry.title)}`, '');
  const body = entry.sections
    .filter((s) => s.body.trim() !== '')
    .map((s) => `## ${headingText(s.heading)}\n\n${s.body.trim()}\n`);
  return `${fm.join('\n')}\n${body.join('\n')}`;
}

function unquote(raw: string): string {
  const v = raw.trim();
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) return v.slice(1, -1);
  return v.replace(/\s+#.*$/, '');
}

/**
 * Reads the front matter of a journal entry. Accepts a BOM and CRLF line endings and
 * quoted values; rejects a missing front matter, an unknown `kind`, an invalid
 * `date` or a `progress` outside 0–100, saying which and where.
 */
export function parseJournalEntry(text: string): JournalParseResult {
  if (typeof text !== 'string') return { ok: false, error: 'The journal entry is not text.', line: 0 };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return { ok: false, error: 'The journal entry has no front matter: its first line must be "---", followed by kind and date lines and a closing "---".', line: 0 };
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) return { ok: false, error: 'The front matter is never closed: add a line "---" after the date line.', line: 0 };
  const fields = new Map<string, { value: string; line: number }>();
  const progressLines: { key: string; value: string; line: number }[] = [];
  let inProgress = false;
  for (let i = 1; i < end; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const nested = /^\s+("[^"]*"|'[^']*'|[^\s:][^:]*?)\s*:(.*)$/.exec(line);
    if (/^\s/.test(line)) {
      if (inProgress && nested) progressLines.push({ key: unquote(nested[1]!), value: unquote(nested[2]!), line: i });
      continue;
    }
    inProgress = false;
    const m = /^([A-Za-z][\w-]*)\s*:(.*)$/.exec(line);
    if (!m) continue; // Person-added structure is theirs; only our keys are checked.
    if (fields.has(m[1]!)) continue;
    fields.set(m[1]!, { value: unquote(m[2]!), line: i });
    if (m[1] === 'progress' && m[2]!.trim() === '') inProgress = true;
  }
  const kind = fields.get('kind');
  if (!kind) return { ok: false, error: `The front matter has no "kind": add "kind: weekly", "kind: monthly" or "kind: quarterly".`, line: 0 };
  if (!(REVIEW_KINDS as readonly string[]).includes(kind.value)) {
    return { ok: false, error: `Unknown review kind "${kind.value.slice(0, 40)}": use weekly, monthly or quarterly.`, line: kind.line };
  }
  const date = fields.get('date');
  if (!date) return { ok: false, error: 'The front matter has no "date": add "date: YYYY-MM-DD".', line: 0 };
  const day = parseIsoDay(date.value);
  if (day === 'format') return { ok: false, error: `The date "${date.value.slice(0, 40)}" is not written YYYY-MM-DD.`, line: date.line };
  if (day === 'impossible') return { ok: false, error: `The date "${date.value}" is not a real calendar date.`, line: date.line };
  const entry: JournalFrontMatter = { kind: kind.value as ReviewKind, date: date.value };
  const percentOf = (raw: string, what: string, line: number): number | { error: string; line: number } => {
    const n = Number(raw.replace(/%$/, ''));
    return raw !== '' && Number.isFinite(n) && n >= 0 && n <= 100 ? n : { error: `${what} "${raw.slice(0, 40)}" must be a number from 0 to 100.`, line };
  };
  const overall = fields.get('overall');
  const progress = fields.get('progress');
  // A plain `progress: 42` (older or hand-written entries) means the overall figure.
  const overallField = overall ?? (progress && progress.value !== '' && !progress.value.startsWith('{') ? progress : undefined);
  if (overallField) {
    const n = percentOf(overallField.value, 'The overall progress', overallField.line);
    if (typeof n !== 'number') return { ok: false, ...n };
    entry.overall = n;
  }
  if (progress?.value.startsWith('{')) {
    const inner = progress.value.replace(/^\{|\}$/g, '').trim();
    for (const part of inner ? inner.split(',') : []) {
      const [k, ...rest] = part.split(':');
      progressLines.push({ key: unquote(k ?? ''), value: unquote(rest.join(':')), line: progress.line });
    }
  }
  if (progressLines.length) {
    const map: Record<string, number> = {};
    for (const p of progressLines) {
      const n = percentOf(p.value, `The progress of "${p.key.slice(0, 40)}"`, p.line);
      if (typeof n !== 'number') return { ok: false, ...n };
      if (p.key !== '__proto__') map[p.key] = n;
    }
    entry.progress = map;
  }
  return { ok: true, entry };
}

/** File name of an entry, e.g. `2026-11-21-weekly.md`; `attempt` > 1 adds `-2`, `-3`… so nothing is overwritten. */
export function journalFileName(kind: ReviewKind, date: IsoDate, attempt = 1): string {
  return attempt > 1 ? `${date}-${kind}-${attempt}.md` : `${date}-${kind}.md`;
}
