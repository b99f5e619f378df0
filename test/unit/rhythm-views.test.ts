/**
 * Where a person sees the rhythm: the status line and its tooltip (paused until, the
 * smallest buffer), the Goals view's badge and message, the API snapshot, and
 * `career-goals status`.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { snapshotOfAnalysis } from '../../src/core/snapshot';
import { formatStatus } from '../../src/views/status/format';
import { viewSummary } from '../../src/views/tree/summary-words';

const TODAY = new Date(2026, 11, 28, 12);
const PLAN = (extra: string) => `version: 1
vision:
  north_star: Staff engineer
${extra}goals:
  - id: on-call
    title: Calm on-call
    horizon: short
    start: 2026-10-01
    due: 2027-01-20
    metric: {start: 0, target: 10, current: 8}
  - id: talk
    title: Give a talk
    horizon: short
    start: 2026-06-01
    due: 2026-12-01
    tasks:
      - title: Write it
        done: false
  - id: mentor
    title: Mentor two
    horizon: medium
    start: 2026-01-01
    due: 2027-12-31
    metric: {start: 0, target: 2, current: 0}
`;
const PAUSED = PLAN('pauses:\n  - {from: 2026-12-21, to: 2027-01-03, note: Winter break}\n');

describe('the rhythm where a person sees it', () => {
  it('says "paused until" in the status line, its tooltip and its screen-reader label', () => {
    const view = formatStatus([{ name: 'notes', analysis: analyze(PAUSED, TODAY) }], TODAY, 'en');
    // Days on screen as the display language writes them (English here: no bundle in unit tests).
    assert.match(view.text, /· paused until Jan 3, 2027$/);
    assert.match(view.tooltip, /Paused until Jan 3, 2027 \(Winter break\): no review falls due/);
    assert.match(view.ariaLabel, /paused until Jan 3, 2027$/);
    assert.equal(view.reviewDue, undefined);
  });

  it('names the goal with the smallest buffer in the status tooltip', () => {
    const analysis = analyze(PLAN(''), TODAY);
    const onCall = analysis.byId.get('on-call')?.pace;
    assert.ok(onCall?.kind === 'on-track', JSON.stringify(onCall));
    const view = formatStatus([{ name: 'notes', analysis }], TODAY, 'en');
    assert.ok(view.tooltip.includes(`Smallest buffer: Calm on\\-call: ${onCall.bufferDays} days of buffer`), view.tooltip);
  });

  it('counts goals behind or overdue on the Goals view badge, and names them', () => {
    const summary = viewSummary([{ name: 'notes', analysis: analyze(PLAN(''), TODAY) }], 'en');
    assert.deepEqual(summary, { badge: { value: 2, tooltip: '2 goals behind or overdue: Give a talk: overdue; Mentor two: behind' } });
    const paused = viewSummary([{ name: 'notes', analysis: analyze(PAUSED, TODAY) }], 'en');
    assert.equal(paused.message, 'Paused until Jan 3, 2027 (Winter break). No review falls due and the pace line stands still.');
    assert.deepEqual(paused.badge?.value, 1, 'a pause holds off "behind", not "overdue"');
  });

  it('carries the pauses in the API snapshot', () => {
    const snap = snapshotOfAnalysis(analyze(PAUSED, TODAY), 'file:///notes/goals.yaml', 'notes');
    assert.deepEqual({ pausedUntil: snap.pausedUntil, pauses: snap.pauses, reviewDue: snap.reviewDue }, { pausedUntil: '2027-01-03', pauses: [{ from: '2026-12-21', to: '2027-01-03', note: 'Winter break' }], reviewDue: null });
  });

  it('says it in career-goals status, and in --json with the last day', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-rhythm-'));
    try {
      fs.writeFileSync(path.join(dir, 'goals.yaml'), PAUSED);
      const cli = path.resolve(__dirname, '../../../dist/cli.js');
      const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });
      const text = run('status', 'goals.yaml', '--today', '2026-12-28');
      assert.equal(text.status, 0, text.stderr);
      assert.match(text.stdout, /^\d+% · 3 goals · paused until 2027-01-03\n {2}Paused: Winter break\n/);
      const json = run('status', 'goals.yaml', '--today', '2026-12-28', '--json');
      const parsed = JSON.parse(json.stdout) as { pausedUntil: string; pauses: unknown[] };
      assert.deepEqual([parsed.pausedUntil, parsed.pauses], ['2027-01-03', [{ from: '2026-12-21', to: '2027-01-03', note: 'Winter break' }]]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
