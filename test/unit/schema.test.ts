/**
 * The JSON schema (schemas/goals.schema.json, used by the YAML extension for hovers,
 * completion and squiggles) and the core's `parseGoals` must describe the same format.
 * This suite checks the schema itself, the Career Planning Template in examples/, and
 * that both reject every fixture under test/fixtures/broken/.
 *
 * Each fixture starts with two comment lines:
 *   `# broken: <the one problem>` or `# core-only: <the one problem>`
 *   `# expect: <diagnostic code the core reports>`
 * `broken` fixtures must be rejected by both. `core-only` fixtures hold problems JSON
 * Schema cannot express (impossible dates, references between goals, target = start):
 * the schema accepts them, which also shows they are otherwise valid, and the core
 * reports them.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { FORMAT_VERSION, GOAL_STATUSES, HORIZONS, PRIORITIES } from '../../src/core/model';
import { parseGoals } from '../../src/core/parse';
import { KNOWN_KEYS } from '../../src/core/parse/validate-keys';

/** Finds the repository root from the compiled test (out/test/unit) or the source. */
function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`package.json not found above ${__dirname}`);
    dir = up;
  }
  return dir;
}

const ROOT = repoRoot();
const SCHEMA_PATH = path.join(ROOT, 'schemas', 'goals.schema.json');
const EXAMPLE_PATH = path.join(ROOT, 'examples', 'goals.yaml');
const BROKEN_DIR = path.join(ROOT, 'test', 'fixtures', 'broken');

/** Editor-only keywords the YAML extension reads; declared so Ajv's strict mode accepts them. */
const EDITOR_KEYWORDS = ['markdownDescription', 'defaultSnippets', 'enumDescriptions', 'markdownEnumDescriptions'];

type JsonSchema = {
  $schema?: string;
  type?: string | string[];
  description?: string;
  markdownDescription?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  definitions?: Record<string, JsonSchema>;
  enum?: unknown[];
  const?: unknown;
  required?: string[];
  $ref?: string;
};

function readSchema(): JsonSchema {
  return JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf8')) as JsonSchema;
}

function compile(schema: JsonSchema): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addVocabulary(EDITOR_KEYWORDS);
  return ajv.compile(schema);
}

function formatErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');
}

/** Every object schema reachable through `properties`, `items` and `definitions`, with its path. */
function* propertySchemas(schema: JsonSchema, at = '#'): Generator<[string, JsonSchema]> {
  for (const [name, sub] of Object.entries(schema.properties ?? {})) {
    yield [`${at}/properties/${name}`, sub];
    yield* propertySchemas(sub, `${at}/properties/${name}`);
  }
  if (schema.items) yield* propertySchemas(schema.items, `${at}/items`);
  for (const [name, sub] of Object.entries(schema.definitions ?? {})) yield* propertySchemas(sub, `${at}/definitions/${name}`);
}

/** Resolves a local `#/definitions/x` reference. */
function deref(root: JsonSchema, s: JsonSchema): JsonSchema {
  if (!s.$ref) return s;
  const name = s.$ref.replace('#/definitions/', '');
  const target = root.definitions?.[name];
  assert.ok(target, `unresolved $ref ${s.$ref}`);
  return target;
}

interface Fixture {
  file: string;
  text: string;
  kind: 'broken' | 'core-only';
  problem: string;
  expect: string;
}

function readFixtures(): Fixture[] {
  return fs
    .readdirSync(BROKEN_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(BROKEN_DIR, file), 'utf8');
      const [, kind, problem, expect] = /^# (broken|core-only): (.+)\n# expect: ([a-z/-]+)\n/.exec(text) ?? [];
      assert.ok(kind && problem && expect, `${file} must start with "# broken: …" or "# core-only: …" and "# expect: <code>"`);
      return { file, text, kind: kind as Fixture['kind'], problem, expect };
    });
}

describe('goals.yaml JSON schema', () => {
  const schema = readSchema();

  it('compiles as draft-07 in Ajv strict mode', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(typeof compile(schema), 'function');
  });

  it('describes every property for hovers', () => {
    const missing: string[] = [];
    let count = 0;
    for (const [where, sub] of propertySchemas(schema)) {
      count++;
      if (!sub.description?.trim() || !sub.markdownDescription?.trim()) missing.push(where);
    }
    assert.ok(count > 30, `expected the whole format to be walked, saw ${count} properties`);
    assert.deepEqual(missing, [], 'properties without description and markdownDescription');
  });

  it('uses the core model’s horizons, statuses, priorities and version', () => {
    const goal = deref(schema, schema.definitions?.goal ?? {});
    assert.deepEqual(goal.properties?.horizon?.enum, [...HORIZONS]);
    assert.deepEqual(goal.properties?.status?.enum, [...GOAL_STATUSES]);
    assert.deepEqual(goal.properties?.tasks?.items?.properties?.priority?.enum, [...PRIORITIES]);
    assert.equal(schema.properties?.version?.const, FORMAT_VERSION);
  });

  it('accepts exactly the keys the core knows, section by section', () => {
    const goal = deref(schema, schema.definitions?.goal ?? {});
    const sections: Record<keyof typeof KNOWN_KEYS, JsonSchema | undefined> = {
      top: schema,
      vision: schema.properties?.vision,
      focus: schema.properties?.focus,
      goal,
      metric: goal.properties?.metric,
      checkpoint: goal.properties?.checkpoints?.items,
      task: goal.properties?.tasks?.items,
      resources: goal.properties?.resources,
      entry: deref(schema, schema.properties?.wins?.items ?? {}),
      rhythm: schema.properties?.rhythm,
      pause: schema.properties?.pauses?.items,
      adjustment: goal.properties?.adjustments?.items,
    };
    for (const [section, keys] of Object.entries(KNOWN_KEYS)) {
      const s = sections[section as keyof typeof KNOWN_KEYS];
      assert.ok(s, `no schema for section ${section}`);
      assert.deepEqual(Object.keys(s.properties ?? {}).sort(), [...keys].sort(), `keys of ${section}`);
      assert.equal((s as { additionalProperties?: unknown }).additionalProperties, false, `${section} is closed`);
    }
    // Both missing would compare equal, so the shape wins refer to must exist.
    assert.ok(schema.properties?.wins?.items?.$ref, 'wins refer to an entry shape');
    assert.equal(schema.properties?.lessons?.items?.$ref, schema.properties?.wins?.items?.$ref, 'wins and lessons share one entry shape');
  });

  it('requires what the core requires', () => {
    const goal = deref(schema, schema.definitions?.goal ?? {});
    assert.deepEqual(schema.required, ['version', 'vision']);
    assert.deepEqual(schema.properties?.vision?.required, ['north_star']);
    assert.deepEqual(goal.required, ['title', 'horizon']);
    assert.deepEqual(goal.properties?.metric?.required, ['target']);
    assert.deepEqual(goal.properties?.checkpoints?.items?.required, ['title']);
    assert.deepEqual(goal.properties?.tasks?.items?.required, ['title']);
    assert.deepEqual(deref(schema, schema.properties?.wins?.items ?? {}).required, ['date', 'text']);
  });
});

describe('examples/goals.yaml (the Career Planning Template)', () => {
  const text = fs.readFileSync(EXAMPLE_PATH, 'utf8');

  it('validates against the schema', () => {
    const validate = compile(readSchema());
    const ok = validate(parse(text));
    assert.ok(ok, formatErrors(validate.errors));
  });

  it('parses with no error or warning diagnostics from the core', () => {
    const { diagnostics, syntaxOk } = parseGoals(text);
    assert.equal(syntaxOk, true);
    const problems = diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
    assert.deepEqual(problems.map((d) => `${d.code}: ${d.message}`), []);
  });

  it('is a complete plan: vision, focus, five goals on three horizons, wins and lessons', () => {
    const { model } = parseGoals(text);
    assert.ok(model.vision?.northStar);
    assert.ok(model.vision.values.length >= 3 && model.vision.values.length <= 4);
    assert.ok(model.vision.narrative);
    assert.equal(model.focus?.quarter, '2026-Q4');
    assert.deepEqual(model.goals.map((g) => g.horizon).sort(), ['long', 'medium', 'medium', 'short', 'short']);
    assert.ok(model.goals.every((g) => g.explicitId), 'every goal has an explicit id');
    const long = model.goals.find((g) => g.horizon === 'long');
    assert.ok(model.goals.filter((g) => g.horizon !== 'long').every((g) => g.parent === long?.id));
    assert.ok(model.goals.some((g) => g.metric && g.metric.target < g.metric.start), 'one metric has a falling target');
    assert.ok(model.goals.some((g) => g.checkpoints.some((c) => c.done)));
    assert.ok(model.goals.some((g) => g.tasks.some((t) => t.done)));
    assert.ok(model.wins.length > 0 && model.lessons.length > 0);
  });

  it('keeps the north star and values on single lines for the Create command to substitute', () => {
    assert.equal(text.match(/^ {2}north_star: .+$/gm)?.length, 1);
    assert.equal(text.match(/^ {2}values: \[[^\]\n]*\]$/gm)?.length, 1);
  });

  it('links one existing note and one missing note', () => {
    const links = [...text.matchAll(/"\[\[([^\]]+)\]\]"/g)].map((m) => m[1]);
    const exists = links.map((l) => fs.existsSync(path.join(ROOT, 'examples', 'notes', `${l}.md`)));
    assert.ok(exists.includes(true), `no note exists for ${links.join(', ')}`);
    assert.ok(exists.includes(false), 'keep one link without a note to demonstrate creating it');
  });
});

describe('broken fixtures: the schema and the core agree', () => {
  const validate = compile(readSchema());
  const fixtures = readFixtures();

  it('has a fixture for each kind of problem', () => {
    assert.ok(fixtures.filter((f) => f.kind === 'broken').length >= 10);
    assert.ok(fixtures.some((f) => f.kind === 'core-only'));
  });

  for (const f of fixtures) {
    it(`${f.file}: ${f.problem}`, () => {
      const valid = validate(parse(f.text));
      if (f.kind === 'broken') assert.equal(valid, false, 'the schema should reject it');
      else assert.equal(valid, true, `the schema cannot express this problem, so it should accept the rest: ${formatErrors(validate.errors)}`);

      const { diagnostics } = parseGoals(f.text);
      const reported = diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
      assert.ok(reported.length > 0, 'the core should report an error or warning');
      assert.ok(
        reported.some((d) => d.code === f.expect),
        `the core should report ${f.expect}; it reported ${reported.map((d) => d.code).join(', ')}`,
      );
    });
  }
});
