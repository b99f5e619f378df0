/**
 * `career-goals mcp` end to end: dist/cli.js (built by `npm run test:unit`) driven by the
 * MCP SDK's own Client over stdio, on a copy of the example plan. Every write is checked
 * against the file: exactly the intended lines change, comments stay; every bad input is
 * `isError` with the file byte-identical. No language model is involved.
 */
import * as assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { writePlan } from '../../src/cli/plan-writer';
import { TOOLS } from '../../src/core/assistant';
import { checkLogWin } from '../../src/core/assistant/tool-input';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const EXAMPLE = fs.readFileSync(path.join(ROOT, 'examples', 'goals.yaml'), 'utf8');
const TODAY = '2026-12-06';

const JOURNAL_ENTRY = `---
kind: weekly
date: 2026-12-01
overall: 25
progress:
  calm-on-call: 50
---

# Weekly Review — 2026-12-01
`;

interface ToolText {
  text: string;
  isError: boolean;
}

/** The lines of `after` that are not in `before` and those of `before` not in `after`, in order. */
function lineDiff(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { removed: a.slice(start, endA), added: b.slice(start, endB) };
}

describe('career-goals mcp (MCP server over stdio)', function () {
  this.timeout(30_000);
  let dir: string;
  let plan: string;
  let client: Client;
  let transport: StdioClientTransport;

  async function call(name: string, args: Record<string, unknown> = {}): Promise<ToolText> {
    const r = (await client.callTool({ name, arguments: args })) as { content: { type: string; text?: string }[]; isError?: boolean };
    return { text: r.content.map((c) => c.text ?? '').join('\n'), isError: r.isError === true };
  }

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-mcp-'));
    plan = path.join(dir, 'goals.yaml');
    fs.writeFileSync(plan, EXAMPLE);
    fs.mkdirSync(path.join(dir, 'reviews'));
    fs.writeFileSync(path.join(dir, 'reviews', '2026-12-01-weekly.md'), JOURNAL_ENTRY);
    fs.mkdirSync(path.join(dir, '.vscode'));
    fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), '{\n  // mine\n  "careerGoals.reflectionPrompts": { "weekly": ["...", "Who helped me this week?"], },\n}\n');
    transport = new StdioClientTransport({ command: process.execPath, args: [CLI, 'mcp', '--file', plan, '--today', TODAY], cwd: dir, stderr: 'pipe' });
    client = new Client({ name: 'career-goals-test', version: '1.0.0' });
    await client.connect(transport);
  });

  after(async () => {
    await client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  afterEach(() => fs.writeFileSync(plan, EXAMPLE));

  it('lists its tools, prompts and resources', async () => {
    const listed = (await client.listTools()).tools;
    assert.deepEqual(listed.map((t) => t.name).sort(), ['check_plan', 'complete_task', 'get_evidence', 'get_history', 'get_plan', 'log_win', 'update_metric']);
    // The inputs match the VS Code tools' (package.json), less the folder a workspace has.
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { languageModelTools: { name: string; inputSchema: { properties: object; required?: string[] } }[] } };
    for (const spec of Object.values(TOOLS)) {
      const mcp = listed.find((t) => t.name === spec.mcp);
      const lm = manifest.contributes.languageModelTools.find((t) => t.name === spec.lm);
      assert.ok(mcp && lm, spec.mcp);
      assert.equal(mcp.description, spec.description);
      assert.deepEqual(Object.keys(mcp.inputSchema.properties ?? {}).sort(), Object.keys(lm.inputSchema.properties).filter((k) => k !== 'folder').sort(), spec.mcp);
      assert.deepEqual([...(mcp.inputSchema.required ?? [])].sort(), [...(lm.inputSchema.required ?? [])].sort(), spec.mcp);
    }
    const prompts = (await client.listPrompts()).prompts.map((p) => p.name).sort();
    assert.deepEqual(prompts, ['monthly_review', 'quarterly_reset', 'weekly_review']);
    const resources = (await client.listResources()).resources.map((r) => r.uri);
    assert.ok(resources.some((u) => u.startsWith('file://') && u.endsWith('/goals.yaml')), resources.join(', '));
    assert.ok(resources.includes('career-goals-journal:///2026-12-01-weekly.md'), resources.join(', '));
  });

  it('get_plan states the overall figure as the status bar does, and each active goal', async () => {
    const r = await call('get_plan');
    assert.equal(r.isError, false);
    assert.match(r.text, /^Overall progress: 30% · 5 goals$/m);
    assert.match(r.text, /^- Cut on-call pages for the payments service \[id: calm-on-call\] \(short-term\): 62% · on track · 10d buffer$/m);
    assert.match(r.text, /Move disk alerts to SLO burn rate \(high priority, due 2026-11-27, overdue\)/);
    assert.match(r.text, /^Due review: none \(last review: weekly, 2026-12-01\)$/m);
    assert.match(r.text, /\[pitfall\/behind\]/);
  });

  it('get_history lists the journal point and today, within since and until', async () => {
    const all = await call('get_history');
    assert.match(all.text, /^- 2026-12-01 weekly review: overall 25% \(reviews\/2026-12-01-weekly\.md\)$/m);
    assert.match(all.text, /^- 2026-12-06 today: overall 30%$/m);
    assert.match(all.text, /^Weekly review streak: 1 week \(best 1\)$/m);
    const late = await call('get_history', { since: '2026-12-02' });
    assert.doesNotMatch(late.text, /2026-12-01/);
    assert.match(late.text, /2026-12-06 today/);
  });

  it('check_plan reports the problems as career-goals check does', async () => {
    const r = await call('check_plan');
    const check = spawnSync(process.execPath, [CLI, 'check', 'goals.yaml', '--today', TODAY], { cwd: dir, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
    assert.equal(r.text, check.stdout);
    assert.match(r.text, /goals\.yaml:\d+:\d+: info: .*\[pitfall\/behind\]/);
  });

  it('log_win adds exactly one line under wins:, keeping every comment', async () => {
    const r = await call('log_win', { text: 'Shipped the pager dashboard', goal: 'calm-on-call' });
    assert.equal(r.isError, false, r.text);
    assert.match(r.text, /^Done: Log a win dated 2026-12-06/);
    const diff = lineDiff(EXAMPLE, fs.readFileSync(plan, 'utf8'));
    assert.deepEqual(diff, { removed: [], added: ['  - { date: 2026-12-06, text: Shipped the pager dashboard, goal: calm-on-call }'] });
  });

  it('update_metric changes only the current value on the metric line', async () => {
    const r = await call('update_metric', { goal: 'Lead the deploy pipeline migration across three teams', value: 2 });
    assert.equal(r.isError, false, r.text);
    const diff = lineDiff(EXAMPLE, fs.readFileSync(plan, 'utf8'));
    assert.deepEqual(diff, {
      removed: ['    metric: { name: teams migrated, unit: teams, start: 0, target: 3, current: 1 }'],
      added: ['    metric: { name: teams migrated, unit: teams, start: 0, target: 3, current: 2 }'],
    });
  });

  it('complete_task marks one task done, by title or by number', async () => {
    const r = await call('complete_task', { goal: 'deploy-migration', task: 'pair with the payments team on their first deploy' });
    assert.equal(r.isError, false, r.text);
    assert.deepEqual(lineDiff(EXAMPLE, fs.readFileSync(plan, 'utf8')), {
      removed: ['      - { title: Pair with the payments team on their first deploy, done: false, priority: high, due: 2026-12-11 }'],
      added: ['      - { title: Pair with the payments team on their first deploy, done: true, priority: high, due: 2026-12-11 }'],
    });
    fs.writeFileSync(plan, EXAMPLE);
    const byNumber = await call('complete_task', { goal: 'mentoring', task: 2 });
    assert.equal(byNumber.isError, false, byNumber.text);
    assert.deepEqual(lineDiff(EXAMPLE, fs.readFileSync(plan, 'utf8')).added, ['      - { title: Fortnightly 1:1 with Lena, done: true, priority: high }']);
  });

  const BAD: [string, Record<string, unknown>, RegExp][] = [
    ['log_win', { text: '   ' }, /text is empty/],
    ['log_win', {}, /text must be text, and it is missing|Invalid arguments/],
    ['log_win', { text: 'x', goal: 'no-such-goal' }, /There is no goal "no-such-goal".*Active goals: staff-engineer/],
    ['log_win', { text: 'x', date: '2026-02-30' }, /date 2026-02-30 is not a real calendar date/],
    ['log_win', { text: 'x', date: 'yesterday' }, /date must be a date written YYYY-MM-DD/],
    ['log_win', { text: 'x', date: '2027-01-01' }, /in the future/],
    ['log_win', { text: 'bell \u0007 ring' }, /control characters/],
    ['log_win', { text: 'x'.repeat(600) }, /600 characters long/],
    ['update_metric', { goal: 'calm-on-call', value: 'lots' }, /value must be a number.*"lots"/],
    ['update_metric', { goal: 'calm-on-call', value: true }, /Invalid arguments|value must be a number/],
    ['update_metric', { goal: 'staff-engineer', value: 3 }, /has no metric/],
    ['update_metric', { goal: '', value: 3 }, /goal must be the id or title/],
    ['complete_task', { goal: 'deploy-migration', task: 'Water the plants' }, /has no task "Water the plants".*Its open tasks/],
    ['complete_task', { goal: 'deploy-migration', task: 'Write the migration RFC' }, /already done/],
    ['complete_task', { goal: 'deploy-migration', task: 9 }, /has 4 tasks; there is no task 9/],
    ['complete_task', { goal: 'deploy-migration\n- hostile: [', task: 1 }, /There is no goal "deploy-migration - hostile: \["/],
    ['get_history', { since: '2026-13-01' }, /not a real calendar date/],
    ['get_history', { since: '2026-12-01', until: '2026-11-01' }, /since 2026-12-01 is after until 2026-11-01/],
    // Started without --repo, as `career-goals evidence` will not run without one.
    ['get_evidence', {}, /started with none\. Add "--repo", "\/path\/to\/repository"/],
    ['get_evidence', { since: '2026-02-30' }, /since 2026-02-30 is not a real calendar date/],
  ];
  for (const [tool, args, message] of BAD) {
    it(`${tool} ${JSON.stringify(args).slice(0, 60)} is an error, and the file is untouched`, async () => {
      const r = await call(tool, args);
      assert.equal(r.isError, true, r.text);
      assert.match(r.text, message);
      assert.equal(fs.readFileSync(plan, 'utf8'), EXAMPLE);
    });
  }

  it('refuses to write a file with a YAML syntax error', async () => {
    const broken = EXAMPLE.replace('goals:\n  # Long-term', 'goals:\n  - [unclosed\n  # Long-term');
    fs.writeFileSync(plan, broken);
    const r = await call('log_win', { text: 'x' });
    assert.equal(r.isError, true, r.text);
    assert.match(r.text, /not done/);
    assert.equal(fs.readFileSync(plan, 'utf8'), broken);
  });

  it('keeps serving after a line that is not JSON-RPC', async () => {
    const child = (transport as unknown as { _process?: ChildProcess })._process;
    assert.ok(child?.stdin, 'the server process');
    child.stdin.write('this is not json {\n');
    child.stdin.write('{"jsonrpc":"2.0","method":"no/such"}\n');
    const r = await call('get_plan');
    assert.match(r.text, /Overall progress: 30%/);
  });

  it('the prompts carry the steps, the person\'s reflection prompts and the context', async () => {
    const weekly = await client.getPrompt({ name: 'weekly_review' });
    const body = weekly.messages.map((m) => (m.content.type === 'text' ? m.content.text : '')).join('\n');
    assert.match(body, /^1\. What moved forward this week\?$/m);
    assert.match(body, /^5\. Who helped me this week\?$/m, 'the workspace setting adds its prompt after the built-ins');
    assert.match(body, /^Last review: weekly, 2026-12-01/m);
    assert.match(body, /^- Cut on-call pages for the payments service: 50% → 62%$/m);
    assert.match(body, /do not write a journal entry/);
    const quarterly = await client.getPrompt({ name: 'quarterly_reset' });
    assert.match(JSON.stringify(quarterly.messages), /Update success metrics/);
  });

  it('reads the goals file and a journal entry as resources, and nothing outside the journal', async () => {
    const uri = (await client.listResources()).resources.find((r) => r.uri.startsWith('file://'))?.uri ?? '';
    const goals = await client.readResource({ uri });
    assert.equal((goals.contents[0] as { text?: string }).text, EXAMPLE);
    const entry = await client.readResource({ uri: 'career-goals-journal:///2026-12-01-weekly.md' });
    assert.equal((entry.contents[0] as { text?: string }).text, JOURNAL_ENTRY);
    await assert.rejects(client.readResource({ uri: 'career-goals-journal:///..%2Fgoals.yaml' }), /no journal entry/);
  });
});

describe('career-goals mcp as a process', function () {
  this.timeout(30_000);

  it('writes nothing but protocol on stdout and ends when stdin closes', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-mcp-'));
    try {
      fs.writeFileSync(path.join(dir, 'goals.yaml'), EXAMPLE);
      const child = spawn(process.execPath, [CLI, 'mcp', '--today', TODAY], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } } })}\n`);
      child.stdin.write('not json\n');
      child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'get_plan', arguments: {} } })}\n`);
      child.stdin.end();
      assert.equal(await exited, 0);
      const lines = stdout.split('\n').filter(Boolean);
      assert.equal(lines.length, 2, stdout);
      for (const l of lines) assert.equal((JSON.parse(l) as { jsonrpc: string }).jsonrpc, '2.0');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints its help on stdout, and refuses a bad option with exit code 2', () => {
    const help = spawnSync(process.execPath, [CLI, 'mcp', '--help'], { encoding: 'utf8', input: '', env: { ...process.env, LC_ALL: 'C' } });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: career-goals mcp \[options\]$/m);
    const bad = spawnSync(process.execPath, [CLI, 'mcp', '--today', '2026-02-30'], { encoding: 'utf8', input: '', env: { ...process.env, LC_ALL: 'C' } });
    assert.equal(bad.status, 2);
    assert.equal(bad.stdout, '');
    assert.match(bad.stderr, /--today 2026-02-30 is not a real calendar date/);
  });

  it('refuses to start on a missing plan, saying so on stderr', () => {
    const r = spawnSync(process.execPath, [CLI, 'mcp', '--file', path.join(os.tmpdir(), 'no-such-dir-cg', 'goals.yaml')], { encoding: 'utf8', input: '', env: { ...process.env, LC_ALL: 'C' } });
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /goals\.yaml: no such file or folder/);
  });
});

describe('the MCP write rule (writePlan)', () => {
  let dir: string;
  let plan: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-write-'));
    plan = path.join(dir, 'goals.yaml');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('computes the edit again when the file changed between the read and the write', () => {
    fs.writeFileSync(plan, EXAMPLE);
    const other = EXAMPLE.replace('version: 1\n', 'version: 1\n# written by another program meanwhile\n');
    let calls = 0;
    const r = writePlan(plan, (model) => {
      // The first time, another program writes the file while this edit is computed.
      if (calls++ === 0) fs.writeFileSync(plan, other);
      return checkLogWin(model, { text: 'Late win' }, TODAY);
    });
    assert.equal(r.ok, true);
    assert.equal(calls, 2);
    const after = fs.readFileSync(plan, 'utf8');
    assert.deepEqual(lineDiff(other, after), { removed: [], added: ['  - { date: 2026-12-06, text: Late win }'] }, 'the other program\'s line stays');
  });

  it('refuses, writing nothing, when the file keeps changing', () => {
    fs.writeFileSync(plan, EXAMPLE);
    let n = 0;
    const r = writePlan(plan, (model) => {
      fs.writeFileSync(plan, `${EXAMPLE}# change ${++n}\n`);
      return checkLogWin(model, { text: 'x' }, TODAY);
    });
    assert.equal(r.ok, false);
    assert.match(r.ok ? '' : r.error, /kept changing/);
    assert.equal(fs.readFileSync(plan, 'utf8'), `${EXAMPLE}# change ${n}\n`);
  });

  it('keeps a byte order mark and CRLF line endings', () => {
    const crlf = `\uFEFF${EXAMPLE.replace(/\n/g, '\r\n')}`;
    fs.writeFileSync(plan, crlf);
    const r = writePlan(plan, (model) => checkLogWin(model, { text: 'CRLF win' }, TODAY));
    assert.equal(r.ok, true);
    const after = fs.readFileSync(plan, 'utf8');
    assert.ok(after.startsWith('\uFEFF'));
    assert.deepEqual(lineDiff(crlf, after), { removed: [], added: ['  - { date: 2026-12-06, text: CRLF win }\r'] });
  });
});
