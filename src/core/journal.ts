/**
 * Review journal entries: Markdown files with a small YAML-style front matter that
 * the cadence reads back. Only three keys matter to the extension (`kind`, `date`,
 * `progress`); everything else in the file belongs to the person and is ignored, so
 * they may edit entries freely. Parsing is strict about those keys and never throws.
 */
import { parseIsoDay } from './dates';
import { REVIEW_KINDS, type IsoDate, type ReviewKind } from './model';

/** The data the extension needs from a journal entry. */
export interface JournalFrontMatter {
  kind: ReviewKind;
  date: IsoDate;
  /** Overall progress when the review was completed, 0–100 (absent when the file has none). */
  progress?: number;
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
  if (entry.progress !== undefined) fm.push(`progress: ${Math.round(Math.min(100, Math.max(0, entry.progress)))}`);
  for (const [k, v] of Object.entries(entry.extra ?? {})) {
    if (/^[A-Za-z][\w-]*$/.test(k) && !['kind', 'date', 'progress'].includes(k)) fm.push(`${k}: ${yamlScalar(v)}`);
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
  for (let i = 1; i < end; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const m = /^([A-Za-z][\w-]*)\s*:(.*)$/.exec(line);
    if (!m) continue; // Person-added structure (lists, nested maps) is theirs; only our keys are checked.
    if (!fields.has(m[1]!)) fields.set(m[1]!, { value: unquote(m[2]!), line: i });
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
  const progress = fields.get('progress');
  if (progress && progress.value !== '') {
    const n = Number(progress.value.replace(/%$/, ''));
    if (!Number.isFinite(n) || n < 0 || n > 100) {
      return { ok: false, error: `The progress "${progress.value.slice(0, 40)}" must be a number from 0 to 100.`, line: progress.line };
    }
    entry.progress = n;
  }
  return { ok: true, entry };
}

/** File name of an entry, e.g. `2026-11-21-weekly.md`; `attempt` > 1 adds `-2`, `-3`… so nothing is overwritten. */
export function journalFileName(kind: ReviewKind, date: IsoDate, attempt = 1): string {
  return attempt > 1 ? `${date}-${kind}-${attempt}.md` : `${date}-${kind}.md`;
}
