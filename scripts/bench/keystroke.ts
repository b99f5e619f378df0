/**
 * The keystroke section of `npm run bench` (issue #13): how long the analysis takes
 * after a one-character edit inside a goal's title, a task and a win, on three plans
 * written in a person's style (block style, comments, wins). Timed twice: the
 * incremental analyzer the host is to use (src/core/incremental/), warm (it has seen
 * the text before the edit, as while typing), and a full `analyze`, the baseline.
 * Median of 21 warmed runs in a row: no forced GC between them (as while typing, the
 * collector runs when it runs; forcing one before each run was seen to make these
 * runs two to three times slower, as if cold).
 */
import { parseDocument } from 'yaml';
import { analyze } from '../../src/core/analyze';
import { IncrementalAnalyzer } from '../../src/core/incremental';

const TODAY = new Date(2026, 10, 21);

/** A plan as people write it: block style, a comment per goal, tasks and checkpoints, many wins. */
export function personPlan(goals: number, wins: number): string {
  const lines = ['# My career plan', 'version: 1', '', 'vision:', '  north_star: Staff engineer known for calm, reliable platforms', '  values: [craft, mentorship, autonomy]', '  narrative: |', '    Where I am going and why, in a few lines.', '', 'goals:'];
  for (let g = 0; g < goals; g++) {
    lines.push(
      `  # Goal ${g}: why it is here`,
      `  - id: goal-${g}`,
      `    title: Goal number ${g} with a reasonably descriptive title`,
      `    horizon: ${['short', 'medium', 'long'][g % 3]}`,
      `    status: ${g % 9 === 8 ? 'paused' : 'active'}`,
      '    why: Because it moves me towards the north star',
      '    values: [craft]',
      '    start: 2026-01-15',
      '    due: 2027-03-31',
      '    metric:',
      '      name: things done',
      '      unit: things',
      '      start: 0',
      '      target: 10',
      `      current: ${g % 11}`,
      '    checkpoints:',
      '      - title: First checkpoint',
      '        date: 2026-03-15',
      '        done: true',
      '    tasks:',
    );
    for (let t = 0; t < 6; t++) lines.push(`      - title: Task ${t} of goal ${g}`, `        done: ${t % 3 === 0}`);
    lines.push('    flexibility: If priorities change, shrink the target.', '');
  }
  lines.push('wins:');
  for (let w = 0; w < wins; w++) lines.push(`  - date: 2026-${String((w % 12) + 1).padStart(2, '0')}-${String((w % 28) + 1).padStart(2, '0')}`, `    text: Win number ${w} that made a difference to the team`, `    goal: goal-${w % Math.max(1, goals)}`);
  lines.push('', 'lessons:', '  - date: 2026-11-01', '    text: Short reviews get better attendance');
  return lines.join('\n') + '\n';
}

/** The text with one character typed after the first occurrence of `after`. */
function typeAfter(text: string, after: string, ch: string): string {
  const i = text.indexOf(after);
  if (i < 0) throw new Error(`bench: "${after}" is not in the plan`);
  return text.slice(0, i + after.length) + ch + text.slice(i + after.length);
}

/** Median wall milliseconds of `runs` calls in a row, after five warm-up calls. */
function median(fn: () => unknown, runs: number): number {
  for (let i = 0; i < 5; i++) fn();
  const times = Array.from({ length: runs }, () => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  }).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] ?? NaN;
}

/** Runs the section: one line per plan and place, and the summary line issue #13 names (the incremental figure). */
export function runKeystrokeBench(): void {
  const plans = [
    { label: 'small', goals: 5, wins: 40 },
    { label: 'typical', goals: 12, wins: 300 },
    { label: 'large', goals: 200, wins: 3000 },
  ];
  console.log('\nKeystroke re-analysis, incremental (warm) and full, median of 21 runs:');
  for (const p of plans) {
    const text = personPlan(p.goals, p.wins);
    const places = [
      ['goal title', `title: Goal number ${Math.floor(p.goals / 2)} with`],
      ['task', `title: Task 3 of goal ${Math.floor(p.goals / 2)}`],
      ['win', `text: Win number ${Math.floor(p.wins / 2)} that`],
    ] as const;
    const incremental: number[] = [];
    const full: number[] = [];
    const inc = new IncrementalAnalyzer();
    inc.analyze(text, TODAY);
    const cold = { ...inc.counts };
    for (const [, after] of places) {
      let n = 0;
      // A different character each run, so no run sees the text of the one before.
      const edited = ['a', 'b', 'c', 'd'].map((ch) => typeAfter(text, after, ch));
      full.push(median(() => analyze(edited[n++ % edited.length] ?? text, TODAY), 21));
      // Warm: the analyzer has just analysed the text before the edit (untimed), as while typing.
      incremental.push(
        medianOf(21, () => {
          inc.analyze(text, TODAY);
          const next = edited[n++ % edited.length] ?? text;
          const t0 = performance.now();
          inc.analyze(next, TODAY);
          return performance.now() - t0;
        }),
      );
    }
    // Not one of issue #13's places: typing in the vision reads the rest again and moves every entry.
    let m = 0;
    const visions = ['a', 'b', 'c', 'd'].map((ch) => typeAfter(text, 'north_star: Staff', ch));
    const vision = medianOf(21, () => {
      inc.analyze(text, TODAY);
      const next = visions[m++ % visions.length] ?? text;
      const t0 = performance.now();
      inc.analyze(next, TODAY);
      return performance.now() - t0;
    });
    const { fast, sliced, full: whole } = inc.counts;
    // Every timed analysis must have taken the fast path, or the figure measures something else.
    if (sliced !== cold.sliced || whole !== cold.full) throw new Error(`bench: the incremental analyzer left the fast path on ${p.label} (${JSON.stringify(inc.counts)})`);
    const parseMs = median(() => parseDocument(text), 21);
    // The first analysis of a plan (opening it): a new analyzer against a full `analyze`.
    const firstMs = median(() => new IncrementalAnalyzer().analyze(text, TODAY), 21);
    const fullMs = median(() => analyze(text, TODAY), 21);
    console.log(`first analysis on ${p.label}: incremental ${firstMs.toFixed(2)} ms, full ${fullMs.toFixed(2)} ms`);
    const list = (ms: number[]): string => places.map(([where], i) => `${where} ${(ms[i] ?? NaN).toFixed(2)} ms`).join(', ');
    console.log(`  ${p.label} (${(text.length / 1024).toFixed(0)} KB, ${p.goals} goals, ${p.wins} wins): incremental ${list(incremental)}; full analysis ${list(full)}; yaml.parseDocument alone ${parseMs.toFixed(1)} ms; incremental in the vision ${vision.toFixed(2)} ms (${fast} fast analyses)`);
    console.log(`keystroke re-analysis on ${p.label}: ${Math.max(...incremental).toFixed(2)} ms`);
  }
}

/** Median of `runs` timings that `timed` measures itself, after five warm-up calls. */
function medianOf(runs: number, timed: () => number): number {
  for (let i = 0; i < 5; i++) timed();
  const times = Array.from({ length: runs }, timed).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] ?? NaN;
}
