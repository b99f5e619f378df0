/**
 * Summary: exactly what completing will change in goals.yaml (the same
 * `draftToOps`/`describeOp` the host uses), what goes to the journal only, and the
 * "Complete review" button. Nothing is written before this button.
 */
import * as l10n from '@vscode/l10n';
import { type ReviewDraft, type ReviewSession } from '../../shared/protocol';
import { buildSummary, summaryMarkdown } from '../../shared/summary';
import { plannedChanges, warnings } from '../checks';
import { h, icon } from '../dom';
import { cleanDraft } from '../draft-edit';
import { state, emit } from '../state';
import { post } from '../vscode-api';
import { button, note } from '../widgets';
import type { SectionDef } from './section';

/** What the journal entry will hold: its sections, then the full text on request (the host renders the same builder). */
function journalPreview(session: ReviewSession, draft: ReviewDraft): HTMLElement[] {
  const clean = cleanDraft(draft);
  const answered = session.prompts.filter((p) => clean.answers[p]?.trim()).length;
  const sections = buildSummary(session, clean)
    .filter((s) => s.body.trim())
    .map((s) => s.heading);
  return [
    h(
      'ul',
      { class: 'changes', 'aria-label': l10n.t('Journal entry') },
      h('li', null, l10n.t('{0} of {1} reflection prompts answered', answered, session.prompts.length)),
      h('li', null, l10n.t('Sections: {0}', sections.join(', '))),
    ),
    h('details', { class: 'preview' }, h('summary', null, l10n.t('Preview the journal entry')), h('pre', null, summaryMarkdown(session, clean))),
  ];
}

function complete(journalOnly: boolean): void {
  state.busy = true;
  state.error = undefined;
  emit('structure');
  const draft = cleanDraft(state.draft);
  post(journalOnly ? { type: 'saveJournalOnly', draft } : { type: 'complete', draft });
}

/** The two-step discard: a first click asks, a second one confirms (webviews can't show modal dialogs). */
function discardControl(): HTMLElement {
  const box = h('div', { class: 'discard' });
  const ask = () => {
    box.replaceChildren(
      h('span', { role: 'alert' }, l10n.t('Discard every answer and change of this review?')),
      button({ text: l10n.t('Discard review'), icon: 'trash', secondary: true, key: 'discard-confirm', onClick: () => post({ type: 'discard' }) }),
      button({ text: l10n.t('Cancel'), secondary: true, key: 'discard-cancel', onClick: reset }),
    );
    box.querySelector<HTMLElement>('[data-key="discard-confirm"]')?.focus();
  };
  const reset = () => {
    box.replaceChildren(button({ text: l10n.t('Discard…'), secondary: true, key: 'discard', onClick: ask }));
    box.querySelector<HTMLElement>('[data-key="discard"]')?.focus();
  };
  box.append(button({ text: l10n.t('Discard…'), secondary: true, key: 'discard', onClick: ask }));
  return box;
}

export const summary: SectionDef = {
  id: 'summary',
  get title() {
    return l10n.t('Summary');
  },
  intro: (s) => l10n.t('Check what will change before anything is written. Completing updates goals.yaml and saves a journal entry in {0}/.', s.journalFolder),
  render: (session, draft) => {
    const changes = plannedChanges(session, draft);
    const file = `${session.journalFolder}/${session.today}-${session.kind}.md`;
    const checks = warnings(session, draft);
    return [
      checks.length ? h('div', { class: 'warnings' }, checks.map((w) => note(w, 'warn'))) : null,
      h('h3', { class: 'sub' }, icon('file-code'), ` ${l10n.t('Changes to goals.yaml')}`),
      changes.length
        ? h('ul', { class: 'changes', 'aria-label': l10n.t('Changes to goals.yaml') }, changes.map((c) => h('li', null, c)))
        : note(l10n.t('Nothing in goals.yaml will change.')),
      h('h3', { class: 'sub' }, icon('book'), ` ${l10n.t('Journal entry')}`),
      h('p', { class: 'meta' }, file),
      journalPreview(session, draft),
      !session.canWrite
        ? note(
            session.problem
              ? l10n.t('goals.yaml can’t be edited right now: {0}. You can still save your answers as a journal entry.', session.problem)
              : l10n.t('goals.yaml can’t be edited right now. You can still save your answers as a journal entry.'),
            'warn',
          )
        : null,
      h(
        'div',
        { class: 'complete-bar' },
        session.canWrite
          ? button({ text: state.busy ? l10n.t('Completing…') : l10n.t('Complete review'), icon: 'check', key: 'complete', disabled: state.busy, onClick: () => complete(false) })
          : button({ text: l10n.t('Save journal entry only'), icon: 'save', key: 'journal-only', disabled: state.busy, onClick: () => complete(true) }),
        discardControl(),
      ),
    ];
  },
};
