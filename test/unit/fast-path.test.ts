/**
 * The one rule of the fast paths (src/core/parse/fast-path.ts): a decline or an internal
 * error leaves the text to the full parser; an error is told to the owner's sink, and
 * the person gets the full parser's result, never the error.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { IncrementalAnalyzer } from '../../src/core/incremental';
import { parseGoals } from '../../src/core/parse';
import { fastOrFull, type FastPath } from '../../src/core/parse/fast-path';

describe('fast paths and their fallback', () => {
  it('takes the fast result when there is one, and never runs the full path', () => {
    const heard: unknown[] = [];
    const r = fastOrFull('plain-reader', () => 'fast', () => assert.fail('the full path ran'), (_w, e) => heard.push(e));
    assert.deepEqual({ r, heard }, { r: 'fast', heard: [] });
  });

  it('falls back quietly when the fast path declines', () => {
    const heard: unknown[] = [];
    const r = fastOrFull<string>('plain-reader', () => undefined, () => 'full', (_w, e) => heard.push(e));
    assert.deepEqual({ r, heard }, { r: 'full', heard: [] });
  });

  it('falls back, and tells the sink, when the fast path throws', () => {
    const boom = new Error('a bug on the fast path');
    const heard: [FastPath, unknown][] = [];
    const r = fastOrFull<string>('incremental', () => { throw boom; }, () => 'full', (w, e) => heard.push([w, e]));
    assert.deepEqual({ r, heard }, { r: 'full', heard: [['incremental', boom]] });
    // Without a sink the fallback is the same.
    assert.equal(fastOrFull<string>('incremental', () => { throw boom; }, () => 'full'), 'full');
  });

  it('lets the full path\'s own error through: it is not a fast path\'s', () => {
    assert.throws(() => fastOrFull<string>('plain-reader', () => undefined, () => { throw new Error('full'); }), /full/);
  });

  it('gives the full analysis when the incremental analyzer fails inside, and reads pieces afresh after', () => {
    const text = fs.readFileSync(path.join(__dirname, '../../../examples/goals.yaml'), 'utf8');
    const heard: FastPath[] = [];
    const analyzer = new IncrementalAnalyzer((w) => heard.push(w));
    const today = new Date(2026, 10, 21);
    analyzer.analyze(text, today);
    // Break the analyzer's own reading, as a bug would (the instance's private method).
    const inside = analyzer as unknown as { read: (t: string) => unknown };
    const read = inside.read.bind(analyzer);
    inside.read = () => { throw new Error('a bug in the incremental analyzer'); };
    const edited = text.replace('title:', 'title: ');
    const failed = analyzer.parse(edited);
    assert.deepEqual({ heard, model: failed.model, diagnostics: failed.diagnostics }, { heard: ['incremental'], model: parseGoals(edited).model, diagnostics: parseGoals(edited).diagnostics });
    inside.read = read;
    const before = { ...analyzer.counts };
    analyzer.parse(edited);
    assert.deepEqual(analyzer.counts, { ...before, full: before.full + 1 }, 'after a failure the analyzer keeps no pieces from it: the next read starts afresh, whole');
  });
});
