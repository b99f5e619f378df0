/**
 * A quick look at the review page without the workbench: renders dist/webview.js in
 * headless Chromium with a stubbed `acquireVsCodeApi`, a session built from
 * examples/goals.yaml and an approximation of VS Code's Light/Dark Modern variables,
 * then screenshots every section to test-results/preview-<kind>-<section>-<theme>.png.
 * For iterating on layout; the real checks are the *.ui.ts tests in the workbench.
 *
 *   node esbuild.js && node esbuild.js --tests && node out/scripts/preview/preview.js [weekly|monthly|quarterly]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { analyze } from '../../src/core/analyze';
import { BUILT_IN_PROMPTS } from '../../src/core/words/prompts';
import type { ReviewKind } from '../../src/core/model';
import { buildSession } from '../../src/review/session';
import { RESULTS_DIR, ROOT } from '../lib/paths';

const VARS: Record<'light' | 'dark', Record<string, string>> = {
  dark: {
    foreground: '#cccccc', descriptionForeground: '#9d9d9d', 'editor-background': '#1f1f1f', focusBorder: '#0078d4', 'widget-border': '#313131',
    'panel-border': '#2b2b2b', 'button-background': '#0078d4', 'button-foreground': '#ffffff', 'button-hoverBackground': '#026ec1', 'button-border': '#ffffff12',
    'button-secondaryBackground': '#313131', 'button-secondaryForeground': '#cccccc', 'button-secondaryHoverBackground': '#3c3c3c', 'input-background': '#313131',
    'input-foreground': '#cccccc', 'input-border': '#3c3c3c', 'input-placeholderForeground': '#989898', 'checkbox-background': '#313131', 'checkbox-border': '#3c3c3c',
    'checkbox-foreground': '#cccccc', 'dropdown-background': '#313131', 'dropdown-border': '#3c3c3c', 'dropdown-foreground': '#cccccc', 'list-hoverBackground': '#2a2d2e',
    'list-inactiveSelectionBackground': '#37373d', 'list-activeSelectionBackground': '#04395e', 'badge-background': '#616161', 'badge-foreground': '#f8f8f8',
    'progressBar-background': '#0078d4', 'textLink-foreground': '#4daafc', 'testing-iconPassed': '#73c991', 'editorWarning-foreground': '#cca700',
    errorForeground: '#f85149', 'charts-yellow': '#cca700', 'charts-green': '#89d185', 'charts-blue': '#3794ff', 'charts-purple': '#b180d7', 'charts-red': '#f14c4c',
    'inputValidation-warningBackground': '#352a05', 'inputValidation-warningBorder': '#b89500', 'inputValidation-errorBackground': '#5a1d1d',
    'inputValidation-errorBorder': '#be1100', 'textBlockQuote-background': '#2b2b2b', 'textBlockQuote-border': '#616161', 'welcomePage-tileBackground': '#2b2b2b',
    'welcomePage-tileBorder': '#ffffff1a', 'editorWidget-background': '#202020', 'settings-headerForeground': '#ffffff', 'textCodeBlock-background': '#2b2b2b',
    'list-activeSelectionForeground': '#ffffff', 'list-focusOutline': '#0078d4', 'scrollbarSlider-background': '#79797966',
  },
  light: {
    foreground: '#3b3b3b', descriptionForeground: '#3b3b3b', 'editor-background': '#ffffff', focusBorder: '#005fb8', 'widget-border': '#e5e5e5',
    'panel-border': '#e5e5e5', 'button-background': '#005fb8', 'button-foreground': '#ffffff', 'button-hoverBackground': '#0258a8', 'button-border': '#0000001a',
    'button-secondaryBackground': '#e5e5e5', 'button-secondaryForeground': '#3b3b3b', 'button-secondaryHoverBackground': '#cccccc', 'input-background': '#ffffff',
    'input-foreground': '#3b3b3b', 'input-border': '#cecece', 'input-placeholderForeground': '#767676', 'checkbox-background': '#f8f8f8', 'checkbox-border': '#cecece',
    'checkbox-foreground': '#3b3b3b', 'dropdown-background': '#ffffff', 'dropdown-border': '#cecece', 'dropdown-foreground': '#3b3b3b', 'list-hoverBackground': '#f2f2f2',
    'list-inactiveSelectionBackground': '#e4e6f1', 'list-activeSelectionBackground': '#e8e8e8', 'badge-background': '#cccccc', 'badge-foreground': '#3b3b3b',
    'progressBar-background': '#005fb8', 'textLink-foreground': '#005fb8', 'testing-iconPassed': '#388a34', 'editorWarning-foreground': '#bf8803',
    errorForeground: '#f85149', 'charts-yellow': '#bf8803', 'charts-green': '#388a34', 'charts-blue': '#1a85ff', 'charts-purple': '#652d90', 'charts-red': '#e51400',
    'inputValidation-warningBackground': '#f6f5d2', 'inputValidation-warningBorder': '#bf8803', 'inputValidation-errorBackground': '#f2dede',
    'inputValidation-errorBorder': '#be1100', 'textBlockQuote-background': '#f8f8f8', 'textBlockQuote-border': '#e5e5e5', 'welcomePage-tileBackground': '#f3f3f3',
    'welcomePage-tileBorder': '#0000001a', 'editorWidget-background': '#f8f8f8', 'settings-headerForeground': '#1f1f1f', 'textCodeBlock-background': '#f8f8f8',
    'list-activeSelectionForeground': '#000000', 'list-focusOutline': '#005fb8', 'scrollbarSlider-background': '#64646466',
  },
};

/** The settings-editor variables @vscode-elements reads, mirroring the input/checkbox colours. */
for (const v of Object.values(VARS)) {
  Object.assign(v, {
    'settings-textInputBackground': v['input-background'], 'settings-textInputForeground': v['input-foreground'], 'settings-textInputBorder': v['input-border'],
    'settings-dropdownBackground': v['dropdown-background'], 'settings-dropdownForeground': v['dropdown-foreground'], 'settings-dropdownBorder': v['dropdown-border'],
    'settings-dropdownListBorder': v['widget-border'], 'settings-checkboxBackground': v['checkbox-background'], 'settings-checkboxForeground': v['checkbox-foreground'],
    'settings-checkboxBorder': v['checkbox-border'], 'editorWidget-border': v['widget-border'], 'widget-shadow': '#0000005c',
  });
}

function page(theme: 'light' | 'dark', session: unknown): string {
  const vars = Object.entries(VARS[theme])
    .map(([k, v]) => `--vscode-${k}:${v};`)
    .join('');
  const font = `--vscode-font-family:system-ui,"Ubuntu","Droid Sans",sans-serif;--vscode-font-size:13px;--vscode-font-weight:normal;--vscode-editor-font-family:monospace;`;
  // The stub answers `ready` with `init`, as the host does, and records everything posted.
  const stub = `window.__posted=[];window.acquireVsCodeApi=()=>({postMessage:(m)=>{window.__posted.push(m);if(m.type==='ready')setTimeout(()=>window.postMessage({type:'init',session:${JSON.stringify(session)}},'*'))},getState:()=>JSON.parse(sessionStorage.getItem('s')||'null'),setState:(s)=>sessionStorage.setItem('s',JSON.stringify(s))});`;
  return `<!DOCTYPE html><html lang="en" style='${font}${vars}'><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-preview'; style-src 'self'; font-src 'self'; img-src 'self' data:;">
<link rel="stylesheet" href="codicons/codicon.css" id="vscode-codicon-stylesheet"><link rel="stylesheet" href="review.css"></head>
<body class="vscode-${theme}"><main id="app" aria-busy="true"></main><script nonce="preview">${stub}</script><script nonce="preview" src="webview.js"></script></body></html>`;
}

async function main(): Promise<void> {
  const kind = (process.argv[2] ?? 'weekly') as ReviewKind;
  const dir = path.join(ROOT, '.cache', 'preview');
  fs.mkdirSync(dir, { recursive: true });
  fs.cpSync(path.join(ROOT, 'dist', 'codicons'), path.join(dir, 'codicons'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'dist', 'webview.js'), path.join(dir, 'webview.js'));
  fs.copyFileSync(path.join(ROOT, 'media', 'review.css'), path.join(dir, 'review.css'));
  const text = fs.readFileSync(path.join(ROOT, 'examples', 'goals.yaml'), 'utf8');
  const today = '2026-11-21';
  const analysis = analyze(text, new Date(`${today}T12:00:00`), { maxActiveGoals: kind === 'quarterly' ? 2 : 5 });
  const session = buildSession({
    kind,
    folderName: 'examples',
    folderUri: 'file:///examples',
    analysis,
    reviews: [{ kind: 'weekly', date: '2026-11-14' }],
    today,
    prompts: [...BUILT_IN_PROMPTS[kind]],
    maxActiveGoals: kind === 'quarterly' ? 2 : 5,
    journalFolder: 'reviews',
  });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--allow-file-access-from-files'] });
  try {
    for (const theme of ['light', 'dark'] as const) {
      const file = path.join(dir, `${kind}-${theme}.html`);
      fs.writeFileSync(file, page(theme, session));
      const p = await browser.newPage({ viewport: { width: Number(process.env.PREVIEW_WIDTH ?? 1100), height: 800 } });
      p.on('console', (m) => console.log(`[${theme}] ${m.type()}: ${m.text()}`));
      p.on('pageerror', (e) => console.log(`[${theme}] page error: ${e.message}`));
      await p.goto(`file://${file}`);
      const steps = p.getByRole('navigation', { name: 'Review sections' }).getByRole('button');
      await steps.first().waitFor();
      const count = await steps.count();
      for (let i = 0; i < count; i++) {
        await steps.nth(i).click();
        const id = await p.locator('[data-section]').getAttribute('data-section');
        fs.mkdirSync(RESULTS_DIR, { recursive: true });
        await p.screenshot({ path: path.join(RESULTS_DIR, `preview-${kind}-${id}-${theme}.png`), fullPage: true });
      }
      await p.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
