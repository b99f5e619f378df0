import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parse } from 'yaml';
import { applyEdits } from '../../src/core/edits/text';
import { diffEdits } from '../../src/core/edits/diff';
import { plainOk } from '../../src/core/edits/scalar';
import { renderScalar } from '../../src/core/edits/scalar';
import { detectEol, detectIndentUnit } from '../../src/core/edits/text';
import { at } from './helpers';

/** What yaml reads as the value of the key `k` in `text`. */
function valueOfK(text: string, version: '1.1' | '1.2'): unknown {
  return (parse(text, { version }) as { k: unknown }).k;
}

const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('Fix: the thing', '#1', 'yes', 'Off', '2026-01-01', '2026-01-01 10:00', '[x]', ' lead', 'trail ', '1:30', '0o17', '1_000', '.5', '-.inf', '.', '..', '+.', 'a #b', 'a: b', '- x', "'q'", 'null', '~', '<<', '3 talks'),
);

describe('edits: scalars', () => {
  it('a string written by renderScalar reads back as the same string, in block and flow context, YAML 1.2 and 1.1', () => {
    fc.assert(
      fc.property(anyString, fc.constantFrom<'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE'>('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'), (s, style) => {
        for (const version of ['1.2', '1.1'] as const) {
          assert.equal(valueOfK(`k: ${renderScalar(s, false, style)}\n`, version), s);
          assert.deepEqual(valueOfK(`k: [${renderScalar(s, true, style)}, z]\n`, version), [s, 'z']);
          assert.deepEqual(valueOfK(`k: { a: ${renderScalar(s, true, style)} }\n`, version), { a: s });
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps plain the words that need no quotes and quotes the ones that do', () => {
    for (const s of ['Run the monthly incident review', '2h/week', '3 talks', 'ch. 15', 'a#b', 'C++', 'naïve']) assert.ok(plainOk(s, false), s);
    for (const s of ['Fix: the thing', '#1', 'yes', '2026-01-01', '[x]', ' lead', 'trail ', '12', '1.5', 'true', 'null', 'a #b', 'x:']) assert.ok(!plainOk(s, false), s);
    assert.ok(plainOk('a, b', false));
    assert.ok(!plainOk('a, b', true));
  });

  it('writes numbers and booleans plain', () => {
    assert.equal(renderScalar(3.5, false, 'QUOTE_DOUBLE'), '3.5');
    assert.equal(renderScalar(-0, false), '-0');
    assert.equal(renderScalar(true, true), 'true');
  });
});

describe('edits: text helpers', () => {
  it('applies edits given in any order; same-offset insertions keep their order', () => {
    const text = 'abc\ndef\n';
    const out = applyEdits(text, [
      { offset: 4, length: 3, text: 'DEF' },
      { offset: 0, length: 0, text: '1' },
      { offset: 0, length: 0, text: '2' },
    ]);
    assert.equal(out, '12abc\nDEF\n');
    assert.throws(() => applyEdits(text, [{ offset: 0, length: 2, text: '' }, { offset: 1, length: 1, text: '' }]), RangeError);
  });

  it('diffs into one trimmed hunk per changed region', () => {
    const before = 'a: 1\nb: active\nc: 3\nd: 4\ne: 5\nf: 6\n';
    const after = 'a: 1\nb: done\nc: 3\nd: 4\ne: 5\nf: 6\ng: 7\n';
    const edits = diffEdits(before, after);
    assert.deepEqual(edits, [
      { offset: 8, length: 6, text: 'done' },
      { offset: before.length, length: 0, text: 'g: 7\n' },
    ]);
    assert.equal(applyEdits(before, edits), after);
    assert.deepEqual(diffEdits(before, before), []);
  });

  it('diff edits always rebuild the new text', () => {
    const lines = fc.array(fc.constantFrom('a\n', 'b\n', 'c\r\n', 'dd\n', 'e'), { maxLength: 12 }).map((l) => l.join(''));
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const edits = diffEdits(a, b);
        assert.equal(applyEdits(a, edits), b);
        for (let i = 1; i < edits.length; i++) assert.ok(at(edits, i).offset >= at(edits, i - 1).offset + at(edits, i - 1).length);
      }),
      { numRuns: 1000 },
    );
  });

  it('detects line endings and the indentation step', () => {
    assert.equal(detectEol('a: 1\r\nb: 2\r\n'), '\r\n');
    assert.equal(detectEol('a: 1\nb: 2\r\n'), '\n');
    assert.equal(detectIndentUnit('vision:\n    north_star: x\n'), 4);
    assert.equal(detectIndentUnit('goals:\n- id: a\n  metric:\n      name: x\n'), 4);
    assert.equal(detectIndentUnit('version: 1\n'), 2);
  });
});
