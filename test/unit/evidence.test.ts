/**
 * Evidence from logged commits (core/evidence): whose commits, which days, goals known
 * and unknown, unlinked counts, links to commit pages, and the command line's log stream.
 */
import * as assert from 'node:assert/strict';
import { buildEvidence, inertMarkdown, isCommitInWins, subjectOf, winTextOf, type LoggedCommit, type RepositoryLog } from '../../src/core/evidence';
import { commitLinksOf, commitUrl } from '../../src/core/evidence/commit-links';
import { readLogRecords } from '../../src/core/evidence/log-records';

const H = (n: number): string => `${n.toString(16)}${'0'.repeat(40)}`.slice(0, 40);
const commit = (n: number, date: string, message: string, authorEmail = 'me@x.org'): LoggedCommit => ({ hash: H(n), date, authorEmail, message });
const GOALS = [
  { id: 'cli', title: 'Ship the CLI' },
  { id: 'talk', title: 'Give a talk' },
];

describe('evidence', () => {
  it('links the person’s commits of the period to goals, newest first, and counts the rest', () => {
    const log: RepositoryLog = {
      repo: '/w/platform',
      authors: ['Me@X.org'],
      links: commitLinksOf('git@github.com:me/platform.git'),
      commits: [
        commit(1, '2026-11-02', 'Older\n\nGoal: cli'),
        commit(2, '2026-11-20', 'Newer\n\nGoal: cli, talk'),
        commit(3, '2026-11-21', 'Colleague\n\nGoal: cli', 'them@x.org'),
        commit(4, '2026-09-30', 'Before\n\nGoal: cli'),
        commit(5, '2026-11-05', 'No trailer'),
        commit(6, '2026-11-06', 'Unknown\n\nGoal: nope'),
        commit(2, '2026-11-20', 'Newer\n\nGoal: cli, talk'),
      ],
    };
    const e = buildEvidence(GOALS, [log, { repo: '/w/empty', authors: [], commits: [] }], { since: '2026-10-01', until: '2026-12-31' });
    assert.deepEqual(e.goals.map((g) => [g.id, g.commits.map((c) => c.subject)]), [['cli', ['Newer', 'Older']], ['talk', ['Newer']]]);
    assert.equal(e.goals[0]?.commits[0]?.url, `https://github.com/me/platform/commit/${H(2)}`);
    assert.deepEqual(e.unknownGoals.map((u) => [u.id, u.commits.length]), [['nope', 1]]);
    assert.deepEqual(e.unlinked, [{ repo: '/w/platform', count: 1 }, { repo: '/w/empty', count: 0 }]);
  });

  it('reads a commit naming thousands of goals for its first 50, and says so', () => {
    const many = Array.from({ length: 200 }, (_, i) => `Goal: u${i}`).join('\n');
    const warnings: string[] = [];
    const e = buildEvidence(GOALS, [{ repo: 'r', authors: ['me@x.org'], commits: [commit(1, '2026-11-02', `x\n\n${many}`)] }], { since: '2026-10-01', until: '2026-12-31' }, (w) => warnings.push(w));
    assert.equal(e.unknownGoals.length, 50);
    assert.match(warnings[0] ?? '', /names 200 goals/);
  });

  it('takes the subject as one line of text', () => {
    assert.equal(subjectOf('  <b>Bold</b>\t[x](javascript:y)  \n\nbody'), '<b>Bold</b> [x](javascript:y)');
  });

  it('links commits on the four known hosts, in SSH and HTTPS form, and nowhere else', () => {
    const hash = 'a'.repeat(40);
    const cases: [string, string | null][] = [
      ['git@github.com:me/platform.git', `https://github.com/me/platform/commit/${hash}`],
      ['https://github.com/me/platform', `https://github.com/me/platform/commit/${hash}`],
      ['ssh://git@github.com/me/platform.git', `https://github.com/me/platform/commit/${hash}`],
      ['https://user@gitlab.com/group/sub/proj.git', `https://gitlab.com/group/sub/proj/-/commit/${hash}`],
      ['git@bitbucket.org:team/repo.git', `https://bitbucket.org/team/repo/commits/${hash}`],
      ['https://dev.azure.com/org/proj/_git/repo', `https://dev.azure.com/org/proj/_git/repo/commit/${hash}`],
      ['git@ssh.dev.azure.com:v3/org/proj/repo', `https://dev.azure.com/org/proj/_git/repo/commit/${hash}`],
      ['https://org.visualstudio.com/proj/_git/repo', `https://dev.azure.com/org/proj/_git/repo/commit/${hash}`],
      ['git@example.com:me/platform.git', null],
      ['/srv/git/platform.git', null],
      ['https://github.com/me/<script>', null],
      ['https://github.com/me/x?y=javascript:alert(1)', null],
      ['git@github.com:me/../../evil', null],
    ];
    for (const [remote, url] of cases) assert.equal(commitUrl(commitLinksOf(remote), hash), url, remote);
    assert.equal(commitUrl(commitLinksOf('git@github.com:me/p.git'), 'not-a-hash'), null);
  });

  it('reads the command line’s log stream, a separator inside a message included', () => {
    const rec = (n: number, date: string, msg: string) => `\x1e${H(n)}\x1f${date}\x1fme@x.org\x1f${msg}\n`;
    const stream = `${rec(1, '2026-11-02T10:00:00+00:00', 'One\n\nGoal: a')}${rec(2, '2026-11-03T23:30:00-02:00', 'Two has \x1e inside\n\nGoal: b')}`;
    const commits = readLogRecords(stream.split('\x1e'));
    assert.equal(commits.length, 2);
    assert.equal(commits[0]?.message, 'One\n\nGoal: a');
    assert.equal(commits[1]?.message, 'Two has \x1e inside\n\nGoal: b');
    assert.equal(commits[1]?.hash, H(2));
  });

  it('makes a win of a commit: its subject as inert Markdown and its link, found again by its hash', () => {
    assert.equal(inertMarkdown('[WIP] plain'), '[WIP] plain', 'brackets without a link stay as written');
    assert.equal(inertMarkdown('see [x](javascript:alert(1)) <img src=x>'), 'see \\[x\\](javascript:alert(1)) \\<img src=x>');
    assert.equal(inertMarkdown('a < b'), 'a < b');
    const withUrl = winTextOf({ subject: 'Ship it', hash: H(7), url: `https://github.com/me/p/commit/${H(7)}` });
    assert.equal(withUrl, `Ship it (https://github.com/me/p/commit/${H(7)})`);
    const bare = winTextOf({ subject: '', hash: H(8), url: null });
    assert.equal(bare, `Commit (commit ${H(8).slice(0, 12)})`);
    assert.ok(isCommitInWins([{ text: withUrl }], H(7)));
    assert.ok(isCommitInWins([{ text: bare }], H(8)));
    assert.ok(!isCommitInWins([{ text: withUrl }], H(8)));
  });
});
