import * as assert from 'node:assert/strict';
import { applyEdits, applyOp } from '../../src/core/edits';
import type { GoalOp } from '../../src/core/types';
import { crlf, FLOW_LISTS, FOUR_SPACE, TEMPLATE } from '../fixtures/edits/texts';

/** `text` with the single occurrence of `from` replaced by `to` (fails if not exactly once). */
function swap(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  assert.ok(at >= 0 && text.indexOf(from, at + 1) < 0, `fixture must contain ${JSON.stringify(from)} exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

function edited(text: string, op: GoalOp): string {
  const r = applyOp(text, op);
  assert.ok(r.ok, r.ok ? '' : r.reason);
  return applyEdits(text, r.edits);
}

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

  it('adds a goal at the end of `goals:` with an explicit, unique id', () => {
    const op: GoalOp = {
      op: 'addGoal',
      goal: { title: 'Write more', horizon: 'medium', why: 'Share what I learn', values: ['craft'], due: '2027-06-30', metric: { name: 'posts', start: 0, target: 6 } },
    };
    assert.equal(
      edited(TEMPLATE, op),
      swap(
        TEMPLATE,
        '        done: false\nwins:',
        '        done: false\n  - id: write-more-2\n    title: Write more\n    horizon: medium\n    status: active\n    why: Share what I learn\n    values: [craft]\n    due: 2027-06-30\n    metric: { name: posts, start: 0, target: 6, current: 0 }\nwins:',
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

describe('edits: golden outputs on 4-space, unindented lists', () => {
  it('appends a block task at the list\'s own indentation', () => {
    assert.equal(
      edited(FOUR_SPACE, { op: 'addTask', goalId: 'speak', task: { title: 'Rehearse' } }),
      swap(FOUR_SPACE, '    due: 2027-01-15\n', '    due: 2027-01-15\n  - title: Rehearse\n    done: false\n'),
    );
  });

  it('inserts `done:` into a block task after its title', () => {
    assert.equal(
      edited(FOUR_SPACE, { op: 'setTaskDone', goalId: 'speak', index: 1, expectTitle: 'Submit a CFP', done: true }),
      swap(FOUR_SPACE, '  - title: Submit a CFP\n', '  - title: Submit a CFP\n    done: true\n'),
    );
  });

  it('sets the current value of a block metric', () => {
    assert.equal(edited(FOUR_SPACE, { op: 'setMetricCurrent', goalId: 'speak', value: 1 }), swap(FOUR_SPACE, 'current: 0', 'current: 1'));
  });

  it('keeps single quotes when replacing a single-quoted scalar', () => {
    const r = applyOp(FOUR_SPACE, { op: 'setGoalField', goalId: 'speak', field: 'title', value: "Speak at Ops'Conf" });
    assert.ok(r.ok);
    assert.equal(applyEdits(FOUR_SPACE, r.edits), swap(FOUR_SPACE, 'title: Speak at a conference', "title: Speak at Ops'Conf"));
  });

  it('adds a win as a block map with 4-space nested keys', () => {
    assert.equal(
      edited(FOUR_SPACE, { op: 'addWin', win: { date: '2026-12-01', text: 'Talk accepted' } }),
      FOUR_SPACE + '- date: 2026-12-01\n  text: Talk accepted\n',
    );
  });

  it('adds a block metric where goals write block metrics, using the 4-space step', () => {
    const text = FOUR_SPACE + 'lessons: []\n';
    const withGoal = edited(text, { op: 'addGoal', goal: { id: 'mentor', title: 'Mentor two people', horizon: 'long' } });
    assert.equal(withGoal, swap(text, '    due: 2027-01-15\n', '    due: 2027-01-15\n- id: mentor\n  title: Mentor two people\n  horizon: long\n  status: active\n'));
    assert.equal(
      edited(withGoal, { op: 'addMetric', goalId: 'mentor', metric: { name: 'mentees', start: 0, target: 2 } }),
      swap(withGoal, '  status: active\n', '  status: active\n  metric:\n      name: mentees\n      start: 0\n      target: 2\n      current: 0\n'),
    );
  });
});

describe('edits: CRLF files', () => {
  const text = crlf(TEMPLATE);

  it('ticks in place without touching line endings', () => {
    const op: GoalOp = { op: 'setTaskDone', goalId: 'write-more', index: 0, done: true };
    assert.equal(edited(text, op), crlf(swap(TEMPLATE, '        done: false\n', '        done: true\n')));
  });

  it('inserts lines with CRLF', () => {
    assert.equal(
      edited(text, { op: 'addTask', goalId: 'write-more', task: { title: 'Publish' } }),
      crlf(swap(TEMPLATE, '        done: false\n', '        done: false\n      - title: Publish\n        done: false\n')),
    );
    assert.equal(edited(crlf(FOUR_SPACE), { op: 'addLesson', lesson: { date: '2026-12-01', text: 'Rest' } }), crlf(FOUR_SPACE) + 'lessons:\r\n- date: 2026-12-01\r\n  text: Rest\r\n');
  });

  it('replaces a block scalar with CRLF content lines', () => {
    const t = crlf('goals:\n  - id: a\n    title: A\n    horizon: short\n    why: |\n      Old reason\n    due: 2027-01-01\n');
    assert.equal(
      edited(t, { op: 'setGoalField', goalId: 'a', field: 'why', value: 'New reason\nwith two lines\n' }),
      crlf('goals:\n  - id: a\n    title: A\n    horizon: short\n    why: |\n      New reason\n      with two lines\n    due: 2027-01-01\n'),
    );
  });
});

describe('edits: flow lists', () => {
  it('inserts inside empty brackets', () => {
    assert.equal(
      edited(FLOW_LISTS, { op: 'addTask', goalId: 'learn-go', task: { title: 'Tour of Go' } }),
      swap(FLOW_LISTS, 'tasks: []', 'tasks: [{ title: Tour of Go, done: false }]'),
    );
    assert.equal(edited(FLOW_LISTS, { op: 'addWin', win: { date: '2026-12-01', text: '[x] done' } }), swap(FLOW_LISTS, 'wins: []', 'wins: [{ date: 2026-12-01, text: "[x] done" }]'));
  });

  it('appends inside non-empty brackets and removes with the comma', () => {
    const one = edited(FLOW_LISTS, { op: 'addCheckpoint', goalId: 'learn-go', checkpoint: { title: 'A', date: '2027-01-01' } });
    const two = edited(one, { op: 'addCheckpoint', goalId: 'learn-go', checkpoint: { title: 'B', date: '2027-02-01' } });
    assert.equal(two, swap(FLOW_LISTS, 'checkpoints: []', 'checkpoints: [{ title: A, date: 2027-01-01, done: false }, { title: B, date: 2027-02-01, done: false }]'));
    const withTasks = swap(FLOW_LISTS, 'tasks: []', 'tasks: [a, b, c]');
    assert.equal(edited(withTasks, { op: 'removeTask', goalId: 'learn-go', index: 2, expectTitle: 'c' }), swap(FLOW_LISTS, 'tasks: []', 'tasks: [a, b]'));
    assert.equal(edited(withTasks, { op: 'removeTask', goalId: 'learn-go', index: 0 }), swap(FLOW_LISTS, 'tasks: []', 'tasks: [b, c]'));
  });

  it('turns a task written as a bare string into a map when ticked', () => {
    const withTasks = swap(FLOW_LISTS, 'tasks: []', 'tasks: [a, b]');
    assert.equal(edited(withTasks, { op: 'setTaskDone', goalId: 'learn-go', index: 1, done: true }), swap(FLOW_LISTS, 'tasks: []', 'tasks: [a, { title: b, done: true }]'));
  });

  it('adds a goal to an empty file and to a file without `goals:`', () => {
    assert.equal(edited('', { op: 'addGoal', goal: { title: 'First', horizon: 'short' } }), 'goals:\n  - id: first\n    title: First\n    horizon: short\n    status: active\n');
    assert.equal(edited('version: 1', { op: 'addWin', win: { date: '2026-01-02', text: 'Started' } }), 'version: 1\nwins:\n  - { date: 2026-01-02, text: Started }\n');
  });
});

describe('edits: unusual but valid layouts', () => {
  const empty = 'goals:\n  - id: a\n    title: A\n    why: >-\n      folded text\n      here\n    metric:\n    tasks:\n    resources:\n    notes: []\n';

  it('fills empty `metric:`, `tasks:` and `resources:` keys', () => {
    assert.equal(edited(empty, { op: 'addMetric', goalId: 'a', metric: { name: 'm', start: 0, target: 3 } }), swap(empty, '    metric:\n', '    metric: { name: m, start: 0, target: 3, current: 0 }\n'));
    assert.equal(edited(empty, { op: 'addTask', goalId: 'a', task: { title: 'T' } }), swap(empty, '    tasks:\n', '    tasks:\n      - { title: T, done: false }\n'));
    assert.equal(edited(empty, { op: 'setResources', goalId: 'a', resources: { tools: ['x'] } }), swap(empty, '    resources:\n', '    resources: { tools: [x] }\n'));
  });

  it('rewrites a block scalar as a block scalar', () => {
    assert.equal(edited(empty, { op: 'setGoalField', goalId: 'a', field: 'why', value: 'new why' }), swap(empty, 'folded text\n      here\n', 'new why\n'));
    assert.equal(edited(empty, { op: 'setGoalField', goalId: 'a', field: 'why', value: 'one\ntwo' }), swap(empty, '>-\n      folded text\n      here\n', '|-\n      one\n      two\n'));
  });

  it('edits goals written as flow maps', () => {
    const text = 'goals:\n  - { id: a, title: A, horizon: short }\n  - {title: B C}\n';
    assert.equal(edited(text, { op: 'setGoalStatus', goalId: 'a', status: 'done' }), swap(text, 'horizon: short }', 'horizon: short, status: done }'));
    assert.equal(edited(text, { op: 'addTask', goalId: 'b-c', task: { title: 'x' } }), swap(text, '{title: B C}', '{title: B C, tasks: [{ title: x, done: false }]}'));
  });

  it('works between document markers', () => {
    const text = '---\nversion: 1\ngoals:\n- id: a\n  title: A\n  tasks:\n  - title: t1\n    done: false\n...\n';
    assert.equal(edited(text, { op: 'setTaskDone', goalId: 'a', index: 0, done: true }), swap(text, 'done: false', 'done: true'));
  });

  it('rewrites a block list in the focus block at its own indentation', () => {
    const text = 'version: 1\nfocus:\n  quarter: 2026-Q1\n  theme: Old\n  goals:\n    - a\n    - b\n';
    assert.equal(edited(text, { op: 'writeFocus', focus: { quarter: '2026-Q2', goals: ['c'] } }), 'version: 1\nfocus:\n  quarter: 2026-Q2\n  goals:\n    - c\n');
    assert.equal(edited(text, { op: 'writeFocus', focus: { quarter: '2026-Q2', theme: 'New', goals: [] } }), 'version: 1\nfocus:\n  quarter: 2026-Q2\n  theme: New\n  goals: []\n');
  });
});
