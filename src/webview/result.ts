/**
 * The page after completing: where the journal entry is, what was applied, what
 * could not be applied and why. When nothing could be written at all, the answers
 * are still one click from safety: copy the summary or save it as a journal entry.
 */
import * as l10n from '@vscode/l10n';
import type { ReviewDraft, ReviewSession } from '../shared/protocol';
import { cleanDraft } from './draft-edit';
import { h, icon } from './dom';
import type { CompletedReview } from './state';
import { post } from './vscode-api';
import { button, note } from './widgets';

/** Renders the completed view. */
export function resultView(session: ReviewSession, r: CompletedReview, draft: ReviewDraft, messages: HTMLElement): HTMLElement {
  const nothingWritten = !r.journalPath && r.applied.length === 0;
  const headline = nothingWritten ? l10n.t('Nothing could be saved yet') : r.failed.length ? l10n.t('Review saved, with changes that could not be applied') : l10n.t('Review complete');
  return h(
    'div',
    { class: ['content', 'result'], id: 'content' },
    h('h2', { tabindex: '-1', class: 'section-title' }, icon(nothingWritten ? 'warning' : r.failed.length ? 'warning' : 'pass-filled', 'result-icon'), ' ', headline),
    messages,
    r.journalPath
      ? h(
          'p',
          null,
          `${l10n.t('Journal entry:')} `,
          h('code', null, r.journalPath),
          ' ',
          button({ text: l10n.t('Open journal entry'), icon: 'go-to-file', secondary: true, key: 'open-journal', onClick: () => post({ type: 'openJournal', path: r.journalPath }) }),
        )
      : note(l10n.t('The journal entry could not be written.'), 'warn'),
    r.journalOnly ? note(l10n.t('goals.yaml was left unchanged: only the journal entry was saved.'), 'info') : null,
    h('h3', { class: 'sub' }, l10n.t('Applied to goals.yaml ({0})', r.applied.length)),
    r.applied.length ? h('ul', { class: 'changes', 'aria-label': l10n.t('Applied changes') }, r.applied.map((a) => h('li', null, icon('check'), ' ', a))) : note(l10n.t('No changes to goals.yaml.')),
    r.failed.length
      ? [
          h('h3', { class: 'sub' }, l10n.t('Could not be applied ({0})', r.failed.length)),
          h(
            'ul',
            { class: ['changes', 'failed'], 'aria-label': l10n.t('Changes that could not be applied') },
            r.failed.map((f) => h('li', null, icon('error'), ' ', h('span', null, f.change), h('span', { class: 'reason' }, f.reason))),
          ),
          note(l10n.t('These changes were not written. Make them by hand in goals.yaml, or start a new review once the file is fixed.'), 'warn'),
        ]
      : null,
    nothingWritten
      ? h(
          'div',
          { class: 'complete-bar' },
          button({ text: l10n.t('Copy summary'), icon: 'copy', key: 'copy-summary', onClick: () => post({ type: 'copySummary', draft: cleanDraft(draft) }) }),
          button({ text: l10n.t('Save journal entry'), icon: 'save', secondary: true, key: 'save-journal', onClick: () => post({ type: 'saveJournalOnly', draft: cleanDraft(draft) }) }),
        )
      : h('p', { class: 'meta' }, l10n.t('{0} for {1} is done. You can close this tab.', session.title, session.folderName)),
  );
}
