/**
 * The layer rules in eslint.config.mjs fire: one import per rule that must be refused,
 * linted as if it stood in that folder, and one that must pass. The lint stage then
 * keeps the real code inside its layers (and free of import circles).
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const ROOT = path.resolve(__dirname, '../../..');

/** Layer-rule messages for `code` linted as the file `file` (repository-relative). */
async function layerErrors(eslint: ESLint, file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  const fatal = (result?.messages ?? []).filter((m) => m.fatal);
  assert.deepEqual(fatal.map((m) => m.message), [], `${file} could not be linted`);
  return (result?.messages ?? []).filter((m) => m.message.includes('Layer rule')).map((m) => m.message);
}

describe('layer rules (eslint)', function () {
  this.timeout(120_000);
  let eslint: ESLint;
  before(() => {
    // The probe files exist only here, outside the TypeScript project, so the type-aware
    // rules (which need the project) are off for them; the layer rules need no types.
    eslint = new ESLint({ cwd: ROOT, overrideConfig: tseslint.configs.disableTypeChecked });
  });

  const refused: [string, string, RegExp][] = [
    ['src/core/probe.ts', "import { Store } from '../host/store';\nexport const x = Store;\n", /src\/core is the bottom layer/],
    ['src/core/probe.ts', "import * as vscode from 'vscode';\nexport const x = vscode;\n", /src\/core imports only yaml, date-fns/],
    ['src/core/probe.ts', "import * as fs from 'node:fs';\nexport const x = fs;\n", /src\/core imports only yaml, date-fns/],
    ['src/shared/probe.ts', "import { Store } from '../host/store';\nexport const x = Store;\n", /src\/shared imports only src\/core/],
    ['src/shared/probe.ts', "import * as vscode from 'vscode';\nexport const x = vscode;\n", /never vscode or another package/],
    ['src/shared/probe.ts', "import * as fs from 'node:fs';\nexport const x = fs;\n", /src\/shared imports only src\/core, the d3 chart libraries and ical-generator/],
    ['src/shared/charts/probe.ts', "import { scaleLinear } from 'd3-scale-chromatic';\nexport const x = scaleLinear;\n", /never vscode or another package/],
    ['src/host/probe.ts', "import { registerReviews } from '../review';\nexport const x = registerReviews;\n", /src\/host imports core and shared, never a feature/],
    ['src/commands/probe.ts', "import { registerEditorFeatures } from '../editor';\nexport const x = registerEditorFeatures;\n", /a feature \(src\/commands\) never imports another feature/],
    ['src/editor/probe.ts', "import { activate } from '../extension';\nexport const x = activate;\n", /a feature \(src\/editor\) never imports another feature or the wiring/],
    ['src/assistant/probe.ts', "import { runMcp } from '../cli/mcp';\nexport const x = runMcp;\n", /a feature \(src\/assistant\) never imports another feature/],
    ['src/cli/probe.ts', "import { AssistantTools } from '../assistant/lm-tools';\nexport const x = AssistantTools;\n", /a feature \(src\/cli\) never imports another feature/],
    ['src/webview/probe.ts', "import { Store } from '../host/store';\nexport const x = Store;\n", /src\/webview runs in the browser/],
    ['src/webview/probe.ts', "import * as vscode from 'vscode';\nexport const x = vscode;\n", /webview code runs in the browser/],
    ['src/webview/probe.ts', "import * as fs from 'node:fs';\nexport const x = fs;\n", /src\/webview imports only src\/shared, src\/core, @vscode\/l10n and @vscode-elements\/elements/],
    ['src/core/yaml/probe.ts', "import { MAX_PLAN_CHARS } from '../parse/plan-size';\nexport const x = MAX_PLAN_CHARS;\n", /src\/core\/yaml \(the plain-YAML reader\) imports only the yaml package/],
    ['src/core/text/probe.ts', "import { dayOf } from '../time/dates';\nexport const x = dayOf;\n", /src\/core\/text \(small text helpers\) imports no other core module/],
    ['src/core/time/probe.ts', "import { slugify } from '../text/slug';\nexport const x = slugify;\n", /src\/core\/time \(calendar dates and quarters\) imports no other core module/],
    ['src/core/words/probe.ts', "import { parseGoals } from '../parse';\nexport const x = parseGoals;\n", /src\/core\/words imports only model.ts, types.ts and time\//],
    ['src/core/parse/probe.ts', "import { analyze } from '../analyze';\nexport const x = analyze;\n", /src\/core\/parse reads the plan into the model and never imports what is built on it/],
  ];
  for (const [file, code, rule] of refused) {
    it(`refuses in ${path.dirname(file)}: ${code.split('\n')[0]}`, async () => {
      const errors = await layerErrors(eslint, file, code);
      assert.ok(errors.some((m) => rule.test(m)), `expected a layer error matching ${rule}, got ${JSON.stringify(errors)}`);
    });
  }

  it('allows imports down the layers', async () => {
    assert.deepEqual(await layerErrors(eslint, 'src/commands/probe.ts', "import { Store } from '../host/store';\nimport { analyze } from '../core/analyze';\nexport const x = [Store, analyze];\n"), []);
    assert.deepEqual(await layerErrors(eslint, 'src/webview/probe.ts', "import { emptyDraft } from '../shared/draft';\nexport const x = emptyDraft;\n"), []);
    assert.deepEqual(await layerErrors(eslint, 'src/webview/probe.ts', "import * as l10n from '@vscode/l10n';\nimport '@vscode-elements/elements/dist/vscode-button/index.js';\nexport const x = l10n.t('Hello');\n"), []);
    assert.deepEqual(await layerErrors(eslint, 'src/shared/probe.ts', "import { scaleLinear } from 'd3-scale';\nexport const x = scaleLinear;\n"), []);
    assert.deepEqual(
      await layerErrors(eslint, 'src/shared/charts/probe.ts', "import { line } from 'd3-shape';\nimport { timeDay } from 'd3-time';\nimport { timeFormat } from 'd3-time-format';\nimport { max } from 'd3-array';\nexport const x = [line, timeDay, timeFormat, max];\n"),
      [],
    );
    assert.deepEqual(
      await layerErrors(eslint, 'src/core/words/probe.ts', "import { dayOf } from '../time/dates';\nimport type { Goal } from '../model';\nimport type { Pace } from '../types';\nimport { percent } from './percent';\nexport const x = [dayOf, percent] as const;\nexport type Y = [Goal, Pace];\n"),
      [],
    );
    assert.deepEqual(await layerErrors(eslint, 'src/core/yaml/probe.ts', "import { Scalar } from 'yaml';\nimport { readPlainYaml } from './plain-reader';\nexport const x = [Scalar, readPlainYaml];\n"), []);
    assert.deepEqual(await layerErrors(eslint, 'src/core/parse/probe.ts', "import { readPlainYaml } from '../yaml/plain-reader';\nimport { dayOf } from '../time/dates';\nimport { slugify } from '../text/slug';\nexport const x = [readPlainYaml, dayOf, slugify];\n"), []);
    assert.deepEqual(await layerErrors(eslint, 'src/core/probe.ts', "import { parse } from 'yaml';\nimport { addDays } from 'date-fns';\nexport const x = [parse, addDays];\n"), []);
  });
});
