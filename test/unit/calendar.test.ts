/**
 * The calendar work src/core/time hands to date-fns, checked against plain UTC arithmetic
 * in time zones on both sides of UTC: date-fns reads a Date's local fields, so a day that
 * slipped into the local zone would show up here as the day before or after.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { dayAsDate, dayOf, dayToIso, parseIsoDay } from '../../src/core/time/dates';
import { nextQuarter, quarterBounds, quarterOf, shiftQuarter } from '../../src/core/time/quarter';
import { periodOf } from '../../src/core/reports/period';
import { weekStart } from '../../src/core/history/streaks';
import { addMonths } from '../../src/core/words/input-rules';
import './property-seed';

const ZONES = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Australia/Lord_Howe'];

/** Runs `body` with the process in time zone `zone`, then puts the zone back. */
function inZone(zone: string, body: () => void): void {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    body();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

/** A day from 0001-01-01 to 9999-12-31. */
const anyDay = fc.integer({ min: -719_162, max: 2_932_896 });

/** The reference: the UTC calendar fields of a day number. */
function fields(day: number): { y: number; m: number; d: number; weekday: number } {
  const t = new Date(day * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), weekday: t.getUTCDay() };
}

describe('calendar (src/core/time, on date-fns)', () => {
  for (const zone of ZONES) {
    describe(`in ${zone}`, () => {
      it('reads back every day it writes, and a date-fns value stays on its day', () => {
        inZone(zone, () => {
          fc.assert(
            fc.property(anyDay, (day) => {
              assert.equal(parseIsoDay(dayToIso(day)), day);
              assert.equal(dayAsDate(day).getDate(), fields(day).d, `day ${dayToIso(day)} in ${zone}`);
            }),
          );
        });
      });

      it('puts every day in the quarter whose bounds hold it', () => {
        inZone(zone, () => {
          fc.assert(
            fc.property(anyDay, (day) => {
              const iso = dayToIso(day);
              const { y, m } = fields(day);
              const label = quarterOf(iso);
              assert.equal(label, `${String(y).padStart(4, '0')}-Q${Math.ceil(m / 3)}`);
              const b = quarterBounds(label);
              assert.ok(b && b.start <= iso && iso <= b.end, `${iso} in ${label}: ${JSON.stringify(b)}`);
              assert.equal(b.start.slice(5), ['01-01', '04-01', '07-01', '10-01'][Math.ceil(m / 3) - 1]);
              // The next quarter starts the day after this one ends.
              const next = nextQuarter(label);
              if (y < 9999) {
                assert.equal(quarterBounds(next ?? '')?.start, dayToIso((parseIsoDay(b.end) as number) + 1));
                assert.equal(shiftQuarter(next ?? '', -1), label);
              }
            }),
          );
        });
      });

      it('starts every ISO week on the Monday on or before the day', () => {
        inZone(zone, () => {
          fc.assert(
            fc.property(anyDay, (day) => {
              const monday = weekStart(day);
              assert.equal(fields(monday).weekday, 1, `${dayToIso(day)} → ${dayToIso(monday)}`);
              assert.ok(monday <= day && day - monday < 7);
            }),
          );
        });
      });

      it('moves a date by months onto the last day of a shorter month', () => {
        inZone(zone, () => {
          assert.equal(addMonths('2026-08-31', 6), '2027-02-28');
          assert.equal(addMonths('2027-08-31', 6), '2028-02-29');
          assert.equal(addMonths('2026-01-15', 60), '2031-01-15');
          assert.equal(addMonths('0001-03-31', -1), '0001-02-28');
          assert.equal(addMonths('2026-02-30', 6), '2026-02-30', 'a day that does not exist is no date to move');
        });
      });

      it('names the periods of a local today', () => {
        inZone(zone, () => {
          // Late on 31 December and early on 1 January, local time: the local calendar day decides.
          const lateDecember = new Date(2026, 11, 31, 23, 30);
          assert.equal(dayToIso(dayOf(lateDecember)), '2026-12-31');
          assert.deepEqual(periodOf('this-quarter', lateDecember), { kind: 'quarter', from: '2026-10-01', to: '2026-12-31', label: '2026-Q4' });
          assert.deepEqual(periodOf('last-quarter', new Date(2027, 0, 1, 0, 30)), { kind: 'quarter', from: '2026-10-01', to: '2026-12-31', label: '2026-Q4' });
          assert.deepEqual(periodOf('this-half', new Date(2026, 5, 30, 23)), { kind: 'half', from: '2026-01-01', to: '2026-06-30', label: '2026-H1' });
          assert.deepEqual(periodOf('this-half', new Date(2026, 6, 1, 1)), { kind: 'half', from: '2026-07-01', to: '2026-12-31', label: '2026-H2' });
          assert.deepEqual(periodOf('this-year', lateDecember), { kind: 'year', from: '2026-01-01', to: '2026-12-31', label: '2026' });
          assert.deepEqual(periodOf('last-12-months', new Date(2028, 1, 29, 12)), { kind: 'custom', from: '2027-03-01', to: '2028-02-29', label: '2027-03-01_2028-02-29' });
          assert.deepEqual(periodOf('last-12-months', new Date(2026, 10, 30, 12)), { kind: 'custom', from: '2025-12-01', to: '2026-11-30', label: '2025-12-01_2026-11-30' });
        });
      });
    });
  }

  it('refuses the days a month does not have, and only those', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const t = new Date(0);
        t.setUTCFullYear(y, m - 1, d);
        const real = t.getUTCDate() === d;
        const r = parseIsoDay(iso);
        assert.equal(typeof r === 'number', real, `${iso}: ${String(r)}`);
        if (typeof r === 'number') assert.equal(r, t.getTime() / 86_400_000);
      }),
    );
  });
});
