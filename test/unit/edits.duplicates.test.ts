import * as assert from 'node:assert/strict';
import { applyOp } from '../../src/core/edits';
import type { GoalOp } from '../../src/core/types';

const op: GoalOp = { op: 'setGoalStatus', goalId: 'g', status: 'done' };
const goalWith = (keys: string): string => `version: 1\nvision:\n  north_star: X\ngoals:\n  - id: g\n    title: G\n    horizon: short\n${keys}`;

describe('edits: duplicate keys, found without yaml\'s quadratic check', () => {
  it('refuses a key written twice in a nested mapping, naming its line, as yaml did', () => {
    const r = applyOp(goalWith('    metric: { start: 0, target: 2, start: 1 }\n'), op);
    assert.deepEqual(r, { ok: false, reason: 'goals.yaml has a YAML syntax error at line 8: Map keys must be unique. Fix it before editing.' });
  });

  it('tells `1` and `"1"` apart, as yaml does', () => {
    assert.ok(applyOp(goalWith('    notes: [x]\n    why: { 1: a, "1": b }\n'), op).ok);
  });

  it('edits a goal of 5,000 distinct keys, and refuses it once one repeats', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `    k${i}: 1\n`).join('');
    assert.ok(applyOp(goalWith(keys), op).ok);
    const r = applyOp(goalWith(keys + '    k17: 2\n'), op);
    assert.match(r.ok ? '' : r.reason, /line 5008: Map keys must be unique/);
  });
});
