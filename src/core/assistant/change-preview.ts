/**
 * What a write will change, as the person confirms it: the lines of goals.yaml that go
 * and the lines that come, with their line number, in the style of a diff.
 */

/** At most this many lines each way; a tool's write is a line or two. */
const MAX_LINES = 12;

/**
 * The changed lines between `before` and `after` as diff lines (`- 12 | old`, `+ 12 | new`),
 * from the first line that differs to the last one; empty when nothing differs.
 */
export function changePreview(before: string, after: string): string[] {
  const a = before.split(/\r?\n/);
  const b = after.split(/\r?\n/);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const side = (lines: string[], sign: string): string[] => {
    const shown = lines.slice(0, MAX_LINES).map((l, i) => `${sign} ${start + i + 1} | ${l}`);
    return lines.length > MAX_LINES ? [...shown, `${sign} … ${lines.length - MAX_LINES} more lines`] : shown;
  };
  return [...side(a.slice(start, endA), '-'), ...side(b.slice(start, endB), '+')];
}
