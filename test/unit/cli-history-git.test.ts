/**
 * `career-goals history --git`: the goals file's committed versions over its whole life,
 * one point per day, read with git in a repository made in a temp folder with fixed dates.
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'report');

interface HistoryJson {
  points: { date: string; source: string; overall: number; ref?: string; goals: Record<string, { progress: number; metric?: number }> }[];
}

describe('career-goals history --git', () => {
  let dir: string;
  let home: string;
  const env = (date?: string): NodeJS.ProcessEnv => ({ PATH: process.env.PATH ?? '', HOME: home, GIT_CONFIG_NOSYSTEM: '1', TZ: 'UTC', ...(date && { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }) });
  const git = (cwd: string, args: string[], date?: string): string => execFileSync('git', ['-c', 'user.email=me@x.org', '-c', 'user.name=Me', ...args], { cwd, env: env(date), encoding: 'utf8' });
  const cli = (cwd: string, ...args: string[]) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...env(), CAREER_GOALS_DEBUG: '' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const plan = fs.readFileSync(path.join(FIXTURE, 'goals.yaml'), 'utf8');
  /** The plan with ship-cli's metric at `n`. */
  const version = (n: number): string => plan.replace(/current: \d+/, `current: ${n}`);
  const hashes: string[] = [];
  let notes: string;
  let tip: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-history-git-'));
    home = path.join(dir, 'home');
    fs.mkdirSync(home);
    notes = path.join(dir, 'notes');
    fs.mkdirSync(notes);
    fs.cpSync(path.join(FIXTURE, 'reviews'), path.join(notes, 'reviews'), { recursive: true });
    assert.notEqual(version(1), plan, 'the fixture has a metric to move');
    git(notes, ['init', '-q', '-b', 'main']);
    // Two commits on 2026-10-02: the day's last makes the point. One on the monthly review's day: the review wins.
    const days = ['2026-08-31T09:00:00Z', '2026-10-02T09:00:00Z', '2026-10-02T18:00:00Z', '2026-10-20T09:00:00Z'];
    days.forEach((date, i) => {
      fs.writeFileSync(path.join(notes, 'goals.yaml'), version(i));
      git(notes, ['add', 'goals.yaml']);
      git(notes, ['commit', '-q', '-m', `v${i}`], date);
      hashes.push(git(notes, ['rev-parse', 'HEAD']).trim());
    });
    // A commit that does not touch the goals file adds nothing.
    fs.writeFileSync(path.join(notes, 'other.md'), 'x');
    git(notes, ['add', 'other.md']);
    git(notes, ['commit', '-q', '-m', 'other'], '2026-10-25T09:00:00Z');
    tip = git(notes, ['rev-parse', 'HEAD']).trim();
    fs.writeFileSync(path.join(notes, 'goals.yaml'), plan);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('adds a point per day the goals file was committed, the day’s last, as the extension does', () => {
    const r = cli(notes, 'history', '--git', '--json', '--today', '2026-11-21');
    assert.equal(r.code, 0, r.stderr);
    const h = JSON.parse(r.stdout) as HistoryJson;
    const commits = h.points.filter((p) => p.source === 'commit');
    assert.deepEqual(commits.map((p) => [p.date, p.ref]), [['2026-10-02', hashes[2]], ['2026-10-20', hashes[3]]]);
    assert.equal(commits[0]?.goals['ship-cli']?.metric, 2);
    assert.deepEqual(h.points.map((p) => p.source), ['review', 'review', 'commit', 'review', 'commit', 'today'], 'the journal’s points between');
    const text = cli(notes, 'history', '--git', '--today', '2026-11-21');
    assert.match(text.stdout, new RegExp(`^Oct 20, 2026 +commit +\\d+% +${hashes[3]}$`, 'm'));
  });

  it('has no commit points without --git', () => {
    const h = JSON.parse(cli(notes, 'history', '--json', '--today', '2026-11-21').stdout) as HistoryJson;
    assert.equal(h.points.filter((p) => p.source === 'commit').length, 0);
  });

  it('refuses a plan outside a repository with exit code 2, and says what hides history', () => {
    const loose = path.join(dir, 'loose');
    fs.mkdirSync(loose);
    fs.writeFileSync(path.join(loose, 'goals.yaml'), plan);
    const r = cli(loose, 'history', '--git');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /goals\.yaml is not in a git repository, so --git has no commits to read/);

    git(loose, ['init', '-q']);
    const empty = cli(loose, 'history', '--git', '--json', '--today', '2026-11-21');
    assert.equal(empty.code, 0, empty.stderr);
    assert.match(empty.stderr, /the repository has no commits yet/);

    git(dir, ['clone', '-q', '--depth', '1', '--no-local', `file://${notes}`, 'shallow']);
    const shallow = cli(path.join(dir, 'shallow'), 'history', '--git', '--json', '--today', '2026-11-21');
    assert.equal(shallow.code, 0, shallow.stderr);
    assert.match(shallow.stderr, /a shallow clone/);
    // Only the tip of the clone, whose commit holds the whole tree as git shows a shallow root.
    assert.deepEqual((JSON.parse(shallow.stdout) as HistoryJson).points.filter((p) => p.source === 'commit').map((p) => p.ref), [tip]);

    const uncommitted = path.join(notes, 'new-plan.yaml');
    fs.writeFileSync(uncommitted, plan);
    const none = cli(notes, 'history', 'new-plan.yaml', '--git', '--json', '--today', '2026-11-21');
    assert.equal(none.code, 0, none.stderr);
    assert.equal((JSON.parse(none.stdout) as HistoryJson).points.filter((p) => p.source === 'commit').length, 0);
  });
});
