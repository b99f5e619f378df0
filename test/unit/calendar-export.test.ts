/**
 * The calendar export: the plan's events (src/core/calendar/events.ts) written as .ics
 * (src/shared/ics.ts), each export parsed back by ical.js, a real iCalendar reader.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ICAL from 'ical.js';
import { calendarEvents } from '../../src/core/calendar/events';
import { parseGoals } from '../../src/core/parse';
import { eventsToIcs } from '../../src/shared/ics';
import type { ReviewKind } from '../../src/core/model';

const TODAY = new Date(2026, 10, 21, 12); // Saturday 2026-11-21
const STAMP = new Date(Date.UTC(2026, 10, 21, 12));
const PLAN = `version: 1
vision:
  north_star: Staff engineer
rhythm:
  weekly: friday
  monthly: last-friday
  year_starts: february
pauses:
  - {from: 2026-12-21, to: 2027-01-03, note: Winter break}
goals:
  - id: on-call
    title: "Calm on-call; pages, alerts\\\\rotations"
    horizon: short
    due: 2027-01-20
    checkpoints:
      - title: Runbooks
        date: 2026-12-01
      - title: Done already
        date: 2026-10-01
        done: true
    tasks:
      - title: "Line one\\nline two"
        due: 2026-11-30
      - title: Undated task
      - title: Finished
        due: 2026-11-01
        done: true
  - id: talk
    title: Give a talk
    horizon: short
    status: done
    due: 2026-10-30
    checkpoints:
      - title: Abstract
        date: 2026-09-01
  - id: later
    title: Later
    horizon: long
    status: paused
    due: 2030-01-01
`;

interface Read {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  rrule: string | undefined;
}

/** Every VEVENT of an .ics text, read by ical.js. */
function readIcs(text: string): Read[] {
  const comp = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return comp.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    const rrule = v.getFirstPropertyValue('rrule');
    return { uid: e.uid, summary: e.summary, description: e.description ?? '', start: e.startDate.toString(), end: e.endDate.toString(), rrule: rrule ? rrule.toString() : undefined };
  });
}

const reviews = (...xs: [ReviewKind, string][]) => xs.map(([kind, date]) => ({ kind, date }));

describe('calendar export (.ics)', () => {
  const model = parseGoals(PLAN).model;

  it('writes open items of active goals, the reviews by the rhythm and each pause, as ical.js reads them', () => {
    const events = readIcs(eventsToIcs(calendarEvents(model, reviews(['weekly', '2026-11-18']), TODAY), { name: 'Career Goals', stamp: STAMP }));
    assert.deepEqual(
      events.map((e) => [e.uid, e.summary, e.start, e.end, e.rrule]),
      [
        ['goal/on-call/due@career-goals', 'Due: Calm on-call; pages, alerts\\rotations', '2027-01-20', '2027-01-21', undefined],
        ['goal/on-call/checkpoint/runbooks@career-goals', 'Checkpoint: Runbooks', '2026-12-01', '2026-12-02', undefined],
        ['goal/on-call/task/line-one-line-two@career-goals', 'Task: Line one\nline two', '2026-11-30', '2026-12-01', undefined],
        ['review/weekly@career-goals', 'Weekly Review', '2026-11-27', '2026-11-28', 'FREQ=WEEKLY;BYDAY=FR'],
        ['review/monthly@career-goals', 'Monthly Deep Dive', '2026-11-27', '2026-11-28', 'FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1'],
        ['review/quarterly@career-goals', 'Quarterly Reset', '2027-02-01', '2027-02-02', 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1'],
        ['pause/2026-12-21@career-goals', 'Paused: Winter break', '2026-12-21', '2027-01-04', undefined],
      ],
    );
    assert.match(events[0]?.description ?? '', /goal “Calm on-call; pages, alerts\\rotations”/);
  });

  it('escapes hostile text as RFC 5545 requires, so it reads back as written', () => {
    const text = eventsToIcs([{ uid: 'x@career-goals', summary: 'a;b,c\\d\ne\r\nf', start: '2026-11-21', end: '2026-11-21' }], { name: 'n', stamp: STAMP });
    assert.ok(text.includes('SUMMARY:a\\;b\\,c\\\\d\\ne\\nf'), text);
    assert.equal(readIcs(text)[0]?.summary, 'a;b,c\\d\ne\nf');
  });

  it('keeps UIDs from one export to the next, and gives a second item of one name its own', () => {
    const twice = parseGoals(PLAN.replace('      - title: Runbooks\n        date: 2026-12-01\n', '      - title: Runbooks\n        date: 2026-12-01\n      - title: Runbooks\n        date: 2026-12-15\n')).model;
    const a = calendarEvents(model, [], TODAY).map((e) => e.uid);
    const b = calendarEvents(model, [], new Date(2026, 11, 2, 12)).map((e) => e.uid);
    assert.deepEqual(a, b);
    const uids = calendarEvents(twice, [], TODAY).map((e) => e.uid);
    assert.ok(uids.includes('goal/on-call/checkpoint/runbooks@career-goals') && uids.includes('goal/on-call/checkpoint/runbooks-2@career-goals'), uids.join(' '));
    assert.equal(new Set(uids).size, uids.length);
  });

  it('without a rhythm, starts each review on its next due day', () => {
    const plain = parseGoals(PLAN.replace(/rhythm:\n(?: {2}.*\n)+/, '')).model;
    const events = calendarEvents(plain, reviews(['weekly', '2026-11-18'], ['quarterly', '2026-10-01']), TODAY).filter((e) => e.uid.startsWith('review/'));
    assert.deepEqual(
      events.map((e) => [e.uid, e.start, e.repeat]),
      [
        ['review/weekly@career-goals', '2026-11-25', { freq: 'WEEKLY' }],
        ['review/monthly@career-goals', '2026-11-21', { freq: 'MONTHLY', interval: 1 }],
        ['review/quarterly@career-goals', '2027-01-01', { freq: 'MONTHLY', interval: 3 }],
      ],
    );
  });

  it('puts all-day events on their dates in any time zone', () => {
    const before = process.env.TZ;
    try {
      for (const zone of ['Pacific/Pago_Pago', 'Pacific/Kiritimati']) {
        process.env.TZ = zone;
        const read = readIcs(eventsToIcs(calendarEvents(model, [], TODAY), { name: 'n', stamp: STAMP }));
        assert.deepEqual(read.find((e) => e.uid.startsWith('goal/on-call/due'))?.start, '2027-01-20', zone);
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  describe('career-goals export ics', () => {
    let dir: string;
    const cli = (...args: string[]) => spawnSync(process.execPath, [path.resolve(__dirname, '../../../dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-ics-'));
      fs.writeFileSync(path.join(dir, 'goals.yaml'), PLAN);
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('prints the calendar, or writes it with -o, never over a file without --force', () => {
      const out = cli('export', 'ics', '--today', '2026-11-21');
      assert.equal(out.status, 0, out.stderr);
      assert.equal(readIcs(out.stdout).length, 7);
      const wrote = cli('export', 'ics', '--today', '2026-11-21', '-o', 'plan.ics');
      assert.deepEqual([wrote.status, wrote.stderr], [0, 'Wrote plan.ics\n']);
      assert.equal(readIcs(fs.readFileSync(path.join(dir, 'plan.ics'), 'utf8')).length, 7);
      const again = cli('export', 'ics', '-o', 'plan.ics');
      assert.deepEqual([again.status, /already exists.*--force/.test(again.stderr)], [2, true], again.stderr);
      assert.equal(cli('export', 'ics', '-o', 'plan.ics', '--force').status, 0);
    });

    it('never writes onto the plan or into its journal, and says why', () => {
      fs.mkdirSync(path.join(dir, 'reviews'));
      for (const target of ['goals.yaml', path.join('reviews', 'x.ics')]) {
        const r = cli('export', 'ics', '-o', target, '--force');
        assert.equal(r.status, 2, `${target}: ${r.stderr}`);
        assert.match(r.stderr, /never writes|in the review journal/);
      }
      const folder = cli('export', 'ics', '-o', 'reviews', '--force');
      assert.deepEqual([folder.status, /is a folder.*career-goals\.ics/.test(folder.stderr)], [2, true], folder.stderr);
      assert.equal(fs.readFileSync(path.join(dir, 'goals.yaml'), 'utf8'), PLAN);
      assert.deepEqual(fs.readdirSync(path.join(dir, 'reviews')), []);
    });

    it('refuses a bad flag, an extra word and a plan it cannot read, with exit codes', () => {
      assert.equal(cli('export', 'ics', '--nope').status, 2);
      assert.equal(cli('export', 'ics', 'extra').status, 2);
      fs.writeFileSync(path.join(dir, 'goals.yaml'), 'goals: [unclosed\n');
      const broken = cli('export', 'ics');
      assert.deepEqual([broken.status, broken.stdout], [1, '']);
      assert.match(broken.stderr, /could not be read/);
    });
  });
});
