/**
 * goals.yaml texts the edit tests share: the template with comments, blank lines,
 * a block scalar and quoted strings; a 4-space file with unindented block lists;
 * and a file of empty flow lists. CRLF variants are derived with {@link crlf}.
 */

/** The example, plus comments, a blank line, quotes and a block-style goal. */
export const TEMPLATE = `# My career plan
version: 1
vision:
  north_star: Staff engineer known for calm, reliable platforms
  values: [craft, mentorship, autonomy]
  narrative: |
    Free text.

    Second paragraph.
focus:
  quarter: 2026-Q4
  theme: Visibility beyond my team
  goals: [incident-reviews]   # one at a time
goals:
  - id: incident-reviews
    title: Run the monthly incident review
    horizon: short            # short | medium | long
    status: active            # active | paused | done | dropped
    why: Calm on-call starts with learning from every page
    values: [craft]
    parent: staff-promo
    start: 2026-10-01
    due: 2027-03-31
    metric: { name: reviews run, unit: reviews, start: 0, target: 6, current: 2 }
    checkpoints:
      - { title: First review held, date: 2026-10-30, done: true }
      - { title: Third review held, date: 2026-12-30 }
    tasks:
      - { title: Draft the review template, done: true, priority: high, due: 2026-10-15 }
      - { title: "Book a room", done: false }   # ask facilities
    resources: { time: 2h/week, learning: [Site Reliability Engineering, ch. 15], tools: [incident tracker] }
    flexibility: If incidents become rare, switch to quarterly game days.
    notes: ["[[Incident review notes]]"]

  # Longer term
  - title: "Write more"
    horizon: long
    tasks:
      - title: Outline the first post
        done: false
wins:
  - { date: 2026-11-14, text: Review led to a fix that halved pages, goal: incident-reviews }
lessons:
  - { date: 2026-11-01, text: Short reviews get better attendance, goal: incident-reviews }
`;

/** Four-space indentation, `- ` flush with its parent key, block-map items. */
export const FOUR_SPACE = `version: 1
vision:
    north_star: 'Calm platforms'
goals:
- id: speak
  title: Speak at a conference
  horizon: medium
  metric:
      name: talks
      start: 0
      target: 2
      current: 0
  tasks:
  - title: Pick a topic
    done: true
  - title: Submit a CFP
    due: 2027-01-15
wins:
- date: 2026-11-02
  text: Topic accepted internally
`;

/** Empty and short flow lists. */
export const FLOW_LISTS = `version: 1
goals:
  - id: learn-go
    title: Learn Go
    horizon: short
    values: [growth, craft]
    tasks: []
    checkpoints: []
wins: []
`;

/** The same text with CRLF line endings. */
export function crlf(text: string): string {
  return text.replace(/\n/g, '\r\n');
}
