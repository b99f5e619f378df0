/**
 * Where a file's bytes stop being UTF-8. goals.yaml is read as UTF-8; a byte that is not
 * part of a UTF-8 character would be decoded to U+FFFD and, on the next write, saved as
 * that replacement character: the person's text lost without a word. Finding the first
 * such byte lets every reader (the command line, the extension) name it by line and
 * column and refuse to write.
 */
import * as l10n from '@vscode/l10n';

/** The first byte that is not part of a UTF-8 character, by 1-based line and column. */
export interface InvalidUtf8 {
  /** Offset of the byte in the file. */
  offset: number;
  /** The byte's value (0–255). */
  byte: number;
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units of the valid text before it on its line, as VS Code counts. */
  column: number;
}

/** The length of the UTF-8 sequence at `i`, or 0 when the bytes there are not one (overlong and surrogate forms included). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    // E0 needs A0–BF next (no overlong form), ED 80–9F (no surrogate).
    const second = b0 === 0xe0 ? cont(1, 0xa0) : b0 === 0xed ? cont(1, 0x80, 0x9f) : cont(1);
    return second && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    // F0 needs 90–BF next (no overlong form), F4 80–8F (nothing past U+10FFFF).
    const second = b0 === 0xf0 ? cont(1, 0x90) : b0 === 0xf4 ? cont(1, 0x80, 0x8f) : cont(1);
    return second && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** The first byte of `bytes` that is not UTF-8, with its line and column; undefined when all of it is UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): InvalidUtf8 | undefined {
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes, i);
    if (n === 0) return { offset: i, byte: bytes[i] ?? 0, line, column };
    if (bytes[i] === 0x0a) {
      line++;
      column = 1;
    } else if (!(i === 0 && n === 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) {
      // A character past U+FFFF is two UTF-16 code units; a leading BOM is dropped by every reader.
      column += n === 4 ? 2 : 1;
    }
    i += n;
  }
  return undefined;
}

/** What is wrong, in words: `The byte 0xE9 at line 2, column 21 is not UTF-8 …`. */
export function invalidUtf8Message(bad: InvalidUtf8): string {
  const hex = bad.byte.toString(16).toUpperCase().padStart(2, '0');
  return l10n.t(
    'This file is not valid UTF-8: the byte 0x{0} at line {1}, column {2} is not part of a UTF-8 character. Career Goals reads and writes goals.yaml as UTF-8, so it does not edit this file until it is saved as UTF-8 (in VS Code: Reopen with Encoding, then Save with Encoding, UTF-8).',
    hex,
    bad.line,
    bad.column,
  );
}
