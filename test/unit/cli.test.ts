/**
 * The `career-goals` command line end to end: dist/cli.js (built by `npm run test:unit`)
 * run as a child process on fixtures copied into a temp folder.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { analyze } from '../../src/core/analyze';
import { LineIndex } from '../../src/core/text/line-index';
import { DIAGNOSTIC_CODES } from '../../src/core/validate-codes';
import { locate } from '../../src/cli/located';
import { formatSarif } from '../../src/cli/check-formats';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(cwd: string, ...args: string[]): Run {
  // English whatever the machine's locale: the German run is its own test (cli-language.test.ts).
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CAREER_GOALS_DEBUG: '', LC_ALL: 'C' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const CLEAN = `version: 1
vision: { north_star: Grow, values: [craft] }
goals:
  - id: a
    title: Goal A
    horizon: short
    values: [craft]
    why: because
    flexibility: smaller scope
    start: 2026-10-01
    due: 2026-12-31
    metric: { name: pages, unit: pages, start: 0, target: 10, current: 5 }
wins:
  - { date: 2026-11-20, text: Did a thing, goal: a }
`;
/** A warning (unknown key) and nothing worse. */
const WARNS = CLEAN.replace('    why: because\n', '    why: because\n    colour: blue\n');

/** A SARIF 2.1.0 log's required shape (the parts of the OASIS schema this tool writes). */
const SARIF_SHAPE = {
  type: 'object',
  required: ['version', 'runs'],
  properties: {
    version: { const: '2.1.0' },
    $schema: { type: 'string' },
    runs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['tool'],
        properties: {
          tool: {
            type: 'object',
            required: ['driver'],
            properties: {
              driver: {
                type: 'object',
                required: ['name'],
                properties: {
                  name: { type: 'string' },
                  rules: { type: 'array', items: { type: 'object', required: ['id'], properties: { id: { type: 'string' }, defaultConfiguration: { type: 'object', properties: { level: { enum: ['none', 'note', 'warning', 'error'] } } } } } },
                },
              },
            },
          },
          results: {
            type: 'array',
            items: {
              type: 'object',
              required: ['message'],
              properties: {
                ruleId: { type: 'string' },
                ruleIndex: { type: 'integer', minimum: 0 },
                level: { enum: ['none', 'note', 'warning', 'error'] },
                message: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } },
                locations: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      physicalLocation: {
                        type: 'object',
                        properties: {
                          artifactLocation: { type: 'object', properties: { uri: { type: 'string' }, index: { type: 'integer', minimum: 0 } } },
                          region: {
                            type: 'object',
                            properties: { startLine: { type: 'integer', minimum: 1 }, startColumn: { type: 'integer', minimum: 1 }, endLine: { type: 'integer', minimum: 1 }, endColumn: { type: 'integer', minimum: 1 } },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
} as const;

describe('career-goals CLI', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-cli-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const write = (name: string, text: string): string => {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  };
  const copyReportFixture = (): void => fs.cpSync(path.join(FIXTURES, 'report'), dir, { recursive: true });

  describe('check', () => {
    it('exits 0 on a clean plan and says so', () => {
      write('goals.yaml', CLEAN);
      const r = cli(dir, 'check', '--today', '2026-11-21');
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, 'goals.yaml: no problems\n');
    });

    it('exits 1 on errors, prints file:line:col, severity, message and code', () => {
      fs.copyFileSync(path.join(FIXTURES, 'broken', 'bad-horizon.yaml'), path.join(dir, 'goals.yaml'));
      const r = cli(dir, 'check', '--today', '2026-11-21');
      assert.equal(r.code, 1);
      assert.match(r.stdout, /^goals\.yaml:\d+:\d+: error: .+ \[invalid-enum\]$/m);
    });

    it('lets warnings pass, and fail with --strict; information never fails', () => {
      write('goals.yaml', WARNS);
      const plain = cli(dir, 'check', '--today', '2026-11-21');
      assert.equal(plain.code, 0, plain.stdout);
      assert.match(plain.stdout, /goals\.yaml:9:5: warning: .*\[unknown-key\]/);
      assert.equal(cli(dir, 'check', '--strict', '--today', '2026-11-21').code, 1);
      // Behind schedule is information: --strict still passes the clean plan that is behind.
      write('behind.yaml', CLEAN.replace('current: 5', 'current: 0').replace('start: 2026-10-01', 'start: 2026-01-01'));
      const behind = cli(dir, 'check', 'behind.yaml', '--strict', '--today', '2026-11-21');
      assert.match(behind.stdout, /info: .*\[pitfall\/behind\]/);
      assert.equal(behind.code, 0);
    });

    it('reports adjustment problems like any other: a bad date fails, a record of no move warns', () => {
      write('goals.yaml', CLEAN.replace('    due: 2026-12-31\n', '    due: 2026-12-31\n    adjustments:\n      - { date: 2026-11-02, from: 2026-11-30, to: 2026-12-31, reason: "Reorg: #2" }\n'));
      assert.equal(cli(dir, 'check', '--strict', '--today', '2026-11-21').code, 0, 'a clean record');
      write('bad.yaml', CLEAN.replace('    due: 2026-12-31\n', '    due: 2026-12-31\n    adjustments:\n      - { date: 2026-11-02, from: 2026-11-31, to: 2026-12-31 }\n'));
      const bad = cli(dir, 'check', 'bad.yaml', '--today', '2026-11-21');
      assert.equal(bad.code, 1, bad.stdout);
      assert.match(bad.stdout, /^bad\.yaml:13:35: error: `2026-11-31` is an impossible date.* \[impossible-date\]$/m);
      write('same.yaml', CLEAN.replace('    due: 2026-12-31\n', '    due: 2026-12-31\n    adjustments:\n      - { date: 2026-11-02, from: 2026-12-31, to: 2026-12-31 }\n'));
      const same = cli(dir, 'check', 'same.yaml', '--today', '2026-11-21');
      assert.equal(same.code, 0, same.stdout);
      assert.match(same.stdout, /^same\.yaml:13:51: warning: Adjustment 1 moves the due date from 2026-12-31 to 2026-12-31, which changes nothing\..* \[adjustment-unchanged\]$/m);
      assert.equal(cli(dir, 'check', 'same.yaml', '--strict', '--today', '2026-11-21').code, 1);
    });

    it('agrees with the Problems panel on every broken fixture, by code and line', () => {
      const broken = path.join(FIXTURES, 'broken');
      const names = fs.readdirSync(broken).filter((n) => n.endsWith('.yaml'));
      const r = cli(broken, 'check', '--format', 'json', '--today', '2026-11-21', ...names);
      assert.equal(r.code, 1);
      const out = JSON.parse(r.stdout) as { files: { file: string; problems: { code: string; line: number; column: number }[] }[] };
      assert.equal(out.files.length, names.length);
      for (const f of out.files) {
        const text = fs.readFileSync(path.join(broken, f.file), 'utf8');
        // What src/editor/diagnostics.ts publishes: the same analysis, mapped by LineIndex.
        const lines = new LineIndex(text);
        const expected = analyze(text, new Date(2026, 10, 21), { maxActiveGoals: 5 }).diagnostics.map((d) => `${d.code}@${lines.positionAt(d.range.start).line + 1}`);
        assert.deepEqual(
          f.problems.map((p) => `${p.code}@${p.line}`),
          expected,
          f.file,
        );
        assert.ok(f.problems.some((p) => DIAGNOSTIC_CODES.some((c) => c.code === p.code)), `${f.file} has a documented problem`);
      }
    });

    it('prints GitHub annotations with escaped messages', () => {
      write('goals.yaml', WARNS);
      const r = cli(dir, 'check', '--format', 'github', '--today', '2026-11-21');
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^::warning file=goals\.yaml,line=9,col=5,endLine=9,endColumn=\d+,title=Career Goals unknown-key::.+$/m);
      for (const line of r.stdout.trim().split('\n')) assert.match(line, /^::(error|warning|notice) /);
    });

    it('prints SARIF 2.1.0 with a rule per documented code', () => {
      fs.copyFileSync(path.join(FIXTURES, 'broken', 'unknown-parent.yaml'), path.join(dir, 'goals.yaml'));
      const r = cli(dir, 'check', '--format', 'sarif', '--today', '2026-11-21');
      assert.equal(r.code, 1);
      const log = JSON.parse(r.stdout) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number }[] }[] };
      // Validated as plain data: Ajv's validators are type guards and would narrow `log` itself.
      const data: unknown = log;
      const validate = new Ajv({ strict: false }).compile(SARIF_SHAPE);
      assert.ok(validate(data), JSON.stringify(validate.errors));
      // And against the official SARIF 2.1.0 schema (draft-04), as published in @microsoft/jest-sarif; one of
      // its patterns is not valid with the u flag Ajv 8 uses by default.
      const ajv = new AjvDraft04({ strict: false, allErrors: true, unicodeRegExp: false });
      addFormats(ajv);
      const official = ajv.compile(JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object);
      assert.ok(official(data), JSON.stringify(official.errors, null, 1));
      const run = log.runs[0]!;
      assert.deepEqual(
        run.tool.driver.rules.map((x) => x.id),
        DIAGNOSTIC_CODES.map((c) => c.code),
      );
      assert.ok(run.results.some((x) => x.ruleId === 'unknown-parent'));
      for (const x of run.results) assert.equal(run.tool.driver.rules[x.ruleIndex]?.id, x.ruleId);
    });

    it('checks several files and exits 2 when one cannot be read, still checking the rest', () => {
      write('a.yaml', CLEAN);
      fs.mkdirSync(path.join(dir, 'folder.yaml'));
      const r = cli(dir, 'check', 'a.yaml', 'missing.yaml', 'folder.yaml', '--today', '2026-11-21');
      assert.equal(r.code, 2);
      assert.match(r.stdout, /^a\.yaml: no problems$/m);
      assert.match(r.stderr, /missing\.yaml: no such file or folder/);
      assert.match(r.stderr, /folder\.yaml: is a folder, not a file/);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    });

    it('exits 2 on a missing default goals.yaml, a bad flag, a bad format, --today or --max-active-goals', () => {
      const cases: [string[], RegExp][] = [
        [['check'], /goals\.yaml: no such file or folder/],
        [['check', '--bogus'], /Unknown option '--bogus'/],
        [['check', '--format', 'xml'], /--format must be one of text, json, github, sarif, not "xml"/],
        [['check', '--today', '2026-02-30'], /--today 2026-02-30 is not a real calendar date/],
        [['check', '--today', 'tomorrow'], /--today must be a date written YYYY-MM-DD, not "tomorrow"/],
        [['check', '--max-active-goals', '0'], /--max-active-goals must be a whole number from 1 to 50, not "0"/],
        [['check', '--strict=yes'], /strict/],
        [['frobnicate'], /Unknown command "frobnicate"/],
        [[], /Usage: career-goals <command>/],
      ];
      for (const [args, message] of cases) {
        const r = cli(dir, ...args);
        assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
        assert.match(r.stderr, message, args.join(' '));
        assert.equal(r.stdout, '', `nothing on stdout for ${args.join(' ')}`);
        assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
      }
    });

    it('reports a broken YAML file as problems, not a crash', () => {
      write('goals.yaml', 'version: 1\nvision: [unclosed\n  - : :\n');
      const r = cli(dir, 'check', '--format', 'json');
      assert.equal(r.code, 1);
      const out = JSON.parse(r.stdout) as { ok: boolean; files: { problems: { code: string }[] }[] };
      assert.equal(out.ok, false);
      assert.ok(out.files[0]!.problems.some((p) => p.code === 'yaml-syntax'));
    });
  });

  describe('status', () => {
    it('prints the status line and each active goal; --json is the API snapshot', () => {
      copyReportFixture();
      const r = cli(dir, 'status', '--today', '2026-11-21');
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, '62% · 2 goals · monthly review due\n  Ship the CLI: 75% · on track · 12d buffer\n  Mentor two engineers: 50% · on track · 75d buffer\n');
      assert.match(r.stderr, /broken\.md:1: skipped: The journal entry has no front matter/);
      const json = JSON.parse(cli(dir, 'status', '--json', '--today', '2026-11-21').stdout) as Record<string, unknown>;
      assert.deepEqual(Object.keys(json), ['uri', 'folder', 'goals', 'overall', 'activeGoals', 'reviewDue', 'pausedUntil', 'pauses', 'diagnostics']);
      assert.equal(json.activeGoals, 2);
      assert.equal(json.reviewDue, 'monthly', 'the last monthly or deeper review was 2026-09-28, over 30 days before');
    });

    it('says the weekly review is due when the journal says so', () => {
      write('goals.yaml', CLEAN);
      const r = cli(dir, 'status', '--today', '2026-11-21');
      assert.match(r.stdout, /^50% · 1 goal · weekly review due\n/);
    });

    it('takes the journal from --journal, and refuses one that does not exist', () => {
      write('goals.yaml', CLEAN);
      write('elsewhere/2026-11-20-weekly.md', '---\nkind: weekly\ndate: 2026-11-20\n---\n');
      assert.match(cli(dir, 'status', '--journal', 'elsewhere', '--today', '2026-11-21').stdout, /^50% · 1 goal\n/);
      const r = cli(dir, 'status', '--journal', 'nowhere');
      assert.equal(r.code, 2);
      assert.match(r.stderr, /journal folder nowhere: no such file or folder/);
    });
  });

  describe('export', () => {
    it('writes the brag document to stdout (--layout by-goal), the same as the golden one without the chart link', () => {
      copyReportFixture();
      const r = cli(dir, 'export', 'brag', '--quarter', '2026-Q4', '--layout', 'by-goal', '--today', '2026-11-21');
      assert.equal(r.code, 0, r.stderr);
      const golden = fs.readFileSync(path.join(FIXTURES, 'report', 'brag-2026-Q4.golden.md'), 'utf8').replace('\n\n![Overall progress](brag-2026-Q4.svg)', '');
      assert.equal(r.stdout, golden);
    });

    it('writes -o FILE with its chart beside it, and never overwrites without --force', () => {
      copyReportFixture();
      const r = cli(dir, 'export', 'report', '--quarter', '2026-Q3', '-o', 'out.md', '--today', '2026-11-21');
      assert.equal(r.code, 0, r.stderr);
      assert.match(fs.readFileSync(path.join(dir, 'out.md'), 'utf8'), /^---\nkind: report\nperiod: 2026-Q3\n[\s\S]*!\[Overall progress\]\(out\.svg\)/);
      assert.match(fs.readFileSync(path.join(dir, 'out.svg'), 'utf8'), /^<\?xml[\s\S]*<svg /);
      fs.writeFileSync(path.join(dir, 'out.md'), 'mine');
      const again = cli(dir, 'export', 'report', '--quarter', '2026-Q3', '-o', 'out.md', '--today', '2026-11-21');
      assert.equal(again.code, 2);
      assert.match(again.stderr, /out\.md already exists; choose another -o file or add --force/);
      assert.equal(fs.readFileSync(path.join(dir, 'out.md'), 'utf8'), 'mine');
      assert.equal(cli(dir, 'export', 'report', '--quarter', '2026-Q3', '-o', 'out.md', '--force', '--today', '2026-11-21').code, 0);
      assert.notEqual(fs.readFileSync(path.join(dir, 'out.md'), 'utf8'), 'mine');
    });

    it('takes --since/--until and --period for a brag document', () => {
      copyReportFixture();
      const r = cli(dir, 'export', 'brag', '--since', '2026-08-01', '--until', '2026-10-31', '--today', '2026-11-21');
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^---\nkind: brag\nperiod: 2026-08-01_2026-10-31\nfrom: 2026-08-01\nto: 2026-10-31\n/);
      assert.match(cli(dir, 'export', 'brag', '--period', 'this-year', '--today', '2026-11-21').stdout, /period: 2026\n/);
    });

    it('lays a brag document out as reviewers read it by default, by goal with --layout by-goal, and takes --growing-others', () => {
      copyReportFixture();
      const headings = (args: string[]): string[] => {
        const r = cli(dir, 'export', 'brag', '--quarter', '2026-Q4', '--today', '2026-11-21', ...args);
        assert.equal(r.code, 0, r.stderr);
        return r.stdout.split('\n').filter((l) => l.startsWith('## '));
      };
      assert.deepEqual(headings([]), ['## Summary', '## Goals for this period', '## What I shipped and its impact', '## Growing others', '## What I learned']);
      assert.deepEqual(headings(['--layout', 'by-goal']), ['## Summary', '## Goals achieved', '## Progress by goal', '## Wins', '## Checkpoints reached', '## What I learned', '## Next']);
      assert.deepEqual(headings(['--growing-others', 'kindness']), ['## Summary', '## Goals for this period', '## What I shipped and its impact', '## What I learned']);
      for (const [args, message] of [
        [['brag', '--layout', 'fancy'], /--layout must be brag or by-goal, not "fancy"/],
        [['report', '--layout', 'brag'], /--layout and --growing-others shape a brag document/],
      ] as const) {
        const r = cli(dir, 'export', ...args, '--today', '2026-11-21');
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.stderr, message);
      }
    });

    it('writes --format html as one self-contained page, to stdout or -o FILE with nothing beside it', () => {
      copyReportFixture();
      const r = cli(dir, 'export', 'report', '--quarter', '2026-Q4', '--format', 'html', '--today', '2026-11-21');
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^<!DOCTYPE html>\n<html lang="en">[\s\S]*<h1>Quarterly report: 2026-Q4<\/h1>[\s\S]*<svg [\s\S]*<\/html>\n$/);
      const before = new Set(fs.readdirSync(dir));
      const written = cli(dir, 'export', 'brag', '--quarter', '2026-Q4', '--format', 'html', '-o', 'brag.html', '--today', '2026-11-21');
      assert.equal(written.code, 0, written.stderr);
      assert.match(written.stderr, /Wrote brag\.html\n$/);
      assert.deepEqual(fs.readdirSync(dir).filter((f) => !before.has(f)), ['brag.html'], 'one file, no chart beside it');
      assert.doesNotMatch(fs.readFileSync(path.join(dir, 'brag.html'), 'utf8'), /<script|<img|<link/);
      const bad = cli(dir, 'export', 'brag', '--format', 'pdf', '--today', '2026-11-21');
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /--format must be markdown or html, not "pdf"/);
    });

    it('refuses bad periods with exit 2', () => {
      copyReportFixture();
      const cases: [string[], RegExp][] = [
        [['export'], /Say what to export/],
        [['export', 'memo'], /Unknown export "memo"/],
        [['export', 'brag', '--quarter', '2026-Q5'], /"2026-Q5" is not a quarter/],
        [['export', 'brag', '--since', '2026-12-01', '--until', '2026-11-01'], /start date 2026-12-01 is after the end date 2026-11-01/],
        [['export', 'brag', '--until', '2026-11-01'], /--until needs --since/],
        [['export', 'brag', '--quarter', '2026-Q4', '--period', 'this-year'], /Give one period/],
        [['export', 'report', '--period', 'this-year'], /A quarterly report covers a quarter/],
        [['export', 'report', '--since', '2026-01-01'], /A quarterly report covers a quarter/],
        [['export', 'brag', '--period', 'forever'], /--period must be one of/],
      ];
      for (const [args, message] of cases) {
        const r = cli(dir, ...args, '--today', '2026-11-21');
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.stderr, message, args.join(' '));
      }
    });

    describe('in a fiscal year (rhythm.year_starts)', () => {
      /** The report fixture with its year starting in February, and its focus named for it. */
      const fiscalPlan = (): void => {
        copyReportFixture();
        const plan = path.join(dir, 'goals.yaml');
        const text = fs.readFileSync(plan, 'utf8').replace('focus:\n  quarter: 2026-Q4\n', 'rhythm:\n  year_starts: february\nfocus:\n  quarter: FY2027-Q4\n');
        assert.match(text, /year_starts: february/);
        fs.writeFileSync(plan, text);
      };
      /** Every file under `dir` with its bytes. */
      const files = (): Map<string, string> => {
        const out = new Map<string, string>();
        for (const f of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
          const full = path.join(dir, f);
          if (fs.statSync(full).isFile()) out.set(f, fs.readFileSync(full, 'utf8'));
        }
        return out;
      };

      it('reports this quarter by default: on 2026-11-21 with a February start, FY2027-Q4, 2026-11-01 to 2027-01-31', () => {
        fiscalPlan();
        const r = cli(dir, 'export', 'report', '--today', '2026-11-21');
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stdout, /^---\nkind: report\nperiod: FY2027-Q4\nfrom: 2026-11-01\nto: 2027-01-31\n/);
        assert.match(r.stdout, /\n# Quarterly report: FY2027-Q4\n/);
        assert.match(r.stdout, /- \*\*Period:\*\* 2026-11-01 to 2027-01-31 \(FY2027-Q4\); recorded up to today, 2026-11-21\n/);
        assert.match(r.stdout, /## Next quarter's focus\n\nNot set yet for FY2028-Q1/);
      });

      it('takes --quarter FY2027-Q3 (in any case) and writes it with -o', () => {
        fiscalPlan();
        const r = cli(dir, 'export', 'report', '--quarter', 'fy2027-q3', '-o', 'out.md', '--today', '2026-11-21');
        assert.equal(r.code, 0, r.stderr);
        const out = fs.readFileSync(path.join(dir, 'out.md'), 'utf8');
        assert.match(out, /^---\nkind: report\nperiod: FY2027-Q3\nfrom: 2026-08-01\nto: 2026-10-31\n/);
        assert.match(out, /\*\*Period:\*\* 2026-08-01 to 2026-10-31 \(FY2027-Q3\)\n/);
        // The focus planned for FY2027-Q4 is next quarter's from this one.
        assert.match(out, /## Next quarter's focus\n\nFrom `focus` in goals.yaml as it is now/);
      });

      it('follows the fiscal year with --period', () => {
        fiscalPlan();
        const period = (kind: string, name: string): string => /\nperiod: (.*)\nfrom: (.*)\nto: (.*)\n/.exec(cli(dir, 'export', kind, '--period', name, '--today', '2026-11-21').stdout)?.slice(1).join(' ') ?? '';
        assert.equal(period('report', 'last-quarter'), 'FY2027-Q3 2026-08-01 2026-10-31');
        assert.equal(period('brag', 'this-half'), 'FY2027-H2 2026-08-01 2027-01-31');
        assert.equal(period('brag', 'this-year'), 'FY2027 2026-02-01 2027-01-31');
      });

      it('refuses a label of the other convention or none with exit 2, naming the quarter meant, and changes no file', () => {
        fiscalPlan();
        const cases: [string[], RegExp][] = [
          [['--quarter', '2026-Q4'], /--quarter: 2026-Q4 is not a quarter of this plan: the year starts in February \(`rhythm.year_starts`\), so quarters are written FYyyyy-Qn[^\n]*The quarter holding 2026-10-01 is FY2027-Q3 \(2026-08-01 to 2026-10-31\)\./],
          [['--quarter', 'FY2027-Q5'], /--quarter: "FY2027-Q5" is not a quarter: write it as FYyyyy-Qn, named by the year the fiscal year ends in, for example FY2027-Q4/],
          [['--quarter', 'FY2027-Q3', '--period', 'this-quarter'], /Give one period/],
        ];
        for (const [args, message] of cases) {
          const before = files();
          const r = cli(dir, 'export', 'report', ...args, '-o', 'out.md', '--today', '2026-11-21');
          assert.equal(r.code, 2, args.join(' '));
          assert.match(r.stderr, message, args.join(' '));
          assert.deepEqual(files(), before, `${args.join(' ')} changed no file`);
        }
      });

      it('refuses --quarter FY2027-Q3 for a plan whose year starts in January', () => {
        copyReportFixture();
        const before = files();
        const r = cli(dir, 'export', 'report', '--quarter', 'FY2027-Q3', '-o', 'out.md', '--today', '2026-11-21');
        assert.equal(r.code, 2);
        assert.match(r.stderr, /FY2027-Q3 is not a quarter of this plan: the year starts in January[^\n]*without FY\. Did you mean 2027-Q3 \(2027-07-01 to 2027-09-30\)\?/);
        assert.deepEqual(files(), before);
      });
    });
  });

  describe('bad input (never a lost or faked plan)', () => {
    /** Every file under `dir` with its bytes, to show that a refused run changed nothing. */
    const snapshot = (): Map<string, string> => {
      const out = new Map<string, string>();
      const walk = (d: string): void => {
        for (const e of fs.readdirSync(d, { withFileTypes: true })) {
          const full = path.join(d, e.name);
          if (e.isDirectory()) walk(full);
          else if (e.isFile()) out.set(path.relative(dir, full), fs.readFileSync(full).toString('base64'));
          else out.set(path.relative(dir, full), e.isSymbolicLink() ? `link:${fs.readlinkSync(full)}` : 'special');
        }
      };
      walk(dir);
      return out;
    };
    /** Runs the CLI, checks exit code and message, and that no file was added, removed or changed. */
    const refused = (args: string[], code: number, message: RegExp): Run => {
      const before = snapshot();
      const r = cli(dir, ...args, '--today', '2026-11-21');
      assert.equal(r.code, code, `${args.join(' ')}: expected exit ${code}, got ${r.code}; stderr: ${r.stderr}`);
      assert.match(r.stderr, message, args.join(' '));
      assert.doesNotMatch(r.stderr, /\n\s+at |internal error/, `no stack trace or internal error for ${args.join(' ')}`);
      assert.deepEqual(snapshot(), before, `${args.join(' ')} changed no file`);
      return r;
    };

    it('never writes onto the plan, a journal entry, the journal folder or a linked note, with --force or not', () => {
      copyReportFixture();
      write('notes-plan.yaml', CLEAN.replace('    why: because\n', '    why: because\n    notes: ["[[Design doc]]"]\n'));
      write('Design doc.md', '# mine\n');
      fs.symlinkSync('goals.yaml', path.join(dir, 'plan-link.md'));
      fs.linkSync(path.join(dir, 'goals.yaml'), path.join(dir, 'hard.md'));
      for (const force of [[], ['--force']]) {
        refused(['export', 'brag', '-o', 'goals.yaml', ...force], 2, /cannot write goals\.yaml: it is the plan this report is made from .*never writes over the plan, with --force or not/);
        refused(['export', 'brag', '-o', './sub/../goals.yaml', ...force], 2, /it is the plan this report is made from/);
        refused(['export', 'brag', '-o', 'plan-link.md', ...force], 2, /it is the plan this report is made from/);
        refused(['export', 'brag', '-o', 'hard.md', ...force], 2, /it is the plan this report is made from/);
        // goals.md's chart would be goals.svg; goals.yaml as the chart's stem is refused through the Markdown.
        refused(['export', 'report', '-o', 'reviews/2026-10-19-weekly.md', ...force], 2, /it is in the review journal \(reviews\)/);
        refused(['export', 'report', '-o', 'reviews/new.md', ...force], 2, /it is in the review journal/);
        refused(['export', 'brag', '--file', 'notes-plan.yaml', '-o', 'Design doc.md', ...force], 2, /the plan links to it as the note \[\[Design doc\]\] of "Goal A"/);
      }
    });

    it('says "is a folder" at once for -o onto a folder, with --force or not', () => {
      copyReportFixture();
      fs.mkdirSync(path.join(dir, 'out'));
      refused(['export', 'brag', '-o', 'out'], 2, /cannot write out: is a folder, not a file/);
      refused(['export', 'brag', '-o', 'out', '--force'], 2, /cannot write out: is a folder, not a file/);
    });

    it('fails with exit 1 and names the problem when the plan could not be read: too large, binary, not a mapping, not YAML, empty', () => {
      const cases: [string, string | Buffer, RegExp][] = [
        ['large.yaml', `version: 1\n# ${'x'.repeat(1_000_001)}\n`, /large\.yaml:1:1: This goals file is 1 MB, larger than .* \[file-too-large\]/],
        ['binary.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]), /binary\.yaml:1:1: This file is not valid UTF-8: the byte 0x89 at line 1, column 1/],
        ['list.yaml', '- one\n- two\n', /list\.yaml:1:1: The top level of goals\.yaml must be a mapping.* \[not-a-mapping\]/],
        ['broken.yaml', 'version: 1\nvision: [unclosed\n', /broken\.yaml:\d+:\d+: .*\[yaml-syntax\]/],
        ['empty.yaml', '', /empty\.yaml:1:1: This goals file is empty.*\[empty-document\]/],
      ];
      for (const [name, body, message] of cases) {
        fs.writeFileSync(path.join(dir, name), body);
        const r = refused(['export', 'brag', '--file', name], 1, new RegExp(`cannot export a report of ${name.replace('.', '\\.')}: ${message.source}`));
        assert.equal(r.stdout, '', `no report of ${name} on stdout`);
        refused(['export', 'report', '--file', name, '-o', 'out.md', '--force'], 1, message);
        assert.ok(!fs.existsSync(path.join(dir, 'out.md')), `no report file for ${name}`);
      }
    });

    it('names the first byte that is not UTF-8 by line and column, in check, status and export', () => {
      const bytes = Buffer.concat([Buffer.from(CLEAN.replace('title: Goal A', 'title: Goal A caf')), Buffer.from([0xe9]), Buffer.from(' ok\n')]);
      // The bad byte goes at the end, after a line of its own: find it to know the expected line.
      const text = CLEAN.replace('title: Goal A', 'title: Goal A caf');
      fs.writeFileSync(path.join(dir, 'goals.yaml'), Buffer.concat([Buffer.from('# café ✓\n'), bytes]));
      const line = text.split('\n').length + 1;
      const column = (text.split('\n').at(-1) ?? '').length + 1;
      const at = `goals\\.yaml:${line}:${column}: `;
      const check = refused(['check'], 1, /^$/);
      assert.match(check.stdout, new RegExp(`^${at}error: This file is not valid UTF-8: the byte 0xE9 at line ${line}, column ${column} is not part of a UTF-8 character\\..*\\[invalid-encoding\\]$`, 'm'));
      const json = JSON.parse(cli(dir, 'check', '--format', 'json', '--today', '2026-11-21').stdout) as { ok: boolean; files: { problems: { code: string; line: number; column: number }[] }[] };
      assert.equal(json.ok, false);
      assert.deepEqual(json.files[0]!.problems[0], { ...json.files[0]!.problems[0], code: 'invalid-encoding', line, column });
      refused(['export', 'brag', '-o', 'out.md'], 1, new RegExp(`cannot export a report of goals\\.yaml: ${at}This file is not valid UTF-8`));
      const status = refused(['status'], 0, new RegExp(`${at}This file is not valid UTF-8`));
      assert.match(status.stdout, /goal/, 'status still prints what it read');
    });

    it('refuses a FIFO and a symbolic link loop as the plan, in words, without blocking', () => {
      write('goals.yaml', CLEAN);
      const fifo = spawnSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
      assert.equal(fifo.status, 0, 'mkfifo made the FIFO');
      fs.symlinkSync('loop-b', path.join(dir, 'loop-a'));
      fs.symlinkSync('loop-a', path.join(dir, 'loop-b'));
      for (const command of [['check'], ['status'], ['export', 'brag', '--file']]) {
        refused([...command, 'pipe.yaml'], 2, /pipe\.yaml: not a regular file \(a pipe, socket or device\)/);
        refused([...command, 'loop-a'], 2, /loop-a: a symbolic link loop/);
      }
    });

    it('status and history say on stderr that the plan could not be read, and change nothing', () => {
      fs.writeFileSync(path.join(dir, 'goals.yaml'), '- one\n- two\n');
      for (const command of ['status', 'history']) {
        const r = refused([command], 0, /career-goals: goals\.yaml has 1 error; run career-goals check goals\.yaml to see them\./);
        assert.notEqual(r.stdout, '', `${command} still prints what it has`);
      }
    });

    it('says once that a period wholly in the future has no record yet', () => {
      copyReportFixture();
      const r = cli(dir, 'export', 'brag', '--quarter', '2027-Q2', '--today', '2026-11-21');
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout.match(/has not started yet/g)?.length, 1, r.stdout);
      assert.match(r.stdout, /\*\*Period:\*\* 2027-04-01 to 2027-06-30 \(2027-Q2\); it has not started yet \(today is 2026-11-21\), so nothing is recorded for it/);
      assert.doesNotMatch(r.stdout, /Overall progress|no record|No wins/);
    });

    it('accepts only four-digit years for --today', () => {
      write('goals.yaml', CLEAN);
      for (const today of ['50-06-15', '950-06-15', '02026-06-15', '+2026-06-15']) {
        const r = cli(dir, 'export', 'brag', '--today', today);
        assert.equal(r.code, 2, today);
        assert.ok(r.stderr.includes(`--today must be a date written YYYY-MM-DD, not "${today}"`), `${today}: ${r.stderr}`);
        assert.equal(r.stdout, '', `no report for --today ${today}`);
      }
    });

    it('writes raw HTML and javascript: links in plan text as text, in both Markdown exports', () => {
      write('goals.yaml', CLEAN.replace('title: Goal A', 'title: "A <script>alert(1)</script> goal"').replace('text: Did a thing', 'text: "[y](javascript:alert(1)) and <img src=x onerror=alert(2)> and [ok](https://example.com)"'));
      for (const kind of ['brag', 'report']) {
        const r = cli(dir, 'export', kind, '--quarter', '2026-Q4', '--today', '2026-11-21');
        assert.equal(r.code, 0, r.stderr);
        assert.doesNotMatch(r.stdout, /(^|[^\\])<(script|img)/, `${kind}: no live tag`);
        assert.doesNotMatch(r.stdout, /(^|[^\\])\[y\]\(javascript:/, `${kind}: no live javascript: link`);
        assert.match(r.stdout, /\\<script>alert\(1\)\\<\/script>/, `${kind}: the tag reads as written`);
        assert.match(r.stdout, /\[ok\]\(https:\/\/example\.com\)/, `${kind}: an ordinary link stays a link`);
      }
    });
  });

  describe('history', () => {
    it('prints the journal points and today, as text and JSON', () => {
      copyReportFixture();
      const r = cli(dir, 'history', '--today', '2026-11-21');
      assert.equal(r.code, 0, r.stderr);
      // Days as the language writes them (English: LC_ALL=C); --json keeps ISO.
      assert.match(r.stdout, /^Aug 31, 2026 +monthly review +20% +reviews\/2026-08-31-monthly\.md$/m);
      assert.match(r.stdout, /^Nov 21, 2026 +today +62%$/m);
      const json = JSON.parse(cli(dir, 'history', '--json', '--today', '2026-11-21').stdout) as { points: { source: string }[] };
      assert.deepEqual(
        json.points.map((p) => p.source),
        ['review', 'review', 'review', 'today'],
      );
    });
  });

  it('answers --help for every command and --version', () => {
    for (const command of ['check', 'status', 'export', 'history']) {
      const r = cli(dir, command, '--help');
      assert.equal(r.code, 0);
      assert.match(r.stdout, new RegExp(`^Usage: career-goals ${command}`));
    }
    const v = cli(dir, '--version');
    assert.equal(v.code, 0);
    assert.equal(v.stdout.trim(), (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  });
});

describe('check positions (property)', () => {
  it('always point inside the file, start before end, for any text', () => {
    const line = fc.oneof(fc.constantFrom('version: 1', 'goals:', '  - title: x', '    horizon: nope', 'vision: {', '\t- : :', '"', '', '# c', 'wins: [', 'é ✓ 😀: 1'), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = lines.join(eol);
        const rows = text.split('\n').map((l) => l.replace(/\r$/, ''));
        for (const p of locate('goals.yaml', text, analyze(text, new Date(2026, 10, 21)).diagnostics)) {
          if (p.line < 1 || p.line > rows.length || p.endLine < p.line) return false;
          if (p.column < 1 || p.column > rows[p.line - 1]!.length + 1) return false;
          if (p.endColumn < 1 || p.endColumn > rows[p.endLine - 1]!.length + 1) return false;
          if (p.endLine === p.line && p.endColumn < p.column) return false;
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it('SARIF output is well formed for any message text', () => {
    fc.assert(
      fc.property(fc.string(), (message) => {
        const log = JSON.parse(formatSarif([{ file: 'a b/goals.yaml', problems: [{ file: 'a b/goals.yaml', severity: 'error', code: 'yaml-syntax', message, line: 1, column: 1, endLine: 1, endColumn: 2 }] }], '0')) as {
          runs: { results: { message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
        };
        const result = log.runs[0]!.results[0]!;
        return result.message.text === message && result.locations[0]!.physicalLocation.artifactLocation.uri === 'a%20b/goals.yaml';
      }),
    );
  });
});

describe('the pre-commit hook this repository declares', () => {
  it('runs the package’s career-goals bin on goals.yaml files, with the node language', () => {
    const hooks = parseYaml(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; files: string }[];
    const hook = hooks.find((h) => h.id === 'career-goals-check');
    assert.ok(hook, 'a career-goals-check hook');
    assert.equal(hook.language, 'node');
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> };
    assert.equal(hook.entry, 'career-goals check');
    assert.equal(manifest.bin['career-goals'], 'dist/cli.js');
    assert.match(manifest.scripts.prepack ?? '', /esbuild\.js/, 'npm pack builds dist/cli.js');
    const files = new RegExp(hook.files);
    for (const p of ['goals.yaml', 'goals.yml', 'career/goals.yaml']) assert.ok(files.test(p), p);
    for (const p of ['my-goals.yaml', 'goals.yaml.bak', 'notes.md']) assert.ok(!files.test(p), p);
  });
});
