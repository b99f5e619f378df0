import * as assert from 'node:assert/strict';
import { applyOp } from '../../src/core/edits';
import type { GoalOp } from '../../src/core/types';
import { edited, swap } from '../fixtures/edits/expect';
import { TEMPLATE } from '../fixtures/edits/texts';

const IR = 'incident-reviews';

describe('edits: golden outputs on the template', () => {
  it('ticks a flow-map task that has `done:` in place', () => {
    const op: GoalOp = { op: 'setTaskDone', goalId: IR, index: 1, expectTitle: 'Book a room', done: true };
    assert.equal(edited(TEMPLATE, op), swap(TEMPLATE, '"Book a room", done: false }', '"Book a room", done: true }'));
  });

  it('unticks a task and edits exactly the scalar', () => {
    const r = applyOp(TEMPLATE, { op: 'setTaskDone', goalId: IR, index: 0, done: false });
    assert.ok(r.ok);
    assert.deepEqual(r.edits, [{ offset: TEMPLATE.indexOf('true, priority: high'), length: 4, text: 'false' }]);
  });

  it('inserts `, done: true` before `}` of a flow checkpoint without done', () => {
    const op: GoalOp = { op: 'setCheckpointDone', goalId: IR, index: 1, done: true };
    assert.equal(edited(TEMPLATE, op), swap(TEMPLATE, 'date: 2026-12-30 }', 'date: 2026-12-30, done: true }'));
  });

  it('ticks a block-map task of a goal without id (found by slug of its title)', () => {
    const op: GoalOp = { op: 'setTaskDone', goalId: 'write-more', index: 0, done: true };
    assert.equal(edited(TEMPLATE, op), swap(TEMPLATE, '        done: false\n', '        done: true\n'));
  });

  it('sets the metric current value and other metric fields', () => {
    assert.equal(edited(TEMPLATE, { op: 'setMetricCurrent', goalId: IR, value: 3.5 }), swap(TEMPLATE, 'current: 2 }', 'current: 3.5 }'));
    assert.equal(edited(TEMPLATE, { op: 'setMetricField', goalId: IR, field: 'target', value: 8 }), swap(TEMPLATE, 'target: 6', 'target: 8'));
    assert.equal(
      edited(TEMPLATE, { op: 'setMetricField', goalId: IR, field: 'name', value: 'reviews, held' }),
      swap(TEMPLATE, 'name: reviews run,', 'name: "reviews, held",'),
    );
  });

  it('adds a metric as a one-line map after the dates', () => {
    const op: GoalOp = { op: 'addMetric', goalId: 'write-more', metric: { name: 'posts', unit: 'posts', start: 0, target: 12 } };
    assert.equal(
      edited(TEMPLATE, op),
      swap(TEMPLATE, '    horizon: long\n', '    horizon: long\n    metric: { name: posts, unit: posts, start: 0, target: 12, current: 0 }\n'),
    );
  });

  it('appends a task in the flow style of its siblings, after a trailing comment', () => {
    const op: GoalOp = { op: 'addTask', goalId: IR, task: { title: 'Fix: the thing', priority: 'low', due: '2026-12-01' } };
    assert.equal(
      edited(TEMPLATE, op),
      swap(TEMPLATE, '# ask facilities\n', '# ask facilities\n      - { title: "Fix: the thing", done: false, priority: low, due: 2026-12-01 }\n'),
    );
  });

  it('appends a task as a block map where the goal writes block maps', () => {
    const op: GoalOp = { op: 'addTask', goalId: 'write-more', task: { title: '#1 post' } };
    assert.equal(
      edited(TEMPLATE, op),
      swap(TEMPLATE, '        done: false\n', '        done: false\n      - title: "#1 post"\n        done: false\n'),
    );
  });

  it('updates a task title keeping its double quotes, and inserts a due date', () => {
    const op: GoalOp = { op: 'updateTask', goalId: IR, index: 1, changes: { title: 'Book "the" room', due: '2026-11-20' } };
    assert.equal(edited(TEMPLATE, op), swap(TEMPLATE, '"Book a room", done: false }', '"Book \\"the\\" room", done: false, due: 2026-11-20 }'));
  });

  it('removes a task line with its comment, and the last block task leaves `[]`', () => {
    assert.equal(
      edited(TEMPLATE, { op: 'removeTask', goalId: IR, index: 1, expectTitle: 'Book a room' }),
      swap(TEMPLATE, '      - { title: "Book a room", done: false }   # ask facilities\n', ''),
    );
    assert.equal(
      edited(TEMPLATE, { op: 'removeTask', goalId: 'write-more', index: 0 }),
      swap(TEMPLATE, '    tasks:\n      - title: Outline the first post\n        done: false\n', '    tasks: []\n'),
    );
  });

  it('adds and updates a checkpoint', () => {
    assert.equal(
      edited(TEMPLATE, { op: 'addCheckpoint', goalId: IR, checkpoint: { title: 'Fourth', date: '2027-01-30' } }),
      swap(TEMPLATE, 'date: 2026-12-30 }\n', 'date: 2026-12-30 }\n      - { title: Fourth, date: 2027-01-30, done: false }\n'),
    );
    assert.equal(
      edited(TEMPLATE, { op: 'updateCheckpoint', goalId: IR, index: 0, expectTitle: 'First review held', changes: { date: '2026-10-31' } }),
      swap(TEMPLATE, 'date: 2026-10-30', 'date: 2026-10-31'),
    );
  });

  it('creates a checkpoints list where a goal has none, in the siblings\' style', () => {
    assert.equal(
      edited(TEMPLATE, { op: 'addCheckpoint', goalId: 'write-more', checkpoint: { title: 'Draft', date: '2027-02-01' } }),
      swap(TEMPLATE, '    horizon: long\n', '    horizon: long\n    checkpoints:\n      - { title: Draft, date: 2027-02-01, done: false }\n'),
    );
  });

  it('sets goal fields in place, quoting only when needed', () => {
    assert.equal(
      edited(TEMPLATE, { op: 'setGoalField', goalId: IR, field: 'title', value: 'Run the incident review' }),
      swap(TEMPLATE, 'title: Run the monthly incident review', 'title: Run the incident review'),
    );
    assert.equal(
      edited(TEMPLATE, { op: 'setGoalField', goalId: IR, field: 'why', value: 'yes' }),
      swap(TEMPLATE, 'why: Calm on-call starts with learning from every page', 'why: "yes"'),
    );
    assert.equal(edited(TEMPLATE, { op: 'setGoalField', goalId: IR, field: 'due', value: '2027-04-30' }), swap(TEMPLATE, 'due: 2027-03-31', 'due: 2027-04-30'));
  });

  it('renaming a goal without an id first pins its id, so references to it keep working', () => {
    assert.equal(
      edited(TEMPLATE, { op: 'setGoalField', goalId: 'write-more', field: 'title', value: 'Write weekly' }),
      swap(TEMPLATE, '  - title: "Write more"', '  - id: write-more\n    title: "Write weekly"'),
    );
  });

  it('inserts a missing goal field at its place in the template order', () => {
    assert.equal(
      edited(TEMPLATE, { op: 'setGoalField', goalId: 'write-more', field: 'flexibility', value: 'Fewer, longer posts are fine' }),
      swap(TEMPLATE, '        done: false\nwins:', '        done: false\n    flexibility: Fewer, longer posts are fine\nwins:'),
    );
    assert.equal(
      edited(TEMPLATE, { op: 'setGoalField', goalId: 'write-more', field: 'start', value: '2027-01-01' }),
      swap(TEMPLATE, '    horizon: long\n', '    horizon: long\n    start: 2027-01-01\n'),
    );
  });

  it('sets a status in place keeping the comment, or inserts it after horizon', () => {
    assert.equal(
      edited(TEMPLATE, { op: 'setGoalStatus', goalId: IR, status: 'paused' }),
      swap(TEMPLATE, 'status: active            #', 'status: paused            #'),
    );
    assert.equal(
      edited(TEMPLATE, { op: 'setGoalStatus', goalId: 'write-more', status: 'done' }),
      swap(TEMPLATE, '    horizon: long\n', '    horizon: long\n    status: done\n'),
    );
  });

  it('sets resources inside the flow map, or inserts them', () => {
    assert.equal(
      edited(TEMPLATE, { op: 'setResources', goalId: IR, resources: { time: '3h/week', tools: ['pager', 'a, b'] } }),
      swap(TEMPLATE, '{ time: 2h/week, learning: [Site Reliability Engineering, ch. 15], tools: [incident tracker] }', '{ time: 3h/week, learning: [Site Reliability Engineering, ch. 15], tools: [pager, "a, b"] }'),
    );
    assert.equal(
      edited(TEMPLATE, { op: 'setResources', goalId: 'write-more', resources: { time: '1h', learning: [] } }),
      swap(TEMPLATE, '        done: false\nwins:', '        done: false\n    resources: { time: 1h, learning: [] }\nwins:'),
    );
  });

  it('appends wins and lessons at the end of their lists', () => {
    assert.equal(
      edited(TEMPLATE, { op: 'addWin', win: { date: '2026-12-01', text: 'Gave the talk: it went well', goal: IR } }),
      swap(TEMPLATE, 'halved pages, goal: incident-reviews }\n', 'halved pages, goal: incident-reviews }\n  - { date: 2026-12-01, text: "Gave the talk: it went well", goal: incident-reviews }\n'),
    );
    assert.equal(
      edited(TEMPLATE, { op: 'addLesson', lesson: { date: '2026-12-02', text: 'Ask early' } }),
      TEMPLATE + '  - { date: 2026-12-02, text: Ask early }\n',
    );
  });

  it('creates `lessons:` when absent, after `wins:`', () => {
    const noLessons = TEMPLATE.slice(0, TEMPLATE.indexOf('lessons:'));
    assert.equal(
      edited(noLessons, { op: 'addLesson', lesson: { date: '2026-12-02', text: '2026-01-01' } }),
      noLessons + 'lessons:\n  - { date: 2026-12-02, text: "2026-01-01" }\n',
    );
  });

  it('adds a goal at the end of `goals:` with an explicit, unique id, set apart by a blank line like its siblings', () => {
    const op: GoalOp = {
      op: 'addGoal',
      goal: { title: 'Write more', horizon: 'medium', why: 'Share what I learn', values: ['craft'], due: '2027-06-30', metric: { name: 'posts', start: 0, target: 6 } },
    };
    assert.equal(
      edited(TEMPLATE, op),
      swap(
        TEMPLATE,
        '        done: false\nwins:',
        '        done: false\n\n  - id: write-more-2\n    title: Write more\n    horizon: medium\n    status: active\n    why: Share what I learn\n    values: [craft]\n    due: 2027-06-30\n    metric: { name: posts, start: 0, target: 6, current: 0 }\nwins:',
      ),
    );
  });

  it('writes the focus block in place, keeping its comment', () => {
    const op: GoalOp = { op: 'writeFocus', focus: { quarter: '2027-Q1', theme: 'Writing', goals: [IR, 'write-more'] } };
    assert.equal(
      edited(TEMPLATE, op),
      swap(TEMPLATE, '  quarter: 2026-Q4\n  theme: Visibility beyond my team\n  goals: [incident-reviews]   #', '  quarter: 2027-Q1\n  theme: Writing\n  goals: [incident-reviews, write-more]   #'),
    );
  });

  it('inserts a focus block after the vision block (past its block scalar)', () => {
    const noFocus = swap(TEMPLATE, '  quarter: 2026-Q4\n  theme: Visibility beyond my team\n  goals: [incident-reviews]   # one at a time\n', '').replace('focus:\n', '');
    const op: GoalOp = { op: 'writeFocus', focus: { quarter: '2027-Q1', goals: ['write-more'] } };
    assert.equal(edited(noFocus, op), swap(noFocus, '    Second paragraph.\n', '    Second paragraph.\nfocus:\n  quarter: 2027-Q1\n  goals: [write-more]\n'));
  });

  it('inserts a focus block after `version:` when there is no vision', () => {
    const text = 'version: 1\ngoals: []\n';
    assert.equal(edited(text, { op: 'writeFocus', focus: { quarter: '2027-Q1', theme: 'Depth', goals: [] } }), 'version: 1\nfocus:\n  quarter: 2027-Q1\n  theme: Depth\n  goals: []\ngoals: []\n');
  });
});
