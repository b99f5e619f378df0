/**
 * What every section module provides, and the order of sections per review kind
 * (the framework's weekly, monthly and quarterly practices, Summary last).
 */
import type { ReviewKind } from '../../core/model';
import type { ReviewDraft, ReviewSession } from '../../shared/protocol';
import type { Child } from '../dom';

/** Identifiers of every section any review can show. */
export type SectionId =
  | 'celebrate'
  | 'work'
  | 'progress'
  | 'adjust'
  | 'alignment'
  | 'plans'
  | 'lessons'
  | 'revise'
  | 'metrics'
  | 'focus'
  | 'quarter'
  | 'reflect'
  | 'summary';

/** One section of the review page. */
export interface SectionDef {
  id: SectionId;
  /** Shown in the step list and as the section's heading. */
  title: string;
  /** One or two sentences under the heading: what this step is for. */
  intro: (session: ReviewSession) => string;
  /** Builds the section's body from the current session and draft. */
  render: (session: ReviewSession, draft: ReviewDraft) => Child;
}

/**
 * Suggested order per kind. Deeper reviews add their practices after the weekly
 * ones and before reflecting, so the prompts come once everything has been looked at.
 */
const SECTION_ORDER: Record<ReviewKind, SectionId[]> = {
  weekly: ['celebrate', 'work', 'progress', 'adjust', 'reflect', 'summary'],
  monthly: ['celebrate', 'progress', 'adjust', 'alignment', 'plans', 'lessons', 'reflect', 'summary'],
  quarterly: ['celebrate', 'progress', 'adjust', 'alignment', 'plans', 'lessons', 'revise', 'metrics', 'focus', 'quarter', 'reflect', 'summary'],
};


/** The sections of this session: "From your work" only once the host has read the week's work from git. */
export function sectionsOf(session: ReviewSession): SectionId[] {
  return SECTION_ORDER[session.kind].filter((id) => id !== 'work' || session.work !== undefined);
}
