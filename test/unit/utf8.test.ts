/**
 * Finding the first byte that is not UTF-8: agrees with a strict decoder on any bytes,
 * and names the line and the column (UTF-16, as VS Code counts) the editor would show.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { firstInvalidUtf8 } from '../../src/core/text/utf8';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

describe('firstInvalidUtf8', () => {
  it('agrees with a strict decoder on any bytes, and everything before the bad byte decodes', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 20 }).map((s) => new TextEncoder().encode(s)),
      fc.tuple(fc.string({ unit: 'binary', maxLength: 10 }), fc.integer({ min: 0x80, max: 0xff }), fc.string({ maxLength: 5 })).map(([a, b, c]) => new Uint8Array([...new TextEncoder().encode(a), b, ...new TextEncoder().encode(c)])),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        let valid = true;
        try {
          strict.decode(b);
        } catch {
          valid = false;
        }
        const bad = firstInvalidUtf8(b);
        assert.equal(bad === undefined, valid, `bytes ${[...b].map((x) => x.toString(16)).join(' ')}: found ${JSON.stringify(bad)}, strict decoder says ${valid ? 'valid' : 'invalid'}`);
        if (!bad) return;
        const before = strict.decode(b.slice(0, bad.offset));
        const lines = before.split('\n');
        assert.equal(bad.line, lines.length, 'the line of the bad byte');
        assert.equal(bad.column, (lines.at(-1) ?? '').length + 1, 'the column, in UTF-16 code units of the text before it');
      }),
      { numRuns: 500 },
    );
  });

  it('names line and column after multi-byte characters, a BOM and CRLF', () => {
    const enc = (s: string) => [...new TextEncoder().encode(s)];
    assert.deepEqual(firstInvalidUtf8(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('a: 1\r\nb: é😀'), 0xff])), { offset: 18, byte: 0xff, line: 2, column: 7 });
    assert.deepEqual(firstInvalidUtf8(new Uint8Array([...enc('x'), 0xed, 0xa0, 0x80])), { offset: 1, byte: 0xed, line: 1, column: 2 }, 'a surrogate is not UTF-8');
    assert.deepEqual(firstInvalidUtf8(new Uint8Array([0xc0, 0xaf])), { offset: 0, byte: 0xc0, line: 1, column: 1 }, 'an overlong form is not UTF-8');
    assert.equal(firstInvalidUtf8(new Uint8Array(enc('version: 1\n'))), undefined);
  });
});
