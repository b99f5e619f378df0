import * as assert from 'node:assert/strict';
import { type GoalView, type ReviewDraft, type ReviewSession } from '../../src/shared/protocol';
import { describeOp, draftToOps } from '../../src/shared/ops';
import { emptyDraft, isDraftEmpty } from '../../src/shared/draft';
import { LIMITS, validateWebviewMessage } from '../../src/shared/message-validation';
import { buildSummary, summaryMarkdown } from '../../src/shared/summary';

function goal(id: string, extra: Partial<GoalView> = {}): GoalView {
  return {
    id,
    title: id.toUpperCase(),
    horizon: 'short',
    horizonLabel: 'Short-term (3–6 months)',
    status: 'active',
    progress: 0.25,
    pace: { kind: 'on-track', bufferDays: 3 },
    insight: '25% · on track · 3d buffer',
    values: [],
    checkpoints: [{ index: 0, title: 'Beta', date: '2026-10-15', done: false }],
    tasks: [
      { index: 0, title: 'Guide', done: false, priority: 'high' },
      { index: 1, title: 'Demo', done: true },
      { index: 2, title: 'Blog', done: false },
    ],
    metric: { name: 'teams', unit: 'teams', start: 0, target: 4, current: 1 },
    inFocus: false,
    ...extra,
  };
}

const session: ReviewSession = {
  protocol: 1,
  kind: 'quarterly',
  title: 'Quarterly Reset',
  folderName: 'valid',
  folderUri: 'file:///valid',
  today: '2026-11-21',
  values: ['craft'],
  goals: [goal('a'), goal('b', { metric: undefined })],
  overall: 0.25,
  activeCount: 2,
  maxActiveGoals: 5,
  winsSinceLastReview: [{ date: '2026-11-20', text: 'Shipped beta', goalId: 'a' }],
  quarterWins: [],
  completedGoals: [],
  lessonsSinceLastReview: [],
  prompts: ['What moved?', 'What next?'],
  currentQuarter: '2026-Q4',
  proposedFocusQuarter: '2027-Q1',
  canWrite: true,
  journalFolder: 'reviews',
};

describe('protocol: validateWebviewMessage', () => {
  it('accepts every message type and copies only known fields', () => {
    for (const m of [{ type: 'ready' }, { type: 'discard' }, { type: 'openGoal', goalId: 'a' }, { type: 'openJournal', path: 'reviews/x.md' }, { type: 'copySummary' }]) {
      assert.deepEqual(validateWebviewMessage({ ...m, extra: 1 }), { ok: true, message: m });
    }
    const draft = { goals: { a: { tasks: [{ index: 0, title: 'Guide', done: true, evil: '<x>' }] } }, wins: [{ text: 'w' }], lessons: [], answers: { 'What moved?': 'a lot' } };
    const r = validateWebviewMessage({ type: 'complete', draft });
    assert.ok(r.ok);
    assert.deepEqual(JSON.parse(JSON.stringify(r.message)), {
      type: 'complete',
      draft: { goals: { a: { tasks: [{ index: 0, title: 'Guide', done: true }] } }, wins: [{ text: 'w' }], lessons: [], answers: { 'What moved?': 'a lot' } },
    });
  });

  const rejects: [string, unknown, RegExp][] = [
    ['non-objects', 'ready', /must be an object/],
    ['unknown types', { type: 'rm -rf' }, /Unknown message type "rm -rf"/],
    ['missing type', {}, /Unknown message type undefined/],
    ['dirty that is not boolean', { type: 'draftChanged', draft: emptyDraft(), dirty: 'yes' }, /dirty must be true or false/],
    ['infinite numbers', { type: 'complete', draft: { ...emptyDraft(), goals: { a: { metric: { current: Infinity } } } } }, /current must be a finite number/],
    ['impossible dates', { type: 'complete', draft: { ...emptyDraft(), goals: { a: { newCheckpoints: [{ title: 'x', date: '2026-02-30' }] } } } }, /not a real calendar date/],
    ['bad priorities', { type: 'complete', draft: { ...emptyDraft(), goals: { a: { newTasks: [{ title: 'x', priority: 'urgent' }] } } } }, /must be one of high, medium, low/],
    ['unknown decisions', { type: 'complete', draft: { ...emptyDraft(), goals: { a: { decision: { decision: 'burn' } } } } }, /must be one of keep, revise/],
    ['over-long text', { type: 'complete', draft: { ...emptyDraft(), wins: [{ text: 'x'.repeat(LIMITS.text + 1) }] } }, /too long/],
    ['over-long lists', { type: 'complete', draft: { ...emptyDraft(), wins: Array.from({ length: LIMITS.list + 1 }, () => ({ text: 'x' })) } }, /too many items/],
    ['negative indexes', { type: 'complete', draft: { ...emptyDraft(), goals: { a: { tasks: [{ index: -1, title: 'x' }] } } } }, /non-negative whole number/],
    ['empty new task titles', { type: 'complete', draft: { ...emptyDraft(), goals: { a: { newTasks: [{ title: '  ' }] } } } }, /must not be empty/],
  ];
  for (const [name, raw, error] of rejects) {
    it(`rejects ${name}`, () => {
      const r = validateWebviewMessage(raw);
      assert.equal(r.ok, false);
      if (!r.ok) assert.match(r.error, error);
    });
  }

  it('does not let __proto__ keys pollute objects', () => {
    const r = validateWebviewMessage(JSON.parse('{"type":"complete","draft":{"goals":{"__proto__":{"flexibility":"x"}},"wins":[],"lessons":[],"answers":{}}}'));
    assert.ok(r.ok);
    assert.equal(({} as Record<string, unknown>).flexibility, undefined);
    if (r.ok && r.message.type === 'complete') {
      assert.deepEqual(Object.keys(r.message.draft.goals), ['__proto__']);
      assert.equal(Object.getPrototypeOf(r.message.draft.goals), Object.prototype);
    }
  });
});

describe('protocol: draftToOps', () => {
  it('turns only real differences into ops', () => {
    const draft: ReviewDraft = {
      ...emptyDraft(),
      goals: {
        a: {
          tasks: [
            { index: 0, title: 'Guide', done: true, priority: 'high' },
            { index: 1, title: 'Demo', done: true },
            { index: 2, title: 'Blog', dropped: true },
          ],
          newTasks: [{ title: ' Write tests ', priority: 'medium' }, { title: '  ' }],
          checkpoints: [{ index: 0, title: 'Beta', done: true, date: '2026-10-15' }],
          metric: { current: 2, target: 4 },
        },
      },
      wins: [{ text: 'Onboarded team 2', goalId: 'a' }, { text: ' ' }],
      lessons: [{ text: 'Ask early' }],
    };
    assert.deepEqual(draftToOps(session, draft), [
      { op: 'setTaskDone', goalId: 'a', index: 0, expectTitle: 'Guide', done: true },
      { op: 'addTask', goalId: 'a', task: { title: 'Write tests', priority: 'medium' } },
      { op: 'removeTask', goalId: 'a', index: 2, expectTitle: 'Blog' },
      { op: 'setCheckpointDone', goalId: 'a', index: 0, expectTitle: 'Beta', done: true },
      { op: 'setMetricCurrent', goalId: 'a', value: 2 },
      { op: 'addWin', win: { date: '2026-11-21', text: 'Onboarded team 2', goal: 'a' } },
      { op: 'addLesson', lesson: { date: '2026-11-21', text: 'Ask early' } },
    ]);
  });

  it('removes tasks from the end first', () => {
    const draft: ReviewDraft = { ...emptyDraft(), goals: { a: { tasks: [{ index: 0, title: 'Guide', dropped: true }, { index: 2, title: 'Blog', dropped: true }] } } };
    assert.deepEqual(draftToOps(session, draft).map((o) => ('index' in o ? o.index : -1)), [2, 0]);
  });

  it('maps decisions, alignment, metrics and focus', () => {
    const draft: ReviewDraft = {
      ...emptyDraft(),
      goals: {
        a: { decision: { decision: 'revise', title: 'A2', due: '2027-03-31', target: 6 }, alignment: { decision: 'let-go' } },
        b: { alignment: { decision: 'let-go', note: 'no longer' }, newMetric: { name: 'talks', start: 0, target: 3 } },
      },
      focus: { goals: ['a'], theme: ' Depth ' },
    };
    assert.deepEqual(draftToOps(session, draft), [
      { op: 'setMetricField', goalId: 'a', field: 'target', value: 6 },
      { op: 'setGoalField', goalId: 'a', field: 'title', value: 'A2' },
      { op: 'setGoalField', goalId: 'a', field: 'due', value: '2027-03-31' },
      { op: 'addMetric', goalId: 'b', metric: { name: 'talks', start: 0, target: 3 } },
      { op: 'setGoalStatus', goalId: 'b', status: 'dropped' },
      { op: 'writeFocus', focus: { quarter: '2027-Q1', theme: 'Depth', goals: ['a'] } },
    ]);
  });

  it('records a revised due date the goal had as an adjustment, with the decision’s reason', () => {
    const dated: ReviewSession = { ...session, goals: [goal('a', { due: '2026-12-31' }), goal('b', { metric: undefined })] };
    const revise = (reason?: string): ReviewDraft => ({ ...emptyDraft(), goals: { a: { decision: { decision: 'revise', due: '2027-03-31', ...(reason !== undefined && { reason }) } } } });
    assert.deepEqual(draftToOps(dated, revise(' Scope grew ')), [{ op: 'adjustDue', goalId: 'a', to: '2027-03-31', date: '2026-11-21', reason: 'Scope grew' }]);
    assert.deepEqual(draftToOps(dated, revise()), [{ op: 'adjustDue', goalId: 'a', to: '2027-03-31', date: '2026-11-21', reason: 'Revised in the quarterly reset' }]);
    assert.equal(describeOp(draftToOps(dated, revise('Scope grew'))[0]!, (id) => id.toUpperCase()), 'A: due date moved to 2027-03-31 (“Scope grew”)');
  });

  it('keeps ops for goals that disappeared so they fail visibly', () => {
    const ops = draftToOps(session, { ...emptyDraft(), goals: { gone: { decision: { decision: 'done' } } } });
    assert.deepEqual(ops, [{ op: 'setGoalStatus', goalId: 'gone', status: 'done' }]);
  });

  it('writes nothing for an empty draft', () => {
    assert.deepEqual(draftToOps(session, emptyDraft()), []);
    assert.ok(isDraftEmpty(emptyDraft()));
    assert.ok(!isDraftEmpty({ ...emptyDraft(), answers: { q: 'a' } }));
  });
});

describe('protocol: describeOp and summary', () => {
  it('describes ops with goal titles', () => {
    const titleOf = (id: string) => (id === 'a' ? 'Ship it' : undefined);
    assert.equal(describeOp({ op: 'setTaskDone', goalId: 'a', index: 0, expectTitle: 'Guide', done: true }, titleOf), 'Ship it: completed task “Guide”');
    assert.equal(describeOp({ op: 'setMetricCurrent', goalId: 'x', value: 3 }), 'x: metric now 3');
    assert.equal(describeOp({ op: 'writeFocus', focus: { quarter: '2027-Q1', goals: ['a'] } }, titleOf), 'Focus for 2027-Q1: Ship it');
  });

  it('keeps every answer, win and failure in the summary', () => {
    const draft: ReviewDraft = { ...emptyDraft(), answers: { 'What next?': 'Rest', 'Old prompt?': 'kept', 'What moved?': 'line1\n---\nline2' }, wins: [{ text: 'New win' }] };
    const md = summaryMarkdown(session, draft, { applied: ['A: x'], failed: [{ change: 'B: y', reason: 'gone' }], journalOnly: false });
    assert.ok(md.indexOf('What moved?') < md.indexOf('What next?') && md.indexOf('What next?') < md.indexOf('Old prompt?'));
    assert.match(md, /line1\n\\---\nline2/);
    assert.match(md, /2026-11-20: Shipped beta \(A\)/);
    assert.match(md, /2026-11-21: New win/);
    assert.match(md, /B: y — gone/);
    const planned = buildSummary(session, { ...emptyDraft(), goals: { a: { metric: { current: 3 } } } }, { applied: [], failed: [], journalOnly: true });
    assert.deepEqual(planned.find((s) => s.heading === 'Changes not written to goals.yaml')?.body, '- A: metric now 3');
  });
});
