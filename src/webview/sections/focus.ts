/**
 * Plan next quarter's focus (quarterly): pick the focus goals and a theme, written to
 * `focus:` for `session.proposedFocusQuarter`. Picking more than
 * careerGoals.maxActiveGoals raises a clear alert: "too many goals at once" is the
 * framework's first pitfall.
 */
import type { ReviewDraft, ReviewSession } from '../../shared/protocol';
import { h } from '../dom';
import { percent } from '../../core/words/percent';
import { effectiveStatus, focusPicks } from '../draft-edit';
import { state, updateDraft } from '../state';
import { checkbox, note, textField } from '../widgets';
import { titleOf } from '../../shared/session-lookup';
import type { SectionDef } from './section';

/** Writes the focus, starting from the current focus the first time it is touched. */
function edit(session: ReviewSession, fn: (focus: { goals: string[]; theme?: string }) => void, kind: 'draft' | 'structure'): void {
  updateDraft((d) => {
    d.focus ??= { goals: focusPicks(session, d), ...(session.focus?.theme && { theme: session.focus.theme }) };
    fn(d.focus);
  }, kind);
}

/** The too-many-goals alert, or null within the limit. */
function focusWarning(picked: number, max: number): HTMLElement | null {
  if (picked <= max) return null;
  return h(
    'div',
    { class: ['alert', 'alert-warn'], role: 'alert' },
    h('strong', null, `Too many focus goals: ${picked} picked, your limit is ${max}.`),
    ' Setting too many goals at once is the first pitfall: each one gets less of your best hours. Pick fewer, or raise careerGoals.maxActiveGoals if you really mean it.',
  );
}

export const focus: SectionDef = {
  id: 'focus',
  title: 'Plan next quarter’s focus',
  intro: (s) => `Choose the few goals that get your best hours in ${s.proposedFocusQuarter}, and a theme that ties them together. This replaces the focus block in goals.yaml.`,
  render: (session: ReviewSession, draft: ReviewDraft) => {
    const picks = focusPicks(session, draft);
    const candidates = session.goals.filter((g) => effectiveStatus(draft, g) === 'active');
    const stale = picks.filter((id) => !candidates.some((g) => g.id === id));
    const max = session.maxActiveGoals;
    const title = titleOf(session);
    return [
      textField({
        label: `Theme for ${session.proposedFocusQuarter}`,
        value: draft.focus?.theme ?? session.focus?.theme ?? '',
        placeholder: 'e.g. Visibility beyond my team',
        wide: true,
        key: 'focus-theme',
        onInput: (v) => edit(session, (f) => (v.trim() ? (f.theme = v) : delete f.theme), 'draft'),
      }),
      h(
        'fieldset',
        { class: 'checks' },
        h('legend', null, `Focus goals for ${session.proposedFocusQuarter}`),
        h('p', { class: 'meta', 'aria-live': 'polite' }, `${picks.length} picked · limit ${max} (careerGoals.maxActiveGoals)`),
        focusWarning(picks.length, max),
        candidates.map((g) =>
          checkbox({
            label: g.title,
            checked: picks.includes(g.id),
            key: `focus-${g.id}`,
            extra: `${g.horizonLabel} · ${percent(g.progress)}%`,
            onChange: (on) => {
              state.focusKey = `focus-${g.id}`;
              edit(session, (f) => (f.goals = on ? [...f.goals.filter((x) => x !== g.id), g.id] : f.goals.filter((x) => x !== g.id)), 'structure');
            },
          }),
        ),
        stale.length ? note(`Still picked but no longer active after this review: ${stale.map(title).join(', ')}. Untick them.`, 'warn') : null,
      ),
      session.focus?.quarter ? note(`Current focus (${session.focus.quarter}): ${session.focus.goals.map(title).join(', ') || 'no goals'}${session.focus.theme ? ` — “${session.focus.theme}”` : ''}.`) : null,
    ];
  },
};
