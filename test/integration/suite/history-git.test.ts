/**
 * api.getHistory from commits of the goals file through VS Code's Git extension, in a
 * repository the test makes with the git command line. Node only (test/web/node-only.ts):
 * vscode.dev and github.dev run no Git extension, and a web worker cannot run git.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { CareerGoalsTestApi } from '../../../src/api';
import { MOCHA_LINE_MARK } from '../marks';
import { activateExtension, daysAgo, gitReady, historyOf, at, fileIn, folder, readText, waitFor, writeText } from '../workspace';

let api: CareerGoalsTestApi;

const history = (uri: vscode.Uri) => historyOf(api, uri);

/** git in `cwd` as a test user, dated `date` (YYYY-MM-DD, noon) when given. */
function gitIn(cwd: string): (args: string[], date?: string, input?: string) => Buffer {
  return (args, date, input) =>
    execFileSync('git', ['-c', 'user.name=Career Goals Tests', '-c', 'user.email=tests@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
      cwd,
      env: { ...process.env, ...(date && { GIT_AUTHOR_DATE: `${date}T12:00:00`, GIT_COMMITTER_DATE: `${date}T12:00:00` }) },
      stdio: 'pipe',
      ...(input !== undefined && { input }),
    });
}

describe('history from git (api.getHistory)', function () {
  this.timeout(60_000);

  before(async () => {
    api = await activateExtension<CareerGoalsTestApi>();
    await api.whenIdle();
  });

  it('adds a point per day with commits of goals.yaml, through the Git extension', async function () {
    if (!(await gitReady())) this.skip(); // no Git API in this build (see gitReady)
    const root = folder('second').uri.fsPath;
    const uri = fileIn('second', 'goals.yaml');
    const original = await readText(uri);
    const earlier = original.replace('{ title: Table of contents, date: 2026-11-01, done: true }', '{ title: Table of contents, date: 2026-11-01, done: false }');
    assert.notEqual(earlier, original, 'the fixture has the checkpoint this test unticks');
    const run = gitIn(root);
    const first = daysAgo(30);
    const second = daysAgo(10);
    try {
      run(['init', '-q', '-b', 'main']);
      await writeText(uri, earlier);
      run(['add', 'goals.yaml']);
      run(['commit', '-q', '-m', 'First plan'], first);
      // Two commits on one day: only the day's last makes a point.
      await writeText(uri, original);
      run(['commit', '-q', '-am', 'Ticked the contents'], second);
      await writeText(uri, earlier);
      run(['commit', '-q', '-am', 'Unticked again'], second);
      await writeText(uri, original);
      run(['commit', '-q', '-am', 'Ticked for good'], second);
      const head = run(['rev-parse', 'HEAD']).toString().trim();
      // Today's point is the store's reading of the file: wait until it holds the last write (three writes in a row
      // may reach it as an older one first). Every read from here on finds that text, as the disk keeps it.
      await waitFor(async () => {
        await api.whenIdle();
        return api.internals.store.find(uri)?.text === original;
      }, 'the store to read the text of the last commit');
      // Until the Git extension has seen the last commit (its HEAD moves a moment later), the log is an older one.
      const h = await waitFor(async () => {
        const got = await history(folder('second').uri);
        return got.points.some((p) => p.source === 'commit' && p.ref === head) ? got : undefined;
      }, 'commit points from the Git extension, up to the last commit', 30_000);
      assert.deepEqual(
        h.points.map((p) => [p.date, p.source]),
        [
          [first, 'commit'],
          [second, 'commit'],
          [daysAgo(0), 'today'],
        ],
      );
      assert.equal(at(h.points, 1).ref, head, 'the last commit of the day, by hash');
      const outline = (i: number) => at(h.points, i).goals.outline?.progress ?? NaN;
      assert.ok(outline(0) < outline(1), `the ticked checkpoint shows: ${outline(0)} → ${outline(1)}`);
      assert.equal(outline(1), outline(2), 'the last commit is the file as it is today');

      // The next session: the points come back from workspaceState, with no `git show` at all.
      api.internals.restartGitHistory();
      const shownBefore = api.internals.versionsShown();
      const again = await history(folder('second').uri);
      assert.deepEqual(again.points, h.points, 'the same points after a restart');
      assert.equal(api.internals.versionsShown(), shownBefore, 'no committed version read again');

      // A click on a commit point in the dashboard opens that version, read-only, from git.
      await vscode.commands.executeCommand('careerGoals.openDashboard', folder('second').uri);
      await api.internals.dashboards.whenUpdated(folder('second').uri);
      await api.internals.dashboards.post(folder('second').uri, { type: 'openPoint', source: 'commit', ref: head });
      const opened = await waitFor(() => {
        const doc = vscode.window.activeTextEditor?.document;
        return doc?.uri.scheme === 'git' ? doc : undefined;
      }, 'the committed version to open');
      assert.equal(opened.getText(), original, 'the last commit’s text');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      api.internals.dashboards.closeAll();
      fs.rmSync(`${root}/.git`, { recursive: true, force: true });
      if ((await readText(uri)) !== original) await writeText(uri, original);
      await waitFor(() => api.getSnapshot(uri)?.goals[0]?.progress !== undefined, 'the store to read the file again');
      await api.whenIdle();
    }
  });

  it('reads a long history back to its first commit, each version once, and keeps it all', async function () {
    if (!(await gitReady())) this.skip(); // no Git API in this build (see gitReady)
    this.timeout(180_000);
    const root = folder('second').uri.fsPath;
    const uri = fileIn('second', 'goals.yaml');
    const original = await readText(uri);
    const run = gitIn(root);
    const versions = 210;
    try {
      run(['init', '-q', '-b', 'main']);
      // One commit a day, ticking and unticking a checkpoint, as a person's plan moves.
      const unticked = original.replace('{ title: Table of contents, date: 2026-11-01, done: true }', '{ title: Table of contents, date: 2026-11-01, done: false }');
      assert.notEqual(unticked, original, 'the fixture has the checkpoint this test unticks');
      for (let i = 0; i < versions; i++) {
        fs.writeFileSync(`${root}/goals.yaml`, `${i % 2 ? unticked : original}# version ${i}\n`);
        run(['add', 'goals.yaml']);
        run(['commit', '-q', '--allow-empty', '-m', `Version ${i}`], daysAgo(versions - i));
      }
      const head = run(['rev-parse', 'HEAD']).toString().trim();
      const shownBefore = api.internals.versionsShown();
      const started = performance.now();
      const h = await waitFor(async () => {
        const got = await history(folder('second').uri);
        return got.points.some((p) => p.source === 'commit' && p.ref === head) ? got : undefined;
      }, 'commit points up to the last commit', 120_000);
      const ms = performance.now() - started;
      const commits = h.points.filter((p) => p.source === 'commit');
      assert.equal(commits.length, versions, 'every commit, one point each (one a day)');
      assert.equal(at(commits, 0).date, daysAgo(versions), 'back to the first commit');
      assert.equal(api.internals.versionsShown() - shownBefore, versions, 'each version read once');
      console.log(`${MOCHA_LINE_MARK}      timing: history of ${versions} commits through the Git extension, first time: ${ms.toFixed(0)} ms`);
      api.internals.restartGitHistory();
      const logsBefore = api.internals.gitLogsRead();
      const t1 = performance.now();
      const again = await history(folder('second').uri);
      assert.equal(api.internals.gitLogsRead(), logsBefore, 'HEAD where it was: the kept day log, no git log');
      console.log(`${MOCHA_LINE_MARK}      timing: the same history in a new session (points kept in workspaceState): ${(performance.now() - t1).toFixed(0)} ms`);
      // Only the commit points: today's point follows the file, which the loop above was still writing.
      assert.deepEqual(
        again.points.filter((p) => p.source === 'commit'),
        commits,
      );
      assert.equal(api.internals.versionsShown() - shownBefore, versions, 'none read again');
    } finally {
      fs.rmSync(`${root}/.git`, { recursive: true, force: true });
      if ((await readText(uri)) !== original) await writeText(uri, original);
      await waitFor(() => api.getSnapshot(uri)?.goals[0]?.progress !== undefined, 'the store to read the file again');
      await api.whenIdle();
    }
  });

  it('reads the goals file’s log once on a dashboard’s first update, drawing at once and again with the versions', async function () {
    if (!(await gitReady())) this.skip(); // no Git API in this build (see gitReady)
    this.timeout(180_000);
    const root = folder('second').uri.fsPath;
    const uri = fileIn('second', 'goals.yaml');
    const original = await readText(uri);
    const run = gitIn(root);
    const versions = 120;
    try {
      run(['init', '-q', '-b', 'main']);
      for (let i = 0; i < versions; i++) {
        fs.writeFileSync(`${root}/goals.yaml`, `${original}# version ${i}\n`);
        run(['add', 'goals.yaml']);
        run(['commit', '-q', '-m', `Version ${i}`], daysAgo(versions - i));
      }
      fs.writeFileSync(`${root}/goals.yaml`, original);
      run(['commit', '-q', '-am', 'Back to the fixture'], daysAgo(0));
      const head = run(['rev-parse', 'HEAD~1']).toString().trim();
      // The Git extension sees the new repository a moment later: wait until its log has the commits.
      await waitFor(async () => (await history(folder('second').uri)).points.some((p) => p.ref === head), 'commit points up to the last commit', 120_000);
      api.internals.restartGitHistory();
      // A new session with nothing kept: forget what the wait above read and kept.
      await api.internals.forgetKeptGitHistory();
      const logsBefore = api.internals.gitLogsRead();
      await vscode.commands.executeCommand('careerGoals.openDashboard', folder('second').uri);
      await waitFor(() => api.internals.dashboards.sent(folder('second').uri).length >= 2, 'the dashboard’s two posts: at once, then with the versions', 120_000);
      await api.internals.dashboards.whenUpdated(folder('second').uri);
      for (const t of api.internals.log.timings.filter((x) => /^history: |^dashboard update/.test(x.label)).slice(-4)) console.log(`${MOCHA_LINE_MARK}      timing: ${t.label}: ${t.ms} ms`);
      assert.equal(api.internals.gitLogsRead() - logsBefore, 1, 'the log read once for the first update');
    } finally {
      api.internals.dashboards.closeAll();
      fs.rmSync(`${root}/.git`, { recursive: true, force: true });
      if ((await readText(uri)) !== original) await writeText(uri, original);
      await waitFor(() => api.getSnapshot(uri)?.goals[0]?.progress !== undefined, 'the store to read the file again');
      await api.whenIdle();
    }
  });

  it('draws a commit the checked-out branch gained while goals.yaml on disk stayed as it was', async function () {
    if (!(await gitReady())) this.skip(); // no Git API in this build (see gitReady)
    const root = folder('second').uri.fsPath;
    const uri = fileIn('second', 'goals.yaml');
    const original = await readText(uri);
    const run = gitIn(root);
    const dashboards = api.internals.dashboards;
    try {
      run(['init', '-q', '-b', 'main']);
      run(['add', 'goals.yaml']);
      run(['commit', '-q', '-m', 'The plan'], daysAgo(10));
      const first = run(['rev-parse', 'HEAD']).toString().trim();
      await vscode.commands.executeCommand('careerGoals.openDashboard', folder('second').uri);
      const refsIn = () => dashboards.sent(folder('second').uri).flatMap((m) => (m.type === 'model' ? [m.model.points.flatMap((p) => (p.source === 'commit' ? [p.ref] : []))] : [])).at(-1) ?? [];
      await waitFor(() => refsIn().includes(first), 'the dashboard with the first commit', 30_000);
      // As a sync plugin on another machine, then a fetch into the branch, does: a commit of
      // an edited goals.yaml lands on the branch, and the file on disk is not touched.
      const edited = original.replace('{ title: Table of contents, date: 2026-11-01, done: true }', '{ title: Table of contents, date: 2026-11-01, done: false }');
      const blob = run(['hash-object', '-w', '--stdin'], undefined, edited).toString().trim();
      const tree = run(['mktree'], undefined, `100644 blob ${blob}\tgoals.yaml\n`).toString().trim();
      const second = run(['commit-tree', tree, '-p', first, '-m', 'Synced'], daysAgo(5)).toString().trim();
      // `reset --soft` moves the branch and writes ORIG_HEAD, as a tool that commits does; the file on disk stays.
      run(['reset', '-q', '--soft', second]);
      // The Git extension reads the repository's state again on its own events (a change in
      // .git, the window's focus); here it is asked to, as those would.
      const git = vscode.extensions.getExtension<{ getAPI(v: 1): { getRepository(u: vscode.Uri): { status(): Promise<void> } | null } }>('vscode.git')?.exports.getAPI(1);
      await git?.getRepository(uri)?.status();
      await waitFor(() => refsIn().includes(second), 'the dashboard to draw the new commit without an edit of goals.yaml', 30_000);
      assert.equal(await readText(uri), original, 'the file on disk as it was');
    } finally {
      dashboards.closeAll();
      fs.rmSync(`${root}/.git`, { recursive: true, force: true });
      if ((await readText(uri)) !== original) await writeText(uri, original);
      await api.whenIdle();
    }
  });
});
