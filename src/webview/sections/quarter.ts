/** Celebrate the quarter (quarterly): the quarter's wins and the goals completed. */
import { h, icon } from '../dom';
import { effectiveStatus } from '../draft-edit';
import { note } from '../widgets';
import { entryList } from './entries';
import type { SectionDef } from './section';

export const quarter: SectionDef = {
  id: 'quarter',
  title: 'Celebrate the quarter',
  intro: (s) => `Before planning on, look back at ${s.currentQuarter}: everything you won and finished.`,
  render: (session, draft) => {
    const doneNow = session.goals.filter((g) => g.status !== 'done' && effectiveStatus(draft, g) === 'done');
    const finished = [...session.completedGoals, ...doneNow.map((g) => ({ id: g.id, title: g.title }))];
    const wins = session.quarterWins.length + draft.wins.length;
    return [
      h(
        'div',
        { class: 'stats' },
        h('div', { class: 'stat' }, h('span', { class: 'stat-value' }, String(wins)), h('span', { class: 'stat-label' }, wins === 1 ? 'win this quarter' : 'wins this quarter')),
        h('div', { class: 'stat' }, h('span', { class: 'stat-value' }, String(finished.length)), h('span', { class: 'stat-label' }, finished.length === 1 ? 'goal completed' : 'goals completed')),
      ),
      h('h3', { class: 'sub' }, 'Goals completed'),
      finished.length
        ? h('ul', { class: 'entries', 'aria-label': 'Goals completed' }, finished.map((g) => h('li', null, icon('pass-filled', 'entry-icon'), h('span', { class: 'entry-text' }, g.title))))
        : note('No goals completed yet: progress still counts.'),
      h('h3', { class: 'sub' }, 'Wins this quarter'),
      session.quarterWins.length || draft.wins.length
        ? [
            entryList(session, session.quarterWins, 'star-full', 'Wins this quarter'),
            draft.wins.length ? entryList(session, draft.wins.map((w) => ({ ...w, date: session.today })), 'star-full', 'Wins added in this review') : null,
          ]
        : note('No wins logged this quarter. Add the ones you remember in Celebrate.'),
    ];
  },
};
