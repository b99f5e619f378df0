/**
 * The "hostile" section of `npm run bench`: huge or adversarial files, each measured
 * at size n and 2n in a fresh child process (so one case's garbage and heap never
 * count against the next), with its wall time and peak memory. A line is OK when both
 * runs take at most 2 s and peak under 500 MB; the ratio of the two
 * times says how the cost grows (≈ 2 is linear, ≈ 4 quadratic). Inputs past the size
 * limit (MAX_PLAN_CHARS, 1 MB) are refused with one diagnostic: those lines measure
 * the refusal, and the "at the 1 MB limit" lines the largest files that are read.
 */
import { spawnSync } from 'node:child_process';
import { analyze } from '../../src/core/analyze';
import { applyOp, EditMemory } from '../../src/core/edits';
import { applyEdits } from '../../src/core/edits/text';
import { parseGoals } from '../../src/core/parse';

const TODAY = new Date(2026, 10, 21);
const TIME_LIMIT_MS = 2000;
const MEMORY_LIMIT_MB = 500;
/** A child still running after this is stopped and its line marked OVER. */
const CHILD_TIMEOUT_MS = 25_000;

const HEAD = 'version: 1\nvision:\n  north_star: Staff engineer known for calm, reliable platforms\n  values: [craft, mentorship]\n';

/** A plan of about `bytes` characters: goals with a metric, 3 checkpoints and 10 tasks each. */
function planOfSize(bytes: number, aliases = 0): string {
  const goals: string[] = [];
  let size = HEAD.length + 7;
  for (let g = 0; size < bytes; g++) {
    const why = aliases > 0 && g <= aliases ? (g === 0 ? 'why: &why Because it moves me towards the north star' : 'why: *why') : 'why: Because it moves me towards the north star';
    const lines = [`  - id: goal-${g}`, `    title: Goal number ${g} with a reasonably descriptive title`, `    horizon: ${['short', 'medium', 'long'][g % 3]}`, `    ${why}`, '    due: 2027-03-31', `    metric: { name: things done, unit: things, start: 0, target: 10, current: ${g % 11} }`, '    checkpoints:'];
    for (let c = 0; c < 3; c++) lines.push(`      - { title: Checkpoint ${c} of goal ${g}, date: 2026-0${c + 3}-15, done: ${c === 0} }`);
    lines.push('    tasks:');
    for (let t = 0; t < 10; t++) lines.push(`      - { title: Task ${t} for goal ${g}, done: ${t % 3 === 0}, priority: ${['high', 'medium', 'low'][t % 3]} }`);
    const text = lines.join('\n') + '\n';
    goals.push(text);
    size += text.length;
  }
  return `${HEAD}goals:\n${goals.join('')}`;
}

function goalsOf(n: number, line: (i: number) => string): string {
  return `${HEAD}goals:\n${Array.from({ length: n }, (_, i) => line(i)).join('')}`;
}

interface Case {
  name: string;
  /** The two sizes measured, n and 2n. */
  sizes: [number, number];
  unit: string;
  /** Builds the input of size `n` and returns the operation to time. */
  setup(n: number): () => unknown;
}

const MB = 1_000_000;

const CASES: Case[] = [
  { name: 'parseGoals, 99 aliases in a 5 MB file', sizes: [2.5 * MB, 5 * MB], unit: 'bytes', setup: (n) => { const t = planOfSize(n, 99); return () => parseGoals(t); } },
  { name: 'parseGoals, 5 MB plain file', sizes: [2.5 * MB, 5 * MB], unit: 'bytes', setup: (n) => { const t = planOfSize(n); return () => parseGoals(t); } },
  // The same at the size limit (MAX_PLAN_CHARS): the largest files that are parsed at all.
  { name: 'parseGoals, 99 aliases in a file at the 1 MB limit', sizes: [0.49 * MB, 0.98 * MB], unit: 'bytes', setup: (n) => { const t = planOfSize(n, 99); return () => parseGoals(t); } },
  { name: 'parseGoals, plain file at the 1 MB limit', sizes: [0.49 * MB, 0.98 * MB], unit: 'bytes', setup: (n) => { const t = planOfSize(n); return () => parseGoals(t); } },
  { name: 'parseGoals (assignIds), 20k identical titles', sizes: [10_000, 20_000], unit: 'goals', setup: (n) => { const t = goalsOf(n, () => '  - { title: Same title, horizon: short }\n'); return () => parseGoals(t); } },
  { name: 'parseGoals, 100k lines of `{ title: "x }`', sizes: [50_000, 100_000], unit: 'lines', setup: (n) => { const t = goalsOf(n, () => '  - { title: "x }\n'); return () => parseGoals(t); } },
  {
    name: 'applyOp(setGoalStatus) on a goal with 40k keys',
    sizes: [20_000, 40_000],
    unit: 'keys',
    setup: (n) => {
      const keys = Array.from({ length: n }, (_, i) => `    k${i}: v\n`).join('');
      const t = `${HEAD}goals:\n  - id: big\n    title: Big\n    horizon: short\n${keys}  - id: other\n    title: Other\n    horizon: short\n`;
      return () => applyOp(t, { op: 'setGoalStatus', goalId: 'big', status: 'paused' });
    },
  },
  {
    name: 'applyOp(setGoalStatus), a line of 100k spaces',
    sizes: [50_000, 100_000],
    unit: 'spaces',
    setup: (n) => {
      const t = planOfSize(50_000).replace('  - id: goal-3\n', `${' '.repeat(n)}\n  - id: goal-3\n`);
      return () => applyOp(t, { op: 'setGoalStatus', goalId: 'goal-5', status: 'paused' });
    },
  },
  {
    name: 'applyOp(addWin) again on a file at the 1 MB limit, once it was edited',
    sizes: [10_000, 20_000],
    unit: 'wins',
    setup: (n) => {
      const t = winsPlan(n);
      // What each later edit costs: the first one has parsed the file and left it known-clean (in the memory both share).
      const memory = new EditMemory();
      const first = applyOp(t, { op: 'addWin', win: { date: '2026-11-20', text: 'First' } }, memory);
      const after = first.ok ? applyEdits(t, first.edits) : t;
      return () => applyOp(after, { op: 'addWin', win: { date: '2026-11-21', text: 'One more' } }, memory);
    },
  },
  { name: 'analyze, 3,300-deep parent chain', sizes: [3_300, 6_600], unit: 'goals', setup: (n) => { const t = chain(n); return () => analyze(t, TODAY); } },
  { name: 'analyze, 10,000-deep parent chain', sizes: [10_000, 20_000], unit: 'goals', setup: (n) => { const t = chain(n); return () => analyze(t, TODAY); } },
  {
    name: 'applyOp(addWin) on a file with 100k wins',
    sizes: [50_000, 100_000],
    unit: 'wins',
    setup: (n) => {
      const t = winsPlan(n);
      return () => applyOp(t, { op: 'addWin', win: { date: '2026-11-21', text: 'One more' } });
    },
  },
];

/** One goal and `n` one-line wins. */
function winsPlan(n: number): string {
  const wins = Array.from({ length: n }, (_, i) => `  - { date: 2026-0${(i % 9) + 1}-1${i % 10}, text: Win ${i} }\n`).join('');
  return `${HEAD}goals:\n  - { id: a, title: A, horizon: short }\nwins:\n${wins}`;
}

function chain(n: number): string {
  return goalsOf(n, (i) => `  - { id: g${i}, title: Goal ${i}, horizon: long${i > 0 ? `, parent: g${i - 1}` : ''}${i === n - 1 ? ', metric: { target: 4, current: 1 }' : ''} }\n`);
}

interface Sample {
  ms: number;
  rssMb: number;
  /** Growth of the heap over the timed call, MB (a lower bound on its peak). */
  heapMb: number;
  error?: string;
}

/** In the child: builds one case's input, times the operation and reports JSON on stdout. */
export function runChild(name: string, n: number): void {
  const c = CASES.find((x) => x.name === name);
  if (!c) throw new Error(`no case ${name}`);
  const op = c.setup(n);
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = process.hrtime.bigint();
  let error: string | undefined;
  try {
    op();
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const heapMb = (process.memoryUsage().heapUsed - heap0) / 1e6;
  const sample: Sample = { ms, rssMb: process.resourceUsage().maxRSS / 1024, heapMb, ...(error && { error }) };
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}

function measureInChild(script: string, name: string, n: number): Sample {
  const r = spawnSync(process.execPath, [script], {
    env: { ...process.env, BENCH_HOSTILE_CASE: name, BENCH_HOSTILE_N: String(n) },
    encoding: 'utf8',
    timeout: CHILD_TIMEOUT_MS,
    maxBuffer: 1 << 20,
  });
  const line = r.stdout?.trim().split('\n').pop() ?? '';
  if (r.error || r.status !== 0 || !line.startsWith('{')) {
    const why = r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' ? `stopped after ${CHILD_TIMEOUT_MS / 1000} s` : (r.stderr || String(r.error ?? r.status)).trim().split('\n').pop();
    return { ms: CHILD_TIMEOUT_MS, rssMb: NaN, heapMb: NaN, error: why };
  }
  return JSON.parse(line) as Sample;
}

/** Runs every case at n and 2n, one child process per run, and prints one line per case. */
export function runHostile(script: string): void {
  console.log(`\nHostile inputs: wall time of one call at n and 2n, each in a fresh process; OK when n and 2n each take ≤ ${TIME_LIMIT_MS / 1000} s and peak < ${MEMORY_LIMIT_MB} MB RSS.\n`);
  for (const c of CASES) {
    const [n, n2] = c.sizes;
    const a = measureInChild(script, c.name, n);
    // Past the limit at n already: 2n would only take longer.
    const b = a.ms > TIME_LIMIT_MS * 4 ? undefined : measureInChild(script, c.name, n2);
    const last = b ?? a;
    // Both sizes must be within the limits: when 2n is past the size limit it is refused
    // at once, and only n shows what reading the file costs.
    const ok = b !== undefined && [a, b].every((x) => !x.error && x.ms <= TIME_LIMIT_MS && x.rssMb < MEMORY_LIMIT_MB);
    // A refusal for size takes milliseconds; a ratio against it says nothing about growth.
    const refused = (s: Sample): boolean => s.ms < 100 && a.ms > 300;
    const growth = !b ? 'n/a' : refused(b) ? 'n/a (2n refused: past the size limit)' : `×${(b.ms / a.ms).toFixed(1)} ${b.ms / a.ms <= 3 ? '(linear)' : '(SUPERLINEAR)'}`;
    const fmt = (s: Sample) => `${s.ms.toFixed(0)} ms${s.error ? ` [${s.error.slice(0, 60)}]` : ''}`;
    const rss = Number.isNaN(last.rssMb) ? '? MB' : `${last.rssMb.toFixed(0)} MB`;
    console.log(
      `${ok ? 'OK  ' : 'OVER'} ${c.name}: n=${n.toLocaleString('en')} ${c.unit} ${fmt(a)}; 2n ${b ? fmt(b) : 'skipped'}; growth ${growth}; peak RSS ${rss}, heap +${Number.isNaN(last.heapMb) ? '?' : last.heapMb.toFixed(0)} MB`,
    );
  }
}
