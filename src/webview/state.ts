/**
 * The page's single store: the session from the host, the person's draft, which
 * section is on screen and what happened when completing. The draft lives here: the
 * host's copy is a cache of it. Every draft change is saved with `setState` at once
 * (so hiding or reloading loses nothing) and reported to the host with `draftChanged`,
 * debounced so typing doesn't flood the channel. Completing sends the draft once, in
 * the `complete` message; a report still pending goes out on its own schedule.
 */
import { type CompletedFailure, type ReviewDraft, type ReviewSession } from '../shared/protocol';
import { emptyDraft, isDraftEmpty } from '../shared/draft';
import { cleanDraft } from './draft-edit';
import { loadState, post, saveState, type WebviewState } from './vscode-api';

/** What a completed review wrote, as the host's `completed` answer to `complete` (or `saveJournalOnly`) says. */
export interface CompletedReview {
  journalPath: string;
  applied: string[];
  failed: CompletedFailure[];
  journalOnly: boolean;
}

/** Everything the page renders from. */
export interface PageState {
  session?: ReviewSession;
  draft: ReviewDraft;
  section?: string;
  visited: string[];
  pending: Record<string, string>;
  /** Set while a `complete` is in flight. */
  busy: boolean;
  result?: CompletedReview;
  /** Last error from the host, shown until the next change. */
  error?: string;
  notice?: string;
  /** `data-key` of the control to focus after the next render (e.g. the field of an "add" form). */
  focusKey?: string;
  /** The display language's tag from `init` (`en` until then), for days and numbers. */
  language: string;
}

type Listener = (what: ChangeKind) => void;
/** `draft`: values changed (re-render not required); `structure`: re-render the section; `page`: re-render everything. */
export type ChangeKind = 'draft' | 'structure' | 'page';

const DEBOUNCE_MS = 300;

const saved = loadState();

/** The live state. Mutate only through the functions below. */
export const state: PageState = {
  draft: saved?.draft ?? emptyDraft(),
  section: saved?.section,
  visited: saved?.visited ?? [],
  pending: saved?.pending ?? {},
  busy: false,
  language: 'en',
};

const listeners: Listener[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;

/** Registers a render callback. */
export function subscribe(fn: Listener): void {
  listeners.push(fn);
}

/** Notifies listeners without touching the draft (e.g. after a host message). */
export function emit(what: ChangeKind): void {
  for (const fn of listeners) fn(what);
}

/** The state VS Code keeps for the panel (the serializer reads kind, folder and draft). */
function persist(): void {
  const s = state.session;
  if (!s) return;
  const out: WebviewState = {
    kind: s.kind,
    folderUri: s.folderUri,
    draft: state.draft,
    dirty: isDirty(),
    section: state.section,
    visited: state.visited,
    pending: state.pending,
  };
  saveState(out);
}

/** True when completing would write or record something. */
function isDirty(): boolean {
  return !isDraftEmpty(cleanDraft(state.draft));
}

function schedulePost(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = undefined;
    post({ type: 'draftChanged', draft: cleanDraft(state.draft), dirty: isDirty() });
  }, DEBOUNCE_MS);
}

/**
 * Applies a change to the draft, saves it and tells the host.
 * @param kind `structure` when the section's layout depends on the change (an item added).
 */
export function updateDraft(fn: (draft: ReviewDraft) => void, kind: ChangeKind = 'draft'): void {
  fn(state.draft);
  state.error = undefined;
  persist();
  schedulePost();
  emit(kind);
}

/** Remembers text typed into an "add" form that isn't part of the draft yet. */
export function setPending(key: string, value: string): void {
  if (value) state.pending[key] = value;
  else delete state.pending[key];
  persist();
}

/** Shows another section (any section, any time). */
export function goTo(section: string): void {
  if (state.section && !state.visited.includes(state.section)) state.visited.push(state.section);
  state.section = section;
  if (!state.visited.includes(section)) state.visited.push(section);
  persist();
  emit('page');
}

/**
 * Takes the session from `init`/`sessionUpdated`. The draft saved in this page is
 * the draft: the host's copy is only a cache of it. The host's copy fills in when the
 * page starts without one of its own (the panel was closed and opened again).
 */
export function setSession(session: ReviewSession, hostDraft?: ReviewDraft): void {
  const sameReview = saved && saved.kind === session.kind && saved.folderUri === session.folderUri;
  if (!state.session) {
    if (!sameReview) state.draft = hostDraft ?? emptyDraft();
    if (!sameReview) {
      state.section = undefined;
      state.visited = [];
      state.pending = {};
    }
  }
  state.session = session;
  persist();
}
