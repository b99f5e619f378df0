/** Lessons learned (monthly): recent lessons and new ones, added to `lessons:`. */
import * as l10n from '@vscode/l10n';
import { h } from '../dom';
import { note } from '../widgets';
import { entryEditor, entryList } from './entries';
import type { SectionDef } from './section';

export const lessons: SectionDef = {
  id: 'lessons',
  get title() {
    return l10n.t('Lessons learned');
  },
  intro: () => l10n.t('What did this month teach you? Write it down so you don’t have to learn it twice. Lessons are added to the lessons list in goals.yaml.'),
  render: (session, draft) => [
    session.lessonsSinceLastReview.length
      ? entryList(session, session.lessonsSinceLastReview, 'lightbulb', l10n.t('Lessons since your last review'))
      : note(l10n.t('No lessons logged since your last review.')),
    h('h3', { class: 'sub' }, l10n.t('Add a lesson')),
    entryEditor(session, draft, 'lessons'),
  ],
};
