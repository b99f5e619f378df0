/** Reflect: the reflection prompts for this kind of review; answers go to the journal only. */
import * as l10n from '@vscode/l10n';
import { h } from '../dom';
import { updateDraft } from '../state';
import { note, textArea } from '../widgets';
import type { SectionDef } from './section';

export const reflect: SectionDef = {
  id: 'reflect',
  get title() {
    return l10n.t('Reflect');
  },
  intro: () => l10n.t('A few questions to think about. Your answers are saved in the journal entry, not in goals.yaml. Skip any that don’t speak to you.'),
  render: (session, draft) => [
    session.prompts.length
      ? h(
          'div',
          { class: 'prompts' },
          session.prompts.map((p, i) =>
            textArea({
              label: p,
              value: draft.answers[p] ?? '',
              rows: 3,
              key: `answer-${i}`,
              onInput: (v) =>
                updateDraft((d) => {
                  if (v.trim()) d.answers[p] = v;
                  else delete d.answers[p];
                }),
            }),
          ),
        )
      : note(l10n.t('No reflection prompts are configured (careerGoals.reflectionPrompts).')),
    textArea({
      label: l10n.t('Anything else for the journal?'),
      value: draft.notes ?? '',
      rows: 3,
      key: 'notes',
      onInput: (v) =>
        updateDraft((d) => {
          if (v.trim()) d.notes = v;
          else delete d.notes;
        }),
    }),
  ],
};
