/**
 * The keystroke section of `npm run bench` (issue #13's baseline): how long the
 * analysis takes after a one-character edit inside a goal's title, a task and a win,
 * on three plans written in a person's style (block style, comments, wins). Today every
 * keystroke re-analyses the whole file, so these are full analyses; incremental
 * analysis is measured against them. Median of 21 warmed runs in a row: no forced GC
 * between them (as while typing, the collector runs when it runs; forcing one before
 * each run was seen to make these runs two to three times slower, as if cold).
 */
import { parseDocument } from 'yaml';
import { analyze } from '../../src/core/analyze';

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

/** Runs the section: one line per plan and place, and the summary line issue #13 names. */
export function runKeystrokeBench(): void {
  const plans = [
    { label: 'small', goals: 5, wins: 40 },
    { label: 'typical', goals: 12, wins: 300 },
    { label: 'large', goals: 200, wins: 3000 },
  ];
  console.log('\nKeystroke re-analysis (full analysis today), median of 21 runs:');
  for (const p of plans) {
    const text = personPlan(p.goals, p.wins);
    const places = [
      ['goal title', `title: Goal number ${Math.floor(p.goals / 2)} with`],
      ['task', `title: Task 3 of goal ${Math.floor(p.goals / 2)}`],
      ['win', `text: Win number ${Math.floor(p.wins / 2)} that`],
    ] as const;
    const times = places.map(([where, after]) => {
      let n = 0;
      // A different character each run, so no run sees the text of the one before.
      const edited = ['a', 'b', 'c', 'd'].map((ch) => typeAfter(text, after, ch));
      const ms = median(() => analyze(edited[n++ % edited.length] ?? text, TODAY), 21);
      return `${where} ${ms.toFixed(1)} ms`;
    });
    const worst = Math.max(...times.map((t) => Number(/([\d.]+) ms$/.exec(t)?.[1])));
    const parseMs = median(() => parseDocument(text), 21);
    console.log(`  ${p.label} (${(text.length / 1024).toFixed(0)} KB, ${p.goals} goals, ${p.wins} wins): ${times.join(', ')}; yaml.parseDocument alone ${parseMs.toFixed(1)} ms`);
    console.log(`keystroke re-analysis on ${p.label}: ${worst.toFixed(1)} ms`);
  }
}
