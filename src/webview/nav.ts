/**
 * Header, step list and Back/Next: the review is a page with a suggested order, not a
 * locked wizard, so every section is one click (or Tab + Enter) away at any time.
 */
import * as l10n from '@vscode/l10n';
import { itemAt } from '../core/text/indexing';
import type { ReviewSession } from '../shared/protocol';
import { h, icon } from './dom';
import { longDate } from './format';
import { SECTIONS, type SectionId } from './sections';
import { goTo, state } from './state';
import { button } from './widgets';

/** "Section n of m" with one segment per section. */
function stepper(order: SectionId[], current: SectionId): HTMLElement {
  const n = order.indexOf(current) + 1;
  return h(
    'div',
    { class: 'stepper' },
    h('span', { class: 'step-count', 'aria-live': 'polite' }, l10n.t('Section {0} of {1}', n, order.length), h('span', { class: 'visually-hidden' }, `: ${SECTIONS[current].title}`)),
    h('div', { class: 'step-bar', 'aria-hidden': 'true' }, order.map((_id, i) => h('span', { class: ['step-seg', i < n && 'on'] }))),
  );
}

/** Title, folder, date and "Section n of m" (left out once the review is complete). */
export function header(session: ReviewSession, order: SectionId[], current: SectionId, complete = false): HTMLElement {
  return h(
    'header',
    { class: 'top' },
    h('div', { class: 'title-row' }, icon('checklist', 'title-icon'), h('h1', null, session.title)),
    h('p', { class: 'meta' }, h('span', null, icon('folder'), ' ', session.folderName), h('span', null, icon('calendar'), ' ', h('time', { datetime: session.today }, longDate(session.today, state.language)))),
    complete ? null : stepper(order, current),
  );
}

/** Moves focus between step buttons with the arrow keys, Home and End. */
function onNavKey(ev: KeyboardEvent): void {
  const buttons = [...(ev.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('button.step')];
  const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (i < 0) return;
  const next = ev.key === 'ArrowDown' ? i + 1 : ev.key === 'ArrowUp' ? i - 1 : ev.key === 'Home' ? 0 : ev.key === 'End' ? buttons.length - 1 : -2;
  if (next === -2) return;
  ev.preventDefault();
  itemAt(buttons, (next + buttons.length) % buttons.length).focus();
}

/** The step list with done markers; `badges` adds a count to a section (e.g. changes on Summary). */
export function stepList(order: SectionId[], current: SectionId, visited: readonly string[], badges: Partial<Record<SectionId, number>>): HTMLElement {
  return h(
    'nav',
    { class: 'steps', 'aria-label': l10n.t('Review sections'), on: { keydown: onNavKey } },
    h(
      'ol',
      null,
      order.map((id, i) => {
        const isCurrent = id === current;
        const done = !isCurrent && visited.includes(id);
        const badge = badges[id];
        return h(
          'li',
          null,
          h(
            'button',
            { type: 'button', class: ['step', isCurrent && 'current', done && 'done'], 'aria-current': isCurrent ? 'step' : undefined, 'data-key': `nav-${id}`, on: { click: () => goTo(id) } },
            h('span', { class: 'marker', 'aria-hidden': 'true' }, done ? icon('pass-filled') : isCurrent ? icon('circle-filled') : h('span', { class: 'num' }, String(i + 1))),
            h('span', { class: 'step-title' }, SECTIONS[id].title),
            done ? h('span', { class: 'visually-hidden' }, ` ${l10n.t('(visited)')}`) : null,
            badge ? h('span', { class: 'count', 'aria-label': badge === 1 ? l10n.t('1 change') : l10n.t('{0} changes', badge) }, String(badge)) : null,
          ),
        );
      }),
    ),
  );
}

/** Back and Next at the end of a section. */
export function pager(order: SectionId[], current: SectionId): HTMLElement {
  const i = order.indexOf(current);
  const prev = order[i - 1];
  const next = order[i + 1];
  return h(
    'div',
    { class: ['pager', !next && 'last'] },
    prev ? button({ text: l10n.t('Back: {0}', SECTIONS[prev].title), icon: 'arrow-left', secondary: true, key: 'back', onClick: () => goTo(prev) }) : h('span'),
    next ? button({ text: l10n.t('Next: {0}', SECTIONS[next].title), icon: 'arrow-right', key: 'next', onClick: () => goTo(next) }) : null,
  );
}
