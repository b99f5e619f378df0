/**
 * The git section of `npm run bench` (`npm run bench -- --git` runs it alone): evidence
 * and the goals file's whole-life history on repositories made with `git fast-import`
 * in a temp folder, on fixed dates.
 *
 * - Evidence: 3 repositories of 20,000 commits each, 2,000 of them the person's in the
 *   quarter. Cold is `career-goals evidence` in a fresh process (three `git log` runs,
 *   parsing and linking); warm is what VS Code does when no repository moved: the logs
 *   it kept, linked again (`buildEvidence`), no git.
 * - History: a goals file with 20,000 commits on about 700 days over two years. Cold is
 *   `career-goals history --git` in a fresh process (one `git log`, one `git cat-file
 *   --batch`, every day's version analysed); warm is what a later dashboard does with
 *   the points and the day log kept: HEAD found where it was, the history built again.
 * - The same history as VS Code reads it (git-history.ts), without VS Code: the Git
 *   extension's `log` (its format, parsed with its expression), each day's last commit,
 *   and one `git show --textconv` process per version as its `buffer` runs, 4 at once in
 *   the spread order, each analysed by the VersionReader. What VS Code adds (its
 *   extension host, the Git extension's bookkeeping, the dashboard's posts) is measured
 *   by the integration run test/integration/suite/history-git-scale.test.ts.
 * - `history --git` on 1,200 commits over 300 days.
 *
 * Peak memory is the fresh process's maximum resident set (`/usr/bin/time`).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { buildEvidence, type RepositoryLog } from '../../src/core/evidence';
import { buildHistory, type HistoryPoint } from '../../src/core/history';
import { VersionReader } from '../../src/core/history/version-point';
import { readAll, spreadOrder } from '../../src/core/history/version-reads';
import { dayOf, dayToIso } from '../../src/core/time/dates';
import { readRepo } from '../../src/cli/repo-log';
import { median, generatePlan } from '../bench';

// The bench is bundled into out/scripts/bench.js.
const CLI = path.resolve(__dirname, '../../dist/cli.js');
const TODAY = '2026-11-21';
const DAY_S = 86_400;
/** 2026-10-01T00:00:00Z. */
const QUARTER_START_S = Date.UTC(2026, 9, 1) / 1000;

const env = (home: string): NodeJS.ProcessEnv => ({ PATH: process.env.PATH ?? '', HOME: home, GIT_CONFIG_NOSYSTEM: '1', TZ: 'UTC' });

/** A `data` command of fast-import. */
function data(text: string): string {
  return `data ${Buffer.byteLength(text)}\n${text}\n`;
}

/** Feeds `stream` to `git fast-import` in a new repository at `dir`. */
function fastImport(dir: string, stream: string, home: string): void {
  fs.mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main', dir], { env: env(home) });
  execFileSync('git', ['-C', dir, 'fast-import', '--quiet'], { input: stream, env: env(home), maxBuffer: 1 << 30 });
  execFileSync('git', ['-C', dir, 'config', 'user.email', 'me@example.invalid'], { env: env(home) });
}

/** 20,000 commits: 17,000 before the quarter, 2,000 of the person's in it (60% naming a goal), 1,000 of colleagues in it. */
function evidenceRepo(dir: string, ids: readonly string[], home: string, seed: number): void {
  const parts: string[] = [];
  const total = 20_000;
  for (let i = 0; i < total; i++) {
    const inQuarter = i >= 17_000;
    const mine = inQuarter ? i % 3 !== 0 : i % 2 === 0;
    const when = inQuarter ? QUARTER_START_S + Math.floor(((i - 17_000) / 3000) * 51 * DAY_S) : QUARTER_START_S - (17_000 - i) * 3600;
    const email = mine ? 'me@example.invalid' : `colleague${i % 7}@example.invalid`;
    const goal = (i + seed) % 5 === 0 ? 'nope' : ids[(i + seed) % ids.length];
    const trailer = i % 5 < 3 ? `\n\nGoal: ${goal}` : '';
    parts.push(`commit refs/heads/main\nmark :${i + 1}\nauthor Someone <${email}> ${when} +0000\ncommitter Someone <${email}> ${when} +0000\n${data(`Change ${i} of the platform${trailer}\n`)}${i > 0 ? `from :${i}\n` : ''}\n`);
  }
  fastImport(dir, parts.join(''), home);
}

/**
 * A goals file committed `commits` times over `days` days (the last one before
 * TODAY), every commit changing it: each day's last commit holds that day's version,
 * the others the day before's, so only a day's last version is new.
 */
function historyRepo(dir: string, commits: number, days: number, home: string): void {
  const plan = generatePlan(30, 20);
  const parts: string[] = [];
  const lastDay = Date.UTC(2026, 10, 20) / 1000;
  for (let d = 0; d < days; d++) parts.push(`blob\nmark :${d + 1}\n${data(plan.replace(/current: \d+/, `current: ${d % 11}`).replace('wins:\n', `wins:\n  - { date: 2026-01-01, text: Day ${d}, goal: goal-0 }\n`))}`);
  const perDay = commits / days;
  let mark = days;
  for (let c = 0; c < commits; c++) {
    const d = Math.min(days - 1, Math.floor(c / perDay));
    const lastOfDay = Math.min(days - 1, Math.floor((c + 1) / perDay)) !== d || c === commits - 1;
    const blob = lastOfDay || d === 0 ? d + 1 : c % 2 === 0 ? d : d + 1;
    const when = lastDay - (days - 1 - d) * DAY_S + 3600 + (c % Math.ceil(perDay)) * 60;
    mark++;
    parts.push(`commit refs/heads/main\nmark :${mark}\nauthor Me <me@example.invalid> ${when} +0000\ncommitter Me <me@example.invalid> ${when} +0000\n${data(`Sync ${c}`)}${c > 0 ? `from :${mark - 1}\n` : ''}M 100644 :${blob} goals.yaml\n\n`);
  }
  fastImport(dir, parts.join(''), home);
  fs.writeFileSync(path.join(dir, 'goals.yaml'), execFileSync('git', ['-C', dir, 'show', 'HEAD:goals.yaml'], { env: env(home) }));
}

/** Wall seconds and peak resident memory of a fresh `career-goals` process. */
function timed(args: string[], cwd: string, home: string): { ms: number; mb: number; out: string } {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, CLI, ...args], { cwd, env: env(home), encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`career-goals ${args.join(' ')} failed: ${r.stderr}`);
  const last = r.stderr.trim().split('\n').at(-1) ?? '';
  const [secs, kb] = last.split(' ').map(Number);
  return { ms: (secs ?? NaN) * 1000, mb: (kb ?? NaN) / 1024, out: r.stdout };
}

/** The Git extension's log format and the expression it parses it with (extensions/git/src/git.ts). */
const COMMIT_FORMAT = '%H%n%aN%n%aE%n%at%n%ct%n%P%n%D%n%B';
// eslint-disable-next-line no-control-regex -- the Git extension's own expression: `-z` ends each commit with a NUL
const COMMIT_RE = /([0-9a-f]{40})\n(.*)\n(.*)\n(.*)\n(.*)\n(.*)\n(.*)(?:\n([^]*?))?(?:\x00)(?:\n((?:.*)files? changed(?:.*))$)?/gm;

/** Runs git as the Git extension does (a process, stdout collected), resolving with its stdout. */
function gitOut(cwd: string, args: string[], home: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, env: env(home) });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`git ${args.join(' ')} exited ${code}`))));
  });
}

/**
 * The whole-life history as git-history.ts reads it in VS Code, with git run the way
 * the Git extension runs it for each API call: the log once, then each day's last
 * version through `buffer` (`git show --textconv`), READS_AT_ONCE at once in spread
 * order, each decoded and analysed as it arrives. Wall time, the wait for git summed
 * over the reads, the analyses, and the peak heap of this process.
 */
async function vscodePathHistory(dir: string, home: string): Promise<{ ms: number; logMs: number; points: number; gitMs: number; analysisMs: number; heapMb: number }> {
  let heap = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => (heap = Math.max(heap, process.memoryUsage().heapUsed)), 20);
  const started = performance.now();
  const out = (await gitOut(dir, ['log', `--format=${COMMIT_FORMAT}`, '-z', `-n${2 ** 31 - 1}`, '--', 'goals.yaml'], home)).toString('utf8');
  const days = new Map<string, { hash: string; when: Date }>();
  for (const m of out.matchAll(COMMIT_RE)) {
    const when = new Date(Number(m[5]) * 1000);
    const day = dayToIso(dayOf(when));
    if (!days.has(day)) days.set(day, { hash: m[1] ?? '', when });
  }
  const logMs = performance.now() - started;
  const chosen = [...days.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const reader = new VersionReader();
  const decoder = new TextDecoder('utf-8');
  const points: HistoryPoint[] = [];
  let gitMs = 0;
  let analysisMs = 0;
  await readAll(
    spreadOrder(chosen.length).map((i) => chosen[i] as (typeof chosen)[number]),
    {
      concurrency: 4,
      read: async ([day, c]) => {
        const asked = performance.now();
        const text = decoder.decode(await gitOut(dir, ['show', '--textconv', `${c.hash}:goals.yaml`], home));
        const read = performance.now();
        gitMs += read - asked;
        points.push(reader.point(text, c.when, day, c.hash));
        analysisMs += performance.now() - read;
      },
    },
  );
  const ms = performance.now() - started;
  clearInterval(sampler);
  return { ms, logMs, points: points.length, gitMs, analysisMs, heapMb: heap / 2 ** 20 };
}

const fmt = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`);

/** Runs the git section and prints its table. */
export async function runGitBench(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-bench-git-'));
  const home = path.join(root, 'home');
  fs.mkdirSync(home);
  try {
    console.log('\nGit: evidence and whole-life history (repositories made with git fast-import; fresh processes for "cold").\n');
    const plan = generatePlan(30, 20);
    fs.writeFileSync(path.join(root, 'goals.yaml'), plan);
    const ids = analyze(plan, new Date(2026, 10, 21)).parse.model.goals.map((g) => g.id);
    let started = performance.now();
    const repos = ['work', 'oss', 'notes'].map((name, i) => {
      const dir = path.join(root, name);
      evidenceRepo(dir, ids, home, i);
      return dir;
    });
    const madeEvidence = performance.now() - started;
    const cold = timed(['evidence', '--json', '--today', TODAY, ...repos.flatMap((r) => ['--repo', r])], root, home);
    const e = JSON.parse(cold.out) as { goals: { commits: unknown[] }[]; unlinked: { count: number }[] };
    const linked = e.goals.reduce((n, g) => n + g.commits.length, 0);
    const logs: RepositoryLog[] = repos.map((r) => readRepo(r, [], '2026-10-01', () => undefined));
    const goals = analyze(plan, new Date(2026, 10, 21)).parse.model.goals;
    const warm = median(() => buildEvidence(goals, logs, { since: '2026-10-01', until: '2026-12-31' }), 10);

    started = performance.now();
    const long = path.join(root, 'plan-2y');
    historyRepo(long, 20_000, 700, home);
    const short = path.join(root, 'plan-300d');
    historyRepo(short, 1_200, 300, home);
    const madeHistory = performance.now() - started;
    const coldHistory = timed(['history', '--git', '--json', '--today', TODAY, '--file', path.join(long, 'goals.yaml')], root, home);
    const points = (JSON.parse(coldHistory.out) as { points: HistoryPoint[] }).points;
    const commitPoints = points.filter((p) => p.source === 'commit');
    // A later dashboard: the points and the day log are kept with the HEAD they were read at;
    // one rev-parse finds HEAD where it was, and the history is built again (no git log).
    const warmHistory = median(() => {
      execFileSync('git', ['-C', long, 'rev-parse', 'HEAD'], { env: env(home) });
      buildHistory({ journal: [], commits: commitPoints, today: analyze(plan, new Date(2026, 10, 21)), now: new Date(2026, 10, 21) });
    }, 5);
    const vscodePath = await vscodePathHistory(long, home);
    const shortHistory = timed(['history', '--git', '--json', '--today', TODAY, '--file', path.join(short, 'goals.yaml')], root, home);
    // The analyses alone, for the share of the cold time that is not git.
    const reader = new VersionReader();
    const t0 = performance.now();
    for (const p of commitPoints) reader.point(plan.replace(/current: \d+/, `current: ${p.date.length % 11}`), new Date(p.date), p.date, p.ref);
    const analysesMs = performance.now() - t0;

    const rows: [string, string, string, string][] = [
      ['evidence, 3 repositories × 20,000 commits, 6,000 of yours this quarter', `${fmt(cold.ms)} (${linked} linked, ${e.unlinked.reduce((n, u) => n + u.count, 0)} unlinked)`, `${fmt(warm)} (kept logs, no git)`, `${cold.mb.toFixed(0)} MB`],
      [`whole-life history, 20,000 commits on 700 days (${commitPoints.length} points)`, fmt(coldHistory.ms), `${fmt(warmHistory)} (HEAD unchanged: rev-parse, points kept)`, `${coldHistory.mb.toFixed(0)} MB`],
      [
        `the same history as VS Code reads it: the Git API's log, a git show per day's version (4 at once), no VS Code (${vscodePath.points} points)`,
        `${fmt(vscodePath.ms)} (log ${fmt(vscodePath.logMs)}; git ${fmt(vscodePath.gitMs)} summed over the reads, analyses ${fmt(vscodePath.analysisMs)})`,
        `${fmt(warmHistory)} (as above)`,
        `${vscodePath.heapMb.toFixed(0)} MB heap (this process)`,
      ],
      ['history --git, 1,200 commits on 300 days', fmt(shortHistory.ms), '', `${shortHistory.mb.toFixed(0)} MB`],
    ];
    console.log('| case | cold | warm | peak RSS |');
    console.log('| --- | --: | --: | --: |');
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
    console.log(`\nTargets: evidence < 1 s cold, < 50 ms warm; whole-life history < 5 s cold, < 200 ms warm, < 200 MB; history --git on 1,200 commits < 2 s.`);
    console.log(`(Making the repositories took ${fmt(madeEvidence)} and ${fmt(madeHistory)}; analysing ${commitPoints.length} versions alone: ${fmt(analysesMs)}.)`);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
