/**
 * Days and numbers for screens (src/core/time/display.ts): the formats a chart shares
 * write exactly what a one-off displayDay/displayNumber writes, in English and German,
 * and bad input comes back as typed.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { displayDay, displayFormats, displayNumber } from '../../src/core/time/display';

describe('display formats', () => {
  it('writes days and numbers as the language does', () => {
    const en = displayFormats('en');
    const de = displayFormats('de');
    assert.equal(en.day('2026-12-07'), 'Dec 7, 2026');
    assert.equal(de.day('2026-12-07'), '07.12.2026');
    assert.equal(de.day('2026-12-07', 'long'), '7. Dezember 2026');
    assert.equal(en.number(1234.56, 1), '1,234.6');
    assert.equal(de.number(1234.56, 2), '1.234,56');
    assert.equal(de.date(new Date(2026, 11, 7), { month: 'short', year: 'numeric' }), 'Dez. 2026');
  });

  it('leaves a string that is not a real ISO day as typed, and a number that is not finite as JavaScript writes it', () => {
    const en = displayFormats('en');
    for (const typed of ['2026-02-30', '2026-13-01', 'tomorrow', '', '2026-1-1', '<b>2026-12-07</b>']) assert.equal(en.day(typed), typed, typed);
    assert.equal(en.number(Number.NaN), 'NaN');
    assert.equal(en.number(Number.POSITIVE_INFINITY), 'Infinity');
  });

  it('writes English for a language tag Intl does not know or cannot parse', () => {
    assert.equal(displayFormats('not a tag!').locale, 'en');
    assert.equal(displayFormats('not a tag!').day('2026-12-07'), 'Dec 7, 2026');
    assert.equal(displayDay('2026-12-07', '??'), 'Dec 7, 2026');
  });

  it('the shared formats write what the one-off functions write, however often a day is asked for (property)', () => {
    const shared = { en: displayFormats('en'), de: displayFormats('de') };
    const day = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 0, 1)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.constantFrom('en' as const, 'de' as const), fc.oneof(day, fc.string()), fc.constantFrom('short' as const, 'medium' as const, 'long' as const), fc.double({ noNaN: false }), (lang, text, style, n) => {
        const f = shared[lang];
        assert.equal(f.day(text, style), displayDay(text, lang, style));
        assert.equal(f.day(text, style), f.day(text, style), 'the same the second time');
        assert.equal(f.number(n, 2), displayNumber(n, lang, 2));
      }),
      { numRuns: 300 },
    );
  });
});
