/**
 * `npm run bench -- --assistant`: the assistant tools' figures (issue 25's closing note).
 * - get_plan: the core's work (analyze, then the plan's text) on the typical and the
 *   heavy plan, and the same tool called through `career-goals mcp` over stdio, a real
 *   JSON-RPC round trip that re-reads the file as every call does;
 * - the server's start-up: from spawning `node dist/cli.js mcp` to its answer to
 *   `initialize`, and to its first get_plan answer;
 * - what the MCP SDK (with zod and the rest it pulls in) adds to dist/cli.js, from
 *   esbuild's metafile, unminified and minified, and a check that none of it is in
 *   dist/extension.js or dist/web.js.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { analyze } from '../../src/core/analyze';
import { planText } from '../../src/core/assistant/plan-text';
import { ROOT } from '../lib/paths';

const CLI = path.join(ROOT, 'dist', 'cli.js');

function middle(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/** A JSON-RPC client on a spawned `career-goals mcp`: send a request, await its answer. */
function startServer(plan: string): { request(method: string, params: object): Promise<number>; close(): Promise<void>; spawnedAt: number } {
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [CLI, 'mcp', '--file', plan, '--today', '2026-12-06'], { stdio: ['pipe', 'pipe', 'ignore'] });
  let buffer = '';
  let id = 0;
  const waiting = new Map<number, () => void>();
  child.stdout.on('data', (d: Buffer) => {
    buffer += d.toString('utf8');
    let nl;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      const msg = JSON.parse(line) as { id?: number };
      if (msg.id !== undefined) waiting.get(msg.id)?.();
    }
  });
  return {
    spawnedAt,
    request(method, params) {
      const n = ++id;
      const sent = performance.now();
      return new Promise((resolve) => {
        waiting.set(n, () => resolve(performance.now() - sent));
        child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id: n, method, params })}\n`);
      });
    },
    close: () =>
      new Promise((resolve) => {
        child.on('exit', () => resolve());
        child.stdin.end();
      }),
  };
}

const INIT = { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '1' } };

async function serverFigures(plan: string, calls: number): Promise<{ initMs: number; firstPlanMs: number; planMs: number }> {
  const server = startServer(plan);
  await server.request('initialize', INIT);
  const initMs = performance.now() - server.spawnedAt;
  await server.request('tools/call', { name: 'get_plan', arguments: {} });
  const firstPlanMs = performance.now() - server.spawnedAt;
  const times: number[] = [];
  for (let i = 0; i < calls; i++) times.push(await server.request('tools/call', { name: 'get_plan', arguments: {} }));
  await server.close();
  return { initMs, firstPlanMs, planMs: middle(times) };
}

/** dist/cli.js as esbuild.js builds it; with `withoutMcp`, src/cli/mcp.ts (and so the SDK) left out. */
function buildCli(minify: boolean, withoutMcp: boolean): Promise<esbuild.BuildResult<{ write: false; metafile: true }>> {
  const stub: esbuild.Plugin = {
    name: 'no-mcp',
    setup(build) {
      build.onResolve({ filter: /^\.\/mcp$/ }, () => ({ path: 'mcp', namespace: 'stub' }));
      build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export {}', loader: 'js' }));
    },
  };
  return esbuild.build({ entryPoints: [path.join(ROOT, 'src/cli/main.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node18', write: false, metafile: true, minify, define: { __CLI_VERSION__: '"bench"' }, logLevel: 'error', plugins: withoutMcp ? [stub] : [] });
}

/** The size of dist/cli.js, what the MCP server adds to it (with and without it), and by package. */
async function sdkBytes(minify: boolean): Promise<{ total: number; added: number; byPackage: [string, number][] }> {
  const r = await buildCli(minify, false);
  const without = await buildCli(minify, true);
  const out = Object.values(r.metafile.outputs)[0];
  const byPackage = new Map<string, number>();
  for (const [file, { bytesInOutput }] of Object.entries(out?.inputs ?? {})) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
    // The core's packages and the export's charts were there before the server.
    if (!m?.[1] || m[1] === 'yaml' || m[1] === 'date-fns' || m[1].startsWith('d3-')) continue;
    byPackage.set(m[1], (byPackage.get(m[1]) ?? 0) + bytesInOutput);
  }
  const sorted = [...byPackage].sort((a, b) => b[1] - a[1]);
  const total = out?.bytes ?? 0;
  return { total, added: total - (Object.values(without.metafile.outputs)[0]?.bytes ?? 0), byPackage: sorted };
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

/** Runs the section; `plans` are the bench's generated plans by name. */
export async function runAssistantBench(plans: [string, string][]): Promise<void> {
  console.log('\nAssistant tools (issue 25): get_plan, the MCP server, the SDK in dist/cli.js\n');
  if (!fs.existsSync(CLI)) {
    console.log('dist/cli.js is missing: build first.');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-bench-mcp-'));
  try {
    console.log('| plan | size | analyze | plan text | get_plan over stdio (median of 21) | text |');
    console.log('|:--|--:|--:|--:|--:|--:|');
    for (const [name, text] of plans) {
      const today = new Date(2026, 11, 6);
      const analyses: number[] = [];
      const texts: number[] = [];
      let out = '';
      for (let i = 0; i < 21; i++) {
        const t = performance.now();
        const a = analyze(text, today);
        const t2 = performance.now();
        out = planText(a, today);
        analyses.push(t2 - t);
        texts.push(performance.now() - t2);
      }
      const file = path.join(dir, `${name.replace(/\W+/g, '-')}.yaml`);
      fs.writeFileSync(file, text);
      const server = await serverFigures(file, 21);
      console.log(`| ${name} | ${kb(text.length)} | ${middle(analyses).toFixed(1)} ms | ${middle(texts).toFixed(1)} ms | ${server.planMs.toFixed(1)} ms | ${kb(out.length)} |`);
    }
    const small = plans[0];
    if (small) {
      const file = path.join(dir, 'startup.yaml');
      fs.writeFileSync(file, small[1]);
      const runs: { initMs: number; firstPlanMs: number }[] = [];
      for (let i = 0; i < 5; i++) runs.push(await serverFigures(file, 0));
      console.log(`\nStart-up (${small[0]} plan, median of 5): spawn to the initialize answer ${middle(runs.map((r) => r.initMs)).toFixed(0)} ms, to the first get_plan answer ${middle(runs.map((r) => r.firstPlanMs)).toFixed(0)} ms.`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  for (const minify of [false, true]) {
    const b = await sdkBytes(minify);
    console.log(`\ndist/cli.js ${minify ? 'minified (npm run build -- --production)' : 'unminified (npm run build)'}: ${kb(b.total)}; the MCP server adds ${kb(b.added)} (${kb(b.total - b.added)} without it), from: ${b.byPackage.map(([p, n]) => `${p} ${kb(n)}`).join(', ')}, and its own code.`);
  }
  for (const bundle of ['extension.js', 'web.js']) {
    const file = path.join(ROOT, 'dist', bundle);
    const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    console.log(`dist/${bundle}: ${/modelcontextprotocol|McpServer(?!Definition)|ZodError/.test(text) ? 'CONTAINS the MCP SDK or zod: MISSED' : 'no MCP SDK, no zod (ok)'}`);
  }
}
