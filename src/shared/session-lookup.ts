/**
 * Looking things up in a review session, for the page, the summary and the host's
 * report of what was written: one `titleOf` for all three.
 */
import type { ReviewSession } from './protocol';

/** A goal's title by id, for a session; the id itself when the goal is gone. */
export function titleOf(session: Pick<ReviewSession, 'goals'>): (goalId: string) => string {
  const byId = new Map(session.goals.map((g) => [g.id, g.title]));
  return (id) => byId.get(id) ?? id;
}
