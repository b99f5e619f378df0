/**
 * The review's written record: the sections shared by the Summary step, the
 * clipboard copy and the journal entry. Every word the person typed appears here, so
 * a journal entry keeps their reflection even when goals.yaml could not be changed.
 */
import * as l10n from '@vscode/l10n';
import { adjustmentSentence } from '../core/words/adjustment-words';
import { decisionWord, JOURNAL_HEADINGS } from '../core/reports/journal-body';
import { describeOp, draftToOps } from './ops';
import { titleOf } from './session-lookup';
import { GOAL_DECISIONS, type CompletedFailure, type ReviewDraft, type ReviewSession } from './protocol';

export interface SummarySection {
  heading: string;
  /** Markdown; empty sections are dropped by renderers. */
  body: string;
}

/** What completion did, when it ran. */
export interface SummaryOutcome {
  applied: string[];
  failed: CompletedFailure[];
  /** goals.yaml deliberately left alone: planned changes are listed instead. */
  journalOnly: boolean;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Keeps a person's line from turning into Markdown structure it wasn't meant as. */
function inline(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}

/** Multi-line text kept as written, but never able to close our front matter. */
function block(text: string): string {
  return text.trim().replace(/^---$/gm, '\\---');
}

const bullets = (lines: string[]) => lines.map((l) => `- ${inline(l)}`).join('\n');

/** A goal decision as the journal writes it; journal-body.ts reads these words back, in English and translated. */
function decisionLabel(decision: (typeof GOAL_DECISIONS)[number] | 'let-go' | 'adjust'): string {
  return decisionWord(DECISION_WORDS[decision]);
}

const DECISION_WORDS = { keep: 'Keep', revise: 'Revise', done: 'Done', pause: 'Pause', drop: 'Drop', 'let-go': 'Let go', adjust: 'Adjust' } as const;

/** Builds the summary sections. Without `outcome`, lists the changes the draft would make. */
export function buildSummary(session: ReviewSession, draft: ReviewDraft, outcome?: SummaryOutcome): SummarySection[] {
  const label = titleOf(session);
  const active = session.goals.filter((g) => g.status === 'active');
  const sections: SummarySection[] = [];

  sections.push({
    heading: l10n.t('Progress'),
    body: [
      session.activeCount === 1
        ? l10n.t('Overall {0} across 1 active goal (limit {1}).', pct(session.overall), session.maxActiveGoals)
        : l10n.t('Overall {0} across {1} active goals (limit {2}).', pct(session.overall), session.activeCount, session.maxActiveGoals),
      '',
      bullets(active.map((g) => `${g.title} — ${pct(g.progress)}. ${g.insight}`)),
    ].join('\n'),
  });

  const answered = Object.entries(draft.answers).filter(([, a]) => a.trim() !== '');
  const order = (p: string) => (session.prompts.includes(p) ? session.prompts.indexOf(p) : Number.MAX_SAFE_INTEGER);
  answered.sort(([a], [b]) => order(a) - order(b));
  sections.push({ heading: l10n.t('Reflection'), body: answered.map(([p, a]) => `**${inline(p)}**\n\n${block(a)}`).join('\n\n') });

  const newWins = draft.wins.filter((w) => w.text.trim()).map((w) => `${w.text}${w.goalId ? ` (${label(w.goalId)})` : ''}`);
  const oldWins = session.winsSinceLastReview.map((w) => `${w.date}: ${w.text}${w.goalId ? ` (${label(w.goalId)})` : ''}`);
  sections.push({ heading: l10n.t('Wins'), body: bullets([...oldWins, ...newWins.map((w) => `${session.today}: ${w}`)]) });
  sections.push({ heading: l10n.t('Lessons'), body: bullets(draft.lessons.filter((l) => l.text.trim()).map((l) => `${l.text}${l.goalId ? ` (${label(l.goalId)})` : ''}`)) });

  const alignment: string[] = [];
  const decisions: string[] = [];
  for (const [id, g] of Object.entries(draft.goals)) {
    if (g.alignment) {
      const word = decisionLabel(g.alignment.decision === 'let-go' ? 'let-go' : g.alignment.decision === 'adjust' ? 'adjust' : 'keep');
      alignment.push(`${label(id)}: ${word}${g.alignment.note?.trim() ? ` — ${g.alignment.note}` : ''}`);
    }
    if (g.decision) decisions.push(`${label(id)}: ${decisionLabel(g.decision.decision)}${g.decision.reason?.trim() ? ` — ${g.decision.reason}` : ''}`);
  }
  sections.push({ heading: JOURNAL_HEADINGS.alignment(), body: bullets(alignment) });
  sections.push({ heading: JOURNAL_HEADINGS.decisions(), body: bullets(decisions) });
  sections.push({ heading: l10n.t('Adjusted deadlines'), body: bullets((session.adjustments ?? []).map((a) => adjustmentSentence(a))) });

  if (draft.focus) {
    const goals = draft.focus.goals.map(label).join(', ') || JOURNAL_HEADINGS.noGoals();
    const theme = draft.focus.theme?.trim() ? `${JOURNAL_HEADINGS.theme(inline(draft.focus.theme))}\n\n` : '';
    sections.push({ heading: JOURNAL_HEADINGS.focus(session.proposedFocusQuarter), body: `${theme}${JOURNAL_HEADINGS.goals(goals)}` });
  }

  if (!outcome || outcome.journalOnly) {
    const planned = draftToOps(session, draft).map((op) => describeOp(op, label));
    const heading = outcome?.journalOnly ? l10n.t('Changes not written to goals.yaml') : JOURNAL_HEADINGS.changes();
    sections.push({ heading, body: bullets(planned) });
  } else {
    sections.push({ heading: JOURNAL_HEADINGS.changes(), body: bullets(outcome.applied) });
    sections.push({ heading: l10n.t('Changes that could not be applied'), body: bullets(outcome.failed.map((f) => `${f.change} — ${f.reason}`)) });
  }
  if (draft.notes?.trim()) sections.push({ heading: l10n.t('Notes'), body: block(draft.notes) });
  return sections;
}

/** The summary as Markdown for the clipboard: a title and the non-empty sections. */
export function summaryMarkdown(session: ReviewSession, draft: ReviewDraft, outcome?: SummaryOutcome): string {
  const body = buildSummary(session, draft, outcome)
    .filter((s) => s.body.trim() !== '')
    .map((s) => `## ${s.heading}\n\n${s.body}\n`);
  return [`# ${session.title} — ${session.today} (${session.folderName})`, '', ...body].join('\n');
}
