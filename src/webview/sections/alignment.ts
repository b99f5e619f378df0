/**
 * Alignment (monthly): a values-by-goals grid that shows values no goal serves and
 * goals that serve no value, then for each active goal: does it still serve the north
 * star? Keep, adjust or let go, with a note.
 */
import * as l10n from '@vscode/l10n';
import { ALIGNMENT_DECISIONS, type AlignmentDecision, type GoalView, type ReviewDraft, type ReviewSession } from '../../shared/protocol';
import { h, icon } from '../dom';
import { goalDraft, pruneGoal } from '../draft-edit';
import { updateDraft } from '../state';
import { card, goalHeader, note, radioGroup, textField } from '../widgets';
import type { SectionDef } from './section';

/** A function, so the words are looked up once the page has its bundle. */
const labels = (): Record<AlignmentDecision, string> => ({ keep: l10n.t('Keep'), adjust: l10n.t('Adjust'), 'let-go': l10n.t('Let go') });

function grid(session: ReviewSession, goals: GoalView[]): HTMLElement {
  const values = session.values;
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'grid' },
      h('caption', { class: 'visually-hidden' }, l10n.t('Which values each active goal serves')),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, l10n.t('Goal')), values.map((v) => h('th', { scope: 'col' }, v)))),
      h(
        'tbody',
        null,
        goals.map((g) =>
          h(
            'tr',
            null,
            h('th', { scope: 'row' }, g.title),
            values.map((v) => h('td', null, g.values.includes(v) ? [icon('check'), h('span', { class: 'visually-hidden' }, l10n.t('serves'))] : null)),
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
  // Quoted names in a list: the quotes are the language's own, from the bundle.
  const quoted = (names: readonly string[]) => names.map((n) => l10n.t('“{0}”', n)).join(', ');
  if (orphanValues.length) out.push(note(l10n.t('No active goal serves {0}. Is that a value you’re trading away for now, or is a goal missing?', quoted(orphanValues)), 'warn'));
  if (valueless.length) out.push(note(l10n.t('Serving none of your values: {0}. Why does it matter to you?', quoted(valueless.map((g) => g.title))), 'warn'));
  if (!out.length && goals.length) out.push(note(l10n.t('Every value has a goal and every goal serves a value.'), 'info'));
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
      legend: l10n.t('Does “{0}” still serve your north star?', goal.title),
      value: a?.decision,
      key: `align-${goal.id}`,
      options: ALIGNMENT_DECISIONS.map((d) => ({ value: d, label: labels()[d] })),
      onChange: (v) => set(v, draft.goals[goal.id]?.alignment?.note),
    }),
    a?.decision === 'let-go' ? note(l10n.t('Letting go marks the goal dropped when you complete the review.'), 'info') : null,
    textField({
      label: l10n.t('Note'),
      name: l10n.t('Alignment note for {0}', goal.title),
      value: a?.note ?? '',
      wide: true,
      key: `align-note-${goal.id}`,
      placeholder: a?.decision === 'adjust' ? l10n.t('What would you change?') : l10n.t('Why?'),
      // A note without a decision counts as "keep": the validator needs a decision.
      onInput: (v) => set(draft.goals[goal.id]?.alignment?.decision ?? (v.trim() ? 'keep' : undefined), v),
    }),
  );
}

export const alignment: SectionDef = {
  id: 'alignment',
  get title() {
    return l10n.t('Alignment');
  },
  intro: () => l10n.t('Step back: do your goals still point at your north star and serve your values?'),
  render: (session, draft) => {
    const goals = session.goals.filter((g) => g.status === 'active');
    return [
      session.northStar ? h('blockquote', { class: 'north-star' }, icon('compass'), h('span', null, session.northStar)) : note(l10n.t('No north star in goals.yaml yet (vision.north_star).')),
      session.values.length ? [grid(session, goals), ...gaps(session, goals)] : note(l10n.t('No values listed in goals.yaml (vision.values).')),
      goals.map((g) => decisionCard(g, draft)),
    ];
  },
};
