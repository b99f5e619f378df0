/**
 * Alignment (monthly): a values-by-goals grid that shows values no goal serves and
 * goals that serve no value, then for each active goal: does it still serve the north
 * star? Keep, adjust or let go, with a note.
 */
import { ALIGNMENT_DECISIONS, type AlignmentDecision, type GoalView, type ReviewDraft, type ReviewSession } from '../../shared/protocol';
import { h, icon } from '../dom';
import { goalDraft, pruneGoal } from '../draft-edit';
import { updateDraft } from '../state';
import { card, goalHeader, note, radioGroup, textField } from '../widgets';
import type { SectionDef } from './section';

const LABELS: Record<AlignmentDecision, string> = { keep: 'Keep', adjust: 'Adjust', 'let-go': 'Let go' };

function grid(session: ReviewSession, goals: GoalView[]): HTMLElement {
  const values = session.values;
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'grid' },
      h('caption', { class: 'visually-hidden' }, 'Which values each active goal serves'),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Goal'), values.map((v) => h('th', { scope: 'col' }, v)))),
      h(
        'tbody',
        null,
        goals.map((g) =>
          h(
            'tr',
            null,
            h('th', { scope: 'row' }, g.title),
            values.map((v) => h('td', null, g.values.includes(v) ? [icon('check'), h('span', { class: 'visually-hidden' }, 'serves')] : null)),
          ),
        ),
      ),
    ),
  );
}

function gaps(session: ReviewSession, goals: GoalView[]): HTMLElement[] {
  const out: HTMLElement[] = [];
  const orphanValues = session.values.filter((v) => !goals.some((g) => g.values.includes(v)));
  const valueless = goals.filter((g) => !g.values.some((v) => session.values.includes(v)));
  if (orphanValues.length) out.push(note(`No active goal serves ${orphanValues.map((v) => `“${v}”`).join(', ')}. Is that a value you’re trading away for now, or is a goal missing?`, 'warn'));
  if (valueless.length) out.push(note(`Serving none of your values: ${valueless.map((g) => `“${g.title}”`).join(', ')}. Why does it matter to you?`, 'warn'));
  if (!out.length && goals.length) out.push(note('Every value has a goal and every goal serves a value.', 'info'));
  return out;
}

function decisionCard(goal: GoalView, draft: ReviewDraft): HTMLElement {
  const a = draft.goals[goal.id]?.alignment;
  const set = (decision: AlignmentDecision | undefined, noteText: string | undefined) =>
    updateDraft(
      (d) => {
        const g = goalDraft(d, goal.id);
        if (decision) g.alignment = { decision, ...(noteText?.trim() && { note: noteText }) };
        else delete g.alignment;
        pruneGoal(d, goal.id);
      },
      decision !== a?.decision ? 'structure' : 'draft',
    );
  return card(
    goalHeader(goal),
    goal.why ? h('p', { class: 'why' }, goal.why) : null,
    radioGroup({
      legend: `Does “${goal.title}” still serve your north star?`,
      value: a?.decision,
      key: `align-${goal.id}`,
      options: ALIGNMENT_DECISIONS.map((d) => ({ value: d, label: LABELS[d] })),
      onChange: (v) => set(v, draft.goals[goal.id]?.alignment?.note),
    }),
    a?.decision === 'let-go' ? note('Letting go marks the goal dropped when you complete the review.', 'info') : null,
    textField({
      label: 'Note',
      name: `Alignment note for ${goal.title}`,
      value: a?.note ?? '',
      wide: true,
      key: `align-note-${goal.id}`,
      placeholder: a?.decision === 'adjust' ? 'What would you change?' : 'Why?',
      // A note without a decision counts as "keep": the validator needs a decision.
      onInput: (v) => set(draft.goals[goal.id]?.alignment?.decision ?? (v.trim() ? 'keep' : undefined), v),
    }),
  );
}

export const alignment: SectionDef = {
  id: 'alignment',
  title: 'Alignment',
  intro: () => 'Step back: do your goals still point at your north star and serve your values?',
  render: (session, draft) => {
    const goals = session.goals.filter((g) => g.status === 'active');
    return [
      session.northStar ? h('blockquote', { class: 'north-star' }, icon('compass'), h('span', null, session.northStar)) : note('No north star in goals.yaml yet (vision.north_star).'),
      session.values.length ? [grid(session, goals), ...gaps(session, goals)] : note('No values listed in goals.yaml (vision.values).'),
      goals.map((g) => decisionCard(g, draft)),
    ];
  },
};
