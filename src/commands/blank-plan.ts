/**
 * The blank plan "Create goals.yaml" writes for someone starting from nothing: their
 * north star and values, an empty `goals:` key that Add Goal fills with their first
 * goal, and empty `wins:` and `lessons:` keys with a comment on what goes there. Empty
 * keys rather than `[]`, so what is added goes in as block lists, one key per line.
 */
import { yamlScalar } from './template-fill';

/** The text of a blank plan for this north star and these values. */
export function blankPlan(northStar: string, values: readonly string[]): string {
  return [
    '# My career plan (Career Goals). Plain text that I own; the format is in the Career Goals README.',
    'version: 1',
    '',
    'vision:',
    `  north_star: ${yamlScalar(northStar)}`,
    `  values: [${values.map((v) => yamlScalar(v, true)).join(', ')}]`,
    '',
    '# Goals on three horizons: short (3-6 months), medium (6-18 months), long (2-5 years).',
    '# "Career Goals: Add Goal" adds one with its why, values, metric and due date.',
    'goals:',
    '',
    '# Wins: what you achieved, with its date and the goal it moved.',
    '# "Career Goals: Log a Win" adds one; reviews add them too.',
    'wins:',
    '',
    '# Lessons: what you learned, with its date; the reviews ask for them.',
    'lessons:',
    '',
  ].join('\n');
}
