/**
 * Wins and lessons: the list of logged entries and the inline "add" form, shared by
 * Celebrate, Lessons learned and Celebrate the quarter.
 */
import * as l10n from '@vscode/l10n';
import { displayDay } from '../../core/time/display';
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
      h('li', null, icon(glyph, 'entry-icon'), h('span', { class: 'entry-text' }, e.text), e.goalId ? h('span', { class: 'chip' }, title(e.goalId)) : null, h('time', { class: 'meta', datetime: e.date }, displayDay(e.date, state.language))),
    ),
  );
}

type EntryKind = 'wins' | 'lessons';

/** The words of each kind, whole phrases (never a noun put into a sentence). A function, so they are looked up once the page has its bundle. */
function words(kind: EntryKind): { added: string; field: string; add: string; glyph: string; placeholder: string; goal: string; empty: string; remove: (text: string) => string } {
  return kind === 'wins'
    ? {
        added: l10n.t('Wins added in this review'),
        field: l10n.t('New win'),
        add: l10n.t('Add win'),
        glyph: 'star-full',
        placeholder: l10n.t('What went well, however small?'),
        goal: l10n.t('Goal of the new win'),
        empty: l10n.t('Write the win first.'),
        remove: (text) => l10n.t('Remove win “{0}”', text),
      }
    : {
        added: l10n.t('Lessons added in this review'),
        field: l10n.t('New lesson'),
        add: l10n.t('Add lesson'),
        glyph: 'lightbulb',
        placeholder: l10n.t('What would you tell yourself a month ago?'),
        goal: l10n.t('Goal of the new lesson'),
        empty: l10n.t('Write the lesson first.'),
        remove: (text) => l10n.t('Remove lesson “{0}”', text),
      };
}

/** Entries added in this session, each with a remove button. */
function addedList(session: ReviewSession, kind: EntryKind, entries: readonly NewEntryDraft[]): HTMLElement | null {
  if (!entries.length) return null;
  const w = words(kind);
  const title = titleOf(session);
  return h(
    'ul',
    { class: ['entries', 'added'], 'aria-label': w.added },
    entries.map((e, i) =>
      h(
        'li',
        null,
        icon(w.glyph, 'entry-icon'),
        h('span', { class: 'entry-text' }, e.text),
        e.goalId ? h('span', { class: 'chip' }, title(e.goalId)) : null,
        h('span', { class: ['pill', 'tone-new'] }, l10n.t('new')),
        button({
          text: l10n.t('Remove'),
          secondary: true,
          name: w.remove(e.text),
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
  const w = words(kind);
  const textKey = `${kind}-text`;
  const goalKey = `${kind}-goal`;
  const add = () => {
    const text = (state.pending[textKey] ?? '').trim();
    if (!text) {
      state.error = w.empty;
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
      label: l10n.t('Goal (optional)'),
      name: w.goal,
      value: state.pending[goalKey] ?? '',
      key: goalKey,
      options: [{ value: '', label: l10n.t('No goal') }, ...goals.map((g) => ({ value: g.id, label: g.title }))],
      onChange: (v) => setPending(goalKey, v),
    }),
    h('div', { class: 'form-actions' }, addButton),
  );
}

/** Added entries plus the add form. */
export function entryEditor(session: ReviewSession, draft: ReviewDraft, kind: EntryKind): HTMLElement {
  return h('div', { class: 'entry-editor' }, addedList(session, kind, draft[kind]), addForm(session, kind));
}
