/**
 * The goals file's whole-life history at the size issue 24 names, through VS Code's Git
 * extension: 20,000 commits on 700 days, made with `git fast-import` in the `second`
 * folder. It prints what the first dashboard opening costs (cold), a second opening and
 * api.getHistory in the same session (warm), a new session with the points kept in
 * workspaceState, and the extension host's memory; it asserts only what was read (every
 * day once), never a time: the machine's load decides those, and `npm run bench -- --git`
 * carries the targets. Node only (test/web/node-only.ts).
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { CareerGoalsTestApi } from '../../../src/api';
import { MOCHA_LINE_MARK } from '../marks';
import { activateExtension, daysAgo, fileIn, folder, gitReady, historyOf, readText, waitFor, writeText } from '../workspace';

const DAYS = 700;
const COMMITS = 20_000;

/** A plan of `goals` goals, each with a metric, three dated checkpoints and five tasks; `day` moves metrics and ticks. */
function planOn(goals: number, day: number): string {
  const lines = ['version: 1', 'vision:', '  north_star: Write a book about platform engineering', '  values: [curiosity, craft]', 'goals:'];
  for (let g = 0; g < goals; g++) {
    const moved = (day + g) % 11;
    lines.push(
      `  - id: goal-${g}`,
      `    title: Goal number ${g} with a reasonably descriptive title`,
      `    horizon: ${['short', 'medium', 'long'][g % 3] ?? 'short'}`,
      '    status: active',
      '    why: It moves me towards the north star',
      '    values: [curiosity]',
      '    start: 2024-01-01',
      '    due: 2028-12-31',
      `    metric: { name: things done, unit: things, start: 0, target: 10, current: ${g === day % goals ? moved : g % 10} }`,
      '    checkpoints:',
      ...[0, 1, 2].map((k) => `      - { title: Checkpoint ${k}, date: 202${6 + k}-06-01, done: ${k === 0 && (day + g) % 2 === 0} }`),
      '    tasks:',
      ...[0, 1, 2, 3, 4].map((k) => `      - { title: Task ${k} of goal ${g}, done: ${k < (day + g) % 6} }`),
    );
  }
  lines.push('wins:', `  - { date: 2026-01-01, text: Day ${day}, goal: goal-0 }`);
  return `${lines.join('\n')}\n`;
}

/** A `data` command of fast-import. */
const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;

/** Seconds since the epoch of `iso` (YYYY-MM-DD) at local `hour`:`minute`. */
function localSeconds(iso: string, hour: number, minute: number): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.floor(new Date(y ?? 0, (m ?? 1) - 1, d ?? 1, hour, minute).getTime() / 1000);
}

/**
 * 20,000 commits of goals.yaml on the 700 days before today, every one changing it:
 * a day's last commit holds that day's version, the others alternate with the day
 * before's, as a sync plugin commits a file edited back and forth.
 */
function makeRepository(root: string): { head: string; last: string } {
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1' };
  const parts: string[] = [];
  for (let d = 0; d < DAYS; d++) parts.push(`blob\nmark :${d + 1}\n${data(planOn(30, d))}`);
  let mark = DAYS;
  const perDay = COMMITS / DAYS;
  for (let c = 0; c < COMMITS; c++) {
    const d = Math.min(DAYS - 1, Math.floor(c / perDay));
    const lastOfDay = Math.min(DAYS - 1, Math.floor((c + 1) / perDay)) !== d || c === COMMITS - 1;
    const blob = lastOfDay || d === 0 ? d + 1 : c % 2 === 0 ? d : d + 1;
    const when = localSeconds(daysAgo(DAYS - d), 8, c - Math.ceil(d * perDay) + 1);
    mark++;
    parts.push(`commit refs/heads/main\nmark :${mark}\nauthor Me <me@example.invalid> ${when} +0000\ncommitter Me <me@example.invalid> ${when} +0000\n${data(`Sync ${c}`)}${c > 0 ? `from :${mark - 1}\n` : ''}M 100644 :${blob} goals.yaml\n\n`);
  }
  execFileSync('git', ['init', '-q', '-b', 'main', root], { env });
  execFileSync('git', ['-C', root, 'fast-import', '--quiet'], { input: parts.join(''), env, maxBuffer: 1 << 30 });
  execFileSync('git', ['-C', root, 'reset', '-q'], { env });
  const last = planOn(30, DAYS - 1);
  fs.writeFileSync(`${root}/goals.yaml`, last);
  return { head: execFileSync('git', ['-C', root, 'rev-parse', 'HEAD'], { env, encoding: 'utf8' }).trim(), last };
}

/** The extension host's peak memory while `run` runs, sampled every 50 ms. */
async function peakMemory<T>(run: () => Promise<T>): Promise<{ result: T; rssMb: number; heapMb: number }> {
  let rss = process.memoryUsage().rss;
  let heap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  }, 50);
  try {
    const result = await run();
    return { result, rssMb: rss / 2 ** 20, heapMb: heap / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

describe('whole-life history at scale (timings printed, not asserted)', function () {
  this.timeout(900_000);
  let api: CareerGoalsTestApi;
  const print = (line: string) => console.log(`${MOCHA_LINE_MARK}      timing: ${line}`);

  before(async () => {
    api = await activateExtension<CareerGoalsTestApi>();
    await api.whenIdle();
  });

  it('reads 20,000 commits on 700 days through the Git extension: the first dashboard, a second one, a new session', async function () {
    if (!(await gitReady())) this.skip(); // no Git API in this build
    const second = folder('second').uri;
    const root = second.fsPath;
    const uri = fileIn('second', 'goals.yaml');
    const original = await readText(uri);
    const dashboards = api.internals.dashboards;
    try {
      let started = performance.now();
      const { head, last } = makeRepository(root);
      print(`made the repository (${COMMITS} commits on ${DAYS} days) in ${(performance.now() - started).toFixed(0)} ms`);
      await waitFor(() => api.getSnapshot(uri)?.goals.length === 30, 'the store to read the 30-goal plan', 30_000);
      // The Git extension sees the new repository a moment later; then forget everything, as a first session.
      const git = vscode.extensions.getExtension<{ getAPI(v: 1): { getRepository(u: vscode.Uri): { state: { HEAD?: { commit?: string } } } | null } }>('vscode.git')?.exports.getAPI(1);
      await waitFor(() => git?.getRepository(uri)?.state.HEAD?.commit === head, 'the Git extension to open the repository at its HEAD', 60_000);
      api.internals.restartGitHistory();
      await api.internals.forgetKeptGitHistory();
      await api.whenIdle();
      const shownBefore = api.internals.versionsShown();

      // Cold: the first dashboard opening.
      const timingsBefore = api.internals.log.timings.length;
      const before = process.memoryUsage();
      started = performance.now();
      const firstPostAt: number[] = [];
      const poll = setInterval(() => {
        if (firstPostAt.length === 0 && dashboards.sent(second).some((m) => m.type === 'model')) firstPostAt.push(performance.now() - started);
      }, 10);
      const cold = await peakMemory(async () => {
        await vscode.commands.executeCommand('careerGoals.openDashboard', second);
        await waitFor(() => {
          const lastSent = dashboards.sent(second).at(-1);
          return lastSent?.type === 'model' && !lastSent.progress ? lastSent : undefined;
        }, 'the dashboard with every version read', 600_000, 20);
        return performance.now() - started;
      });
      clearInterval(poll);
      const posts = dashboards.sent(second).filter((m) => m.type === 'model').length;
      const read = api.internals.versionsShown() - shownBefore;
      print(
        `first dashboard, ${COMMITS} commits on ${DAYS} days: first drawn after ${(firstPostAt[0] ?? NaN).toFixed(0)} ms, every day read after ${cold.result.toFixed(0)} ms (${posts} posts, ${read} versions read); extension host peak RSS ${cold.rssMb.toFixed(0)} MB (${(before.rss / 2 ** 20).toFixed(0)} MB before), heap ${cold.heapMb.toFixed(0)} MB (${(before.heapUsed / 2 ** 20).toFixed(0)} MB before)`,
      );
      for (const t of api.internals.log.timings.slice(timingsBefore)) print(`  ${t.label.replace(/file:\/\/\S*\//g, '')}: ${t.ms} ms`);

      // Warm: the history again in this session, and a second dashboard.
      started = performance.now();
      const h = await historyOf(api, second);
      const warm = performance.now() - started;
      const commits = h.points.filter((p) => p.source === 'commit');
      assert.equal(commits.length, DAYS, 'a point per day');
      assert.equal(commits[0]?.date, daysAgo(DAYS), 'back to the first day');
      assert.equal(commits.at(-1)?.date, daysAgo(1));
      assert.equal(api.internals.versionsShown() - shownBefore, DAYS, 'each day’s version read once');
      dashboards.closeAll();
      started = performance.now();
      await vscode.commands.executeCommand('careerGoals.openDashboard', second);
      await waitFor(() => dashboards.sent(second).some((m) => m.type === 'model'), 'the second dashboard', 60_000, 5);
      const warmDashboard = performance.now() - started;
      await dashboards.whenUpdated(second);
      const update = api.internals.log.timings.filter((x) => x.label.startsWith('dashboard update')).at(-1);
      dashboards.closeAll();

      // A new session: the points and the day log come back from workspaceState.
      api.internals.restartGitHistory();
      started = performance.now();
      const again = await historyOf(api, second);
      const restarted = performance.now() - started;
      assert.deepEqual(
        again.points.filter((p) => p.source === 'commit'),
        commits,
      );
      assert.equal(api.internals.versionsShown() - shownBefore, DAYS, 'nothing read again');
      print(`warm: api.getHistory ${warm.toFixed(0)} ms, a second dashboard drawn in ${warmDashboard.toFixed(0)} ms (its update in the extension host: ${update?.ms ?? NaN} ms, the rest is the page loading), a new session’s api.getHistory ${restarted.toFixed(0)} ms`);
      assert.equal(await readText(uri), last);
    } finally {
      dashboards.closeAll();
      fs.rmSync(`${root}/.git`, { recursive: true, force: true });
      if ((await readText(uri)) !== original) await writeText(uri, original);
      await waitFor(() => api.getSnapshot(uri)?.goals[0]?.id === 'outline', 'the store to read the fixture again', 30_000);
      await api.internals.forgetKeptGitHistory();
      await api.whenIdle();
    }
  });
});
