/**
 * Summary: exactly what completing will change in goals.yaml (the same
 * `draftToOps`/`describeOp` the host uses), what goes to the journal only, and the
 * "Complete review" button. Nothing is written before this button.
 */
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
      { class: 'changes', 'aria-label': 'Journal entry' },
      h('li', null, `${answered} of ${session.prompts.length} reflection prompts answered`),
      h('li', null, `Sections: ${sections.join(', ')}`),
    ),
    h('details', { class: 'preview' }, h('summary', null, 'Preview the journal entry'), h('pre', null, summaryMarkdown(session, clean))),
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
      h('span', { role: 'alert' }, 'Discard every answer and change of this review?'),
      button({ text: 'Discard review', icon: 'trash', secondary: true, key: 'discard-confirm', onClick: () => post({ type: 'discard' }) }),
      button({ text: 'Cancel', secondary: true, key: 'discard-cancel', onClick: reset }),
    );
    box.querySelector<HTMLElement>('[data-key="discard-confirm"]')?.focus();
  };
  const reset = () => {
    box.replaceChildren(button({ text: 'Discard…', secondary: true, key: 'discard', onClick: ask }));
    box.querySelector<HTMLElement>('[data-key="discard"]')?.focus();
  };
  box.append(button({ text: 'Discard…', secondary: true, key: 'discard', onClick: ask }));
  return box;
}

export const summary: SectionDef = {
  id: 'summary',
  title: 'Summary',
  intro: (s) => `Check what will change before anything is written. Completing updates goals.yaml and saves a journal entry in ${s.journalFolder}/.`,
  render: (session, draft) => {
    const changes = plannedChanges(session, draft);
    const file = `${session.journalFolder}/${session.today}-${session.kind}.md`;
    const checks = warnings(session, draft);
    return [
      checks.length ? h('div', { class: 'warnings' }, checks.map((w) => note(w, 'warn'))) : null,
      h('h3', { class: 'sub' }, icon('file-code'), ' Changes to goals.yaml'),
      changes.length
        ? h('ul', { class: 'changes', 'aria-label': 'Changes to goals.yaml' }, changes.map((c) => h('li', null, c)))
        : note('Nothing in goals.yaml will change.'),
      h('h3', { class: 'sub' }, icon('book'), ' Journal entry'),
      h('p', { class: 'meta' }, file),
      journalPreview(session, draft),
      !session.canWrite
        ? note(`goals.yaml can’t be edited right now${session.problem ? `: ${session.problem}` : ''}. You can still save your answers as a journal entry.`, 'warn')
        : null,
      h(
        'div',
        { class: 'complete-bar' },
        session.canWrite
          ? button({ text: state.busy ? 'Completing…' : 'Complete review', icon: 'check', key: 'complete', disabled: state.busy, onClick: () => complete(false) })
          : button({ text: 'Save journal entry only', icon: 'save', key: 'journal-only', disabled: state.busy, onClick: () => complete(true) }),
        discardControl(),
      ),
    ];
  },
};
