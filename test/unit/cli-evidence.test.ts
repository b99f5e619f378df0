/**
 * `career-goals evidence` end to end: dist/cli.js run as a child process on git
 * repositories made in a temp folder with fixed dates, every flag and every bad input.
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EVIDENCE_PLAN } from '../fixtures/evidence-plan';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

/** git with a fixed identity and no developer configuration. */
function gitEnv(home: string, date = '2026-11-02T10:00:00+00:00'): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '', HOME: home, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, TZ: 'UTC' };
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const PLAN = EVIDENCE_PLAN;

describe('career-goals evidence', () => {
  let dir: string;
  let home: string;
  const git = (repo: string, args: string[], date?: string, input?: Buffer): string => execFileSync('git', args, { cwd: repo, env: gitEnv(home, date), input, encoding: 'utf8' });
  const commit = (repo: string, message: string, date: string, email = 'me@x.org'): string => {
    git(repo, ['-c', `user.email=${email}`, '-c', 'user.name=Someone', 'commit', '-q', '--allow-empty', '--cleanup=verbatim', '-m', message], date);
    return git(repo, ['rev-parse', 'HEAD']).trim();
  };
  const makeRepo = (name: string): string => {
    const repo = path.join(dir, name);
    fs.mkdirSync(repo);
    git(repo, ['init', '-q', '-b', 'main']);
    git(repo, ['config', 'user.email', 'me@x.org']);
    git(repo, ['config', 'user.name', 'Me']);
    return repo;
  };
  const cli = (...args: string[]): Run => {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env: { ...gitEnv(home), CAREER_GOALS_DEBUG: '' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const json = (...args: string[]): { since: string; until: string; goals: { id: string; title: string; commits: { repo: string; hash: string; date: string; subject: string; url: string | null }[] }[]; unknownGoals: { id: string; commits: unknown[] }[]; unlinked: { repo: string; count: number }[] } => {
    const r = cli('evidence', '--today', '2026-11-21', '--json', ...args);
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout) as ReturnType<typeof json>;
  };
  let platform: string;
  let h: Record<string, string>;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-evidence-'));
    home = path.join(dir, 'home');
    fs.mkdirSync(home);
    fs.writeFileSync(path.join(dir, 'goals.yaml'), PLAN);
    platform = makeRepo('platform');
    git(platform, ['remote', 'add', 'origin', 'git@github.com:me/platform.git']);
    h = {
      old: commit(platform, 'Last quarter\n\nGoal: cli', '2026-09-20T10:00:00+00:00'),
      first: commit(platform, 'First <b>step</b> [x](javascript:alert(1))\n\nGoal: cli', '2026-10-05T10:00:00+00:00'),
      both: commit(platform, 'Both goals\n\nGoal: cli, talk', '2026-11-02T10:00:00+00:00'),
      colleague: commit(platform, 'Theirs\n\nGoal: cli', '2026-11-03T10:00:00+00:00', 'them@x.org'),
      unlinked: commit(platform, 'Refactor, no trailer', '2026-11-04T10:00:00+00:00'),
      unknown: commit(platform, 'Unknown\n\nGoal: nope', '2026-11-05T10:00:00+00:00'),
      work: commit(platform, 'From my work address\n\nGoal: talk', '2026-11-06T10:00:00+00:00', 'me@work.example'),
    };
    // A branch with one commit of its own, and main's commits reachable from both.
    git(platform, ['checkout', '-q', '-b', 'side']);
    h.side = commit(platform, 'On a side branch\n\nGoal: talk', '2026-11-07T10:00:00+00:00');
    git(platform, ['checkout', '-q', 'main']);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the JSON shape: goals with commits newest first, unknown goals, unlinked counts', () => {
    const e = json('--repo', 'platform');
    assert.deepEqual(Object.keys(e), ['since', 'until', 'goals', 'unknownGoals', 'unlinked']);
    assert.equal(e.since, '2026-10-01');
    assert.equal(e.until, '2026-12-31');
    const cli = e.goals.find((g) => g.id === 'cli');
    assert.deepEqual(cli?.commits.map((c) => c.hash), [h.both, h.first]);
    assert.deepEqual(Object.keys(cli?.commits[0] ?? {}), ['repo', 'hash', 'date', 'subject', 'url']);
    assert.equal(cli?.commits[0]?.date, '2026-11-02');
    assert.equal(cli?.commits[0]?.url, `https://github.com/me/platform/commit/${h.both}`);
    assert.equal(cli?.commits[1]?.subject, 'First <b>step</b> [x](javascript:alert(1))');
    // The side branch's commit counts, main's commits once though two branches reach them.
    assert.deepEqual(e.goals.find((g) => g.id === 'talk')?.commits.map((c) => c.hash), [h.side, h.both]);
    assert.deepEqual(e.unknownGoals.map((u) => u.id), ['nope']);
    assert.deepEqual(e.unlinked, [{ repo: fs.realpathSync(platform), count: 1 }]);
  });

  it('takes --author, repeatable, in place of user.email', () => {
    const e = json('--repo', 'platform', '--author', 'me@work.example', '--author', 'ME@x.org');
    assert.deepEqual(e.goals.find((g) => g.id === 'talk')?.commits.map((c) => c.hash), [h.side, h.work, h.both]);
    const theirs = json('--repo', 'platform', '--author', 'them@x.org');
    assert.deepEqual(theirs.goals.find((g) => g.id === 'cli')?.commits.map((c) => c.hash), [h.colleague]);
  });

  it('takes --since and --until, both days included, and a plan file', () => {
    const e = json('goals.yaml', '--repo', 'platform', '--since', '2026-09-20', '--until', '2026-10-05');
    assert.deepEqual(e.goals.find((g) => g.id === 'cli')?.commits.map((c) => c.hash), [h.first, h.old]);
    const toToday = json('--repo', 'platform', '--since', '2026-11-03');
    assert.equal(toToday.until, '2026-11-21');
    assert.equal(toToday.goals.find((g) => g.id === 'cli')?.commits.length, 0);
  });

  it('reads several repositories, each with its own user.email, and the same one once', () => {
    const personal = makeRepo('personal');
    git(personal, ['config', 'user.email', 'me@home.example']);
    const mine = commit(personal, 'Weekend work\n\nGoal: cli', '2026-11-08T10:00:00+00:00', 'me@home.example');
    const e = json('--repo', 'platform', '--repo', 'personal', '--repo', './platform');
    assert.deepEqual(e.goals.find((g) => g.id === 'cli')?.commits.map((c) => c.hash), [mine, h.both, h.first]);
    assert.equal(e.goals.find((g) => g.id === 'cli')?.commits[0]?.url, null);
    assert.deepEqual(e.unlinked.map((u) => u.count), [1, 0]);
  });

  it('prints text, with control characters of a subject shown as ?', () => {
    const odd = makeRepo('odd');
    commit(odd, 'Bell \x07 and escape \x1b[31m red\n\nGoal: cli', '2026-11-09T10:00:00+00:00');
    const r = cli('evidence', '--today', '2026-11-21', '--repo', 'odd');
    assert.equal(r.code, 0, r.stderr);
    // Days as the language writes them (English here: no LANG); --json keeps ISO.
    assert.match(r.stdout, /^Evidence from Oct 1, 2026 to Dec 31, 2026/);
    assert.match(r.stdout, /Ship the CLI \(cli\): 1 commit\n {2}Nov 9, 2026 {2}[0-9a-f]{7} {2}Bell \? and escape \?\[31m red/);
    assert.ok(!r.stdout.includes('\x1b'), 'no escape character reaches the terminal');
  });

  it('refuses what is not a repository, naming it, with exit code 2', () => {
    fs.mkdirSync(path.join(dir, 'plain'));
    for (const bad of ['plain', 'missing']) {
      const r = cli('evidence', '--repo', 'platform', '--repo', bad);
      assert.equal(r.code, 2);
      assert.match(r.stderr, new RegExp(`career-goals: ${bad} is not a git repository`));
      assert.equal(r.stdout, '');
    }
  });

  it('refuses bad flags and values with exit code 2', () => {
    const cases: [string[], RegExp][] = [
      [[], /Name a repository to read with --repo DIR/],
      [['--repo', ''], /--repo is empty/],
      [['--repo', 'platform', '--since', '2026-13-01'], /--since 2026-13-01 is not a real calendar date/],
      [['--repo', 'platform', '--since', 'yesterday'], /--since must be a date written YYYY-MM-DD/],
      [['--repo', 'platform', '--until', '2026-11-01'], /--until needs --since/],
      [['--repo', 'platform', '--since', '2026-11-02', '--until', '2026-11-01'], /--since 2026-11-02 is after --until 2026-11-01/],
      [['--repo', 'platform', '--author', ' '], /--author must be an e-mail address/],
      [['--repo', 'platform', '--colour'], /Unknown option '--colour'/],
      [['a.yaml', 'b.yaml', '--repo', 'platform'], /one plan file, not 2/],
    ];
    for (const [args, message] of cases) {
      const r = cli('evidence', ...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, message);
    }
    const nofile = cli('evidence', 'none.yaml', '--repo', 'platform');
    assert.equal(nofile.code, 2);
    assert.match(nofile.stderr, /none\.yaml: no such file/);
  });

  it('says what hides commits: no commits yet, a shallow clone, a detached HEAD, no user.email', () => {
    makeRepo('new');
    const empty = cli('evidence', '--repo', 'new');
    assert.equal(empty.code, 0, empty.stderr);
    assert.match(empty.stderr, /new: the repository has no commits yet/);

    git(dir, ['clone', '-q', '--depth', '1', '--no-local', `file://${platform}`, 'shallow']);
    const shallow = cli('evidence', '--repo', 'shallow', '--author', 'me@x.org', '--today', '2026-11-21');
    assert.equal(shallow.code, 0, shallow.stderr);
    assert.match(shallow.stderr, /shallow: a shallow clone; commits older than its depth are not seen/);
    assert.match(shallow.stderr, /shallow: no user\.email|^$|shallow clone/);

    const detached = makeRepo('detached');
    commit(detached, 'One', '2026-11-10T10:00:00+00:00');
    commit(detached, 'Two', '2026-11-11T10:00:00+00:00');
    git(detached, ['checkout', '-q', 'HEAD~1']);
    const loose = commit(detached, 'On a detached HEAD\n\nGoal: cli', '2026-11-12T10:00:00+00:00');
    const d = cli('evidence', '--repo', 'detached', '--today', '2026-11-21', '--json');
    assert.equal(d.code, 0, d.stderr);
    assert.match(d.stderr, /detached: HEAD is detached/);
    assert.equal((JSON.parse(d.stdout) as { goals: { commits: { hash: string }[] }[] }).goals[0]?.commits[0]?.hash, loose);

    const anon = makeRepo('anon');
    git(anon, ['config', '--unset', 'user.email']);
    commit(anon, 'x\n\nGoal: cli', '2026-11-10T10:00:00+00:00', 'who@x.org');
    const a = cli('evidence', '--repo', 'anon', '--today', '2026-11-21');
    assert.equal(a.code, 0, a.stderr);
    assert.match(a.stderr, /anon: no user\.email is set there and no --author was given/);
  });

  it('reads a message that is not UTF-8 with replacement characters, and says which', () => {
    const latin = makeRepo('latin');
    // git commit would take the byte for Latin-1 and store UTF-8: write the commit object itself.
    const tree = git(latin, ['hash-object', '-t', 'tree', '-w', '--stdin'], undefined, Buffer.alloc(0)).trim();
    const when = `${Date.parse('2026-11-10T10:00:00Z') / 1000} +0000`;
    const object = Buffer.concat([Buffer.from(`tree ${tree}\nauthor Me <me@x.org> ${when}\ncommitter Me <me@x.org> ${when}\n\nCaf`), Buffer.from([0xe9]), Buffer.from(' fix\n\nGoal: cli\n')]);
    const hash = git(latin, ['hash-object', '-t', 'commit', '-w', '--stdin'], undefined, object).trim();
    git(latin, ['update-ref', 'refs/heads/main', hash]);
    const r = cli('evidence', '--repo', 'latin', '--today', '2026-11-21', '--json');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /latin: commit [0-9a-f]{12}: its message is not UTF-8/);
    assert.equal((JSON.parse(r.stdout) as { goals: { commits: { subject: string }[] }[] }).goals[0]?.commits[0]?.subject, 'Caf\ufffd fix');
  });

  it('reads a message of 10,000 trailers, its first 50 goals, and says so', () => {
    const many = makeRepo('many');
    commit(many, `Lots\n\n${Array.from({ length: 10_000 }, (_, i) => `Goal: g${i}`).join('\n')}`, '2026-11-10T10:00:00+00:00');
    const r = cli('evidence', '--repo', 'many', '--today', '2026-11-21', '--json');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /names 10000 goals in its Goal: trailers; only the first 50 are read/);
    assert.equal((JSON.parse(r.stdout) as { unknownGoals: unknown[] }).unknownGoals.length, 50);
  });

  it('puts the evidence under each goal of a brag document and a quarterly report with --repo', () => {
    const brag = cli('export', 'brag', '--layout', 'by-goal', '--repo', 'platform', '--today', '2026-11-21');
    assert.equal(brag.code, 0, brag.stderr);
    const cliGoal = brag.stdout.slice(brag.stdout.indexOf('### Ship the CLI'), brag.stdout.indexOf('### Give a talk'));
    assert.match(cliGoal, /- Commits \(2\):\n {2}- 2026-11-02: Both goals \(\[[0-9a-f]{7}\]\(https:\/\/github\.com\/me\/platform\/commit\/[0-9a-f]{40}\)\)\n {2}- 2026-10-05: First \\<b>step\\<\/b> \\\[x\\\]\(javascript:alert\(1\)\) /);
    assert.doesNotMatch(brag.stdout, /[^\\]\[x\]\(javascript/, 'no live javascript: link');
    const report = cli('export', 'report', '--quarter', '2026-Q3', '--repo', 'platform', '--today', '2026-11-21');
    assert.equal(report.code, 0, report.stderr);
    assert.match(report.stdout, /- Commits \(1\):\n {2}- 2026-09-20: Last quarter/);
    assert.match(report.stdout, /### Give a talk[\s\S]*- Commits: none linked in the period/);
    const without = cli('export', 'brag', '--today', '2026-11-21');
    assert.doesNotMatch(without.stdout, /Commits/, 'no evidence without --repo');
  });

  it('refuses bad evidence flags of export with exit code 2', () => {
    const cases: [string[], RegExp][] = [
      [['export', 'brag', '--author', 'me@x.org'], /--author needs --repo/],
      [['export', 'brag', '--repo', ''], /--repo is empty/],
      [['export', 'brag', '--repo', 'plain'], /plain is not a git repository/],
    ];
    for (const [args, message] of cases) {
      const r = cli(...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, message);
    }
  });

  it('documents itself in --help', () => {
    const r = cli('evidence', '--help');
    assert.equal(r.code, 0);
    assert.match(r.stdout, /--repo DIR/);
    assert.match(cli('--help').stdout, /evidence \[FILE\]/);
  });
});
