import * as assert from 'node:assert/strict';
import { applyOp } from '../../src/core/edits';
import { applyEdits } from '../../src/core/edits/text';
import { diffEdits } from '../../src/core/edits/diff';
import { trimEdits } from '../../src/core/edits/text';

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

describe('edits: every edit starts and ends on a code point', () => {
  it('renames `🚀 Launch` to `🔥 Launch` by replacing the whole emoji', () => {
    const text = 'version: 1\ngoals:\n  - id: l\n    title: 🚀 Launch\n    horizon: short\n';
    const r = applyOp(text, { op: 'setGoalField', goalId: 'l', field: 'title', value: '🔥 Launch' });
    assert.ok(r.ok, r.ok ? '' : r.reason);
    assert.deepEqual(r.edits, [{ offset: text.indexOf('🚀'), length: 2, text: '🔥' }]);
    assert.equal(applyEdits(text, r.edits), text.replace('🚀', '🔥'));
  });

  it('keeps pairs whole when trimming a shared suffix or diffing lines', () => {
    // U+1F601 and U+10601 differ in the first half of their pair and share the second.
    const before = 'a \u{1F601} b\n';
    const after = 'a \u{10601} b\n';
    for (const e of [...trimEdits(before, [{ offset: 0, length: before.length, text: after }]), ...diffEdits(before, after)]) {
      assert.ok(!isLow(before.charCodeAt(e.offset)) && !isHigh(before.charCodeAt(e.offset + e.length - 1)), JSON.stringify(e));
      assert.equal(applyEdits(before, [e]), after);
    }
  });
});
