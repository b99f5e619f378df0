/**
 * Adjust Due Date's edit: `due` moves and `{date, from, to, reason}` is appended to the
 * goal's `adjustments:` in one minimal edit, in the file's own style, with any reason
 * written so it reads back as typed; every other byte of the file stays.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parse } from 'yaml';
import { applyOp, EditMemory } from '../../src/core/edits';
import { applyEdits } from '../../src/core/edits/text';
import { findGoal } from '../../src/core/model';
import { parseGoals } from '../../src/core/parse';
import type { GoalOp, TextEdit } from '../../src/core/types';
import { edited, swap } from '../fixtures/edits/expect';
import { crlf, FOUR_SPACE, TEMPLATE } from '../fixtures/edits/texts';

const IR = 'incident-reviews';
const adjust = (goalId: string, to: string, reason: string, date = '2026-11-21'): GoalOp => ({ op: 'adjustDue', goalId, to, date, reason });

/** Why the op was refused; fails when it applied. */
function refusal(text: string, op: GoalOp): string {
  const r = applyOp(text, op);
  assert.ok(!r.ok, `expected ${JSON.stringify(op)} to be refused`);
  return r.reason;
}

/** The op's result, or the reason it was refused. */
function tryEdit(text: string, op: GoalOp, memory?: EditMemory): { text: string; edits: TextEdit[] } | string {
  const r = applyOp(text, op, memory);
  return r.ok ? { text: applyEdits(text, r.edits), edits: r.edits } : r.reason;
}

describe('edits: adjust due date (golden)', () => {
  it('moves due and creates adjustments: right after it, in the flow style of the goal’s lists', () => {
    assert.equal(
      edited(TEMPLATE, adjust(IR, '2027-05-31', 'Team reorg')),
      swap(TEMPLATE, '    due: 2027-03-31\n', '    due: 2027-05-31\n    adjustments:\n      - { date: 2026-11-21, from: 2027-03-31, to: 2027-05-31, reason: Team reorg }\n'),
    );
  });

  it('appends to an existing block list as a block map, keeping comments and the trailing comment on due', () => {
    const text = swap(
      TEMPLATE,
      '    due: 2027-03-31\n',
      '    due: 2027-05-31   # moved once\n    adjustments:   # the record\n      - date: 2026-10-02\n        from: 2027-03-31\n        to: 2027-05-31\n        reason: On-call rotation\n      # keep this note\n',
    );
    const want = swap(text, '2027-05-31   # moved once', '2027-06-30   # moved once').replace(
      '        reason: On-call rotation\n',
      '        reason: On-call rotation\n      - date: 2026-11-21\n        from: 2027-05-31\n        to: 2027-06-30\n        reason: "Fix: the #1 thing"\n',
    );
    assert.equal(edited(text, adjust(IR, '2027-06-30', 'Fix: the #1 thing')), want);
  });

  it('appends inside a flow list', () => {
    const text = swap(TEMPLATE, '    due: 2027-03-31\n', '    due: 2027-05-31\n    adjustments: [{ date: 2026-10-02, from: 2027-03-31, to: 2027-05-31, reason: Rotation }]\n');
    assert.equal(
      edited(text, adjust(IR, '2027-04-30', 'Back on track')),
      swap(text, 'due: 2027-05-31\n', 'due: 2027-04-30\n').replace('reason: Rotation }]', 'reason: Rotation }, { date: 2026-11-21, from: 2027-05-31, to: 2027-04-30, reason: Back on track }]'),
    );
  });

  it('follows a four-space file with block-map items and CRLF line endings', () => {
    const text = crlf(FOUR_SPACE.replace('  horizon: medium\n', '  horizon: medium\n  due: 2027-06-30\n'));
    assert.equal(
      edited(text, adjust('speak', '2027-09-30', 'CFP moved')),
      swap(text, '  due: 2027-06-30\r\n', '  due: 2027-09-30\r\n  adjustments:\r\n  - date: 2026-11-21\r\n    from: 2027-06-30\r\n    to: 2027-09-30\r\n    reason: CFP moved\r\n'),
    );
  });

  it('adds the list inside a one-line flow goal', () => {
    const text = 'version: 1\ngoals:\n  - { id: a, title: A, horizon: short, due: 2027-01-31 }\n';
    assert.equal(
      edited(text, adjust('a', '2027-02-28', 'a, b')),
      'version: 1\ngoals:\n  - { id: a, title: A, horizon: short, due: 2027-02-28, adjustments: [{ date: 2026-11-21, from: 2027-01-31, to: 2027-02-28, reason: "a, b" }] }\n',
    );
  });

  it('writes a reason with newlines, quotes and emoji in double quotes, and reads it back as typed', () => {
    const reason = 'Line one\nLine "two" 🚀 # not a comment: really';
    const after = edited(TEMPLATE, adjust(IR, '2027-05-31', reason));
    assert.ok(after.includes(`reason: ${JSON.stringify(reason)} }`), after);
    const goal = findGoal(parseGoals(after).model, IR);
    assert.deepEqual(goal?.adjustments?.map(({ range: _r, ...a }) => a), [{ index: 0, date: '2026-11-21', from: '2027-03-31', to: '2027-05-31', reason }]);
  });

  it('edits only the due value and inserts whole lines: one minimal change', () => {
    const r = applyOp(TEMPLATE, adjust(IR, '2027-05-31', 'Team reorg'));
    assert.ok(r.ok);
    // Trimmed to the words that change: the month of the due date.
    assert.deepEqual(r.edits[0], { offset: TEMPLATE.indexOf('2027-03-31') + 5, length: 2, text: '05' });
    assert.equal(r.edits[1]?.length, 0);
    assert.equal(r.edits.length, 2);
  });

  it('agrees on the fast path and on a full parse', () => {
    const op = adjust(IR, '2027-05-31', 'Team reorg');
    const memory = new EditMemory({ fastPath: false });
    const full = tryEdit(TEMPLATE, op, memory);
    memory.fastPath = true;
    assert.deepEqual(tryEdit(TEMPLATE, op, memory), full);
  });
});

describe('edits: adjust due date (refusals)', () => {
  it('refuses a goal without a due date, a move to the same day, bad dates and an empty reason', () => {
    assert.match(refusal(TEMPLATE, adjust('write-more', '2027-05-31', 'x')), /has no due date to adjust/);
    assert.match(refusal(TEMPLATE, adjust(IR, '2027-03-31', 'x')), /already due on 2027-03-31/);
    assert.match(refusal(TEMPLATE, adjust(IR, '2027-02-30', 'x')), /The new due date must be a date written YYYY-MM-DD/);
    assert.match(refusal(TEMPLATE, adjust(IR, '2027-05-31', 'x', '21/11/2026')), /The day of the adjustment must be a date/);
    assert.match(refusal(TEMPLATE, adjust(IR, '2027-05-31', '  ')), /The reason must not be empty/);
    assert.match(refusal(TEMPLATE, adjust('nope', '2027-05-31', 'x')), /No goal with id "nope"/);
  });

  it('refuses a due date the file holds in another form', () => {
    const text = swap(TEMPLATE, 'due: 2027-03-31', 'due: 31/03/2027');
    assert.match(refusal(text, adjust(IR, '2027-05-31', 'x')), /is not a date written YYYY-MM-DD/);
  });
});

/** Reasons that YAML misreads when written carelessly. */
const HOSTILE = ['Fix: the thing', '#1 priority', 'a # b', "it's", '"quoted"', 'yes', '2027-01-01', '- item', '[x]', '{y}', ' lead', 'trail ', 'multi\nline', 'cr\r\nlf', 'tab\there', '🚀 launch', 'é ü 𝐀', '\u2028sep', 'null', '~', '!tag', '&anchor', '*alias', '|', '>', '%p', '@at', '`b`'];
const reasonArb = fc
  .oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 16 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }))
  .filter((s) => s.trim() !== '');
const dateArb = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** Plans that hold goal `g` due on 2027-03-31, in several layouts. */
const LAYOUTS: ((eol: string) => string)[] = [
  (n) => `version: 1${n}goals:${n}  - id: g   # the goal${n}    title: G${n}    horizon: short${n}    due: 2027-03-31   # hard${n}    checkpoints:${n}      - { title: C, date: 2027-01-01 }${n}  - id: h${n}    title: H${n}    horizon: long${n}`,
  (n) => `version: 1${n}goals:${n}- id: g${n}  title: G${n}  horizon: short${n}  due: "2027-03-31"${n}  adjustments:${n}  - date: 2026-01-01${n}    from: 2026-12-31${n}    to: 2027-03-31${n}    reason: first${n}  tasks:${n}  - title: T${n}    done: false${n}`,
  (n) => `version: 1${n}goals:${n}  - { id: g, title: G, horizon: short, due: 2027-03-31, adjustments: [] }${n}wins: []${n}`,
  (n) => `# plan${n}version: 1${n}goals:${n}  - id: g${n}    title: G${n}    horizon: short${n}    due: 2027-03-31${n}    adjustments:${n}${n}    notes: ["[[n]]"]   # end${n}`,
];

describe('edits: adjust due date (property)', () => {
  it('any reason and dates round-trip, and every other byte of the file is kept', () => {
    fc.assert(
      fc.property(fc.nat(LAYOUTS.length - 1), fc.boolean(), reasonArb, dateArb, dateArb, (layout, useCrlf, reason, to, date) => {
        const before = (LAYOUTS[layout] ?? LAYOUTS[0]!)(useCrlf ? '\r\n' : '\n');
        const was = findGoal(parseGoals(before).model, 'g');
        assert.ok(was?.due, 'the layout must read');
        const r = applyOp(before, adjust('g', to, reason, date));
        if (to === was.due) {
          assert.equal(r.ok, false);
          return;
        }
        assert.ok(r.ok, r.ok ? '' : r.reason);
        const after = applyEdits(before, r.edits);
        const parsed = parseGoals(after);
        assert.ok(parsed.syntaxOk);
        const goal = findGoal(parsed.model, 'g');
        assert.equal(goal?.due, to);
        const last = goal?.adjustments?.at(-1);
        assert.deepEqual(last && { date: last.date, from: last.from, to: last.to, reason: last.reason }, { date, from: was.due, to, reason });
        assert.equal(goal?.adjustments?.length, (was.adjustments?.length ?? 0) + 1);
        // yaml itself reads the same data: the new entry and nothing else changed.
        const want = parse(before) as { goals: Record<string, unknown>[] };
        const g = want.goals[0]!;
        g.adjustments = [...((g.adjustments as unknown[] | null) ?? []), { date, from: was.due, to, reason }];
        g.due = to;
        assert.deepEqual(parse(after), want);
        // Undo the two edits by hand: the due value back, the inserted text out. Only those changed.
        assert.equal(r.edits.length, 2);
        const [dueEdit, insert] = r.edits as [TextEdit, TextEdit];
        assert.equal(insert.length, 0, 'the record is inserted, never replacing text');
        assert.ok(!/[\r\n]/.test(before.slice(dueEdit.offset, dueEdit.offset + dueEdit.length)), 'the due edit stays on its line');
        assert.equal(applyEdits(after, [{ offset: insert.offset + dueEdit.text.length - dueEdit.length, length: insert.text.length, text: '' }, { offset: dueEdit.offset, length: dueEdit.text.length, text: before.slice(dueEdit.offset, dueEdit.offset + dueEdit.length) }]), before);
        if (useCrlf) assert.ok(!/[^\r]\n/.test(after), 'a bare LF slipped into a CRLF file');
        else assert.ok(!after.includes('\r\n') || reason.includes('\r'), 'a CR line break slipped into an LF file');
      }),
      { numRuns: 300 },
    );
  });
});
