import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { dueReview, formatStatus, nextCheckpoint, overallProgress, TOOLTIP_GOALS } from '../../src/views/status/format';

const TODAY = new Date(2026, 10, 21); // 2026-11-21, local

const PLAN = `version: 1
vision:
  north_star: Somewhere good
  values: [craft]
goals:
  - id: a
    title: Ship *the* CLI
    horizon: short
    values: [craft]
    start: 2026-09-01
    due: 2026-12-31
    metric: { name: teams, unit: teams, start: 0, target: 4, current: 2 }
    checkpoints:
      - { title: Past checkpoint, date: 2026-10-01, done: false }
      - { title: Later checkpoint, date: 2026-12-20, done: false }
  - id: b
    title: Mentor
    horizon: medium
    values: [craft]
    start: 2026-01-01
    due: 2027-12-31
    checkpoints:
      - { title: Soon checkpoint, date: 2026-12-01, done: false }
      - { title: Done early, date: 2026-11-25, done: true }
  - id: c
    title: Paused goal
    horizon: long
    status: paused
    checkpoints:
      - { title: Paused checkpoint, date: 2026-11-22, done: false }
`;

const second = `version: 1
vision:
  north_star: Elsewhere
  values: [x]
goals:
  - { id: z, title: Other, horizon: short, values: [x], start: 2026-01-01, due: 2027-01-01, metric: { start: 0, target: 10, current: 10 } }
`;

describe('status bar text', () => {
  const one = [{ name: 'w', analysis: analyze(PLAN, TODAY) }];

  it('shows overall progress, the number of active goals and the due review', () => {
    const view = formatStatus(one, TODAY, 'en');
    const pct = Math.floor(one[0]!.analysis.overall * 100);
    assert.equal(view.text, `$(target) ${pct}% · 2 goals · weekly review due`);
    assert.equal(view.reviewDue, 'weekly');
    assert.equal(view.ariaLabel, `Career Goals: ${pct}% overall, 2 active goals, weekly review due`);
  });

  it('drops the review part when none is due', () => {
    const view = formatStatus([{ name: 'w', analysis: analyze(PLAN, TODAY, { reviews: [{ kind: 'quarterly', date: '2026-11-20' }] }) }], TODAY, 'en');
    assert.doesNotMatch(view.text, /review due/);
    assert.equal(view.reviewDue, undefined);
    assert.match(view.tooltip, /Click to open the Goals view\./);
  });

  it('lists active goals with progress and pace, escaping Markdown, and the next checkpoint', () => {
    const tip = formatStatus(one, TODAY, 'en').tooltip;
    assert.match(tip, /^- Ship \\\*the\\\* CLI: \d+% · /m);
    assert.match(tip, /^- Mentor: /m);
    assert.doesNotMatch(tip, /Paused goal/);
    assert.match(tip, /Next checkpoint: \*\*Soon checkpoint\*\* on Dec 1, 2026 \(Mentor\)/);
  });

  it('lists at most TOOLTIP_GOALS active goals per folder, and says how many more there are', () => {
    const goals = Array.from({ length: TOOLTIP_GOALS + 3 }, (_, i) => `  - { id: g${i}, title: Goal ${i}, horizon: short }`).join('\n');
    const tip = formatStatus([{ name: 'w', analysis: analyze(`version: 1\nvision: { north_star: x }\ngoals:\n${goals}\n`, TODAY) }], TODAY, 'en').tooltip;
    assert.equal(tip.match(/^- Goal \d+: /gm)?.length, TOOLTIP_GOALS);
    assert.match(tip, new RegExp(`^- Goal ${TOOLTIP_GOALS - 1}: `, 'm'));
    assert.match(tip, /^- and 3 more active goals: see the Goals view$/m);
  });

  it('says so when there are no active goals', () => {
    const view = formatStatus([{ name: 'w', analysis: analyze('version: 1\ngoals: []\n', TODAY) }], TODAY, 'en');
    assert.match(view.text, /^\$\(target\) no active goals/);
  });

  it('aggregates folders by their active goals and names each folder in the tooltip', () => {
    const two = [...one, { name: 'other', analysis: analyze(second, TODAY) }];
    const { progress, active } = overallProgress(two);
    assert.equal(active, 3);
    assert.equal(progress, (one[0]!.analysis.overall * 2 + 1) / 3);
    const view = formatStatus(two, TODAY, 'en');
    assert.match(view.text, new RegExp(`^\\$\\(target\\) ${Math.floor(progress * 100)}% · 3 goals`));
    assert.match(view.tooltip, /\*\*w\*\*: /);
    assert.match(view.tooltip, /\*\*other\*\*: 100% · 1 active goal/);
  });
});

describe('status bar helpers', () => {
  it('picks the deepest due review across folders', () => {
    const weekly = analyze(PLAN, TODAY);
    const quarterly = analyze(PLAN, TODAY, { reviews: [{ kind: 'weekly', date: '2026-01-01' }] });
    assert.equal(dueReview([{ name: 'a', analysis: weekly }]), 'weekly');
    assert.equal(dueReview([{ name: 'a', analysis: weekly }, { name: 'b', analysis: quarterly }]), quarterly.cadence.suggested);
  });

  it('finds the earliest open checkpoint of an active goal from today on', () => {
    assert.deepEqual(nextCheckpoint(analyze(PLAN, TODAY), '2026-11-21'), { title: 'Soon checkpoint', date: '2026-12-01', goal: 'Mentor' });
    assert.equal(nextCheckpoint(analyze(PLAN, TODAY), '2027-01-01'), undefined);
  });
});
