/**
 * Small assertions shared by the unit tests.
 */
import * as assert from 'node:assert/strict';

/**
 * `xs[i]`, failing the test with a clear message when there is no such element, so a
 * missing diagnostic or goal reads as "expected an element at 0 of 0" rather than a
 * TypeError a line later.
 */
export function at<T>(xs: readonly T[], i: number): T {
  const x = i < 0 ? xs[xs.length + i] : xs[i];
  assert.ok(x !== undefined, `expected an element at ${i} of ${xs.length}`);
  return x;
}

/** Runs the enclosing suite's tests with `process.env.TZ` set to `zone`, and puts it back after each. */
export function inTimeZone(zone: string): void {
  let before: string | undefined;
  beforeEach(() => {
    before = process.env.TZ;
    process.env.TZ = zone;
  });
  afterEach(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });
}
