/**
 * Bounded cost: a goals file past MAX_PLAN_CHARS is reported with one clear message,
 * never parsed, and never edited; one just under the limit is read as usual.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { applyOp } from '../../src/core/edits';
import { parseGoals } from '../../src/core/parse';
import { MAX_PLAN_CHARS } from '../../src/core/parse/plan-size';

const HEAD = 'version: 1\nvision:\n  north_star: Calm platforms\n  values: [craft]\ngoals:\n  - { id: a, title: A, horizon: short, values: [craft], due: 2030-01-01 }\nwins:\n';
const WIN = '  - { date: 2026-05-01, text: Shipped a thing that mattered to the team }\n';

function planOf(chars: number): string {
  return HEAD + WIN.repeat(Math.ceil((chars - HEAD.length) / WIN.length));
}

describe('plan size limit', () => {
  it('reports a file over the limit as file-too-large, with its size, and reads nothing', () => {
    const text = planOf(MAX_PLAN_CHARS + 1);
    const r = parseGoals(text);
    assert.equal(r.syntaxOk, false);
    assert.deepEqual(r.diagnostics.map((d) => d.code), ['file-too-large']);
    assert.match(r.diagnostics[0]?.message ?? '', /^This goals file is 1 MB, larger than the 1 MB Career Goals reads/);
    assert.equal(r.model.goals.length, 0);
    assert.deepEqual(r.diagnostics[0]?.range, { start: 0, end: 'version: 1'.length });
  });

  it('refuses every edit on a file over the limit, saying why', () => {
    const text = planOf(5_000_000);
    const r = applyOp(text, { op: 'addWin', win: { date: '2026-11-21', text: 'One more' } });
    assert.equal(r.ok, false);
    assert.match(r.ok ? '' : r.reason, /This goals file is 5 MB, larger than the 1 MB/);
    assert.equal(analyze(text, new Date(2026, 10, 21)).parse.diagnostics[0]?.code, 'file-too-large');
  });

  it('reads and edits a file just under the limit', () => {
    const text = planOf(MAX_PLAN_CHARS - WIN.length * 2);
    assert.ok(text.length <= MAX_PLAN_CHARS);
    const r = parseGoals(text);
    assert.equal(r.syntaxOk, true);
    assert.equal(r.model.goals[0]?.id, 'a');
    const edited = applyOp(text, { op: 'addWin', win: { date: '2026-11-21', text: 'One more' } });
    assert.equal(edited.ok, true);
  });
});
