import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { applyOp, EditMemory } from '../../src/core/edits';
import { Refusal } from '../../src/core/edits/context';
import { detectIndentUnit } from '../../src/core/edits/text';
import { verifyEdit } from '../../src/core/edits/verify';
import type { GoalOp } from '../../src/core/types';
import { edited } from '../fixtures/edits/expect';

/** A one-goal file with `body` as the goal's keys after its title (indented four spaces). */
function oneGoal(body: string): string {
  return `version: 1\ngoals:\n  - id: g\n    title: G\n    horizon: short\n${body}`;
}

function reason(text: string, op: GoalOp): string {
  const r = applyOp(text, op);
  assert.equal(r.ok, false, 'expected a refusal');
  return r.ok ? '' : r.reason;
}

const focusOp: GoalOp = { op: 'writeFocus', focus: { quarter: '2027-Q1', theme: 'T', goals: ['a'] } };

describe('edits: every edit lands on the right node and keeps the file valid', () => {
  it('writes an empty flow focus `{}` or `{ }` whole, with commas', () => {
    for (const empty of ['{}', '{ }']) {
      const text = `version: 1\nfocus: ${empty}\ngoals: []\n`;
      assert.equal(edited(text, focusOp), 'version: 1\nfocus: { quarter: 2027-Q1, theme: T, goals: [a] }\ngoals: []\n');
    }
  });

  it('lines a new key up with an explicit `? title` / `: T1` key, not with the key after `? `', () => {
    const text = oneGoal('    tasks:\n      - ? title\n        : T1\n');
    const op: GoalOp = { op: 'setTaskDone', goalId: 'g', index: 0, done: true };
    assert.equal(edited(text, op), oneGoal('    tasks:\n      - ? title\n        : T1\n        done: true\n'));
  });

  it('does not count a byte order mark as a column: top-level keys go in at column 0, after the mark', () => {
    const text = '\ufeffversion: 1\ngoals: []\n';
    assert.equal(edited(text, { op: 'addWin', win: { date: '2026-01-01', text: 'w' } }), '\ufeffversion: 1\ngoals: []\nwins:\n  - { date: 2026-01-01, text: w }\n');
    assert.equal(edited(text, { op: 'addLesson', lesson: { date: '2026-01-01', text: 'l' } }), '\ufeffversion: 1\ngoals: []\nlessons:\n  - { date: 2026-01-01, text: l }\n');
    assert.equal(edited(text, focusOp), '\ufeffversion: 1\nfocus:\n  quarter: 2027-Q1\n  theme: T\n  goals: [a]\ngoals: []\n');
    // A key that goes before the first one is inserted after the mark, not before it.
    assert.equal(edited('\ufeffgoals: []\n', focusOp), '\ufefffocus:\n  quarter: 2027-Q1\n  theme: T\n  goals: [a]\ngoals: []\n');
  });

  it('keeps an unchanged block focus.goals list and its comments as written', () => {
    const text = 'version: 1\nfocus:\n  quarter: 2026-Q4\n  goals:\n    - a   # main\n    # b is next\n    - b\n';
    const r = applyOp(text, { op: 'writeFocus', focus: { quarter: '2026-Q4', goals: ['a', 'b'] } });
    assert.ok(r.ok);
    assert.deepEqual(r.edits, []);
  });

  it('changes only the focus.goals items that differ, keeping the others and their comments', () => {
    const text = 'version: 1\nfocus:\n  quarter: 2026-Q4\n  goals:\n    - a   # main\n    # b is next\n    - b\n    - c\n';
    assert.equal(
      edited(text, { op: 'writeFocus', focus: { quarter: '2026-Q4', goals: ['a', 'x', 'b'] } }),
      'version: 1\nfocus:\n  quarter: 2026-Q4\n  goals:\n    - a   # main\n    - x\n    # b is next\n    - b\n',
    );
    assert.equal(
      edited(text, { op: 'writeFocus', focus: { quarter: '2026-Q4', goals: ['z', 'b', 'c', 'd'] } }),
      'version: 1\nfocus:\n  quarter: 2026-Q4\n  goals:\n    - z\n    # b is next\n    - b\n    - c\n    - d\n',
    );
  });

  it('keeps unchanged block learning/tools items and their comments in setResources', () => {
    const res = '    resources:\n      learning:\n        - SRE book   # ch. 4\n        # then\n        - Course\n      tools:\n        - pager   # on call\n';
    const text = oneGoal(res);
    const r = applyOp(text, { op: 'setResources', goalId: 'g', resources: { learning: ['SRE book', 'Course'], tools: ['pager'] } });
    assert.ok(r.ok);
    assert.deepEqual(r.edits, []);
    assert.equal(
      edited(text, { op: 'setResources', goalId: 'g', resources: { learning: ['SRE book', 'Talk', 'Course'], tools: ['pager', 'runbook'] } }),
      oneGoal('    resources:\n      learning:\n        - SRE book   # ch. 4\n        - Talk\n        # then\n        - Course\n      tools:\n        - pager   # on call\n        - runbook\n'),
    );
  });

  it('keeps the trailing blank lines of a keep-chomped block scalar when a key or goal is inserted after it', () => {
    const text = oneGoal('    why: |+\n      reason\n\n\n');
    assert.equal((parse(text) as { goals: { why: string }[] }).goals[0]?.why, 'reason\n\n\n');
    assert.equal(
      edited(text, { op: 'setGoalField', goalId: 'g', field: 'due', value: '2027-01-01' }),
      oneGoal('    why: |+\n      reason\n\n\n    due: 2027-01-01\n'),
    );
    assert.equal(
      edited(text, { op: 'addGoal', goal: { id: 'h', title: 'H', horizon: 'short' } }),
      oneGoal('    why: |+\n      reason\n\n\n  - id: h\n    title: H\n    horizon: short\n    status: active\n'),
    );
    const tasks = oneGoal('    tasks:\n      - title: T\n        notes: |+\n          n\n\n');
    assert.equal(
      edited(tasks, { op: 'addTask', goalId: 'g', task: { title: 'U' } }),
      oneGoal('    tasks:\n      - title: T\n        notes: |+\n          n\n\n      - title: U\n        done: false\n'),
    );
  });

  it('drops a `!!int` tag the new metric value does not fit, and keeps one it fits', () => {
    const text = oneGoal('    metric:\n      name: m\n      start: 0\n      target: 5\n      current: !!int 2\n');
    assert.equal(edited(text, { op: 'setMetricCurrent', goalId: 'g', value: 2.5 }), oneGoal('    metric:\n      name: m\n      start: 0\n      target: 5\n      current: 2.5\n'));
    assert.equal(edited(text, { op: 'setMetricCurrent', goalId: 'g', value: 3 }), oneGoal('    metric:\n      name: m\n      start: 0\n      target: 5\n      current: !!int 3\n'));
    const anchored = oneGoal('    metric: { name: m, start: 0, target: 5, current: !!int &c 2 }\n');
    assert.equal(edited(anchored, { op: 'setMetricCurrent', goalId: 'g', value: 2.5 }), oneGoal('    metric: { name: m, start: 0, target: 5, current: &c 2.5 }\n'));
  });

  it('refuses to edit an anchored metric or task that an alias reuses, and edits one no alias reuses', () => {
    const metric = oneGoal('    metric: &m { name: m, start: 0, target: 5, current: 2 }\n  - id: h\n    title: H\n    horizon: short\n    metric: *m\n');
    assert.equal(
      reason(metric, { op: 'setMetricCurrent', goalId: 'g', value: 3 }),
      'The metric of goal "g" is written once as &m and reused elsewhere as *m; editing it would change every copy. Edit goals.yaml by hand.',
    );
    const task = oneGoal('    tasks:\n      - &t { title: T, done: false }\n      - *t\n');
    assert.match(reason(task, { op: 'setTaskDone', goalId: 'g', index: 0, done: true }), /^Task 1 of goal "g" is written once as &t and reused elsewhere as \*t;/);
    const unused = oneGoal('    metric: &m { name: m, start: 0, target: 5, current: 2 }\n');
    assert.equal(edited(unused, { op: 'setMetricCurrent', goalId: 'g', value: 3 }), oneGoal('    metric: &m { name: m, start: 0, target: 5, current: 3 }\n'));
  });

  it('checks every result: an edit that would not read back as its change is refused and nothing is written', () => {
    // A tag on the line before its value is not dropped, so `!!int` would meet 2.5 and read back as the text "2.5".
    const text = oneGoal('    metric:\n      name: m\n      start: 0\n      target: 5\n      current: !!int\n        2\n');
    assert.equal(
      reason(text, { op: 'setMetricCurrent', goalId: 'g', value: 2.5 }),
      'This edit would have changed goals.yaml in more places than intended, so nothing was written. Please report this.',
    );
  });

  it('verifyEdit accepts exactly the intended data and refuses a wrong or invalid result', () => {
    const memory = new EditMemory();
    const before = oneGoal('    status: active\n');
    const op: GoalOp = { op: 'setGoalStatus', goalId: 'g', status: 'done' };
    assert.doesNotThrow(() => verifyEdit(before, oneGoal('    status: done   # key order and comments do not count\n'), op, memory));
    assert.throws(() => verifyEdit(before, oneGoal('    status: paused\n'), op, memory), (e: unknown) => e instanceof Refusal && /more places than intended/.test(e.message));
    assert.throws(() => verifyEdit(before, oneGoal('    status: done\n    horizon: long\n'), op, memory), (e: unknown) => e instanceof Refusal && /left goals\.yaml invalid/.test(e.message));
    assert.throws(() => verifyEdit(before, oneGoal('    status: done\n  - id: x\n    title: X\n    horizon: short\n'), op, memory), Refusal);
  });

  it('renaming a goal with an empty `id: ""` fills that id in rather than writing a second `id:`', () => {
    const text = 'version: 1\ngoals:\n  - id: ""\n    title: G\n    horizon: short\n';
    assert.equal(edited(text, { op: 'setGoalField', goalId: 'g', field: 'title', value: 'H' }), 'version: 1\ngoals:\n  - id: "g"\n    title: H\n    horizon: short\n');
  });

  it('pins the id of a goal whose first key is explicit (`? title`) before the `?`', () => {
    const text = 'version: 1\ngoals:\n  - ? title\n    : G\n    horizon: short\n';
    assert.equal(edited(text, { op: 'setGoalField', goalId: 'g', field: 'title', value: 'H' }), 'version: 1\ngoals:\n  - id: g\n    ? title\n    : H\n    horizon: short\n');
  });

  it('reads the indentation step in one pass over lines of 100k spaces', () => {
    // The old pattern backtracked quadratically on each such line (about 14 s apiece), so three of them ran past mocha's timeout.
    const line = `title: a${' '.repeat(100_000)}b`;
    assert.equal(detectIndentUnit(`${line}\n${line}\n${line}\ngoals:\n    - id: x\n`), 2);
    assert.equal(detectIndentUnit(`x: 1   # c\nfocus:   # c\n    quarter: 2026-Q4\n`), 4);
    assert.equal(detectIndentUnit(`goals:\n- id: x\n  tasks:\n     - a\n  metric:\n    name: m\n`), 2);
    assert.equal(detectIndentUnit(`a:\n# only a comment\n   b: 1\n`), 3);
  });
});
