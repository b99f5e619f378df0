/** Celebrate: wins logged since the last review, shown first, and new wins added inline. */
import { h } from '../dom';
import { note } from '../widgets';
import { entryEditor, entryList } from './entries';
import type { SectionDef } from './section';

export const celebrate: SectionDef = {
  id: 'celebrate',
  title: 'Celebrate',
  intro: (s) =>
    s.lastReview
      ? `Start with what went well since your last review on ${s.lastReview.date}. Small wins count: they are the evidence that the plan works.`
      : 'Start with what went well. Small wins count: they are the evidence that the plan works.',
  render: (session, draft) => [
    session.winsSinceLastReview.length
      ? entryList(session, session.winsSinceLastReview, 'star-full', 'Wins since your last review')
      : note('No wins logged since your last review yet. Add one below: finishing a task, a good conversation, a page that didn’t fire.'),
    h('h3', { class: 'sub' }, 'Add a win'),
    entryEditor(session, draft, 'wins'),
  ],
};
