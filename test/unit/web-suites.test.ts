/**
 * The web test bundle's list of Node-only suites (test/web/node-only.ts) names real
 * suites, each with a reason, and only those that cannot run in a web worker: every
 * other suite must bundle for the browser (esbuild.js fails the build otherwise).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NODE_ONLY } from '../web/node-only';

const SUITES = path.resolve(__dirname, '../../../test/integration/suite');
const NODE_IMPORT = /from 'node:(?!assert\/strict')[a-z_/]+'/;

describe('web integration suites (test/web/node-only.ts)', () => {
  const files = fs.readdirSync(SUITES).filter((f) => f.endsWith('.test.ts'));

  it('lists only suites that exist, each with a reason', () => {
    for (const [file, reason] of Object.entries(NODE_ONLY)) {
      assert.ok(files.includes(file), `${file} is not in test/integration/suite`);
      assert.ok(reason.length > 20, `${file} needs a reason`);
    }
  });

  it('lists exactly the suites that import a Node built-in other than assert', () => {
    const needNode = files.filter((f) => NODE_IMPORT.test(fs.readFileSync(path.join(SUITES, f), 'utf8'))).sort();
    assert.deepEqual(Object.keys(NODE_ONLY).sort(), needNode);
  });
});
