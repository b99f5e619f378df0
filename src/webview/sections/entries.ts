/**
 * Wins and lessons: the list of logged entries and the inline "add" form, shared by
 * Celebrate, Lessons learned and Celebrate the quarter.
 */
import type { EntryView, NewEntryDraft, ReviewDraft, ReviewSession } from '../../shared/protocol';
import { h, icon } from '../dom';
import { sparkle } from '../effects';
import { setPending, state, updateDraft } from '../state';
import { button, select, textField } from '../widgets';
import { titleOf } from '../../shared/session-lookup';

/** A read-only list of logged entries, newest last as in the file. */
export function entryList(session: ReviewSession, entries: readonly EntryView[], glyph: string, label: string): HTMLElement {
  const title = titleOf(session);
  return h(
    'ul',
    { class: 'entries', 'aria-label': label },
    entries.map((e) =>
      h('li', null, icon(glyph, 'entry-icon'), h('span', { class: 'entry-text' }, e.text), e.goalId ? h('span', { class: 'chip' }, title(e.goalId)) : null, h('time', { class: 'meta', datetime: e.date }, e.date)),
    ),
  );
}

type EntryKind = 'wins' | 'lessons';

const WORDS: Record<EntryKind, { one: string; field: string; add: string; glyph: string; placeholder: string }> = {
  wins: { one: 'win', field: 'New win', add: 'Add win', glyph: 'star-full', placeholder: 'What went well, however small?' },
  lessons: { one: 'lesson', field: 'New lesson', add: 'Add lesson', glyph: 'lightbulb', placeholder: 'What would you tell yourself a month ago?' },
};

/** Entries added in this session, each with a remove button. */
function addedList(session: ReviewSession, kind: EntryKind, entries: readonly NewEntryDraft[]): HTMLElement | null {
  if (!entries.length) return null;
  const w = WORDS[kind];
  const title = titleOf(session);
  return h(
    'ul',
    { class: ['entries', 'added'], 'aria-label': `${w.one.charAt(0).toUpperCase()}${w.one.slice(1)}s added in this review` },
    entries.map((e, i) =>
      h(
        'li',
        null,
        icon(w.glyph, 'entry-icon'),
        h('span', { class: 'entry-text' }, e.text),
        e.goalId ? h('span', { class: 'chip' }, title(e.goalId)) : null,
        h('span', { class: ['pill', 'tone-new'] }, 'new'),
        button({
          text: 'Remove',
          secondary: true,
          name: `Remove ${w.one} “${e.text}”`,
          key: `${kind}-remove-${i}`,
          onClick: () => {
            state.focusKey = `${kind}-text`;
            updateDraft((d) => d[kind].splice(i, 1), 'structure');
          },
        }),
      ),
    ),
  );
}

/** The "add a win/lesson" form, optionally tied to a goal. Typed text survives reloads via `pending`. */
function addForm(session: ReviewSession, kind: EntryKind): HTMLElement {
  const w = WORDS[kind];
  const textKey = `${kind}-text`;
  const goalKey = `${kind}-goal`;
  const add = () => {
    const text = (state.pending[textKey] ?? '').trim();
    if (!text) {
      state.error = `Write the ${w.one} first.`;
      state.focusKey = textKey;
      updateDraft(() => undefined, 'structure');
      return;
    }
    const goalId = state.pending[goalKey] || undefined;
    setPending(textKey, '');
    setPending(goalKey, '');
    state.focusKey = textKey;
    updateDraft((d: ReviewDraft) => d[kind].push({ text, ...(goalId && { goalId }) }), 'structure');
    // Rendering is synchronous: the new entry is on screen now; celebrate it there.
    const added = document.querySelector('.entries.added li:last-child .entry-icon');
    if (kind === 'wins' && added) sparkle(added);
  };
  const goals = session.goals.filter((g) => g.status === 'active' || g.status === 'paused');
  const addButton = button({ text: w.add, icon: 'add', key: `${kind}-add`, onClick: add });
  return h(
    'div',
    { class: 'add-form' },
    textField({ label: w.field, value: state.pending[textKey] ?? '', placeholder: w.placeholder, key: textKey, wide: true, onInput: (v) => setPending(textKey, v), onEnter: add }),
    select({
      label: 'Goal (optional)',
      name: `Goal of the new ${w.one}`,
      value: state.pending[goalKey] ?? '',
      key: goalKey,
      options: [{ value: '', label: 'No goal' }, ...goals.map((g) => ({ value: g.id, label: g.title }))],
      onChange: (v) => setPending(goalKey, v),
    }),
    h('div', { class: 'form-actions' }, addButton),
  );
}

/** Added entries plus the add form. */
export function entryEditor(session: ReviewSession, draft: ReviewDraft, kind: EntryKind): HTMLElement {
  return h('div', { class: 'entry-editor' }, addedList(session, kind, draft[kind]), addForm(session, kind));
}
