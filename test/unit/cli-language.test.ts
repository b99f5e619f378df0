/**
 * The command line's language: which one the environment names (LC_ALL, then
 * LC_MESSAGES, then LANG, as POSIX programs read them), which bundle that loads, and
 * dist/cli.js run in German from a copy of the package with a German bundle beside it,
 * in English with LC_ALL=C, and in English for what programs and language models read.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { helpOption } from '../../src/cli/help';
import { cliLanguage, languageTags, messagesLocale, type LocaleEnv } from '../../src/cli/language';
import { machineOutput } from '../../src/cli/main';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
/** The German bundle the package ships. */
const GERMAN_PART = path.join(ROOT, 'l10n', 'bundle.l10n.de.json');

describe('career-goals language: from the environment', () => {
  // [LC_ALL, LC_MESSAGES, LANG] → the bundle languages tried, most specific first.
  const table: [string | undefined, string | undefined, string | undefined, string[]][] = [
    [undefined, undefined, undefined, []],
    ['', '', '', []],
    [undefined, undefined, 'de_DE.UTF-8', ['de-de', 'de']],
    [undefined, undefined, 'de', ['de']],
    [undefined, undefined, 'de_AT@euro', ['de-at', 'de']],
    [undefined, undefined, 'pt_BR.utf8', ['pt-br', 'pt']],
    [undefined, undefined, 'zh_CN.GB18030', ['zh-cn', 'zh']],
    [undefined, undefined, 'C', []],
    [undefined, undefined, 'C.UTF-8', []],
    [undefined, undefined, 'POSIX', []],
    [undefined, 'de_DE.UTF-8', 'fr_FR.UTF-8', ['de-de', 'de']],
    ['', 'de_DE.UTF-8', 'fr_FR.UTF-8', ['de-de', 'de']],
    ['fr_FR.UTF-8', 'de_DE.UTF-8', 'en_US.UTF-8', ['fr-fr', 'fr']],
    ['C', 'de_DE.UTF-8', 'de_DE.UTF-8', []],
    ['POSIX', undefined, 'de_DE.UTF-8', []],
    [undefined, 'C', 'de_DE.UTF-8', []],
    ['  ', undefined, 'de_DE.UTF-8', ['de-de', 'de']],
    [undefined, undefined, 'en_GB.UTF-8', ['en-gb', 'en']],
    // Not a language name: nothing to load, and never a path.
    [undefined, undefined, '/usr/share/locale/de', []],
    [undefined, undefined, '../../etc/passwd', []],
  ];
  for (const [all, messages, lang, tags] of table) {
    it(`LC_ALL=${String(all)} LC_MESSAGES=${String(messages)} LANG=${String(lang)} → ${tags.join(', ') || 'English'}`, () => {
      const env: LocaleEnv = { LC_ALL: all, LC_MESSAGES: messages, LANG: lang };
      assert.deepEqual(languageTags(env), tags);
    });
  }

  it('reads the first variable that is set and not empty', () => {
    assert.equal(messagesLocale({ LC_ALL: '', LC_MESSAGES: 'de_DE', LANG: 'fr_FR' }), 'de_DE');
    assert.equal(messagesLocale({}), undefined);
  });

  describe('the bundle it loads', () => {
    const files: Record<string, string> = {
      '/pkg/l10n/bundle.l10n.de.json': JSON.stringify({ 'Options:': 'Optionen:', 'With a comment': { message: 'Mit Kommentar', comment: ['x'] } }),
      '/pkg/l10n/bundle.l10n.pt-br.json': JSON.stringify({ 'Options:': 'Opções:' }),
      '/pkg/l10n/bundle.l10n.fr.json': '{ not json',
    };
    const read = (file: string): string => {
      const text = files[file.split(path.sep).join('/')];
      if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return text;
    };
    const pick = (env: LocaleEnv) => cliLanguage(env, '/pkg/l10n', read);

    it('tries the territory first, then the language: de_DE.UTF-8 loads de, and keeps de-de for the days', () => {
      assert.deepEqual(pick({ LANG: 'de_DE.UTF-8' }), { language: 'de-de', bundle: { 'Options:': 'Optionen:', 'With a comment': 'Mit Kommentar' } });
      assert.equal(pick({ LANG: 'de_CH.UTF-8' }).language, 'de-ch');
      assert.equal(pick({ LANG: 'pt_BR.UTF-8' }).bundle['Options:'], 'Opções:');
      assert.equal(pick({ LANG: 'pt_BR.UTF-8' }).language, 'pt-br');
    });

    it('falls back to English with no bundle of the language, a broken one, C or nothing', () => {
      for (const env of [{ LANG: 'ja_JP.UTF-8' }, { LANG: 'fr_FR.UTF-8' }, { LC_ALL: 'C', LANG: 'de_DE.UTF-8' }, {}]) assert.deepEqual(pick(env), { language: 'en', bundle: {} }, JSON.stringify(env));
    });

    it('keeps an English locale for the days (en_GB) and loads no bundle for it', () => {
      assert.deepEqual(pick({ LANG: 'en_GB.UTF-8' }), { language: 'en-gb', bundle: {} });
    });
  });

  it('runs in English for what a program reads: --json, check --format json or sarif', () => {
    for (const argv of [
      ['status', '--json'],
      ['check', '--format', 'json'],
      ['check', '--format=sarif'],
      ['evidence', '--repo', '.', '--json'],
    ])
      assert.ok(machineOutput(argv), argv.join(' '));
    for (const argv of [['status'], ['check', '--format', 'github'], ['check', '--format', 'text'], ['check'], ['export', 'brag']]) assert.ok(!machineOutput(argv), argv.join(' '));
  });

  it('lines a longer description up under itself in the help', () => {
    const line = helpOption('--file FILE', `${'word '.repeat(30)}end`);
    const lines = line.split('\n');
    assert.ok(lines.length > 1);
    assert.ok(lines.every((l) => l.length <= 100));
    assert.ok(lines.slice(1).every((l) => l.startsWith(' '.repeat(26)) && l[26] !== ' '));
    assert.equal(helpOption('--growing-others VALUES', 'x'), '  --growing-others VALUES x');
  });
});

describe('career-goals in German (dist/cli.js with a German bundle beside it)', function () {
  this.timeout(60_000);
  let pkg: string;
  let dir: string;
  let cli: string;

  /** Runs the copy with only the locale variables given (and PATH, HOME, TZ). */
  function run(env: LocaleEnv, ...args: string[]) {
    const clean = { PATH: process.env.PATH ?? '', HOME: dir, TZ: 'UTC', CAREER_GOALS_DEBUG: '', ...Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined)) };
    const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', env: clean });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }
  const GERMAN = { LANG: 'de_DE.UTF-8' };

  before(() => {
    pkg = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cg-l10n-')));
    // The package's layout: dist/cli.js and l10n/ beside dist/.
    fs.mkdirSync(path.join(pkg, 'dist'));
    fs.mkdirSync(path.join(pkg, 'l10n'));
    cli = path.join(pkg, 'dist', 'cli.js');
    fs.copyFileSync(CLI, cli);
    fs.copyFileSync(GERMAN_PART, path.join(pkg, 'l10n', 'bundle.l10n.de.json'));
    dir = path.join(pkg, 'work');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'goals.yaml'), 'version: 1\nvision: { north_star: Grow }\ngoals:\n  - id: a\n    title: Goal A\n    horizon: short\n    why: because\n    start: 2026-10-01\n    due: 2026-12-31\n');
  });

  after(() => fs.rmSync(pkg, { recursive: true, force: true }));

  it('speaks German with LANG=de_DE.UTF-8: help, errors, summaries, days', () => {
    const help = run(GERMAN, '--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Aufruf: career-goals <command> \[options\]$/m);
    assert.match(help.stdout, /^Befehle:$/m);
    assert.match(run(GERMAN, 'check', '--help').stdout, /^ {2}--file FILE {13}der Plan \(Standard: \.\/goals\.yaml\)$/m);

    const unknown = run(GERMAN, 'frobnicate');
    assert.equal(unknown.code, 2, 'exit codes do not change');
    assert.equal(unknown.stderr, 'career-goals: Unbekannter Befehl „frobnicate“: Verwenden Sie check, status, export, history, evidence oder mcp.\nHinweise zum Aufruf zeigt career-goals --help.\n');

    const missing = run(GERMAN, 'check', 'nothing.yaml');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^career-goals check: Lesen fehlgeschlagen: nothing\.yaml: Datei oder Ordner nicht gefunden$/m);

    // The problems' lines keep their compiler form (`file:line:column: severity:`); the summary is German.
    assert.match(run(GERMAN, 'check', 'goals.yaml', '--today', '2026-11-21').stdout, /^goals\.yaml:\d+:\d+: warning: .*\n[^]*^goals\.yaml: \d+ Probleme \(\d+ Fehler, \d+ Warnung(en)?, \d+ Infos?, \d+ Hinweise?\)$/m);

    const history = run(GERMAN, 'history', '--today', '2026-11-21');
    assert.equal(history.code, 0, history.stderr);
    assert.match(history.stdout, /^Datum +Quelle +Gesamt +Eintrag$/m);
    assert.match(history.stdout, /^21\.11\.2026 +heute +\d+ %$/m);
    assert.match(history.stdout, /^Serie der Wochenrückblicke: 0 \(beste: 0\)$/m);
  });

  it('takes LC_MESSAGES before LANG, and LC_ALL before both', () => {
    assert.match(run({ LC_MESSAGES: 'de_DE.UTF-8', LANG: 'en_US.UTF-8' }, '--help').stdout, /^Aufruf:/);
    assert.match(run({ LC_ALL: 'C', LC_MESSAGES: 'de_DE.UTF-8', LANG: 'de_DE.UTF-8' }, '--help').stdout, /^Usage:/);
  });

  it('speaks English with LC_ALL=C, and without a bundle of the language', () => {
    const r = run({ LC_ALL: 'C', LANG: 'de_DE.UTF-8' }, 'history', '--today', '2026-11-21');
    assert.match(r.stdout, /^date +source +overall +entry$/m);
    assert.match(r.stdout, /^Nov 21, 2026 +today +\d+%$/m);
    assert.match(run({ LANG: 'fr_FR.UTF-8' }, '--help').stdout, /^Usage: career-goals <command>/);
  });

  it('keeps --json, check --format json and their messages English, with ISO days', () => {
    const json = run(GERMAN, 'history', '--json', '--today', '2026-11-21');
    assert.equal((JSON.parse(json.stdout) as { points: { date: string }[] }).points.at(-1)?.date, '2026-11-21');
    const missing = run(GERMAN, 'check', 'nothing.yaml', '--format', 'json');
    assert.equal((JSON.parse(missing.stdout) as { files: { error: string }[] }).files[0]?.error, 'cannot read nothing.yaml: no such file or folder');
    assert.match(missing.stderr, /cannot read nothing\.yaml/);
  });

  it('gives the MCP server German help, and English answers to the language model', async () => {
    assert.match(run(GERMAN, 'mcp', '--help').stdout, /^Aufruf: career-goals mcp \[options\]$/m);
    assert.match(run(GERMAN, 'mcp', '--file', 'nothing.yaml').stderr, /Datei oder Ordner nicht gefunden/);
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [cli, 'mcp', '--file', path.join(dir, 'goals.yaml'), '--today', '2026-11-21'],
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', HOME: dir, ...GERMAN },
      stderr: 'pipe',
    });
    const client = new Client({ name: 'career-goals-test', version: '1.0.0' });
    await client.connect(transport);
    try {
      const r = (await client.callTool({ name: 'check_plan', arguments: {} })) as { content: { text?: string }[] };
      assert.match(r.content.map((p) => p.text ?? '').join('\n'), /^goals\.yaml: \d+ problems \(\d+ errors?, \d+ warnings?, \d+ info, \d+ hints?\)$/m);
    } finally {
      await client.close();
    }
  });
});
