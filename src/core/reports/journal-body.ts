/**
 * What a report reads from the body of journal entries, beyond their front matter:
 * the goal decisions of a review (keep, revise, done, pause, drop, with the reason
 * typed), status changes and checkpoints reached listed under Changes, and the focus
 * planned for a quarter. These are the lines src/shared/summary.ts writes; anything
 * the person reworded is simply not recognised, never guessed at.
 *
 * The review writes those headings and lines in the display language, so they are read
 * in English and in the display language's words alike: an entry written in German reads
 * as the same facts as one written in English, in any display language (the other
 * languages' words: journal-translations.ts). The words are built here, once, for the
 * writer (summary.ts, ops.ts) and the reader.
 */
import * as l10n from '@vscode/l10n';
import { JOURNAL_TRANSLATIONS } from './journal-translations';
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

/** The comment of the decision words' messages (written out in each call: the extractor reads literals), part of their bundle keys. */
const DECISION_COMMENT = 'A decision about a goal, written after its title in the review journal';

const DECISION_WORDS: readonly DecisionWord[] = ['Keep', 'Revise', 'Done', 'Pause', 'Drop', 'Let go', 'Adjust'];
const STATUSES = ['active', 'paused', 'done', 'dropped'] as const;
type StatusWord = (typeof STATUSES)[number];

/** A decision word in the display language (`Keep` → `Beibehalten`). */
export function decisionWord(word: DecisionWord): string {
  switch (word) {
    case 'Keep':
      return l10n.t({ message: 'Keep', comment: ['A decision about a goal, written after its title in the review journal'] });
    case 'Revise':
      return l10n.t({ message: 'Revise', comment: ['A decision about a goal, written after its title in the review journal'] });
    case 'Done':
      return l10n.t({ message: 'Done', comment: ['A decision about a goal, written after its title in the review journal'] });
    case 'Pause':
      return l10n.t({ message: 'Pause', comment: ['A decision about a goal, written after its title in the review journal'] });
    case 'Drop':
      return l10n.t({ message: 'Drop', comment: ['A decision about a goal, written after its title in the review journal'] });
    case 'Let go':
      return l10n.t({ message: 'Let go', comment: ['A decision about a goal, written after its title in the review journal'] });
    case 'Adjust':
      return l10n.t({ message: 'Adjust', comment: ['A decision about a goal, written after its title in the review journal'] });
  }
}

/** The headings and lines of a journal entry that a report reads back, in the display language. */
export const JOURNAL_HEADINGS = {
  decisions: (): string => l10n.t('Goal decisions'),
  alignment: (): string => l10n.t('Goal alignment'),
  changes: (): string => l10n.t('Changes'),
  /** `Focus for 2026-Q4`. */
  focus: (quarter: string): string => l10n.t('Focus for {0}', quarter),
  theme: (theme: string): string => l10n.t('Theme: {0}', theme),
  goals: (goals: string): string => l10n.t('Goals: {0}', goals),
  noGoals: (): string => l10n.t('(no goals)'),
};

/** `Ship it: marked done`, as the Changes section lists a status change. */
export function statusChangeLine(goal: string, status: StatusWord): string {
  return statusTemplate(status).split('{0}').join(goal);
}

/** `Ship it: reached checkpoint “Beta”`, as the Changes section lists a checkpoint reached. */
export function checkpointReachedLine(goal: string, checkpoint: string): string {
  return l10n.t('{0}: reached checkpoint “{1}”', goal, checkpoint);
}

function statusTemplate(status: StatusWord): string {
  switch (status) {
    case 'active':
      return l10n.t('{0}: marked active');
    case 'paused':
      return l10n.t('{0}: marked paused');
    case 'done':
      return l10n.t('{0}: marked done');
    case 'dropped':
      return l10n.t('{0}: marked dropped');
  }
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A line pattern from a message template (`{0}: reached checkpoint “{1}”`): each `{n}` captures, in order of n. */
function templateRe(template: string, groups: Record<string, string>): { re: RegExp; order: string[] } {
  const order: string[] = [];
  const source = template
    .split(/(\{\d+\})/)
    .map((part) => {
      const m = /^\{(\d+)\}$/.exec(part);
      if (!m) return escape(part);
      order.push(itemAt(m, 1));
      return `(${groups[itemAt(m, 1)] ?? '.+'})`;
    })
    .join('');
  return { re: new RegExp(`^${source}$`), order };
}

/**
 * The English text, the display language's, and every shipped language's (by bundle
 * `key`, which is the English unless a comment makes it longer), each once.
 */
const both = (english: string, translated: string, key = english): string[] => [
  ...new Set([english, translated, ...Object.values(JOURNAL_TRANSLATIONS).flatMap((words) => words[key] ?? [])]),
];

/** The patterns of one journal reading, English and display language. */
interface JournalWords {
  decisions: Set<string>;
  alignment: Set<string>;
  changes: Set<string>;
  decision: RegExp;
  decisionOf: Map<string, DecisionWord>;
  status: { re: RegExp; order: string[]; status: StatusWord }[];
  checkpoint: { re: RegExp; order: string[] }[];
  focus: { re: RegExp; order: string[] }[];
  theme: RegExp[];
  goals: RegExp[];
  noGoals: Set<string>;
}

function journalWords(): JournalWords {
  const decisionOf = new Map<string, DecisionWord>();
  for (const w of DECISION_WORDS) for (const form of both(w, decisionWord(w), `${w}/${DECISION_COMMENT}`)) decisionOf.set(form, w);
  const alternatives = [...decisionOf.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  const quarter = '(?:FY)?\\d{4}-Q[1-4]';
  return {
    decisions: new Set(both('Goal decisions', JOURNAL_HEADINGS.decisions())),
    alignment: new Set(both('Goal alignment', JOURNAL_HEADINGS.alignment())),
    changes: new Set(both('Changes', JOURNAL_HEADINGS.changes())),
    decision: new RegExp(`^(.+): (${alternatives})(?: — (.+))?$`),
    decisionOf,
    status: STATUSES.flatMap((status) => both(`{0}: marked ${status}`, statusTemplate(status)).map((t) => ({ ...templateRe(t, {}), status }))),
    checkpoint: both('{0}: reached checkpoint “{1}”', l10n.t('{0}: reached checkpoint “{1}”')).map((t) => templateRe(t, {})),
    focus: both('Focus for {0}', l10n.t('Focus for {0}')).map((t) => templateRe(t, { '0': quarter })),
    theme: both('Theme: {0}', l10n.t('Theme: {0}')).map((t) => labelRe(t, '.+')),
    goals: both('Goals: {0}', l10n.t('Goals: {0}')).map((t) => labelRe(t, '.*')),
    noGoals: new Set(both('(no goals)', JOURNAL_HEADINGS.noGoals())),
  };
}

/** `Theme: {0}` as a pattern: the label, any spaces, then the value (`rest`) captured. */
function labelRe(template: string, rest: string): RegExp {
  const [label = '', after = ''] = template.split('{0}');
  return new RegExp(`^${escape(label.trimEnd())}\\s*(${rest})${escape(after)}$`);
}

/** The captures of the first pattern that matches `text`, by placeholder number. */
function matchTemplate(patterns: readonly { re: RegExp; order: string[] }[], text: string): Record<string, string> | undefined {
  for (const p of patterns) {
    const m = p.re.exec(text);
    if (m) return Object.fromEntries(p.order.map((n, i) => [n, itemAt(m, i + 1)]));
  }
  return undefined;
}

/** Recognises the decisions, changes and focus plans in every entry that has its text. */
export function journalFacts(entries: readonly ReportJournalEntry[]): JournalFacts {
  const facts: JournalFacts = { decisions: [], changes: [], focuses: [] };
  const words = journalWords();
  const ordered = [...entries].sort((a, b) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.path.localeCompare(b.path)));
  for (const record of ordered) {
    if (typeof record.text !== 'string') continue;
    const source: JournalSource = { date: record.entry.date, kind: record.entry.kind, path: record.path };
    for (const section of bodySections(record.text)) {
      if (words.decisions.has(section.heading) || words.alignment.has(section.heading)) {
        for (const b of bullets(section.lines)) {
          const m = words.decision.exec(b);
          const decision = m ? words.decisionOf.get(itemAt(m, 2)) : undefined;
          if (m && decision) facts.decisions.push({ ...source, goal: itemAt(m, 1), decision, ...(m[3] && { reason: m[3] }) });
        }
      } else if (words.changes.has(section.heading)) {
        for (const b of bullets(section.lines)) {
          for (const p of words.status) {
            const s = matchTemplate([p], b);
            if (s) {
              facts.changes.push({ ...source, goal: s['0'] ?? '', change: { kind: 'status', status: p.status } });
              break;
            }
          }
          const c = matchTemplate(words.checkpoint, b);
          if (c) facts.changes.push({ ...source, goal: c['0'] ?? '', change: { kind: 'checkpoint', title: c['1'] ?? '' } });
        }
      } else {
        const f = matchTemplate(words.focus, section.heading);
        if (f) facts.focuses.push({ ...source, quarter: f['0'] ?? '', ...focusBody(section.lines, words) });
      }
    }
  }
  return facts;
}

/** `Theme: …` and `Goals: a, b` of a focus section; `(no goals)` is none. */
function focusBody(lines: readonly string[], words: JournalWords): { theme?: string; goals: string[] } {
  let theme: string | undefined;
  let goals: string[] = [];
  for (const l of lines) {
    const line = l.trim();
    const t = words.theme.map((re) => re.exec(line)?.[1]).find((x) => x !== undefined);
    if (t !== undefined) theme = t;
    const g = words.goals.map((re) => re.exec(line)?.[1]).find((x) => x !== undefined);
    if (g !== undefined && !words.noGoals.has(g))
      goals = g
        .split(', ')
        .map((s) => s.trim())
        .filter((s) => s !== '');
  }
  return { ...(theme !== undefined && { theme }), goals };
}
