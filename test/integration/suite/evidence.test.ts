/**
 * Evidence through VS Code's Git extension: a repository made with the git command line
 * on fixed dates of this quarter, inside the `empty` fixture folder (the Git extension
 * opens no repository outside the workspace's folders unless told to) and named in
 * careerGoals.evidence.repositories;
 * api.getEvidence, the Goals view's commits, Open Commit and Add Goal Trailer. Node only
 * (test/web/node-only.ts): vscode.dev and github.dev run no Git extension.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CareerGoalsTestApi } from '../../../src/api';
import type { GoalsNode } from '../../../src/views/tree/nodes';
import { MOCHA_LINE_MARK } from '../marks';
import { activateExtension, daysAgo, fileIn, folder, readText, restoreText, waitFor } from '../workspace';
import { winTextOf } from '../../../src/core/evidence';
import { applyOps } from '../../../src/core/edits';
import type { HostMessage, WorkView } from '../../../src/shared/protocol';

/** The first day of this quarter, local. */
function quarterStart(): string {
  const now = new Date();
  const month = Math.floor(now.getMonth() / 3) * 3 + 1;
  return `${now.getFullYear()}-${String(month).padStart(2, '0')}-01`;
}

const HOSTILE = 'Ship <img src=x onerror=alert(1)> [docs](javascript:alert(1))';

/** The Git extension's API, once it has a model (undefined when this build has none). */
async function gitApi(): Promise<{ repositories: { rootUri: vscode.Uri; inputBox: { value: string } }[]; openRepository(uri: vscode.Uri): Promise<unknown> } | undefined> {
  const git = vscode.extensions.getExtension<{ enabled: boolean; getAPI(v: 1): { state: string } }>('vscode.git');
  if (!git) return undefined;
  const exports = await git.activate();
  try {
    return await waitFor(() => {
      try {
        const api = exports.getAPI(1);
        return api.state === 'initialized' ? (api as unknown as Awaited<ReturnType<typeof gitApi>>) : undefined;
      } catch {
        return undefined;
      }
    }, 'the Git extension to initialize', 20_000);
  } catch {
    return undefined;
  }
}

describe('evidence from git (Goal: trailers)', function () {
  this.timeout(60_000);
  let api: CareerGoalsTestApi;
  let dir: string;
  let repo: string;
  const hashes: Record<string, string> = {};
  /** git in `cwd`, dated `date` (noon) when given; stdout as text. */
  const gitAt = (cwd: string, args: string[], date?: string, email = 'me@example.invalid', input?: Buffer) =>
    execFileSync('git', ['-c', `user.email=${email}`, '-c', 'user.name=Me', '-c', 'commit.gpgsign=false', ...args], {
      cwd,
      env: { ...process.env, ...(date && { GIT_AUTHOR_DATE: `${date}T12:00:00`, GIT_COMMITTER_DATE: `${date}T12:00:00` }) },
      encoding: 'utf8',
      ...(input && { input }),
    }).trim();
  /** A new repository at `at` with `messages` committed on `date`, each empty; the hashes. */
  const repoWith = (at: string, messages: string[], date: string): string[] => {
    fs.mkdirSync(at, { recursive: true });
    gitAt(at, ['init', '-q', '-b', 'main']);
    return messages.map((m) => {
      gitAt(at, ['commit', '-q', '--allow-empty', '--cleanup=verbatim', '-m', m], date);
      return gitAt(at, ['rev-parse', 'HEAD']);
    });
  };
  const warned = (pattern: RegExp) => api.internals.log.warnings.some((w) => pattern.test(w));
  const settings = () => vscode.workspace.getConfiguration('careerGoals');

  before(async function () {
    api = await activateExtension<CareerGoalsTestApi>();
    await api.whenIdle();
    if (!(await gitApi())) this.skip(); // no Git API in this build
    dir = fs.realpathSync(folder('empty').uri.fsPath);
    repo = path.join(dir, 'platform');
    fs.mkdirSync(repo);
    const git = (args: string[], date?: string, email = 'me@example.invalid') =>
      execFileSync('git', ['-c', `user.email=${email}`, '-c', 'user.name=Me', '-c', 'commit.gpgsign=false', ...args], {
        cwd: repo,
        env: { ...process.env, ...(date && { GIT_AUTHOR_DATE: `${date}T12:00:00`, GIT_COMMITTER_DATE: `${date}T12:00:00` }) },
        encoding: 'utf8',
      }).trim();
    const commit = (key: string, message: string, date: string, email?: string) => {
      git(['commit', '-q', '--allow-empty', '-m', message], date, email);
      hashes[key] = git(['rev-parse', 'HEAD']);
    };
    git(['init', '-q', '-b', 'main']);
    git(['remote', 'add', 'origin', 'https://github.com/me/platform.git']);
    commit('first', 'Outline the chapters\n\nGoal: outline', quarterStart());
    commit('hostile', `${HOSTILE}\n\nGoal: outline, nope`, quarterStart());
    commit('colleague', 'Theirs\n\nGoal: outline', quarterStart(), 'them@example.invalid');
    commit('plain', 'No trailer', quarterStart());
    commit('week', 'Write chapter one [draft](javascript:alert(1))\n\nGoal: outline', daysAgo(1));
    await settings().update('evidence.authors', ['me@example.invalid'], vscode.ConfigurationTarget.Global);
    await settings().update('evidence.repositories', [repo], vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    if (!dir) return;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await settings().update('evidence.authors', undefined, vscode.ConfigurationTarget.Global);
    await settings().update('evidence.repositories', undefined, vscode.ConfigurationTarget.Global);
    fs.rmSync(repo, { recursive: true, force: true });
  });

  it('gives api.getEvidence: the person’s linked commits per goal, unknown goals, unlinked counts', async () => {
    const e = await waitFor(async () => {
      const got = await api.getEvidence(folder('second').uri);
      return got?.goals.find((g) => g.id === 'outline')?.commits.length === 3 ? got : undefined;
    }, 'the evidence of the repository in the setting', 30_000);
    assert.deepEqual(Object.keys(e), ['since', 'until', 'goals', 'unknownGoals', 'unlinked']);
    const outline = e.goals.find((g) => g.id === 'outline');
    assert.deepEqual(new Set(outline?.commits.map((c) => c.hash)), new Set([hashes.first, hashes.hostile, hashes.week]), 'not the colleague’s');
    const hostile = outline?.commits.find((c) => c.hash === hashes.hostile);
    assert.equal(hostile?.subject, HOSTILE, 'the subject as text');
    assert.equal(hostile?.url, `https://github.com/me/platform/commit/${hashes.hostile}`);
    assert.equal(hostile?.date, quarterStart());
    assert.deepEqual(e.unknownGoals.map((u) => u.id), ['nope']);
    assert.equal(e.unlinked.find((u) => u.repo === repo)?.count, 1);

    const before = await api.getEvidence(folder('second').uri, { since: '2000-01-01', until: '2000-12-31' });
    assert.equal(before?.goals.find((g) => g.id === 'outline')?.commits.length, 0, 'nothing in another period');
    await assert.rejects(api.getEvidence(folder('second').uri, { since: '2026-02-30' }), /since must be a real date written YYYY-MM-DD/);
    await assert.rejects(api.getEvidence(folder('second').uri, { since: '2026-12-01', until: '2026-11-01' }), /starts on 2026-12-01, after its end/);
  });

  it('gives agent mode the commits per goal through careerGoals_getEvidence, subjects as plain text', async () => {
    const invoke = (input: object) => vscode.lm.invokeTool('careerGoals_getEvidence', { input, toolInvocationToken: undefined });
    const textOf = (r: vscode.LanguageModelToolResult) => r.content.map((p) => (p instanceof vscode.LanguageModelTextPart ? p.value : '')).join('');
    const today = new Date();
    const todayIso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    const text = textOf(await invoke({ folder: 'second', since: '2000-01-01' }));
    assert.match(text, new RegExp(`^Commits linked to goals from 2000-01-01 to ${todayIso} `), text);
    assert.match(text, /^- Outline the book \[id: outline\]: 3 commits$/m, text);
    const hostileLine = `  - ${quarterStart()} ${HOSTILE} (platform ${hashes.hostile?.slice(0, 7)}, https://github.com/me/platform/commit/${hashes.hostile})`;
    assert.ok(text.split('\n').includes(hostileLine), `expected the line\n${hostileLine}\nin\n${text}`);
    assert.match(text, /^Trailer naming no goal of the plan: "nope", 1 commit$/m);
    assert.match(text, /^Commits of the person with no Goal: trailer: .*platform 1/m);
    assert.doesNotMatch(text, /Theirs/, 'not the colleague’s commit');
    const none = textOf(await invoke({ folder: 'second', since: '2000-01-01', until: '2000-12-31' }));
    assert.match(none, /^No commit of the person in the period names a goal of the plan\.$/m);
    await assert.rejects(Promise.resolve(invoke({ folder: 'second', since: '2026-02-30' })), /since 2026-02-30 is not a real calendar date/);
  });

  it('reads a repository’s log once while its HEAD stays', async () => {
    await api.getEvidence(folder('second').uri);
    const read = api.internals.evidence.gitLogsRead;
    const started = performance.now();
    await api.getEvidence(folder('second').uri);
    const warm = performance.now() - started;
    assert.equal(api.internals.evidence.gitLogsRead, read, 'no git log the second time');
    console.log(`${MOCHA_LINE_MARK}      timing: evidence of this quarter, asked again (no git): ${warm.toFixed(1)} ms`);
  });

  it('lists a goal’s commits of this quarter in the Goals view, subjects as text', async () => {
    const children = (n?: GoalsNode) => api.internals.tree.getChildren(n);
    const commits = await waitFor(() => {
      const goal = api.internals.tree.findGoal(fileIn('second', 'goals.yaml'), 'outline');
      const evidence = goal && children(goal).find((n) => n.kind === 'evidence');
      return evidence ? children(evidence) : undefined;
    }, 'the goal’s commits in the tree', 30_000);
    const items = commits.map((n) => api.internals.tree.getTreeItem(n));
    assert.ok(items.some((i) => i.label === HOSTILE), 'the hostile subject is the label, as plain text');
    const goal = api.internals.tree.findGoal(fileIn('second', 'goals.yaml'), 'outline');
    assert.ok(goal);
    assert.match(String(api.internals.tree.getTreeItem(goal).description), /3 commits/);
  });

  it('opens a commit through the Git extension', async () => {
    const opened = await vscode.commands.executeCommand('careerGoals.openCommit', { repo, hash: hashes.hostile, url: null });
    assert.equal(opened, 'changes');
    await waitFor(() => vscode.window.tabGroups.activeTabGroup.activeTab?.label.startsWith(hashes.hostile?.slice(0, 7) ?? '?'), 'the commit’s changes to open');
    const none = await vscode.commands.executeCommand('careerGoals.openCommit', { repo, hash: 'javascript:alert(1)', url: 'javascript:alert(1)' });
    assert.equal(none, undefined, 'nothing opens for a bad hash');
  });

  it('adds a Goal: trailer to the Source Control input box, keeping what was typed', async () => {
    const git = await gitApi();
    const scm = await waitFor(() => git?.repositories.find((r) => r.rootUri.fsPath === repo), 'the repository open in Source Control');
    const typed = scm.inputBox.value;
    try {
      scm.inputBox.value = 'Draft the outline\n\nMore to say.';
      const value = await vscode.commands.executeCommand('careerGoals.addGoalTrailer', { goal: 'outline', repository: repo, folder: folder('second').uri });
      assert.equal(value, 'Draft the outline\n\nMore to say.\n\nGoal: outline');
      assert.equal(scm.inputBox.value, value);
      const again = await vscode.commands.executeCommand('careerGoals.addGoalTrailer', { goal: 'publish', repository: repo, folder: folder('second').uri });
      assert.equal(again, 'Draft the outline\n\nMore to say.\n\nGoal: outline\nGoal: publish');
      const unknown = await vscode.commands.executeCommand('careerGoals.addGoalTrailer', { goal: 'nope', repository: repo, folder: folder('second').uri });
      assert.equal(unknown, undefined, 'an unknown goal is refused');
    } finally {
      scm.inputBox.value = typed;
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });

  it('lists the week’s commits in the weekly review, and “Add as win” writes exactly that win', async () => {
    const second = folder('second').uri;
    const uri = fileIn('second', 'goals.yaml');
    const original = await readText(uri);
    const reviews = api.internals.reviews;
    try {
      await vscode.commands.executeCommand('careerGoals.startWeeklyReview', second);
      await waitFor(() => reviews.panels().some((p) => p.kind === 'weekly'), 'the weekly review to open');
      await reviews.post('weekly', second, { type: 'ready' });
      const workOf = (m: HostMessage): WorkView | undefined => (m.type === 'init' || m.type === 'sessionUpdated' ? m.session.work : undefined);
      const work = await waitFor(() => [...reviews.sent('weekly', second)].map(workOf).reverse().find((w) => w?.goals.some((g) => g.id === 'outline')), 'the week’s work in the session', 30_000);
      assert.equal(work.since, daysAgo(6));
      const commit = work.goals.find((g) => g.id === 'outline')?.commits.find((c) => c.hash === hashes.week);
      assert.ok(commit, 'the commit of yesterday, under its goal');
      assert.equal(commit.added, false);
      assert.ok(!work.goals.some((g) => g.commits.some((c) => c.hash === hashes.first && c.date < daysAgo(6))), 'nothing older than the week');

      // Nothing is written until the click; the page cannot make up a commit.
      await reviews.post('weekly', second, { type: 'addWorkWin', goalId: 'outline', hash: 'f'.repeat(40) });
      assert.equal(await readText(uri), original, 'an unknown commit writes nothing');
      await reviews.post('weekly', second, { type: 'addWorkWin', goalId: 'outline', hash: hashes.week });
      const written = await waitFor(async () => {
        const t = await readText(uri);
        return t !== original ? t : undefined;
      }, 'the win to be written');
      const expected = applyOps(original, [{ op: 'addWin', win: { date: daysAgo(1), text: winTextOf(commit), goal: 'outline' } }]).text;
      assert.equal(written, expected, 'exactly the win: its text, its day, its goal and its link');
      assert.ok(written.includes(`(https://github.com/me/platform/commit/${hashes.week ?? ''})`) && written.includes(`date: ${daysAgo(1)}`) && written.includes('goal: outline'), written);
      const marked = await waitFor(() => [...reviews.sent('weekly', second)].map(workOf).reverse().find((w) => w?.goals.some((g) => g.commits.some((c) => c.hash === hashes.week && c.added))), 'the commit marked as a win');
      assert.ok(marked);
    } finally {
      for (const p of reviews.panels()) reviews.close(p.kind, p.folderUri);
      await restoreText(api, uri, original);
      await api.whenIdle();
    }
  });

  it('shows the quarter’s commits per goal per week on the dashboard', async () => {
    const second = folder('second').uri;
    const dashboards = api.internals.dashboards;
    try {
      await vscode.commands.executeCommand('careerGoals.openDashboard', second);
      // The model goes out once the page says it is ready: a webview's first load is the slow part on a loaded machine.
      const commits = await waitFor(() => {
        const models = dashboards.sent(second).flatMap((m) => (m.type === 'model' ? [m.model] : []));
        return models.reverse().find((m) => (m.commits?.items.length ?? 0) >= 3)?.commits;
      }, 'the evidence in the dashboard’s model', 50_000);
      assert.deepEqual(
        commits.items.filter((i) => i.goal === 'outline').map((i) => i.date).sort(),
        [quarterStart(), quarterStart(), daysAgo(1)].sort(),
      );
      assert.equal(commits.since, quarterStart());
    } finally {
      dashboards.closeAll();
    }
  });

  it('reads a commit on another branch while HEAD stays where it was', async () => {
    const before = await api.getEvidence(folder('second').uri);
    const main = gitAt(repo, ['rev-parse', 'HEAD']);
    // As a sync plugin or a fetch does: a branch moves, the checked-out one does not.
    const tree = gitAt(repo, ['rev-parse', 'HEAD^{tree}']);
    const side = gitAt(repo, ['commit-tree', tree, '-p', main, '-m', 'Drafted the proposal on a side branch\n\nGoal: publish'], quarterStart());
    gitAt(repo, ['update-ref', 'refs/heads/proposal', side]);
    try {
      assert.ok(!before?.goals.some((g) => g.commits.some((c) => c.hash === side)));
      const e = await waitFor(async () => {
        const got = await api.getEvidence(folder('second').uri);
        return got?.goals.find((g) => g.id === 'publish')?.commits.some((c) => c.hash === side) ? got : undefined;
      }, 'the side branch’s commit in the evidence', 30_000);
      assert.equal(gitAt(repo, ['rev-parse', 'HEAD']), main, 'HEAD did not move');
      assert.ok(e);
    } finally {
      gitAt(repo, ['update-ref', '-d', 'refs/heads/proposal']);
      await waitFor(async () => !(await api.getEvidence(folder('second').uri))?.goals.some((g) => g.commits.some((c) => c.hash === side)), 'the deleted branch’s commit to go', 30_000);
    }
  });

  it('says why a folder of careerGoals.evidence.repositories is not read, and reads one outside the window when the Git extension may open it', async () => {
    const outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cg-outside-')));
    const plain = path.join(dir, 'plain-folder');
    fs.mkdirSync(plain);
    const gitSettings = vscode.workspace.getConfiguration('git');
    try {
      const [far] = repoWith(outside, ['Spoke at the meetup\n\nGoal: publish'], quarterStart());
      await settings().update('evidence.repositories', [repo, path.join(dir, 'nowhere'), plain, outside, 'relative/path'], vscode.ConfigurationTarget.Global);
      await waitFor(() => warned(/nowhere does not exist, so it is skipped/) && warned(/plain-folder is not a git repository/) && warned(new RegExp(`did not open ${outside}: it lies outside this window's folders.*openRepositoryInParentFolders`)) && warned(/relative\/path is neither an absolute path nor one starting with ~/), 'a warning for each folder skipped', 30_000);
      const without = await api.getEvidence(folder('second').uri);
      assert.ok(!without?.goals.some((g) => g.commits.some((c) => c.hash === far)), 'nothing from outside the window');
      assert.equal(without?.goals.find((g) => g.id === 'outline')?.commits.length, 3, 'the repository in the window is still read');

      await gitSettings.update('openRepositoryInParentFolders', 'always', vscode.ConfigurationTarget.Global);
      await settings().update('evidence.repositories', [repo, outside], vscode.ConfigurationTarget.Global);
      const e = await waitFor(async () => {
        const got = await api.getEvidence(folder('second').uri);
        return got?.goals.find((g) => g.id === 'publish')?.commits.find((c) => c.hash === far);
      }, 'the commit of the repository outside the window', 30_000);
      assert.equal(e.repo, outside);
    } finally {
      await gitSettings.update('openRepositoryInParentFolders', undefined, vscode.ConfigurationTarget.Global);
      // "always" also opened whatever repository holds this test's workspace: close every one outside its folders.
      const real = (p: string) => (fs.existsSync(p) ? fs.realpathSync(p) : p);
      const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => real(f.uri.fsPath));
      for (const r of (await gitApi())?.repositories ?? []) {
        const at = real(r.rootUri.fsPath);
        if (!folders.some((f) => at === f || at.startsWith(`${f}${path.sep}`))) await vscode.commands.executeCommand('git.close', r.rootUri);
      }
      await settings().update('evidence.repositories', [repo], vscode.ConfigurationTarget.Global);
      fs.rmSync(outside, { recursive: true, force: true });
      fs.rmSync(plain, { recursive: true, force: true });
    }
  });

  it('reads awkward repositories without failing, saying what hides commits: none yet, a shallow clone, a detached HEAD, a message not UTF-8, 10,000 trailers', async function () {
    this.timeout(120_000);
    const at = (name: string) => path.join(dir, name);
    try {
      repoWith(at('new'), [], quarterStart());
      repoWith(at('source'), ['Older work\n\nGoal: publish', 'Newest work\n\nGoal: publish'], quarterStart());
      gitAt(dir, ['clone', '-q', '--depth', '1', '--no-local', `file://${at('source')}`, 'shallow']);
      const shallowHead = gitAt(at('shallow'), ['rev-parse', 'HEAD']);
      repoWith(at('detached'), ['One', 'Two'], quarterStart());
      gitAt(at('detached'), ['checkout', '-q', 'HEAD~1']);
      gitAt(at('detached'), ['commit', '-q', '--allow-empty', '-m', 'On a detached HEAD\n\nGoal: publish'], quarterStart());
      const loose = gitAt(at('detached'), ['rev-parse', 'HEAD']);
      // git commit would store a Latin-1 byte as UTF-8: write the commit object itself.
      repoWith(at('latin'), [], quarterStart());
      const emptyTree = gitAt(at('latin'), ['hash-object', '-t', 'tree', '-w', '--stdin'], undefined, undefined, Buffer.alloc(0));
      const when = `${Math.floor(new Date(`${quarterStart()}T12:00:00`).getTime() / 1000)} +0000`;
      const object = Buffer.concat([Buffer.from(`tree ${emptyTree}\nauthor Me <me@example.invalid> ${when}\ncommitter Me <me@example.invalid> ${when}\n\nCaf`), Buffer.from([0xe9]), Buffer.from(' fix\n\nGoal: publish\n')]);
      const latin = gitAt(at('latin'), ['hash-object', '-t', 'commit', '-w', '--stdin'], undefined, undefined, object);
      gitAt(at('latin'), ['update-ref', 'refs/heads/main', latin]);
      const [many] = repoWith(at('many'), [`Lots\n\n${Array.from({ length: 10_000 }, (_, i) => `Goal: g${i}`).join('\n')}`], quarterStart());
      await settings().update('evidence.repositories', [repo, ...['new', 'shallow', 'detached', 'latin', 'many'].map(at)], vscode.ConfigurationTarget.Global);
      const e = await waitFor(async () => {
        const got = await api.getEvidence(folder('second').uri);
        const publish = got?.goals.find((g) => g.id === 'publish')?.commits.map((c) => c.hash) ?? [];
        return [shallowHead, loose, latin].every((h) => publish.includes(h)) && got?.unknownGoals.some((u) => u.id === 'g0') ? got : undefined;
      }, 'the evidence of every awkward repository', 60_000);
      const publish = e.goals.find((g) => g.id === 'publish')?.commits ?? [];
      assert.equal(publish.find((c) => c.hash === latin)?.subject, 'Caf\ufffd fix', 'the bad byte as a replacement character');
      assert.equal(publish.filter((c) => c.repo === at('shallow')).length, 1, 'the shallow clone’s one commit');
      assert.equal(e.unknownGoals.filter((u) => /^g\d+$/.test(u.id)).length, 50, 'the first 50 goals of 10,000 trailers');
      assert.ok(e.unknownGoals.find((u) => u.id === 'g0')?.commits.some((c) => c.hash === many));
      for (const pattern of [/new: the repository has no commits yet/, /shallow: a shallow clone; commits older than its depth are not seen/, /detached: HEAD is detached/, /latin: commit [0-9a-f]{12}: its message is not UTF-8/, /names 10000 goals in its Goal: trailers; only the first 50 are read/]) {
        assert.ok(warned(pattern), `a warning ${String(pattern)}`);
      }
      // The Goals view still draws the plan with its commits.
      const goal = api.internals.tree.findGoal(fileIn('second', 'goals.yaml'), 'outline');
      assert.ok(goal);
    } finally {
      await settings().update('evidence.repositories', [repo], vscode.ConfigurationTarget.Global);
      for (const name of ['new', 'source', 'shallow', 'detached', 'latin', 'many']) fs.rmSync(at(name), { recursive: true, force: true });
    }
  });
});
