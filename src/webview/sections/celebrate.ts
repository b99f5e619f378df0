/** Celebrate: wins logged since the last review, shown first, and new wins added inline. */
import * as l10n from '@vscode/l10n';
import { displayDay } from '../../core/time/display';
import { h } from '../dom';
import { state } from '../state';
import { note } from '../widgets';
import { entryEditor, entryList } from './entries';
import type { SectionDef } from './section';

export const celebrate: SectionDef = {
  id: 'celebrate',
  get title() {
    return l10n.t('Celebrate');
  },
  intro: (s) =>
    s.lastReview
      ? l10n.t('Start with what went well since your last review on {0}. Small wins count: they are the evidence that the plan works.', displayDay(s.lastReview.date, state.language))
      : l10n.t('Start with what went well. Small wins count: they are the evidence that the plan works.'),
  render: (session, draft) => [
    session.winsSinceLastReview.length
      ? entryList(session, session.winsSinceLastReview, 'star-full', l10n.t('Wins since your last review'))
      : note(l10n.t('No wins logged since your last review yet. Add one below: finishing a task, a good conversation, a page that didn’t fire.')),
    h('h3', { class: 'sub' }, l10n.t('Add a win')),
    entryEditor(session, draft, 'wins'),
  ],
};
