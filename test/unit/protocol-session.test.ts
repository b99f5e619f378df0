import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { buildSession, focusQuarterFor, lastReviewOf } from '../../src/review/session';
import { draftToOps } from '../../src/shared/ops';
import { emptyDraft } from '../../src/shared/draft';

const text = fs.readFileSync(path.join(__dirname, '../../../test/fixtures/workspaces/valid/goals.yaml'), 'utf8');

function session(reviews: { kind: 'weekly' | 'monthly' | 'quarterly'; date: string }[] = [], today = '2026-11-21') {
  const [y, m, d] = today.split('-').map(Number);
  return buildSession({
    kind: 'quarterly',
    folderName: 'valid',
    folderUri: 'file:///valid',
    analysis: analyze(text, new Date(y!, m! - 1, d), { reviews }),
    reviews,
    today,
    prompts: ['Q?'],
    maxActiveGoals: 5,
    journalFolder: 'reviews',
  });
}

describe('review session', () => {
  it('maps the plan to plain view models', () => {
    const s = session();
    assert.equal(s.title, 'Quarterly Reset');
    assert.deepEqual(s.goals.map((g) => [g.id, g.inFocus]), [['ship-cli', true], ['mentor', false], ['staff', false]]);
    const cli = s.goals[0]!;
    assert.equal(cli.horizonLabel, 'Short-term (3–6 months)');
    assert.equal(typeof cli.insight, 'string');
    assert.deepEqual(cli.checkpoints[0], { index: 0, title: 'Beta with one team', date: '2026-10-15', done: true });
    assert.equal(s.currentQuarter, '2026-Q4');
    assert.equal(s.proposedFocusQuarter, '2027-Q1');
    assert.equal(s.canWrite, true);
    assert.deepEqual(s.winsSinceLastReview.map((w) => w.date), ['2026-10-16']);
    assert.deepEqual(s.quarterWins.map((w) => w.goalId), ['ship-cli']);
    assert.deepEqual(JSON.parse(JSON.stringify(s)), s, 'the session survives postMessage cloning');
  });

  it('counts wins since the last review, that day included', () => {
    assert.deepEqual(session([{ kind: 'weekly', date: '2026-10-17' }]).winsSinceLastReview, []);
    assert.equal(session([{ kind: 'weekly', date: '2026-10-16' }]).winsSinceLastReview.length, 1);
    assert.deepEqual(session([{ kind: 'weekly', date: '2026-10-17' }]).lastReview, { kind: 'weekly', date: '2026-10-17' });
  });

  it('picks the deepest latest review', () => {
    assert.deepEqual(lastReviewOf([{ kind: 'quarterly', date: '2026-01-01' }, { kind: 'weekly', date: '2026-02-01' }, { kind: 'monthly', date: '2026-02-01' }]), { kind: 'monthly', date: '2026-02-01' });
  });

  it('plans the next quarter, or the current one early in a quarter without focus', () => {
    assert.equal(focusQuarterFor('2026-11-21', '2026-Q4'), '2027-Q1');
    assert.equal(focusQuarterFor('2027-01-05', '2026-Q4'), '2027-Q1');
    assert.equal(focusQuarterFor('2027-01-05', '2027-Q1'), '2027-Q2');
    assert.equal(focusQuarterFor('2027-01-20', undefined), '2027-Q2');
  });

  it('turns an unchanged draft into no ops', () => {
    const s = session();
    const draft = { ...emptyDraft(), goals: { 'ship-cli': { tasks: [{ index: 1, title: 'Record a demo video', done: true }], metric: { current: 1, target: 4 } } } };
    assert.deepEqual(draftToOps(s, draft), []);
  });
});

describe('review session: recent progress for the Check progress sparkline', () => {
  it('gives each goal its progress at the last reviews that recorded it, then today, at most 8', () => {
    const today = '2026-11-21';
    const journal = Array.from({ length: 10 }, (_, i) => {
      const progress: Record<string, number> = i % 2 === 0 ? { 'ship-cli': i * 10 } : { mentor: 5 };
      return { entry: { kind: 'weekly' as const, date: `2026-09-${String(i + 10).padStart(2, '0')}`, progress }, path: `reviews/${i}.md` };
    });
    const s = buildSession({ kind: 'weekly', folderName: 'valid', folderUri: 'file:///valid', analysis: analyze(text, new Date(2026, 10, 21)), reviews: [], journal, today, prompts: [], maxActiveGoals: 5, journalFolder: 'reviews' });
    const ship = s.goals.find((g) => g.id === 'ship-cli');
    assert.ok(ship);
    assert.deepEqual(ship.recent, [0, 0.2, 0.4, 0.6, 0.8, ship.progress]);
    const mentor = s.goals.find((g) => g.id === 'mentor');
    assert.equal(mentor?.recent?.length, 6);
    const staff = s.goals.find((g) => g.id === 'staff');
    assert.deepEqual(staff?.recent, [staff?.progress], 'no review recorded it: today only, so no sparkline is drawn');
  });
});
