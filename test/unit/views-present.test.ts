import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import type { Task } from '../../src/core/model';
import { escapeMarkdown } from '../../src/views/markdown';
import { goalIcon, goalTooltip, isGoalVisible, itemIcon, metricLabel, noteFileName, noteLinkName, sortTasks, taskDescription } from '../../src/views/tree/present';

const task = (index: number, title: string, extra: Partial<Task> = {}): Task => ({ index, title, done: false, range: { start: 0, end: 0 }, ...extra });

describe('Goals view presentation', () => {
  it('sorts tasks open first, then by priority, then by due date, then file order', () => {
    const tasks = [
      task(0, 'none'),
      task(1, 'done high', { done: true, priority: 'high' }),
      task(2, 'low', { priority: 'low' }),
      task(3, 'high late', { priority: 'high', due: '2027-02-01' }),
      task(4, 'high early', { priority: 'high', due: '2027-01-01' }),
      task(5, 'high undated', { priority: 'high' }),
      task(6, 'medium', { priority: 'medium' }),
    ];
    assert.deepEqual(
      sortTasks(tasks).map((t) => t.title),
      ['high early', 'high late', 'high undated', 'medium', 'low', 'none', 'done high'],
    );
  });

  it('describes tasks with priority and due date, flagging overdue ones', () => {
    assert.equal(taskDescription(task(0, 't', { priority: 'high', due: '2026-12-01' }), '2026-11-21', 'en'), 'high · due Dec 1, 2026');
    assert.equal(taskDescription(task(0, 't', { due: '2026-11-01' }), '2026-11-21', 'en'), 'overdue since Nov 1, 2026');
    assert.equal(taskDescription(task(0, 't', { done: true, due: '2026-11-01' }), '2026-11-21', 'en'), 'due Nov 1, 2026');
  });

  it('labels metrics from zero as a fraction, others with their direction', () => {
    assert.equal(metricLabel({ name: 'reviews', unit: 'reviews', start: 0, target: 6, current: 2, range: { start: 0, end: 0 } }), '2 / 6 reviews');
    assert.equal(metricLabel({ unit: 'pages', start: 12, target: 4, current: 7, range: { start: 0, end: 0 } }), '7 pages (12 → 4)');
  });

  it('picks goal icons from status, then pace', () => {
    const a = analyze(
      `version: 1
goals:
  - { id: d, title: D, horizon: short, status: done }
  - { id: p, title: P, horizon: short, status: paused }
  - { id: x, title: X, horizon: short, status: dropped }
  - { id: o, title: O, horizon: short, start: 2025-01-01, due: 2025-06-01 }
  - { id: n, title: N, horizon: short }
`,
      new Date(2026, 10, 21),
    );
    assert.deepEqual(
      a.insights.map((i) => goalIcon(i).id),
      ['pass-filled', 'debug-pause', 'circle-slash', 'error', 'circle-large-outline'],
    );
    assert.equal(goalIcon(a.insights[0]!).color, 'charts.green');
    assert.equal(goalIcon(a.insights[3]!).color, 'list.errorForeground');
    assert.equal(isGoalVisible(a.insights[0]!.goal, false), false);
    assert.equal(isGoalVisible(a.insights[1]!.goal, false), true);
    assert.equal(isGoalVisible(a.insights[2]!.goal, true), true);
  });

  it('tints open items whose date has passed', () => {
    assert.deepEqual(itemIcon(true, '2020-01-01', '2026-11-21'), { id: 'pass-filled', color: 'charts.green' });
    assert.deepEqual(itemIcon(false, '2026-01-01', '2026-11-21'), { id: 'circle-large-outline', color: 'list.warningForeground' });
    assert.deepEqual(itemIcon(false, undefined, '2026-11-21'), { id: 'circle-large-outline' });
  });

  it('summarises SMART fields in the tooltip and says what is missing', () => {
    const a = analyze('version: 1\ngoals:\n  - { id: g, title: "Learn [Rust]", horizon: short, why: Fun, due: 2027-01-01 }\n', new Date(2026, 10, 21));
    const tip = goalTooltip(a.insights[0]!, '0% · unscheduled', true, 'en');
    assert.match(tip, /^\*\*Learn \\\[Rust\\\]\*\*/);
    assert.match(tip, /Focus this quarter/);
    assert.match(tip, /- \*\*Measurable:\*\* \*— missing\*/);
    assert.match(tip, /- \*\*Meaningful:\*\* Fun/);
    assert.match(tip, /- \*\*Time-bound:\*\* \? → Jan 1, 2027/);
    assert.match(tip, /- \*\*Flexible:\*\* \*— missing\*/);
  });

  it('reads note links and makes safe file names', () => {
    assert.equal(noteLinkName('[[Migration design doc]]'), 'Migration design doc');
    assert.equal(noteLinkName('see [[Doc|alias]] here'), 'Doc');
    assert.equal(noteLinkName('just text'), undefined);
    assert.equal(noteFileName('a/b: c?'), 'a-b- c-.md');
    assert.equal(noteFileName('..'), 'note.md');
  });

  it('escapes Markdown and codicon syntax in user text', () => {
    assert.equal(escapeMarkdown('$(rocket) *x* [y](z)'), '\\$\\(rocket\\) \\*x\\* \\[y\\]\\(z\\)');
  });
});
