/**
 * Messages between the dashboard panel and its webview: discriminated unions, a leaf
 * module (types only). The host validates everything the webview sends
 * (validateDashboardMessage in message-validation.ts).
 */
import type { DashboardModel } from '../core/history/dashboard-model';
import type { ReviewKind } from '../core/model';
import type { DisplayBundle } from './display-strings';

/** Host → dashboard webview. */
export type DashboardHostMessage =
  /** The whole picture, on load and after every change of goals.yaml or the journal. */
  /** `git`: whether commits of goals.yaml can add points here (not on vscode.dev or github.dev). */
  /** `progress`: while older committed versions are still being read, how many of them are. */
  /** `bundle` and `language` (on every message the page draws from): the display language's strings, see display-strings.ts. */
  | { type: 'model'; folderName: string; folderUri: string; model: DashboardModel; git: boolean; progress?: { done: number; total: number }; bundle: DisplayBundle; language: string }
  /** The plan can't be shown (no goals file any more); the page says so. */
  | { type: 'gone'; message: string; bundle: DisplayBundle; language: string };

/** Dashboard webview → host. */
export type DashboardWebviewMessage =
  /** The webview is listening; the host answers `model`. */
  | { type: 'ready' }
  /** Open what a point came from: a journal entry (folder-relative path) or a commit's version of goals.yaml. */
  | { type: 'openPoint'; source: 'review' | 'commit'; ref: string }
  /** Start a review of this folder (the empty state offers the weekly one). */
  | { type: 'startReview'; kind: ReviewKind };
