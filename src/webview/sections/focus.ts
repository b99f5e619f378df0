/**
 * Plan next quarter's focus (quarterly): pick the focus goals and a theme, written to
 * `focus:` for `session.proposedFocusQuarter`. Picking more than
 * careerGoals.maxActiveGoals raises a clear alert: "too many goals at once" is the
 * framework's first pitfall.
 */
import * as l10n from '@vscode/l10n';
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
    h('strong', null, l10n.t('Too many focus goals: {0} picked, your limit is {1}.', picked, max)),
    ` ${l10n.t('Setting too many goals at once is the first pitfall: each one gets less of your best hours. Pick fewer, or raise careerGoals.maxActiveGoals if you really mean it.')}`,
  );
}

/** `Current focus (2026-Q4): A, B — “Theme”.`: whole sentences, with and without goals and theme. */
function currentFocus(quarter: string, goals: string, theme: string | undefined): string {
  if (theme) return goals ? l10n.t('Current focus ({0}): {1} — “{2}”.', quarter, goals, theme) : l10n.t('Current focus ({0}): no goals — “{1}”.', quarter, theme);
  return goals ? l10n.t('Current focus ({0}): {1}.', quarter, goals) : l10n.t('Current focus ({0}): no goals.', quarter);
}

export const focus: SectionDef = {
  id: 'focus',
  get title() {
    return l10n.t('Plan next quarter’s focus');
  },
  intro: (s) => l10n.t('Choose the few goals that get your best hours in {0}, and a theme that ties them together. This replaces the focus block in goals.yaml.', s.proposedFocusQuarter),
  render: (session: ReviewSession, draft: ReviewDraft) => {
    const picks = focusPicks(session, draft);
    const candidates = session.goals.filter((g) => effectiveStatus(draft, g) === 'active');
    const stale = picks.filter((id) => !candidates.some((g) => g.id === id));
    const max = session.maxActiveGoals;
    const title = titleOf(session);
    return [
      textField({
        label: l10n.t('Theme for {0}', session.proposedFocusQuarter),
        value: draft.focus?.theme ?? session.focus?.theme ?? '',
        placeholder: l10n.t('e.g. Visibility beyond my team'),
        wide: true,
        key: 'focus-theme',
        onInput: (v) => edit(session, (f) => (v.trim() ? (f.theme = v) : delete f.theme), 'draft'),
      }),
      h(
        'fieldset',
        { class: 'checks' },
        h('legend', null, l10n.t('Focus goals for {0}', session.proposedFocusQuarter)),
        h('p', { class: 'meta', 'aria-live': 'polite' }, l10n.t('{0} picked · limit {1} (careerGoals.maxActiveGoals)', picks.length, max)),
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
        stale.length ? note(l10n.t('Still picked but no longer active after this review: {0}. Untick them.', stale.map(title).join(', ')), 'warn') : null,
      ),
      session.focus?.quarter ? note(currentFocus(session.focus.quarter, session.focus.goals.map(title).join(', '), session.focus.theme)) : null,
    ];
  },
};
