// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', '.vscode-test/', '.cache/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  ...typeAwareRules(),
  ...layerRules(),
  ...ownedStateRules(),
);

/**
 * State belongs to an object that `activate` creates and disposes (README, "How the code
 * is organised"), never to a module: two extension hosts in one process would share it,
 * and tests would have to reset it by hand. So outside src/webview (browser code, one
 * page per webview) a module may not declare a top-level `let` or `var`, and a top-level
 * Map or Set must be typed ReadonlyMap or ReadonlySet: a lookup table, never a cache.
 * (A WeakMap keyed by the objects it describes, such as parse/index.ts's source ranges,
 * is a side table of those objects, not shared state, and stays allowed.)
 */
function ownedStateRules() {
  const topLevel = ':matches(Program, Program > ExportNamedDeclaration) > VariableDeclaration';
  const message = (what) => `State rule: ${what}; keep state in an object that activate creates and disposes (or the caller holds), see "How the code is organised" in README.md.`;
  return [
    {
      files: ['src/**/*.ts'],
      ignores: ['src/webview/**'],
      rules: {
        'no-restricted-syntax': [
          'error',
          { selector: `${topLevel}[kind!='const']`, message: message('no module-level let or var') },
          {
            selector: `${topLevel} > VariableDeclarator:not([id.typeAnnotation.typeAnnotation.typeName.name=/^Readonly(Map|Set)$/]) > NewExpression.init[callee.name=/^(Map|Set)$/]`,
            message: message('a module-level Map or Set is typed ReadonlyMap or ReadonlySet (a lookup table), never filled as a cache'),
          },
        ],
      },
    },
  ];
}

/**
 * Type-aware lint on the TypeScript of src/, test/ and scripts/: typescript-eslint's
 * recommendedTypeChecked, plus the rules that catch races and gaps the types can see. A
 * floating promise in a test is a race waiting to happen; a switch over a union that
 * misses a member fails only when that member arrives.
 */
function typeAwareRules() {
  const files = ['src/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts'];
  return [
    ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files })),
    {
      files,
      languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
      rules: {
        '@typescript-eslint/no-floating-promises': 'error',
        '@typescript-eslint/no-misused-promises': 'error',
        '@typescript-eslint/await-thenable': 'error',
        '@typescript-eslint/switch-exhaustiveness-check': 'error',
        // Bundled with esbuild: a lazy require() keeps a module out of a bundle that never needs it.
        '@typescript-eslint/no-require-imports': 'off',
        '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      },
    },
  ];
}

/**
 * The layers, bottom to top (README, "How the code is organised"): core, shared, host,
 * the features, then extension.ts and api.ts. An import never runs up a layer, sideways
 * between features, or in a circle; the webview sees only shared and the core.
 * Each zone's message names the rule that was broken.
 */
function layerRules() {
  const FEATURES = ['views', 'editor', 'commands', 'review', 'dashboard', 'assistant', 'cli'];
  const WIRING = ['src/extension.ts', 'src/api.ts'];
  const dir = (name) => `./src/${name}`;
  const zone = (target, from, rule) => ({ target, from, message: `Layer rule: ${rule} (see "How the code is organised" in README.md).` });
  const zones = [
    zone(dir('core'), [...['shared', 'host', 'webview', ...FEATURES].map(dir), ...WIRING, './src/constants.ts'], 'src/core is the bottom layer and imports only yaml, date-fns and @vscode/l10n'),
    zone(dir('shared'), [...['host', 'webview', ...FEATURES].map(dir), ...WIRING], 'src/shared imports only src/core and the d3 chart libraries'),
    zone(dir('host'), [...['webview', ...FEATURES].map(dir), ...WIRING], 'src/host imports core and shared, never a feature; move what a feature shares down into host'),
    ...FEATURES.map((f) =>
      zone(dir(f), [...['webview', ...FEATURES.filter((g) => g !== f)].map(dir), ...WIRING], `a feature (src/${f}) never imports another feature or the wiring; move what two features share down a layer`),
    ),
    zone(dir('webview'), [...['host', ...FEATURES].map(dir), ...WIRING, './src/constants.ts'], 'src/webview runs in the browser and imports only src/shared and src/core (and the packages allowed below: @vscode/l10n, @vscode-elements/elements)'),
    ...coreZones(zone),
  ];
  return [
    {
      files: ['src/**/*.ts'],
      plugins: { 'import-x': importX },
      settings: {
        'import-x/resolver': { node: { extensions: ['.ts', '.js'] } },
        // Parse the imported .ts files too, so no-cycle can follow them.
        'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
        'import-x/extensions': ['.ts', '.js'],
      },
      rules: {
        'import-x/no-restricted-paths': ['error', { zones }],
        'import-x/no-cycle': ['error', { ignoreExternal: true }],
      },
    },
    {
      // The core stays pure: plain Node and the webview both run it.
      files: ['src/core/**/*.ts'],
      rules: {
        'no-restricted-imports': [
          'error',
          { patterns: [{ regex: '^(?!\\.\\.?/|yaml$|date-fns(/|$)|@date-fns/utc$|@vscode/l10n$)', message: 'Layer rule: src/core imports only yaml, date-fns (with @date-fns/utc), @vscode/l10n and other core modules.' }] },
        ],
      },
    },
    {
      files: ['src/shared/**/*.ts'],
      rules: {
        // The d3 chart libraries are the one exception (src/shared/charts): DOM-free, no eval, no injected <style>.
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                regex: '^(?!\\.\\.?/|d3-(scale|shape|time|time-format|array)$|ical-generator$|@vscode/l10n$)',
                message: 'Layer rule: src/shared imports only src/core, the d3 chart libraries and ical-generator, never vscode or another package: it runs in the webview too.',
              },
            ],
          },
        ],
      },
    },
    {
      files: ['src/webview/**/*.ts'],
      rules: {
        // The page's words come from the host's bundle through @vscode/l10n (its browser build: no eval, no fetch with `contents`).
        'no-restricted-imports': [
          'error',
          {
            paths: [{ name: 'vscode', message: 'Layer rule: webview code runs in the browser; talk to the host through src/shared/protocol.ts.' }],
            patterns: [
              {
                regex: '^(?!\\.\\.?/|vscode$|@vscode/l10n$|@vscode-elements/elements/)',
                message: 'Layer rule: src/webview imports only src/shared, src/core, @vscode/l10n and @vscode-elements/elements: it runs in the browser under a strict CSP.',
              },
            ],
          },
        ],
      },
    },
    {
      // Everything but the command line also runs in the web worker extension host
      // (vscode.dev, github.dev), which has no Node: the web build fails on Node imports
      // (esbuild.js); these globals would fail only there, at run time.
      files: ['src/**/*.ts'],
      ignores: ['src/cli/**'],
      rules: {
        'no-restricted-globals': [
          'error',
          ...['process', 'Buffer', 'setImmediate', 'clearImmediate', 'global', '__dirname', '__filename', 'require'].map((name) => ({
            name,
            message: `Web rule: ${name} is Node's; the web worker extension host has none. Use the vscode API or a Web API (TextEncoder, crypto.getRandomValues, setTimeout).`,
          })),
        ],
        'no-restricted-properties': [
          'error',
          { property: 'fsPath', message: 'Web rule: fsPath means a local file; use Uri.joinPath and workspace.fs, or displayPath() from src/host/fs.ts to show a location.' },
        ],
      },
    },
  ];
}

/**
 * Inside src/core (README, "How the code is organised"): the leaves import no other core
 * module, words/ stays off the parser because the review page's browser bundles import
 * it, and parse/ never imports what is built on the model. import-x/no-cycle keeps the
 * rest free of circles.
 * @param {(target: string, from: string | string[], rule: string) => object} zone
 */
function coreZones(zone) {
  const core = (name) => `./src/core/${name}`;
  const leaf = (name, holds) => ({
    ...zone(core(name), core(''), `src/core/${name} (${holds}) imports no other core module`),
    except: [`./${name}`],
  });
  const ABOVE_PARSE = ['evidence', 'analysis', 'incremental', 'history', 'reports', 'edits', 'words', 'analyze.ts', 'snapshot.ts'];
  return [
    { ...zone(core('yaml'), core(''), 'src/core/yaml (the plain-YAML reader) imports only the yaml package, no other core module'), except: ['./yaml'] },
    leaf('text', 'small text helpers'),
    leaf('time', 'calendar dates and quarters'),
    {
      ...zone(core('rhythm'), core(''), 'src/core/rhythm (review days and pauses) imports only time/ and model.ts of the core'),
      except: ['./rhythm', './time', './model.ts'],
    },
    {
      ...zone(core('words'), core(''), 'src/core/words imports only model.ts, types.ts and time/ of the core, never the parser: the review page\'s browser bundles import it'),
      except: ['./words', './time', './model.ts', './types.ts'],
    },
    zone(core('parse'), ABOVE_PARSE.map(core), 'src/core/parse reads the plan into the model and never imports what is built on it (analysis, incremental, history, reports, edits, words, analyze.ts, snapshot.ts)'),
  ];
}
