/**
 * The review page's pure draft edits (src/webview/draft-edit.ts): a change undone
 * leaves no trace, what the page sends always passes the host's validation, and the
 * page's notion of a goal's fate matches draftToOps.
 */
import * as assert from 'node:assert/strict';
import { parseNumberInput } from '../../src/core/words/number-input';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { buildSession } from '../../src/review/session';
import { type ReviewSession } from '../../src/shared/protocol';
import { draftToOps } from '../../src/shared/ops';
import { emptyDraft, isDraftEmpty } from '../../src/shared/draft';
import { validateWebviewMessage } from '../../src/shared/message-validation';
import { activeGoalsFocusFirst, cleanDraft, effectiveStatus, effectiveTarget, effectiveTask, focusPicks, setCheckpoint, setDecision, setMetric, setTask } from '../../src/webview/draft-edit';
import { plannedChanges, warnings } from '../../src/webview/checks';
import { percent } from '../../src/core/words/percent';
import { longDate, paceDetail } from '../../src/webview/format';

const text = fs.readFileSync(path.join(__dirname, '../../../examples/goals.yaml'), 'utf8');

function session(): ReviewSession {
  return buildSession({
    kind: 'quarterly',
    folderName: 'examples',
    folderUri: 'file:///examples',
    analysis: analyze(text, new Date(2026, 10, 21), {}),
    reviews: [],
    today: '2026-11-21',
    prompts: ['Q?'],
    maxActiveGoals: 5,
    journalFolder: 'reviews',
  });
}

const goal = (s: ReviewSession, id: string) => s.goals.find((g) => g.id === id)!;

describe('webview draft edits', () => {
  it('forgets a task change that is undone', () => {
    const s = session();
    const g = goal(s, 'calm-on-call');
    const task = g.tasks.find((t) => !t.done)!;
    const d = emptyDraft();
    setTask(d, g.id, task, { done: true });
    assert.equal(effectiveTask(d, g.id, task).done, true);
    setTask(d, g.id, task, { done: false });
    assert.deepEqual(d.goals, {});
    assert.ok(isDraftEmpty(d));
  });

  it('turns a ticked task into one setTaskDone op addressed by index and title', () => {
    const s = session();
    const g = goal(s, 'calm-on-call');
    const task = g.tasks.find((t) => t.title === 'Move disk alerts to SLO burn rate')!;
    const d = emptyDraft();
    setTask(d, g.id, task, { done: true });
    assert.deepEqual(draftToOps(s, cleanDraft(d)), [{ op: 'setTaskDone', goalId: g.id, index: task.index, expectTitle: task.title, done: true }]);
  });

  it('keeps only metric fields that differ from the file', () => {
    const s = session();
    const g = goal(s, 'calm-on-call');
    const d = emptyDraft();
    setMetric(d, g, { current: g.metric!.current });
    assert.deepEqual(d.goals, {});
    setMetric(d, g, { current: 6 });
    assert.deepEqual(draftToOps(s, d), [{ op: 'setMetricCurrent', goalId: g.id, value: 6 }]);
  });

  it('keeps a revise decision and the metric target in step', () => {
    const s = session();
    const g = goal(s, 'design-notes');
    const d = emptyDraft();
    setDecision(d, g.id, { decision: 'revise' });
    setMetric(d, g, { target: 8 });
    assert.equal(effectiveTarget(d, g), 8);
    assert.equal(d.goals[g.id]!.decision!.target, 8);
    assert.deepEqual(draftToOps(s, d), [{ op: 'setMetricField', goalId: g.id, field: 'target', value: 8 }]);
  });

  it('mirrors draftToOps for the status a decision or alignment leads to', () => {
    const s = session();
    const g = goal(s, 'mentoring');
    const d = emptyDraft();
    assert.equal(effectiveStatus(d, g), 'active');
    d.goals[g.id] = { alignment: { decision: 'let-go' } };
    assert.equal(effectiveStatus(d, g), 'dropped');
    setDecision(d, g.id, { decision: 'pause', reason: 'Both mentees moved teams' });
    assert.equal(effectiveStatus(d, g), 'paused');
    assert.ok(draftToOps(s, d).some((op) => op.op === 'setGoalStatus' && op.status === 'paused'));
  });

  it('drops a checkpoint date change back to the original', () => {
    const s = session();
    const g = goal(s, 'deploy-migration');
    const cp = g.checkpoints.find((c) => !c.done)!;
    const d = emptyDraft();
    setCheckpoint(d, g.id, cp, { date: '2030-01-15' });
    assert.equal(d.goals[g.id]!.checkpoints![0]!.date, '2030-01-15');
    setCheckpoint(d, g.id, cp, { date: cp.date });
    assert.deepEqual(d.goals, {});
  });

  it('sends only what the host accepts: half-filled additions stay on the page', () => {
    const s = session();
    const d = emptyDraft();
    d.wins.push({ text: '  ' }, { text: 'Shipped it', goalId: 'calm-on-call' });
    d.lessons.push({ text: '' });
    d.goals['design-notes'] = { newTasks: [{ title: '' }, { title: 'Note 4' }], newCheckpoints: [{ title: 'No date', date: '' }] };
    d.goals['staff-engineer'] = { newMetric: { name: '', start: 0, target: 1 } };
    d.goals.mentoring = { decision: { decision: 'revise', title: '  ' } };
    const clean = cleanDraft(d);
    assert.deepEqual(clean.wins, [{ text: 'Shipped it', goalId: 'calm-on-call' }]);
    assert.deepEqual(clean.lessons, []);
    assert.deepEqual(clean.goals['design-notes'], { newTasks: [{ title: 'Note 4' }] });
    assert.equal(clean.goals['staff-engineer'], undefined);
    assert.deepEqual(clean.goals.mentoring, { decision: { decision: 'revise' } });
    const checked = validateWebviewMessage({ type: 'complete', draft: clean });
    assert.ok(checked.ok, checked.ok ? '' : checked.error);
    // The page's own draft is untouched: nothing typed is lost.
    assert.equal(d.wins.length, 2);
    assert.equal(s.goals.length > 0, true);
  });

  it('starts focus picks from the current focus and ignores unknown ids', () => {
    const s = session();
    const d = emptyDraft();
    assert.deepEqual(focusPicks(s, d), ['calm-on-call', 'design-notes']);
    d.focus = { goals: ['mentoring', 'no-such-goal'] };
    assert.deepEqual(focusPicks(s, d), ['mentoring']);
  });

  it('lists focus goals first among active goals', () => {
    const ids = activeGoalsFocusFirst(session()).map((g) => g.id);
    assert.deepEqual(ids.slice(0, 2), ['calm-on-call', 'design-notes']);
    assert.equal(ids.length, 5);
  });

  it('parses numbers as people type them', () => {
    assert.equal(parseNumberInput('3'), 3);
    assert.equal(parseNumberInput(' -2 '), -2);
    assert.equal(parseNumberInput('3,5'), 3.5);
    assert.equal(parseNumberInput(''), undefined);
    assert.equal(parseNumberInput('abc'), undefined);
    assert.equal(parseNumberInput('Infinity'), undefined);
  });

  it('rounds progress down like the core, so 100% means complete', () => {
    assert.equal(percent(0.625), 62);
    assert.equal(percent(0.999), 99);
    assert.equal(percent(1), 100);
    assert.equal(percent(1.2), 100);
    assert.equal(percent(-1), 0);
  });

  it('describes pace and dates in words', () => {
    const g = goal(session(), 'calm-on-call');
    // Days as the display language writes them (Intl): English here.
    assert.match(paceDetail({ ...g, pace: { kind: 'on-track', bufferDays: 1 } }, 'en'), /^1 day of buffer · due Jan 31, 2027$/);
    assert.equal(paceDetail({ ...g, pace: { kind: 'behind', expected: 0.456 } }, 'en'), 'about 45% expected by now · due Jan 31, 2027');
    assert.equal(paceDetail({ ...g, pace: { kind: 'overdue' } }, 'en'), 'due Jan 31, 2027');
    assert.equal(longDate('2026-11-21', 'en'), 'Saturday, November 21, 2026');
    assert.equal(longDate('2026-11-21', 'de'), 'Samstag, 21. November 2026');
    assert.equal(longDate('not a date', 'en'), 'not a date');
  });

  it('lists planned changes with goal titles and flags drops without a reason and focus over the limit', () => {
    const s = session();
    const d = emptyDraft();
    setDecision(d, 'mentoring', { decision: 'drop' });
    d.focus = { goals: ['calm-on-call', 'design-notes', 'deploy-migration', 'mentoring', 'staff-engineer', 'no-such'] };
    assert.deepEqual(plannedChanges(s, d).slice(0, 1), ['Mentor two engineers until each owns a service: marked dropped']);
    assert.deepEqual(warnings(s, d), [
      '“Mentor two engineers until each owns a service” is dropped without a reason (Review and revise).',
      '6 focus goals picked, more than your limit of 5 (Plan next quarter’s focus).',
    ]);
    setDecision(d, 'mentoring', { decision: 'drop', reason: 'Both mentees moved teams' });
    d.focus.goals = ['calm-on-call'];
    assert.deepEqual(warnings(s, d), []);
  });
});
