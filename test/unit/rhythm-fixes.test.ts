/**
 * The quick fixes of a rhythm word written wrong and of a pause's dates the wrong way
 * round: what each suggests, that only a clear reading is offered, and that a fix's
 * text parses without the diagnostic while every other byte stays.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { applyTextFixes, closestName, pauseSwapFix, rhythmFix, rhythmSuggestion } from '../../src/core/edits/rhythm-fixes';
import { WEEKDAYS } from '../../src/core/model';
import { parseGoals } from '../../src/core/parse';
import { dayToIso, isoToDay } from '../../src/core/time/dates';
import { fixesFor } from '../../src/editor/quick-fix-rules';

const TODAY = new Date(Date.UTC(2026, 10, 21, 12));
const PLAN = (tail: string): string => `version: 1 # mine\ngoals:\n  - id: a\n    title: A\n    horizon: short\n    status: active\n${tail}`;

/** The fixes of the first diagnostic of `code` in `text`, applied: the new text, or undefined when none is offered. */
function fixed(text: string, code: string): { title: string; text: string } | undefined {
  const analysis = analyze(text, TODAY);
  const d = analysis.parse.diagnostics.find((x) => x.code === code);
  assert.ok(d, `a ${code} diagnostic in:\n${text}\nfound: ${analysis.parse.diagnostics.map((x) => x.code).join(', ')}`);
  const plan = fixesFor(d, analysis, '2026-11-21', text)[0];
  if (!plan) return undefined;
  assert.equal(plan.kind, 'text');
  return plan.kind === 'text' ? { title: plan.title, text: applyTextFixes(text, plan.edits) } : undefined;
}

describe('rhythm and pause quick fixes', () => {
  it('reads a name typed nearly right, and offers nothing when in doubt', () => {
    const days = WEEKDAYS as readonly string[];
    assert.equal(closestName('fryday', days), 'friday');
    assert.equal(closestName('Fri', days), 'friday');
    assert.equal(closestName('thurs', days), 'thursday');
    assert.equal(closestName('t', days), undefined, 'one letter is no reading');
    assert.equal(closestName('tu', days), undefined);
    assert.equal(closestName('weekend', days), undefined, 'no day is within two edits');
    assert.equal(rhythmSuggestion('year_starts', 'sept'), 'september');
    assert.equal(rhythmSuggestion('year_starts', 'Apirl'), 'april');
    assert.equal(rhythmSuggestion('monthly', '31'), 'last');
    assert.equal(rhythmSuggestion('monthly', 'last fryday'), 'last-friday');
    assert.equal(rhythmSuggestion('monthly', '0'), undefined);
    assert.equal(rhythmSuggestion('monthly', 'someday'), undefined);
  });

  it('writes the likely word in place of a misspelt rhythm value, keeping every other byte', () => {
    const text = PLAN('rhythm:\n  weekly: fryday   # my review day\n  monthly: "31"\n  year_starts: sept\n');
    const weekly = fixed(text, 'invalid-rhythm');
    assert.deepEqual(weekly, { title: 'Write “friday”', text: text.replace('fryday', 'friday') });
    const monthly = fixed(weekly?.text ?? '', 'invalid-rhythm');
    assert.equal(monthly?.text, text.replace('fryday', 'friday').replace('"31"', 'last'));
    const year = fixed(monthly?.text ?? '', 'invalid-rhythm');
    assert.equal(year?.text, text.replace('fryday', 'friday').replace('"31"', 'last').replace('sept', 'september'));
    assert.deepEqual(parseGoals(year?.text ?? '').diagnostics.filter((d) => d.code === 'invalid-rhythm'), []);
    assert.equal(fixed(PLAN('rhythm:\n  weekly: someday\n'), 'invalid-rhythm'), undefined, 'no clear reading, no fix');
  });

  it('swaps the dates of a pause that ends before it starts, flow or block', () => {
    const flow = PLAN('pauses:\n  - {from: 2026-12-21, to: 2026-12-03, note: Winter}  # leave\n');
    assert.deepEqual(fixed(flow, 'pause-order'), { title: 'Swap the pause’s from and to dates', text: flow.replace('from: 2026-12-21, to: 2026-12-03', 'from: 2026-12-03, to: 2026-12-21') });
    const block = PLAN('pauses:\n  - to: 2026-12-03\n    note: Winter\n    from: 2026-12-21\n');
    assert.equal(fixed(block, 'pause-order')?.text, block.replace('to: 2026-12-03', 'to: 2026-12-21').replace('from: 2026-12-21', 'from: 2026-12-03'));
    assert.equal(pauseSwapFix(flow, { start: 0, end: 1 }), undefined, 'a range that is no pause’s end');
    assert.equal(rhythmFix(flow, { start: 0, end: 1 }), undefined);
  });

  it('a swapped pause always reads back as that pause, from before to, with every other byte kept (property)', () => {
    const day = fc.integer({ min: isoToDay('2020-01-01'), max: isoToDay('2030-12-31') }).map(dayToIso);
    fc.assert(
      fc.property(day, day, fc.constantFrom('flow', 'block'), (a, b, style) => {
        fc.pre(a !== b);
        const [late, early] = a > b ? [a, b] : [b, a];
        const item = style === 'flow' ? `  - {from: ${late}, to: ${early}}\n` : `  - from: ${late}\n    to: ${early}\n`;
        const text = PLAN(`pauses:\n${item}# end\n`);
        const after = fixed(text, 'pause-order')?.text ?? '';
        const pause = parseGoals(after).model.pauses?.[0];
        assert.deepEqual([pause?.from, pause?.to], [early, late]);
        assert.equal(after.length, text.length);
        assert.equal(after.replaceAll(early, 'D').replaceAll(late, 'D'), text.replaceAll(early, 'D').replaceAll(late, 'D'));
      }),
      { numRuns: 200 },
    );
  });
});
