/**
 * Goal: trailers read by git's rules: the parser's trailers against git's own
 * `interpret-trailers --parse --no-divider` (the rules `git log --format=%(trailers)`
 * applies to a commit message) on a table of messages and on generated ones.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { goalIdsOf, parseTrailers, withGoalTrailer } from '../../src/core/evidence/trailers';

/** A folder outside any repository, and a HOME without the developer's git configuration. */
const HOME = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-trailers-'));

/** What git reads as the trailers of `message`, one `key: value` per trailer. */
function gitTrailers(message: string): string[] {
  const r = spawnSync('git', ['interpret-trailers', '--parse', '--no-divider'], {
    input: message,
    cwd: HOME,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME, GIT_CONFIG_NOSYSTEM: '1', GIT_CEILING_DIRECTORIES: path.dirname(HOME) },
  });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.split('\n').filter((l) => l !== '');
}

function ours(message: string): string[] {
  return parseTrailers(message).map((t) => `${t.key}: ${t.value}`);
}

/** Messages whose trailers git and the parser must read alike, with what `goalIdsOf` finds. */
const TABLE: { name: string; message: string; goals: string[] }[] = [
  { name: 'one trailer', message: 'Ship the CLI\n\nGoal: cli\n', goals: ['cli'] },
  { name: 'two goals in one trailer', message: 'Write\n\nSome body.\n\nGoal: writing, staff\n', goals: ['writing', 'staff'] },
  { name: 'two Goal lines', message: 'Write\n\nGoal: writing\nGoal: staff\n', goals: ['writing', 'staff'] },
  { name: 'key in any case', message: 'x\n\ngoal: a\nGOAL: b\nGoAl : c\n', goals: ['a', 'b', 'c'] },
  { name: 'the subject is never a trailer', message: 'Goal: a\n', goals: [] },
  { name: 'the title paragraph is never trailers', message: 'Goal: a\nGoal: b\n', goals: [] },
  { name: 'Goal: in an earlier paragraph', message: 'x\n\nGoal: a\n\nMore prose here.\n', goals: [] },
  { name: 'prose mixed into the last paragraph', message: 'x\n\nThis fixes it.\nGoal: a\n', goals: [] },
  { name: 'Signed-off-by makes a mixed paragraph count', message: 'x\n\nsome prose\nGoal: a\nSigned-off-by: Me <me@x.org>\n', goals: ['a'] },
  { name: 'a quarter rule not met', message: 'x\n\np1\np2\np3\np4\nSigned-off-by: Me <me@x.org>\n', goals: [] },
  { name: 'continuation lines', message: 'x\n\nGoal: a,\n  b\nReviewed-by: Someone\n', goals: ['a', 'b'] },
  { name: 'trailing blank lines and comments', message: 'x\n\nGoal: a\n\n# a comment\n\n', goals: ['a'] },
  { name: 'a comment inside the block', message: 'x\n\nGoal: a\n# note\nGoal: b\n', goals: ['a', 'b'] },
  { name: 'CRLF line ends', message: 'x\r\n\r\nGoal: a\r\n', goals: ['a'] },
  { name: 'a divider is text in a commit message', message: 'x\n\nbody\n---\nmore\n\nGoal: a\n', goals: ['a'] },
  { name: 'space before the key is a continuation', message: 'x\n\n Goal: a\n', goals: [] },
  { name: 'a key with spaces inside is no key', message: 'x\n\nMy Goal: a\n', goals: [] },
  { name: 'empty value', message: 'x\n\nGoal:\n', goals: [] },
  { name: 'no body', message: 'just a subject', goals: [] },
  { name: 'empty message', message: '', goals: [] },
  { name: 'non-ASCII key', message: 'x\n\nZiél: a\nGoal: b\n', goals: [] },
  { name: 'cherry-pick line', message: 'x\n\nGoal: a\n(cherry picked from commit 0123456789abcdef0123456789abcdef01234567)\n', goals: ['a'] },
  { name: 'hostile values stay text', message: 'x\n\nGoal: <script>alert(1)</script>\nGoal: [x](javascript:alert(1))\n', goals: ['<script>alert(1)</script>', '[x](javascript:alert(1))'] },
];

after(() => fs.rmSync(HOME, { recursive: true, force: true }));

describe('Goal: trailers', () => {

  for (const row of TABLE) {
    it(`reads as git does: ${row.name}`, () => {
      assert.deepEqual(ours(row.message), gitTrailers(row.message));
      assert.deepEqual(goalIdsOf(row.message), row.goals);
    });
  }

  it('reads 10,000 trailers in one message, each goal once', () => {
    const message = `x\n\n${Array.from({ length: 10_000 }, (_, i) => `Goal: g${i % 100}`).join('\n')}\n`;
    const ids = goalIdsOf(message);
    assert.equal(ids.length, 100);
    assert.equal(ids[0], 'g0');
    assert.equal(parseTrailers(message).length, 10_000);
  });

  it('reads generated messages as git does', () => {
    const line = fc.oneof(
      fc.constantFrom('', ' ', 'Goal: a', 'goal : b, c', 'Signed-off-by: Me <m@x>', '  continued', '# comment', 'prose line', 'Key-2: v', 'x:', ':y', '---', '(cherry picked from commit 1)', '\t tab', 'Goal:\u00e9'),
      fc.string({ unit: fc.constantFrom('a', ' ', ':', '-', '#', '\t', 'G'), maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 9 }), (lines) => {
        const message = `${lines.join('\n')}\n`;
        assert.deepEqual(ours(message), gitTrailers(message), JSON.stringify(message));
      }),
      { numRuns: 150 },
    );
  });
});

describe('withGoalTrailer', () => {
  const cases: [string, string, string][] = [
    ['', 'cli', '\n\nGoal: cli'],
    ['Ship it', 'cli', 'Ship it\n\nGoal: cli'],
    ['Ship it\n\nWhy it matters.\n', 'cli', 'Ship it\n\nWhy it matters.\n\nGoal: cli'],
    ['Ship it\n\nGoal: talk', 'cli', 'Ship it\n\nGoal: talk\nGoal: cli'],
    ['Ship it\n\nSigned-off-by: Me <m@x>\n', 'cli', 'Ship it\n\nSigned-off-by: Me <m@x>\nGoal: cli'],
    ['Ship it\n\nGoal: cli', 'cli', 'Ship it\n\nGoal: cli'],
  ];
  for (const [before, id, after] of cases) {
    it(`adds the trailer to ${JSON.stringify(before)}, keeping what was typed`, () => {
      assert.equal(withGoalTrailer(before, id), after);
      if (before.trim() !== '') assert.ok(goalIdsOf(after).includes(id), 'git reads it as a trailer');
      if (before.trim() !== '') assert.deepEqual(gitTrailers(after).filter((t) => /^goal: /i.test(t)).map((t) => t.slice(6)), goalIdsOf(after));
    });
  }
});
