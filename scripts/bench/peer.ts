/**
 * The peer section of `npm run bench` (issue #13's table): a full `analyze` of each
 * plan beside yaml-language-server 1.25 (the Red Hat YAML extension's server, which
 * people run beside this extension) validating the same text with our schema, and the
 * floors: `JSON.parse` of the same data and `yaml.parseDocument`. Warmed, median of 21
 * runs in a row; yaml-language-server gets a new document version every run, since it
 * caches by version.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'yaml-language-server/lib/umd/languageservice/yamlLanguageService';
import { analyze } from '../../src/core/analyze';
import { ROOT } from '../lib/paths';
import { personPlan } from './keystroke';

const TODAY = new Date(2026, 10, 21);
const RUNS = 21;

/** Median milliseconds of `runs` awaited calls in a row, after five warm-up calls. */
async function medianAsync(fn: () => unknown, runs = RUNS): Promise<number> {
  for (let i = 0; i < 5; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] ?? NaN;
}

/** yaml-language-server's validation of goals.yaml text with schemas/goals.schema.json. */
function yamlLanguageServer(): (text: string) => Promise<unknown> {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'goals.schema.json'), 'utf8')) as object;
  const ls = getLanguageService({
    schemaRequestService: (uri: string) => Promise.reject(new Error(`bench: no schema at ${uri}`)),
    workspaceContext: { resolveRelativePath: (relative: string) => relative },
  });
  ls.configure({ validate: true, schemas: [{ uri: 'file:///goals.schema.json', fileMatch: ['*goals.yaml'], schema }] });
  let version = 1;
  return (text) => ls.doValidation(TextDocument.create('file:///goals.yaml', 'yaml', version++, text), false);
}

/** Runs the section: one row per plan, then the ratio issue #13 sets a target for. */
export async function runPeerBench(): Promise<void> {
  const validate = yamlLanguageServer();
  const plans = [
    { label: 'small', goals: 5, wins: 40 },
    { label: 'typical', goals: 12, wins: 300 },
    { label: 'large', goals: 200, wins: 3000 },
  ];
  console.log(`\nFull analysis beside yaml-language-server 1.25 (our schema), median of ${RUNS} runs:`);
  console.log('| plan | JSON.parse (floor) | yaml.parseDocument | Career Goals analyze | yaml-language-server | ratio |');
  console.log('|---|--:|--:|--:|--:|--:|');
  for (const p of plans) {
    const text = personPlan(p.goals, p.wins);
    const json = JSON.stringify(parseDocument(text).toJS());
    const floor = await medianAsync(() => JSON.parse(json));
    const parse = await medianAsync(() => parseDocument(text));
    const ours = await medianAsync(() => analyze(text, TODAY));
    const peer = await medianAsync(() => validate(text));
    const kb = `${Math.round(text.length / 1024)} KB`;
    console.log(`| ${p.label} (${kb}) | ${floor.toFixed(2)} ms | ${parse.toFixed(1)} ms | ${ours.toFixed(1)} ms | ${peer.toFixed(1)} ms | ${(ours / peer).toFixed(2)} |`);
    if (p.label === 'typical') console.log(`full analyze on typical: ${ours.toFixed(1)} ms, ${(ours / peer).toFixed(2)}x yaml-language-server (${peer.toFixed(1)} ms)`);
  }
}
