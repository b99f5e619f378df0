/** Lessons learned (monthly): recent lessons and new ones, added to `lessons:`. */
import { h } from '../dom';
import { note } from '../widgets';
import { entryEditor, entryList } from './entries';
import type { SectionDef } from './section';

export const lessons: SectionDef = {
  id: 'lessons',
  title: 'Lessons learned',
  intro: () => 'What did this month teach you? Write it down so you don’t have to learn it twice. Lessons are added to the lessons list in goals.yaml.',
  render: (session, draft) => [
    session.lessonsSinceLastReview.length
      ? entryList(session, session.lessonsSinceLastReview, 'lightbulb', 'Lessons since your last review')
      : note('No lessons logged since your last review.'),
    h('h3', { class: 'sub' }, 'Add a lesson'),
    entryEditor(session, draft, 'lessons'),
  ],
};
