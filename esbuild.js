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

/** @type {import('esbuild').BuildOptions[]} */
const configs = tests
  ? [
      {
        entryPoints: [...listTs('test'), ...listTs('scripts')],
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
      pageBundle('src/webview/main.ts', 'dist/webview.js'),
      pageBundle('src/webview/dashboard/main.ts', 'dist/dashboard.js'),
      cliBundle(),
    ];

// The unit tests run dist/cli.js as a child process, so `--tests` builds it too.
if (tests) configs.push(cliBundle());

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
