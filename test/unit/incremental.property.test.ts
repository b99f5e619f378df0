import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { IncrementalAnalyzer } from '../../src/core/incremental';
import { sourceRangesOf } from '../../src/core/parse';
import { cutPlan } from '../../src/core/incremental/plan-slices';
import type { Analysis, AnalyzeOptions } from '../../src/core/types';
import { applyEdit, editArb, planArb } from '../fixtures/incremental';
import { propertySeed } from './property-seed';

const TODAY = new Date(2026, 10, 21);
const OPTS: AnalyzeOptions = { maxActiveGoals: 3, reviews: [{ kind: 'weekly', date: '2026-11-10' }] };

/**
 * What "equal to a full analysis" means: every field of the Analysis deeply equal (the
 * Map of insights included), and the source ranges the parse keeps beside the model
 * (pitfalls and quick fixes read them), goal by goal in file order.
 */
function assertSame(actual: Analysis, expected: Analysis, text: string): void {
  assert.deepStrictEqual(actual, expected, `analysis differs for:\n${text}`);
  const a = sourceRangesOf(actual.parse.model);
  const e = sourceRangesOf(expected.parse.model);
  assert.ok(a && e, 'both keep source ranges');
  assert.deepStrictEqual(a.keys, e.keys, `source keys differ for:\n${text}`);
  assert.deepStrictEqual(
    actual.parse.model.goals.map((g) => a.goals.get(g)),
    expected.parse.model.goals.map((g) => e.goals.get(g)),
    `goal source ranges differ for:\n${text}`,
  );
}

const RUNS = Number(process.env.CAREER_GOALS_PROPERTY_RUNS ?? 100);

describe('cutPlan', () => {
  it('property: the pieces and the rest runs tile the text, in order, each piece starting with its `- `', () => {
    fc.assert(
      fc.property(planArb, fc.array(editArb, { maxLength: 4 }), (plan, edits) => {
        const text = edits.reduce(applyEdit, plan);
        const cut = cutPlan(text);
        if (!cut) return;
        const spans = [...cut.pieces, ...cut.rest].sort((a, b) => a.start - b.start);
        let at = 0;
        for (const s of spans) {
          assert.equal(s.start, at, 'no gap or overlap');
          assert.ok(s.end > s.start);
          at = s.end;
        }
        assert.equal(at, text.length);
        for (const p of cut.pieces) assert.match(text.slice(p.start, p.end), new RegExp(`^ {${p.indent}}-( |\r?\n|$)`));
      }),
      { numRuns: RUNS * 3 },
    );
  });
});

describe('IncrementalAnalyzer', () => {
  const PLAN = 'version: 1\nvision:\n  north_star: Staff engineer\n  values: [craft]\ngoals:\n  - id: a\n    title: Run reviews\n    horizon: short\n    tasks:\n      - title: Write\n        done: true\n  - title: Be staff\n    horizon: long\n    parent: a\nwins:\n  - date: 2026-11-14\n    text: Fix\n    goal: a\n';

  it('reads again only the entry (or the vision) a keystroke changed, and gives the full analysis', () => {
    const inc = new IncrementalAnalyzer();
    const edits: [string, string][] = [
      ['Run reviews', 'Run reviewsX'],
      ['title: Write', 'title: Writes'],
      ['text: Fix', 'text: Fixed'],
      ['parent: a', 'parent: b'],
      ['north_star: Staff engineer', 'north_star: Staff engineers'],
      ['values: [craft]', 'values: [craft, calm]'],
    ];
    const steps = [PLAN];
    for (const [from, to] of edits) steps.push((steps.at(-1) ?? PLAN).replace(from, to));
    for (const text of steps) assertSame(inc.analyze(text, TODAY, OPTS), analyze(text, TODAY, OPTS), text);
    // The first text is read whole; the first edit cuts the plan; the other five each read one piece.
    assert.deepEqual(inc.counts, { fast: 5, sliced: 1, full: 1 });
  });

  it('cuts again when the structure changes, and reads the whole text when a piece does not read alone', () => {
    const inc = new IncrementalAnalyzer();
    const steps = [
      PLAN,
      PLAN.replace('  - title: Be staff', '  - title: New\n    horizon: short\n  - title: Be staff'),
      PLAN.replace('title: Run reviews', 'title: "Run reviews'),
      PLAN.replace('---', '').replace('version: 1', '---\nversion: 1'),
      PLAN.replace('    horizon: long', '    horizon: &h long\n    why: *h'),
      PLAN,
    ];
    for (const text of steps) assertSame(inc.analyze(text, TODAY, OPTS), analyze(text, TODAY, OPTS), text);
    assert.deepEqual(inc.counts, { fast: 0, sliced: 2, full: 4 });
  });

  it('reads an entry ending in an empty value alone only when no item of its list follows (yaml ends it at that item)', () => {
    const inc = new IncrementalAnalyzer();
    const ending = PLAN.replace('        done: true\n', '        done: true\n    notes:\n  # next\n');
    const steps = [ending];
    for (const [from, to] of [
      ['    notes:\n', '    notes: [x]\n'],
      ['text: Fix\n    goal: a\n', 'text: Fix\n    goal:\n  # more\n'],
      ['text: Fix', 'text: Fixed'],
    ] as const) {
      steps.push((steps.at(-1) ?? '').replace(from, to));
    }
    for (const text of steps) assertSame(inc.analyze(text, TODAY, OPTS), analyze(text, TODAY, OPTS), text);
    // The first ends a goal that another follows, so it is read whole; the last two end the list of wins.
    assert.deepEqual(inc.counts, { fast: 2, sliced: 1, full: 1 });
  });

  it('property: random edit sequences on random plans give the full analysis after every step, with one analyzer throughout, and leave earlier results as they were', function () {
    this.timeout(0);
    const counts = { fast: 0, sliced: 0, full: 0 };
    fc.assert(
      fc.property(planArb, fc.array(editArb, { minLength: 1, maxLength: 10 }), (plan, edits) => {
        const inc = new IncrementalAnalyzer();
        let text = plan;
        const seen: [string, Analysis][] = [];
        for (const e of [undefined, ...edits]) {
          if (e) text = applyEdit(text, e);
          const expected = analyze(text, TODAY, OPTS);
          const actual = inc.analyze(text, TODAY, OPTS);
          assertSame(actual, expected, text);
          seen.push([text, actual]);
        }
        // Later analyses share objects with earlier results but never change them.
        for (const [t, a] of seen) assertSame(a, analyze(t, TODAY, OPTS), t);
        for (const k of ['fast', 'sliced', 'full'] as const) counts[k] += inc.counts[k];
      }),
      { numRuns: RUNS },
    );
    const steps = counts.fast + counts.sliced + counts.full;
    const share = `${RUNS} sequences, ${steps} analyses: ${JSON.stringify(counts)}`;
    // About 30% of steps take the fast path (29.7% over 10,000 sequences); with 100
    // random sequences the share was seen as low as 22%. The bar is a statistic, so it is
    // asserted only on the fixed seed's run, where the same sequences come every time;
    // a random seed's run prints the share instead.
    if (propertySeed.fixed) assert.ok(counts.fast > steps / 10, `the fast path was taken often enough to be tested (${share})`);
    if (process.env.CAREER_GOALS_PROPERTY_RUNS || !propertySeed.fixed) console.log(`      ${share}`);
  });
});
