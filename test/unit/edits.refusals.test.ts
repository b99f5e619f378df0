import * as assert from 'node:assert/strict';
import { applyOp, applyOps, EditMemory } from '../../src/core/edits';
import { createContext, findGoalNode, Refusal } from '../../src/core/edits/context';
import type { GoalOp } from '../../src/core/types';
import { sliceGoal } from '../../src/core/edits/fast';
import { TEMPLATE } from '../fixtures/edits/texts';
import { at } from './helpers';

/**
 * The character range `[start, end)` of the goal's mapping in `text` as a full parse
 * finds it; undefined when the file does not parse or has no such goal. What the fast
 * path's slices are checked against (only the tests need it).
 */
function findGoalRange(text: string, goalId: string): { start: number; end: number } | undefined {
  try {
    const goal = findGoalNode(createContext(text, new EditMemory()), goalId);
    return goal.range ? { start: goal.range[0], end: goal.range[1] } : undefined;
  } catch (e) {
    if (e instanceof Refusal) return undefined;
    throw e;
  }
}

function reason(text: string, op: GoalOp): string {
  const r = applyOp(text, op);
  assert.equal(r.ok, false, 'expected a refusal');
  return r.ok ? '' : r.reason;
}

const IR = 'incident-reviews';
const tick: GoalOp = { op: 'setTaskDone', goalId: IR, index: 0, done: false };

describe('edits: refusals', () => {
  it('refuses any edit while the file has a YAML syntax error, naming the line', () => {
    const broken = TEMPLATE.replace('  goals: [incident-reviews]', '  goals: [incident-reviews');
    assert.match(reason(broken, tick), /^goals\.yaml has a YAML syntax error at line \d+: .+\. Fix it before editing\.$/);
    const badIndent = TEMPLATE.replace('    title: Run the monthly', '   title: Run the monthly');
    assert.match(reason(badIndent, { op: 'addWin', win: { date: '2026-12-01', text: 'x' } }), /syntax error at line 16:/);
    assert.match(reason('a: 1\na: 2\n', tick), /syntax error at line 2: Map keys must be unique/);
  });

  it('names an unknown goal id', () => {
    assert.equal(reason(TEMPLATE, { op: 'setGoalStatus', goalId: 'nope', status: 'done' }), 'No goal with id "nope" in goals.yaml.');
  });

  it('refuses a task index out of range, and finds a moved task by its title', () => {
    assert.equal(reason(TEMPLATE, { ...tick, index: 7 }), 'Goal "incident-reviews" has no task at index 7 (it has 2).');
    const moved = applyOp(TEMPLATE, { op: 'setTaskDone', goalId: IR, index: 0, expectTitle: 'Book a room', done: true });
    assert.ok(moved.ok);
    assert.deepEqual(moved.edits, [{ offset: TEMPLATE.indexOf('false }   # ask'), length: 5, text: 'true' }]);
    assert.equal(reason(TEMPLATE, { ...tick, expectTitle: 'Gone' }), 'Goal "incident-reviews" has no task titled "Gone".');
    assert.equal(reason(TEMPLATE, { op: 'setTaskDone', goalId: 'write-more', index: 0, expectTitle: 'x', done: true }), 'Goal "write-more" has no task titled "x".');
  });

  it('refuses a metric edit on a goal without a metric, and a second metric', () => {
    assert.equal(reason(TEMPLATE, { op: 'setMetricCurrent', goalId: 'write-more', value: 1 }), 'Goal "write-more" has no metric; add one first.');
    assert.equal(reason(TEMPLATE, { op: 'addMetric', goalId: IR, metric: { name: 'x', start: 0, target: 1 } }), 'Goal "incident-reviews" already has a metric.');
  });

  it('refuses to write a scalar over a list or map', () => {
    const text = TEMPLATE.replace('    why: Calm on-call starts with learning from every page\n', '    why:\n      - one\n      - two\n');
    assert.equal(reason(text, { op: 'setGoalField', goalId: IR, field: 'why', value: 'x' }), '"why" in goal "incident-reviews" is a list or map, not a single value; edit it by hand.');
  });

  it('validates values lightly: dates, numbers, statuses, priorities, empty text', () => {
    assert.equal(reason(TEMPLATE, { op: 'setGoalField', goalId: IR, field: 'due', value: '31/03/2027' }), 'The due date must be a date written YYYY-MM-DD, not "31/03/2027".');
    assert.match(reason(TEMPLATE, { op: 'setGoalField', goalId: IR, field: 'start', value: '2027-02-30' }), /YYYY-MM-DD/);
    assert.equal(reason(TEMPLATE, { op: 'setMetricCurrent', goalId: IR, value: Number.NaN }), 'A metric value must be a finite number, not "NaN".');
    assert.match(reason(TEMPLATE, { op: 'setMetricField', goalId: IR, field: 'target', value: Infinity }), /finite number/);
    assert.match(reason(TEMPLATE, { op: 'setGoalStatus', goalId: IR, status: 'finished' as 'done' }), /must be one of active, paused, done, dropped/);
    assert.match(reason(TEMPLATE, { op: 'addTask', goalId: IR, task: { title: '  ' } }), /must not be empty/);
    assert.match(reason(TEMPLATE, { op: 'addTask', goalId: IR, task: { title: 'x', priority: 'urgent' as 'high' } }), /high, medium, low/);
    assert.match(reason(TEMPLATE, { op: 'writeFocus', focus: { quarter: 'Q4', goals: [] } }), /like 2026-Q4/);
    assert.equal(reason(TEMPLATE, { op: 'addGoal', goal: { id: IR, title: 'Again', horizon: 'short' } }), 'A goal with id "incident-reviews" already exists.');
  });

  it('refuses a file whose top level is not a mapping', () => {
    assert.match(reason('- a\n- b\n', tick), /mapping of keys/);
  });

  it('applyOps reports failures and still applies the rest', () => {
    const r = applyOps(TEMPLATE, [{ op: 'setGoalStatus', goalId: 'nope', status: 'done' }, { op: 'setGoalStatus', goalId: IR, status: 'done' }]);
    assert.equal(r.failed.length, 1);
    assert.equal(at(r.failed, 0).reason, 'No goal with id "nope" in goals.yaml.');
    assert.equal(r.applied.length, 1);
    assert.equal(r.text, TEMPLATE.replace('status: active', 'status: done'));
    assert.deepEqual(r.edits, [{ offset: TEMPLATE.indexOf('active            #'), length: 6, text: 'done' }]);
  });

  it('findGoalRange locates a goal, and gives undefined when it cannot', () => {
    const range = findGoalRange(TEMPLATE, 'write-more');
    assert.ok(range);
    assert.ok(TEMPLATE.slice(range.start, range.end).startsWith('title: "Write more"'));
    assert.equal(findGoalRange(TEMPLATE, 'nope'), undefined);
    assert.equal(findGoalRange('a: [', 'write-more'), undefined);
  });
});

describe('edits: fast path', () => {
  it('finds goals by explicit id and by the slug of a quoted title, as a full parse would', () => {
    const full = findGoalRange(TEMPLATE, 'write-more');
    const fast = sliceGoal(TEMPLATE, 'write-more');
    assert.ok(fast?.range && full);
    assert.deepEqual([fast.range[0], fast.range[1]], [full.start, full.end]);
    assert.ok(sliceGoal(TEMPLATE, IR));
    assert.equal(sliceGoal(TEMPLATE, 'run-the-monthly-incident-review'), undefined);
  });

  it('refuses a remembered broken text without parsing it again, and still accepts it once fixed', () => {
    const broken = TEMPLATE.replace('version: 1', 'version: [1');
    const first = applyOp(broken, tick);
    assert.deepEqual(applyOp(broken, tick), first);
    assert.equal(first.ok, false);
    assert.ok(applyOp(TEMPLATE, tick).ok);
  });
});
