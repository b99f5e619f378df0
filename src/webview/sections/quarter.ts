/** Celebrate the quarter (quarterly): the quarter's wins and the goals completed. */
import * as l10n from '@vscode/l10n';
import { h, icon } from '../dom';
import { effectiveStatus } from '../draft-edit';
import { note } from '../widgets';
import { entryList } from './entries';
import type { SectionDef } from './section';

export const quarter: SectionDef = {
  id: 'quarter',
  get title() {
    return l10n.t('Celebrate the quarter');
  },
  intro: (s) => l10n.t('Before planning on, look back at {0}: everything you won and finished.', s.currentQuarter),
  render: (session, draft) => {
    const doneNow = session.goals.filter((g) => g.status !== 'done' && effectiveStatus(draft, g) === 'done');
    const finished = [...session.completedGoals, ...doneNow.map((g) => ({ id: g.id, title: g.title }))];
    const wins = session.quarterWins.length + draft.wins.length;
    return [
      h(
        'div',
        { class: 'stats' },
        h('div', { class: 'stat' }, h('span', { class: 'stat-value' }, String(wins)), h('span', { class: 'stat-label' }, wins === 1 ? l10n.t('win this quarter') : l10n.t('wins this quarter'))),
        h('div', { class: 'stat' }, h('span', { class: 'stat-value' }, String(finished.length)), h('span', { class: 'stat-label' }, finished.length === 1 ? l10n.t('goal completed') : l10n.t('goals completed'))),
      ),
      h('h3', { class: 'sub' }, l10n.t('Goals completed')),
      finished.length
        ? h('ul', { class: 'entries', 'aria-label': l10n.t('Goals completed') }, finished.map((g) => h('li', null, icon('pass-filled', 'entry-icon'), h('span', { class: 'entry-text' }, g.title))))
        : note(l10n.t('No goals completed yet: progress still counts.')),
      h('h3', { class: 'sub' }, l10n.t('Wins this quarter')),
      session.quarterWins.length || draft.wins.length
        ? [
            entryList(session, session.quarterWins, 'star-full', l10n.t('Wins this quarter')),
            draft.wins.length ? entryList(session, draft.wins.map((w) => ({ ...w, date: session.today })), 'star-full', l10n.t('Wins added in this review')) : null,
          ]
        : note(l10n.t('No wins logged this quarter. Add the ones you remember in Celebrate.')),
    ];
  },
};
