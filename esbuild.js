// @ts-check
/**
 * Build script. `node esbuild.js` bundles the extension (node, cjs) and the webview
 * (browser, iife) into dist/. Flags: --production minifies and drops source maps,
 * --watch rebuilds on change, --tests compiles test/ and scripts/ into out/ for mocha.
 */
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

/** Codicons ship inside the package so webviews never reach the network. */
function copyCodicons() {
  const from = path.join(__dirname, 'node_modules', '@vscode', 'codicons', 'dist');
  const to = path.join(__dirname, 'dist', 'codicons');
  if (!fs.existsSync(from)) return;
  fs.mkdirSync(to, { recursive: true });
  for (const file of ['codicon.css', 'codicon.ttf']) fs.copyFileSync(path.join(from, file), path.join(to, file));
}

/** @param {string} dir @returns {string[]} */
function listTs(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return listTs(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/**
 * A webview page's bundle: browser, one self-contained script.
 * @param {string} entry @param {string} outfile @returns {import('esbuild').BuildOptions}
 */
function pageBundle(entry, outfile) {
  return { entryPoints: [entry], outfile, bundle: true, platform: 'browser', format: 'iife', target: 'es2022', minify: production, sourcemap: !production, sourcesContent: false, logLevel: 'warning' };
}

/**
 * The `career-goals` command line (package.json `bin`): one Node script with its
 * dependencies inside, runnable as `node dist/cli.js` or through `npm link`. Not in the
 * VSIX (.vscodeignore).
 * @returns {import('esbuild').BuildOptions}
 */
function cliBundle() {
  const version = JSON.parse(fs.readFileSync(path.join(__dirname, 'package.json'), 'utf8')).version;
  return {
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    banner: { js: '#!/usr/bin/env node' },
    define: { __CLI_VERSION__: JSON.stringify(version) },
    minify: production,
    sourcemap: false,
    logLevel: 'warning',
  };
}

/**
 * Fails the build on any import of a Node built-in: the web worker extension host
 * (vscode.dev, github.dev) has no Node, and a bundle that needs one fails only there.
 * @type {import('esbuild').Plugin}
 */
const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    const builtins = new Set(require('node:module').builtinModules);
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      const name = args.path.replace(/^node:/, '').split('/')[0] ?? '';
      if (!args.path.startsWith('node:') && !builtins.has(name)) return undefined;
      const from = args.importer ? path.relative(__dirname, args.importer) : 'the entry point';
      return { errors: [{ text: `The web build can't use the Node built-in "${args.path}" (imported by ${from}): the web worker extension host has no Node. Use the vscode API (workspace.fs, Uri.joinPath) or a Web API instead.` }] };
    });
  },
};

/**
 * Where a module has a `<name>.web.ts` beside it, the web build takes that instead: the
 * few host pieces that differ on the web (analysis-platform.ts starts a worker_threads
 * worker; the web worker extension host cannot).
 * @type {import('esbuild').Plugin}
 */
const webVariants = {
  name: 'web-variants',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const web = path.join(args.resolveDir, `${args.path}.web.ts`);
      return fs.existsSync(web) ? { path: web } : undefined;
    });
  },
};

/**
 * The extension for the web worker extension host (package.json `browser`): the same
 * source as dist/extension.js, for the browser, with no Node built-in allowed.
 * @returns {import('esbuild').BuildOptions}
 */
function webBundle() {
  return { entryPoints: ['src/extension.ts'], outfile: 'dist/web.js', bundle: true, platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'], minify: production, sourcemap: !production, sourcesContent: false, logLevel: 'warning', plugins: [webVariants, noNodeBuiltins] };
}

/**
 * The analysis worker (desktop): large plans are analysed there, off the extension
 * host's thread (src/host/analysis-platform.ts).
 * @returns {import('esbuild').BuildOptions}
 */
function workerBundle() {
  return { entryPoints: ['src/host/analysis-worker.ts'], outfile: 'dist/analysis-worker.js', bundle: true, platform: 'node', format: 'cjs', target: 'node18', minify: production, sourcemap: !production, sourcesContent: false, logLevel: 'warning' };
}

/**
 * The integration suites for the web worker extension host (test/web/index.ts): browser,
 * cjs, `vscode` external, mocha's browser build inside. A virtual module requires every
 * suite except the Node-only ones (test/web/node-only.ts); `node:assert/strict` becomes
 * the `assert` package, and no other Node built-in may slip in.
 * @returns {import('esbuild').BuildOptions}
 */
function webTestsBundle() {
  const suiteDir = path.join(__dirname, 'test', 'integration', 'suite');
  const nodeOnly = new Set(Object.keys(nodeOnlySuites()));
  const suites = [
    ...listTs(suiteDir).filter((f) => f.endsWith('.test.ts') && !nodeOnly.has(path.basename(f))).sort(),
    // Checks of the web worker host itself, in this bundle only.
    ...listTs(path.join(__dirname, 'test', 'web')).filter((f) => f.endsWith('.test.ts')).sort(),
  ];
  /** @type {import('esbuild').Plugin} */
  const webTestModules = {
    name: 'web-test-modules',
    setup(build) {
      build.onResolve({ filter: /^career-goals:web-suites$/ }, (args) => ({ path: args.path, namespace: 'web-suites' }));
      build.onLoad({ filter: /.*/, namespace: 'web-suites' }, () => ({
        contents: `export function loadSuites() {\n${suites.map((f) => `  require(${JSON.stringify(f)});`).join('\n')}\n}\n`,
        resolveDir: suiteDir,
        loader: 'js',
      }));
      build.onResolve({ filter: /^(node:)?assert\/strict$/ }, () => ({ path: path.join(__dirname, 'test', 'web', 'assert-strict.ts') }));
      // The npm packages of these names, not the built-ins (assert needs util).
      build.onResolve({ filter: /^(assert|util)\/?$/ }, (args) => ({ path: require.resolve(`${args.path.replace(/\/$/, '')}/`, { paths: [args.resolveDir] }) }));
    },
  };
  return {
    entryPoints: ['test/web/index.ts'],
    outfile: 'out/test/web/index.js',
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    // assert and util read `process` (env as they load, stderr while formatting a failed
    // assertion's message); a worker has none, so bundled code gets a small stand-in.
    inject: [path.join(__dirname, 'test', 'web', 'process-shim.ts')],
    plugins: [webTestModules, noNodeBuiltins],
    sourcemap: 'inline',
    logLevel: 'warning',
  };
}

/** test/web/node-only.ts's list, read without compiling it: file name to reason. */
function nodeOnlySuites() {
  const text = fs.readFileSync(path.join(__dirname, 'test', 'web', 'node-only.ts'), 'utf8');
  return Object.fromEntries([...text.matchAll(/'([\w.-]+\.test\.ts)':\s*'/g)].map((m) => [m[1], true]));
}

/** @type {import('esbuild').BuildOptions[]} */
const configs = tests
  ? [
      {
        entryPoints: [...listTs('test').filter((f) => !f.startsWith(path.join('test', 'web'))), ...listTs('scripts')],
        outdir: 'out',
        outbase: '.',
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node18',
        packages: 'external',
        external: ['vscode'],
        // The d3 chart libraries ship only as ES modules; bundle them so mocha's require,
        // Node 18 and the extension host's older Node never have to load ESM. Resolved
        // here, a path is no longer a bare package name, so `packages: 'external'` leaves it in.
        plugins: [
          {
            name: 'bundle-d3',
            setup(build) {
              build.onResolve({ filter: /^(d3-[a-z-]+|internmap)$/ }, (args) => ({ path: require.resolve(args.path, { paths: [args.resolveDir] }) }));
            },
          },
        ],
        sourcemap: 'inline',
        logLevel: 'warning',
      },
    ]
  : [
      {
        entryPoints: ['src/extension.ts'],
        outfile: 'dist/extension.js',
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node18',
        external: ['vscode'],
        minify: production,
        sourcemap: !production,
        sourcesContent: false,
        logLevel: 'warning',
      },
      webBundle(),
      workerBundle(),
      pageBundle('src/webview/main.ts', 'dist/webview.js'),
      pageBundle('src/webview/dashboard/main.ts', 'dist/dashboard.js'),
      cliBundle(),
    ];

// The unit tests run dist/cli.js as a child process and dist/analysis-worker.js as a
// worker, so `--tests` builds them too.
if (tests) configs.push(cliBundle(), webTestsBundle(), workerBundle());

async function main() {
  if (!tests) copyCodicons();
  if (watch) {
    for (const c of configs) await (await esbuild.context(c)).watch();
    console.log('[watch] build started');
    return;
  }
  await Promise.all(configs.map((c) => esbuild.build(c)));
  // `npm link` and a clone's `./dist/cli.js` run it directly.
  if (fs.existsSync(path.join(__dirname, 'dist', 'cli.js'))) fs.chmodSync(path.join(__dirname, 'dist', 'cli.js'), 0o755);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
