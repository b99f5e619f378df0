/**
 * Benchmark of the core pipeline against plain `yaml.parseDocument`, on a typical
 * plan and a heavy one just under the 1 MB size limit (MAX_PLAN_CHARS). Run with `npm run bench`. The pipeline should add
 * at most 25% on top of parsing alone: it walks yaml's AST once and never calls toJS.
 * Then the hostile section (scripts/bench/hostile.ts): huge and adversarial files,
 * each at n and 2n, against 2 s and 500 MB; `npm run bench -- --hostile` runs it alone.
 * The history section (scripts/bench/history.ts) runs alone with `npm run bench -- --history`,
 * the keystroke section (scripts/bench/keystroke.ts) with `-- --keystroke`, and the peer
 * section (scripts/bench/peer.ts: a full analysis beside yaml-language-server) with
 * `-- --peer`, the assistant section (scripts/bench/assistant.ts: get_plan, the MCP server
 * start-up, the SDK in dist/cli.js) with `-- --assistant`, and the git section
 * (scripts/bench/git.ts: evidence and whole-life history on generated repositories) with
 * `-- --git`, and the dashboard section (scripts/bench/dashboard.ts: the page drawing two
 * years of points for 30 goals in Chromium) with `-- --dashboard`. A plain `npm run
 * bench` runs every section.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseDocument } from 'yaml';
import { analyze } from '../src/core/analyze';
import { runAssistantBench } from './bench/assistant';
import { runHistoryBench } from './bench/history';
import { runKeystrokeBench } from './bench/keystroke';
import { runPeerBench } from './bench/peer';
import { runChild, runHostile } from './bench/hostile';
import { runGitBench } from './bench/git';
import { runDashboardBench } from './bench/dashboard';

const TODAY = new Date(2026, 10, 21);

/** A plan with `goals` goals (metric, 3 checkpoints, 10 tasks each) and `wins` wins. */
export function generatePlan(goals: number, wins: number): string {
  const lines = ['version: 1', 'vision:', '  north_star: Staff engineer known for calm, reliable platforms', '  values: [craft, mentorship, autonomy]', '  narrative: |', '    Free text: the story of where I am going and why.', 'goals:'];
  for (let g = 0; g < goals; g++) {
    lines.push(
      `  - id: goal-${g}`,
      `    title: Goal number ${g} with a reasonably descriptive title`,
      `    horizon: ${['short', 'medium', 'long'][g % 3]}`,
      `    status: ${g % 7 === 0 ? 'paused' : 'active'}`,
      '    why: Because it moves me towards the north star and I care about it',
      '    values: [craft, mentorship]',
      ...(g > 2 ? [`    parent: goal-${g % 3}`] : []),
      '    start: 2026-01-15',
      '    due: 2027-03-31',
      `    metric: { name: things done, unit: things, start: 0, target: 10, current: ${g % 11} }`,
      '    checkpoints:',
    );
    for (let c = 0; c < 3; c++) lines.push(`      - { title: Checkpoint ${c} of goal ${g}, date: 2026-0${c + 3}-15, done: ${c === 0} }`);
    lines.push('    tasks:');
    for (let t = 0; t < 10; t++) lines.push(`      - { title: Task ${t} for goal ${g}, done: ${t % 3 === 0}, priority: ${['high', 'medium', 'low'][t % 3]}, due: 2026-1${t % 3}-0${(t % 9) + 1} }`);
    lines.push('    resources: { time: 2h/week, learning: [A good book], tools: [editor] }', '    flexibility: If priorities change, shrink the target.', '    notes: ["[[Goal notes]]"]');
  }
  lines.push('wins:');
  for (let w = 0; w < wins; w++) lines.push(`  - { date: 2026-${String((w % 12) + 1).padStart(2, '0')}-${String((w % 28) + 1).padStart(2, '0')}, text: Win number ${w} that made a difference to the team, goal: goal-${w % Math.max(1, goals)} }`);
  lines.push('lessons:', '  - { date: 2026-11-01, text: Short reviews get better attendance, goal: goal-0 }');
  return lines.join('\n') + '\n';
}

/** Forces a full GC so that one run's garbage is not collected during the next. */
const gc: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

/**
 * Wall milliseconds of one call, after a forced GC. (Process CPU time was tried and
 * rejected: it also counts the collector's background threads, which swamps small runs.)
 */
function timeMs(fn: () => unknown): number {
  gc();
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Median of `runs` timings of `fn` in milliseconds, after warm-up. */
export function median(fn: () => unknown, runs: number): number {
  for (let i = 0; i < Math.min(3, runs); i++) fn();
  const times = Array.from({ length: runs }, () => timeMs(fn));
  return middle(times);
}

function middle(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  // No timings have no median.
  return s[Math.floor(s.length / 2)] ?? NaN;
}

interface Row {
  name: string;
  size: string;
  parseMs: number;
  analyzeMs: number;
}

function measure(name: string, text: string, runs: number): Row {
  for (let i = 0; i < 3; i++) {
    parseDocument(text);
    analyze(text, TODAY);
  }
  // Interleaved so that any drift in machine load hits both measurements alike.
  const p: number[] = [];
  const a: number[] = [];
  for (let i = 0; i < runs; i++) {
    p.push(timeMs(() => parseDocument(text)));
    a.push(timeMs(() => analyze(text, TODAY)));
  }
  return { name, size: `${(text.length / 1024).toFixed(0)} KB`, parseMs: middle(p), analyzeMs: middle(a) };
}

// ---- Edit timing: filled in when src/core/edits/index.ts provides applyOp ----
/** The one call the edit timing makes, typed here for the reason the module is built here (below). */
type SetMetricCurrent = (text: string, op: { op: 'setMetricCurrent'; goalId: string; value: number }, memory?: unknown) => unknown;

/** Median time of one `applyOp(setMetricCurrent)` on the typical plan, or undefined without the edits module. */
function measureEdit(text: string): number | undefined {
  const root = join(__dirname, '..', '..');
  const entry = join(root, 'src', 'core', 'edits', 'index.ts');
  if (!existsSync(entry)) return undefined;
  // Built here rather than imported so that the benchmark compiles before the edits module exists.
  const outfile = join(__dirname, 'edits.bench.js');
  let built: unknown;
  try {
    const esbuild = require('esbuild') as typeof import('esbuild');
    esbuild.buildSync({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', packages: 'external', logLevel: 'silent' });
    built = require(outfile);
  } catch {
    return undefined;
  }
  const found = typeof built === 'object' && built !== null && 'applyOp' in built ? built.applyOp : undefined;
  if (typeof found !== 'function') return undefined;
  // A function of that name from the module just built: its signature is the edits module's own.
  const applyOp = found as SetMetricCurrent;
  // One memory for every run, as the writer keeps one: each edit after the first finds the text known clean.
  const Memory = (built as { EditMemory?: unknown }).EditMemory;
  const memory: unknown = typeof Memory === 'function' ? new (Memory as new () => unknown)() : undefined;
  let v = 0;
  return median(() => applyOp(text, { op: 'setMetricCurrent', goalId: 'goal-7', value: (v++ % 10) + 0.5 }, memory), 101);
}

function main(): void {
  const typical = generatePlan(30, 20);
  const heavy = generatePlan(450, 2000);
  const rows = [measure('typical (30 goals)', typical, 41), measure('heavy (450 goals, 2,000 wins)', heavy, 9)];
  const header = ['file', 'size', 'yaml.parseDocument', 'analyze (pipeline)', 'ratio', 'target ≤ 1.25'];
  const body = rows.map((r) => [r.name, r.size, r.parseMs.toFixed(2), r.analyzeMs.toFixed(2), (r.analyzeMs / r.parseMs).toFixed(2), r.analyzeMs / r.parseMs <= 1.25 ? 'ok' : 'MISSED']);
  const editMs = measureEdit(typical);
  console.log('Median wall time in ms, each run after a forced GC, parse and pipeline runs interleaved.\n');
  printTable(header, body);
  console.log(editMs === undefined ? '\napplyOp(setMetricCurrent): edits module not available yet' : `\napplyOp(setMetricCurrent) on typical: ${editMs.toFixed(3)} ms median (target < 2 ms) ${editMs < 2 ? 'ok' : 'MISSED'}`);
  runHistoryBench(generatePlan(5, 40), 'a 5-goal plan');
  runHistoryBench(typical, 'typical');
}

function printTable(header: string[], rows: string[][]): void {
  // A row short of a cell adds no width to its column; a cell past the header pads to itself.
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ') + ' |';
  console.log(line(header));
  console.log('|' + widths.map((w, i) => (i < 2 ? ':' + '-'.repeat(w + 1) : '-'.repeat(w + 1) + ':')).join('|') + '|');
  for (const r of rows) console.log(line(r));
}

if (require.main === module && !process.env.BENCH_NO_MAIN) {
  if (process.env.BENCH_HOSTILE_CASE) runChild(process.env.BENCH_HOSTILE_CASE, Number(process.env.BENCH_HOSTILE_N));
  else {
    // `npm run bench -- --hostile` runs the hostile section alone, `-- --history` the history section.
    const assistantPlans = (): [string, string][] => [
      ['typical (30 goals)', generatePlan(30, 20)],
      ['heavy (450 goals, 2,000 wins)', generatePlan(450, 2000)],
    ];
    if (process.argv.includes('--assistant')) void runAssistantBench(assistantPlans());
    else if (process.argv.includes('--keystroke')) runKeystrokeBench();
    else if (process.argv.includes('--git')) void runGitBench();
    else if (process.argv.includes('--peer')) void runPeerBench();
    else if (process.argv.includes('--dashboard')) void runDashboardBench();
    else if (process.argv.includes('--history')) {
      runHistoryBench(generatePlan(5, 40), 'a 5-goal plan');
      runHistoryBench(generatePlan(30, 20), 'typical');
    } else {
      const all = !process.argv.includes('--hostile');
      if (all) main();
      runHostile(__filename);
      if (all) {
        void runGitBench()
          .then(() => {
            runKeystrokeBench();
            return runPeerBench();
          })
          .then(() => runAssistantBench(assistantPlans()))
          .then(() => runDashboardBench());
      }
    }
  }
}
