/**
 * `node:assert/strict` for the web test bundle: the `assert` package (a port of Node's
 * assert for browsers), in its strict mode, so the suites' checks mean the same in both hosts.
 */
import assert from 'assert';

const strict = assert.strict;
export = strict;
