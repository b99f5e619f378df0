/**
 * `npm run demo` keeps working: its non-interactive mode (DEMO_SCREENSHOT) serves the
 * example workspace in code-server with the extension loaded from this folder, checks
 * that the Goals view shows the example's horizons, and saves test-results/demo.png.
 */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { freshRunDir, RESULTS_DIR, ROOT } from '../../scripts/lib/paths';

describe('npm run demo', () => {
  it('serves the example workspace with the extension loaded', async () => {
    const demoDir = freshRunDir('demo-test');
    const shot = path.join(RESULTS_DIR, 'demo.png');
    fs.rmSync(shot, { force: true });
    const output: string[] = [];
    const code = await new Promise<number>((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'out', 'scripts', 'demo.js')], {
        cwd: ROOT,
        env: { ...process.env, DEMO_DIR: demoDir, DEMO_SCREENSHOT: shot, DEMO_CODE_SERVER: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.on('data', (d) => output.push(String(d)));
      child.stderr.on('data', (d) => output.push(String(d)));
      child.on('error', reject);
      child.on('exit', (c) => resolve(c ?? 1));
    });
    fs.rmSync(demoDir, { recursive: true, force: true });
    assert.equal(code, 0, `demo exited with ${code}:\n${output.join('')}`);
    assert.ok(fs.statSync(shot).size > 10_000, 'the demo screenshot should be a real picture of the workbench');
  });
});
