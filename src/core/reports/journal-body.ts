/**
 * What a report reads from the body of journal entries, beyond their front matter:
 * the goal decisions of a review (keep, revise, done, pause, drop, with the reason
 * typed), status changes and checkpoints reached listed under Changes, and the focus
 * planned for a quarter. These are the lines src/shared/summary.ts writes; anything
 * the person reworded is simply not recognised, never guessed at.
 */
import type { JournalRecord } from '../history';
import type { IsoDate, ReviewKind } from '../model';
import { itemAt } from '../text/indexing';

/** A journal entry with its text, for the report; without `text` only the front matter counts. */
export interface ReportJournalEntry extends JournalRecord {
  /** The whole file, front matter included. */
  text?: string;
}

/** A section of an entry's body: a `## ` heading and the lines under it. */
interface BodySection {
  heading: string;
  lines: string[];
}

/** Where a recognised line came from. */
interface JournalSource {
  date: IsoDate;
  kind: ReviewKind;
  /** The entry's folder-relative path. */
  path: string;
}

/** What a review decided about a goal, in the words of the journal. */
type DecisionWord = 'Keep' | 'Revise' | 'Done' | 'Pause' | 'Drop' | 'Let go' | 'Adjust';

/** One goal decision (or alignment decision) written by a review. */
export interface JournalDecision extends JournalSource {
  /** The goal's title as the review wrote it (or its id when it had no title). */
  goal: string;
  decision: DecisionWord;
  reason?: string;
}

/** A status change or checkpoint reached, from an entry's Changes section. */
interface JournalChange extends JournalSource {
  goal: string;
  change: { kind: 'status'; status: 'active' | 'paused' | 'done' | 'dropped' } | { kind: 'checkpoint'; title: string };
}

/** The focus a review planned for a quarter. */
export interface JournalFocus extends JournalSource {
  quarter: string;
  theme?: string;
  /** Goal titles as written. */
  goals: string[];
}

/** Everything recognised in a journal, oldest entry first. */
export interface JournalFacts {
  decisions: JournalDecision[];
  changes: JournalChange[];
  focuses: JournalFocus[];
}

/** The `## ` sections after the front matter. */
function bodySections(text: string): BodySection[] {
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r?\n/);
  let i = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, j) => j > 0 && l.trim() === '---');
    i = end < 0 ? lines.length : end + 1;
  }
  const out: BodySection[] = [];
  let open: BodySection | undefined;
  for (; i < lines.length; i++) {
    const line = itemAt(lines, i);
    const heading = /^##\s+(.+?)\s*#*\s*$/.exec(line)?.[1];
    if (heading !== undefined && !line.startsWith('###')) {
      open = { heading, lines: [] };
      out.push(open);
    } else if (/^#\s/.test(line)) open = undefined;
    else open?.lines.push(line);
  }
  return out;
}

/** The text of each `- ` bullet. */
function bullets(lines: readonly string[]): string[] {
  return lines.map((l) => /^\s*[-*]\s+(.*)$/.exec(l)?.[1]?.trim()).filter((b): b is string => b !== undefined && b !== '');
}

const DECISION_RE = /^(.+): (Keep|Revise|Done|Pause|Drop|Let go|Adjust)(?: — (.+))?$/;
const STATUS_RE = /^(.+): marked (active|paused|done|dropped)$/;
const CHECKPOINT_RE = /^(.+): reached checkpoint “(.+)”$/;
/** `Focus for 2026-Q4`, or `FY2027-Q3` in a plan whose year starts in another month. */
const FOCUS_RE = /^Focus for ((?:FY)?\d{4}-Q[1-4])$/;

/** Recognises the decisions, changes and focus plans in every entry that has its text. */
export function journalFacts(entries: readonly ReportJournalEntry[]): JournalFacts {
  const facts: JournalFacts = { decisions: [], changes: [], focuses: [] };
  const ordered = [...entries].sort((a, b) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.path.localeCompare(b.path)));
  for (const record of ordered) {
    if (typeof record.text !== 'string') continue;
    const source: JournalSource = { date: record.entry.date, kind: record.entry.kind, path: record.path };
    for (const section of bodySections(record.text)) {
      if (section.heading === 'Goal decisions' || section.heading === 'Goal alignment') {
        for (const b of bullets(section.lines)) {
          const m = DECISION_RE.exec(b);
          if (m) facts.decisions.push({ ...source, goal: itemAt(m, 1), decision: m[2] as DecisionWord, ...(m[3] && { reason: m[3] }) });
        }
      } else if (section.heading === 'Changes') {
        for (const b of bullets(section.lines)) {
          const s = STATUS_RE.exec(b);
          if (s) facts.changes.push({ ...source, goal: itemAt(s, 1), change: { kind: 'status', status: s[2] as 'active' | 'paused' | 'done' | 'dropped' } });
          const c = CHECKPOINT_RE.exec(b);
          if (c) facts.changes.push({ ...source, goal: itemAt(c, 1), change: { kind: 'checkpoint', title: itemAt(c, 2) } });
        }
      } else {
        const f = FOCUS_RE.exec(section.heading);
        if (f) facts.focuses.push({ ...source, quarter: itemAt(f, 1), ...focusBody(section.lines) });
      }
    }
  }
  return facts;
}

/** `Theme: …` and `Goals: a, b` of a focus section; `(no goals)` is none. */
function focusBody(lines: readonly string[]): { theme?: string; goals: string[] } {
  let theme: string | undefined;
  let goals: string[] = [];
  for (const l of lines) {
    const t = /^Theme:\s*(.+)$/.exec(l.trim())?.[1];
    if (t !== undefined) theme = t;
    const g = /^Goals:\s*(.*)$/.exec(l.trim())?.[1];
    if (g !== undefined && g !== '(no goals)') goals = g.split(', ').map((s) => s.trim()).filter((s) => s !== '');
  }
  return { ...(theme !== undefined && { theme }), goals };
}
