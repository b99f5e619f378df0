import * as assert from 'node:assert/strict';
import { applyOp } from '../../src/core/edits';
import { applyEdits } from '../../src/core/edits/text';
import type { GoalOp } from '../../src/core/types';
import { edited, swap } from '../fixtures/edits/expect';
import { crlf, FLOW_LISTS, FOUR_SPACE, TEMPLATE } from '../fixtures/edits/texts';

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
