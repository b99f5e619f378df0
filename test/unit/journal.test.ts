import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { journalFileName, parseJournalEntry, renderJournalEntry } from '../../src/core/history/journal';

describe('journal entries', () => {
  it('renders front matter that parses back', () => {
    const text = renderJournalEntry({
      kind: 'weekly',
      date: '2026-11-21',
      overall: 41.6,
      progress: { 'ship-cli': 40, mentor: 50, 'odd: id': 5 },
      title: 'Weekly Review — 2026-11-21',
      sections: [{ heading: 'Reflection', body: '**What moved?**\n\nThe CLI' }, { heading: 'Empty', body: '  ' }],
    });
    assert.match(text, /^---\nkind: weekly\ndate: 2026-11-21\noverall: 42\nprogress:\n {2}ship-cli: 40\n/);
    assert.match(text, /\n# Weekly Review — 2026-11-21\n/);
    assert.match(text, /## Reflection\n\n\*\*What moved\?\*\*\n\nThe CLI\n/);
    assert.doesNotMatch(text, /## Empty/);
    const parsed = parseJournalEntry(text);
    assert.deepEqual(parsed, { ok: true, entry: { kind: 'weekly', date: '2026-11-21', overall: 42, progress: { 'ship-cli': 40, mentor: 50, 'odd: id': 5 } } });
  });

  it('records each metric in its own unit and reads it back; entries without metrics still read', () => {
    const text = renderJournalEntry({ kind: 'weekly', date: '2026-11-21', overall: 40, progress: { read: 40 }, metrics: { read: 22.5, 'odd: id': -3, bad: NaN }, title: 'T', sections: [] });
    assert.match(text, /\nmetrics:\n {2}read: 22\.5\n {2}"odd: id": -3\n---/);
    assert.deepEqual(parseJournalEntry(text), { ok: true, entry: { kind: 'weekly', date: '2026-11-21', overall: 40, progress: { read: 40 }, metrics: { read: 22.5, 'odd: id': -3 } } });
    assert.deepEqual(parseJournalEntry('---\nkind: weekly\ndate: 2026-11-21\nmetrics: { a: 40, b: "7" }\n---\n'), { ok: true, entry: { kind: 'weekly', date: '2026-11-21', metrics: { a: 40, b: 7 } } });
    assert.deepEqual(parseJournalEntry('---\nkind: weekly\ndate: 2026-11-21\nmetrics:\n---\n'), { ok: true, entry: { kind: 'weekly', date: '2026-11-21' } });
  });

  it('accepts CRLF, a BOM, quoted values, a plain progress number and extra keys', () => {
    const r = parseJournalEntry('\uFEFF---\r\nkind: "monthly"\r\ndate: \'2026-10-01\'\r\nprogress: 35%\r\ntags: [review]\r\n---\r\nbody');
    assert.deepEqual(r, { ok: true, entry: { kind: 'monthly', date: '2026-10-01', overall: 35 } });
  });

  it('reads a flow-style progress map', () => {
    const r = parseJournalEntry('---\nkind: quarterly\ndate: 2026-09-30\nprogress: { a: 10, b: 100 }\n---\n');
    assert.deepEqual(r, { ok: true, entry: { kind: 'quarterly', date: '2026-09-30', progress: { a: 10, b: 100 } } });
  });

  const bad: [string, string, RegExp, number][] = [
    ['no front matter', '# Just notes', /no front matter/, 0],
    ['unclosed', '---\nkind: weekly\ndate: 2026-11-21\n', /never closed/, 0],
    ['missing kind', '---\ndate: 2026-11-21\n---\n', /no "kind"/, 0],
    ['unknown kind', '---\nkind: daily\ndate: 2026-11-21\n---\n', /Unknown review kind "daily"/, 1],
    ['missing date', '---\nkind: weekly\n---\n', /no "date"/, 0],
    ['bad date format', '---\nkind: weekly\ndate: 21/11/2026\n---\n', /not written YYYY-MM-DD/, 2],
    ['impossible date', '---\nkind: weekly\ndate: 2026-02-30\n---\n', /not a real calendar date/, 2],
    ['progress out of range', '---\nkind: weekly\ndate: 2026-11-21\nprogress:\n  a: 140\n---\n', /progress of "a" "140" must be a number from 0 to 100/, 4],
    ['a metric not a number', '---\nkind: weekly\ndate: 2026-11-21\nmetrics:\n  pages: lots\n---\n', /metric value of "pages" "lots" must be a number/, 4],
    ['metrics as a list', '---\nkind: weekly\ndate: 2026-11-21\nmetrics: [1, 2]\n---\n', /"metrics" must map goal ids to numbers/, 3],
    ['overall not a number', '---\nkind: weekly\ndate: 2026-11-21\noverall: lots\n---\n', /overall progress "lots"/, 3],
  ];
  for (const [name, text, error, line] of bad) {
    it(`rejects ${name} with a clear message`, () => {
      const r = parseJournalEntry(text);
      assert.equal(r.ok, false);
      if (!r.ok) {
        assert.match(r.error, error);
        assert.equal(r.line, line);
      }
    });
  }

  it('never throws on arbitrary input', () => {
    for (const t of ['', '---', '---\n---', '---\nkind:\n---', '---\nprogress:\n  : \n---', '\u0000---\n']) {
      assert.equal(typeof parseJournalEntry(t).ok, 'boolean');
    }
    assert.equal(parseJournalEntry(undefined as unknown as string).ok, false);
  });

  it('keeps a hostile heading on one line', () => {
    const text = renderJournalEntry({ kind: 'weekly', date: '2026-11-21', title: 'x\n---\nkind: monthly', sections: [] });
    assert.deepEqual(parseJournalEntry(text), { ok: true, entry: { kind: 'weekly', date: '2026-11-21' } });
  });

  it('reads a quoted value followed by a comment', () => {
    const r = parseJournalEntry('---\nkind: "weekly" # c\ndate: \'2026-11-21\' # when\noverall: "40" # rough\n---\n');
    assert.deepEqual(r, { ok: true, entry: { kind: 'weekly', date: '2026-11-21', overall: 40 } });
  });

  it('rejects a blank overall or progress instead of reading it as 0', () => {
    for (const text of ['---\nkind: weekly\ndate: 2026-11-21\noverall: "  "\n---\n', '---\nkind: weekly\ndate: 2026-11-21\nprogress: { a: " " }\n---\n', '---\nkind: weekly\ndate: 2026-11-21\noverall: "%"\n---\n']) {
      const r = parseJournalEntry(text);
      assert.equal(r.ok, false, text);
      if (!r.ok) assert.match(r.error, /must be a number from 0 to 100/);
    }
  });

  it('reads quoted keys with commas and colons in a flow progress map', () => {
    const r = parseJournalEntry('---\nkind: weekly\ndate: 2026-11-21\nprogress: { "b,c": 20, \'d: e\': 30, f: 40 }\n---\n');
    assert.deepEqual(r, { ok: true, entry: { kind: 'weekly', date: '2026-11-21', progress: { 'b,c': 20, 'd: e': 30, f: 40 } } });
  });

  it('keeps plain keys as written (0x10 stays 0x10, null stays null)', () => {
    const r = parseJournalEntry('---\nkind: weekly\ndate: 2026-11-21\nprogress:\n  0x10: 1\n  null: 2\n  1.50: 3\n---\n');
    assert.deepEqual(r, { ok: true, entry: { kind: 'weekly', date: '2026-11-21', progress: { '0x10': 1, null: 2, '1.50': 3 } } });
  });

  it('round-trips any goal id through render and parse, quotes, backslashes and astral characters included', () => {
    const id = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('"', '\\', 'a"b\\c', '🚀 launch', '@x', ',x', '- x', 'x #y', 'a: b', ' lead', 'trail ', '0x10', 'null', 'true', '~', ''));
    fc.assert(
      fc.property(fc.uniqueArray(id, { maxLength: 5 }), fc.nat(100), (ids, p) => {
        const progress = Object.fromEntries(ids.filter((i) => i !== '__proto__').map((i) => [i, p]));
        const text = renderJournalEntry({ kind: 'monthly', date: '2026-10-31', progress, title: 'T', sections: [] });
        const r = parseJournalEntry(text);
        const expected = Object.keys(progress).length ? { kind: 'monthly', date: '2026-10-31', progress } : { kind: 'monthly', date: '2026-10-31' };
        assert.deepEqual(r, { ok: true, entry: expected }, text);
      }),
      { numRuns: 500 },
    );
  });

  it('reads lines with long runs of spaces (100,000) correctly', () => {
    const spaces = ' '.repeat(100_000);
    // Two runs in the progress field keep it under MAX_FIELD_CHARS.
    const text = `---\nkind: weekly${spaces}\ndate: 2026-11-21\n${spaces}\nnote:${spaces}x\ntheme: x${spaces}y\nlist:\n  a${spaces}x\nprogress:\n  a:${spaces}10\n  b: 20${spaces}\n---\n`;
    assert.deepEqual(parseJournalEntry(text), { ok: true, entry: { kind: 'weekly', date: '2026-11-21', progress: { a: 10, b: 20 } } });
    const rendered = renderJournalEntry({ kind: 'weekly', date: '2026-11-21', title: 'T', extra: { note: `x${spaces}` }, sections: [] });
    assert.ok(rendered.includes('note: "x '));
  });

  it('rejects a field too long to read, and nesting too deep, with a message', () => {
    const long = parseJournalEntry(`---\nkind: weekly\ndate: 2026-11-21\nprogress:\n${'  a: 1\n'.repeat(60_000)}---\n`);
    assert.equal(long.ok, false);
    if (!long.ok) assert.match(long.error, /too long to read/);
    const deep = parseJournalEntry(`---\nkind: weekly\ndate: 2026-11-21\nprogress: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n---\n`);
    assert.equal(deep.ok, false);
  });

  it('names files without overwriting', () => {
    assert.equal(journalFileName('weekly', '2026-11-21'), '2026-11-21-weekly.md');
    assert.equal(journalFileName('quarterly', '2026-11-21', 2), '2026-11-21-quarterly-2.md');
  });
});
