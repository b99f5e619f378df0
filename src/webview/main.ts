/**
 * Entry point of the review panel's page (bundled to dist/webview.js). It renders
 * from the store in state.ts, re-rendering only what a change needs and putting
 * focus back where it was, and talks to the host only through the shared protocol.
 */
import * as l10n from '@vscode/l10n';
import { itemAt } from '../core/text/indexing';
import { readDisplayStrings } from '../shared/display-strings';
import type { HostMessage, ReviewSession } from '../shared/protocol';
import { h, replaceChildren } from './dom';
import { header, pager, stepList } from './nav';
import { resultView } from './result';
import { sectionsOf, SECTIONS, type SectionId } from './sections';
import { plannedChanges } from './checks';
import { emit, setSession, state, subscribe, type ChangeKind } from './state';
import { post } from './vscode-api';

const app = document.getElementById('app') ?? document.body.appendChild(h('div', { id: 'app' }));

function order(): SectionId[] {
  return state.session ? sectionsOf(state.session) : [];
}

function currentSection(session: ReviewSession): SectionId {
  const o = sectionsOf(session);
  return o.includes(state.section as SectionId) ? (state.section as SectionId) : itemAt(o, 0);
}

/** The `data-key` of the focused control, to restore focus after a re-render. */
function focusedKey(): string | undefined {
  const el = document.activeElement;
  return el instanceof HTMLElement ? (el.closest('[data-key]')?.getAttribute('data-key') ?? undefined) : undefined;
}

function restoreFocus(key: string | undefined): boolean {
  if (!key) return false;
  const el = app.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
  if (!el) return false;
  el.focus();
  // A web component just created renders (and becomes focusable) a microtask later.
  const pending = (el as { updateComplete?: Promise<unknown> }).updateComplete;
  if (document.activeElement !== el && pending) void pending.then(() => el.isConnected && el.focus());
  return true;
}

function messages(): HTMLElement {
  return h(
    'div',
    { class: 'messages' },
    state.error ? h('div', { class: ['alert', 'alert-error'], role: 'alert' }, state.error) : null,
    h('div', { class: 'notice', role: 'status' }, state.notice ?? ''),
  );
}

function sectionBody(s: ReviewSession, id: SectionId): HTMLElement {
  const def = SECTIONS[id];
  return h(
    'section',
    { class: 'section', 'aria-labelledby': 'section-title', 'data-section': id },
    h('h2', { id: 'section-title', class: 'section-title', tabindex: '-1' }, def.title),
    h('p', { class: 'intro' }, def.intro(s)),
    messages(),
    h('div', { class: 'section-content' }, def.render(s, state.draft)),
    pager(order(), id),
  );
}

function badges(s: ReviewSession): Partial<Record<SectionId, number>> {
  const n = plannedChanges(s, state.draft).length;
  return n ? { summary: n } : {};
}

let lastSection: SectionId | undefined;

/** Renders what `what` requires. */
function render(what: ChangeKind): void {
  const s = state.session;
  app.setAttribute('aria-busy', String(!s));
  if (!s) {
    replaceChildren(app, h('p', { class: 'loading', role: 'status' }, l10n.t('Loading review…')));
    return;
  }
  if (state.result) {
    // Focus the headline when the result first shows; later notices keep focus where it is.
    const key = focusedKey();
    replaceChildren(app, h('div', { class: 'page result-page' }, header(s, order(), 'summary', true), resultView(s, state.result, state.draft, messages())));
    if (!restoreFocus(key)) app.querySelector<HTMLElement>('.section-title')?.focus();
    return;
  }
  const id = currentSection(s);
  const key = state.focusKey ?? focusedKey();
  state.focusKey = undefined;
  if (what === 'draft') {
    // Values only: the controls already show them. Refresh the step list's counts.
    app.querySelector('nav.steps')?.replaceWith(stepList(order(), id, state.visited, badges(s)));
    return;
  }
  const changedSection = id !== lastSection;
  lastSection = id;
  // The section on screen counts as visited (the first one is shown without a goTo).
  if (!state.visited.includes(id)) state.visited.push(id);
  replaceChildren(
    app,
    h('a', { class: 'skip', href: '#content' }, l10n.t('Skip to section')),
    h('div', { class: 'page' }, header(s, order(), id), h('div', { class: 'layout' }, stepList(order(), id, state.visited, badges(s)), h('div', { id: 'content', class: 'content' }, sectionBody(s, id)))),
  );
  if (changedSection) {
    window.scrollTo({ top: 0 });
    // A person using the step list keeps their place there; Back/Next land on the new heading.
    if (!(key?.startsWith('nav-') && restoreFocus(key))) app.querySelector<HTMLElement>('#section-title')?.focus({ preventScroll: true });
  } else {
    restoreFocus(key);
  }
}

subscribe(render);

window.addEventListener('message', (ev: MessageEvent<HostMessage>) => {
  const msg = ev.data;
  switch (msg?.type) {
    case 'init': {
      // The display language's words first: everything drawn from here on is in it.
      const strings = readDisplayStrings(msg);
      l10n.config({ contents: strings.bundle });
      state.language = strings.language;
      document.documentElement.lang = strings.language;
      setSession(msg.session, msg.draft);
      emit('page');
      break;
    }
    case 'sessionUpdated':
      setSession(msg.session);
      emit('structure');
      break;
    case 'completed':
      state.busy = false;
      state.result = { journalPath: msg.journalPath, applied: msg.applied, failed: msg.failed, journalOnly: msg.journalOnly };
      emit('page');
      break;
    case 'error':
      state.busy = false;
      state.error = msg.message;
      emit('structure');
      // The alert sits above the section; bring it into view for a person at the Complete button.
      app.querySelector('.alert-error')?.scrollIntoView({ block: 'nearest' });
      break;
    case 'notice':
      state.notice = msg.message;
      emit('structure');
      break;
  }
});

// Nothing is drawn before `init` brings the words: until then the shell's own loading line
// (written by the host in the display language) stays on screen.
post({ type: 'ready' });
