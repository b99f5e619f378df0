/**
 * Form controls and small display pieces shared by the sections. Controls are
 * @vscode-elements web components except radios: `vscode-radio` reports itself as a
 * *checkbox* to the accessibility tree (measured with Playwright's aria snapshot), so
 * choices use native radio inputs styled with --vscode-* variables instead.
 * Web components take their accessible name from the `label` *property* (the
 * attribute is ignored), which is why `props: { label }` appears below.
 */
import * as l10n from '@vscode/l10n';
import type { GoalView, PaceView } from '../shared/protocol';
import './components';
import { percent } from '../core/words/percent';
import { paceTitle } from '../core/words/pace-words';
import { statusWord } from '../core/words/status-line';
import { primitiveText } from '../core/text/primitive-text';
import { paceDetail } from './format';
import { h, icon, uid, type Child } from './dom';
import { state } from './state';

/** `data-key` lets a re-render put focus back on the same control. */
type Keyed = { key?: string };

/** Reads `.value` from a web component or input event target ('' when it has no text value). */
function valueOf(ev: Event): string {
  return primitiveText((ev.currentTarget as { value?: unknown }).value) ?? '';
}

/** A checkbox named by its visible label (the slot text becomes the accessible name). */
export function checkbox(o: Keyed & { label: string; checked: boolean; onChange: (checked: boolean) => void; extra?: Child }): HTMLElement {
  const cb = h('vscode-checkbox', { 'data-key': o.key, props: { checked: o.checked } }, o.label);
  cb.addEventListener('change', () => o.onChange(cb.checked));
  return h('div', { class: 'check-row' }, cb, o.extra ? h('span', { class: 'meta' }, o.extra) : null);
}

/** A labelled text (or number/date) field. `label` is visible; `name` overrides the accessible name. */
export function textField(
  o: Keyed & {
    label: string;
    name?: string;
    value: string;
    type?: 'text' | 'number' | 'date';
    placeholder?: string;
    hint?: string;
    onInput: (value: string) => void;
    onEnter?: () => void;
    wide?: boolean;
    /** Keep the label for assistive technology only (a column header shows it). */
    hideLabel?: boolean;
  },
): HTMLElement {
  const field = h('vscode-textfield', {
    'data-key': o.key,
    type: o.type ?? 'text',
    placeholder: o.placeholder,
    class: o.wide ? 'wide' : undefined,
    props: { value: o.value, label: o.name ?? o.label },
  });
  field.addEventListener('input', (ev) => o.onInput(valueOf(ev)));
  if (o.onEnter) {
    const enter = o.onEnter;
    field.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter') {
        ev.preventDefault();
        enter();
      }
    });
  }
  return h('label', { class: ['field', o.wide && 'wide'] }, h('span', { class: o.hideLabel ? 'visually-hidden' : 'field-label' }, o.label), field, o.hint ? h('span', { class: 'hint' }, o.hint) : null);
}

/** A labelled multi-line field. */
export function textArea(o: Keyed & { label: string; name?: string; value: string; rows?: number; placeholder?: string; onInput: (value: string) => void }): HTMLElement {
  const area = h('vscode-textarea', { 'data-key': o.key, rows: o.rows ?? 3, resize: 'vertical', placeholder: o.placeholder, props: { value: o.value, label: o.name ?? o.label } });
  area.addEventListener('input', (ev) => o.onInput(valueOf(ev)));
  return h('label', { class: 'field wide' }, h('span', { class: 'field-label' }, o.label), area);
}

/** A button; `secondary` for everything but the page's main action. */
export function button(o: Keyed & { text: string; icon?: string; secondary?: boolean; disabled?: boolean; name?: string; onClick: () => void }): HTMLElement {
  // The icon is a light-DOM codicon rather than the `icon` attribute: that one makes every
  // button load codicon.css again inside its shadow root, so icons blink on each re-render.
  const b = h('vscode-button', { 'data-key': o.key, secondary: o.secondary, disabled: o.disabled, 'aria-label': o.name }, o.icon ? icon(o.icon, 'button-icon') : null, o.text);
  b.addEventListener('click', () => {
    if (!b.hasAttribute('disabled')) o.onClick();
  });
  return b;
}

/** A labelled drop-down (combobox). */
export function select(o: Keyed & { label: string; name?: string; value: string; options: { value: string; label: string }[]; onChange: (value: string) => void; hideLabel?: boolean }): HTMLElement {
  const s = h(
    'vscode-single-select',
    { 'data-key': o.key, props: { label: o.name ?? o.label } },
    o.options.map((opt) => h('vscode-option', { value: opt.value, selected: opt.value === o.value }, opt.label)),
  );
  s.addEventListener('change', () => o.onChange(s.value));
  return h('label', { class: 'field' }, h('span', { class: o.hideLabel ? 'visually-hidden' : 'field-label' }, o.label), s);
}

/** Native radios in a fieldset whose legend names the group. */
export function radioGroup<T extends string>(o: Keyed & { legend: string; value: T | undefined; options: { value: T; label: string }[]; onChange: (value: T) => void; inlineLegend?: boolean }): HTMLElement {
  const name = uid('radio');
  return h(
    'fieldset',
    { class: 'choices', 'data-key': o.key },
    h('legend', { class: o.inlineLegend ? 'field-label' : undefined }, o.legend),
    h(
      'div',
      { class: 'choice-row' },
      o.options.map((opt) => {
        const input = h('input', { type: 'radio', name, value: opt.value, 'data-key': o.key && `${o.key}:${opt.value}`, props: { checked: opt.value === o.value } });
        input.addEventListener('change', () => input.checked && o.onChange(opt.value));
        return h('label', { class: 'choice' }, input, h('span', null, opt.label));
      }),
    ),
  );
}

/** A progress bar with its percentage, named for assistive technology. */
function progressBar(progress: number, label: string): HTMLElement {
  // The core's rounding (down), so the page agrees with the tree and the status bar.
  const pct = percent(progress);
  return h(
    'div',
    { class: 'progress' },
    h('div', { class: 'bar', role: 'progressbar', 'aria-label': label, 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': pct }, h('div', { class: 'fill', styles: { width: `${pct}%` } })),
    h('span', { class: 'pct' }, `${pct}%`),
  );
}

/** A pace's badge: the core's words, codicon and tone. A function, so the words are looked up after the page has its bundle. */
function paceText(kind: PaceView['kind']): [string, string, string] {
  switch (kind) {
    case 'on-track':
      return [paceTitle({ kind }), 'pass', 'ok'];
    case 'behind':
      return [paceTitle({ kind }), 'warning', 'warn'];
    case 'overdue':
      return [paceTitle({ kind }), 'error', 'bad'];
    case 'unscheduled':
      return [paceTitle({ kind }), 'calendar', 'muted'];
    case 'none':
      return ['', '', 'muted'];
  }
}

/** A small coloured pace label (icon + text, so colour is never the only cue). */
export function paceBadge(pace: PaceView): HTMLElement | null {
  const [text, codicon, tone] = paceText(pace.kind);
  if (!text) return null;
  return h('span', { class: ['pill', `tone-${tone}`] }, icon(codicon), text);
}

/** Progress bar, pace badge and pace in words: one line per goal. */
export function statusLine(goal: GoalView): HTMLElement {
  return h('div', { class: 'status-line', title: goal.insight }, progressBar(goal.progress, l10n.t('Progress of {0}', goal.title)), paceBadge(goal.pace), h('span', { class: 'meta' }, paceDetail(goal, state.language)));
}

/** A goal's heading line: title, horizon, focus marker. */
export function goalHeader(goal: GoalView, level: 'h3' | 'h4' = 'h3'): HTMLElement {
  return h(
    'div',
    { class: 'goal-head' },
    h(level, { class: 'goal-title' }, goal.title),
    h('span', { class: 'meta' }, goal.horizonLabel),
    goal.inFocus ? h('span', { class: ['pill', 'tone-focus'] }, icon('target'), l10n.t('Focus')) : null,
    goal.status !== 'active' ? h('span', { class: ['pill', 'tone-muted'] }, statusWord(goal.status)) : null,
  );
}

/** A bordered card holding one goal's controls. */
export function card(...children: Child[]): HTMLElement {
  return h('section', { class: 'card' }, children);
}

/** The explanatory paragraph at the top of a section or an empty state. */
export function note(text: string, tone: 'muted' | 'info' | 'warn' = 'muted'): HTMLElement {
  return h('p', { class: ['note', `note-${tone}`] }, tone === 'warn' ? icon('warning') : tone === 'info' ? icon('info') : null, text);
}
