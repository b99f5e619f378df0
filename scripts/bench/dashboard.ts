/**
 * The dashboard section of `npm run bench` (`npm run bench -- --dashboard` runs it
 * alone): what the page costs to draw a large history, in headless Chromium with the
 * built dist/dashboard.js and a stubbed `acquireVsCodeApi`. A plan of 30 goals, each
 * with a metric, and a commit point on each of 700 days (two years of a notes
 * repository that a sync plugin commits): the model the extension host posts, its size,
 * the charts built in Node (the same shared code the page runs), and the page's draw
 * from the message to the next frame, first (cold) and then again (an update).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { buildHistory, type HistoryPoint } from '../../src/core/history';
import { dashboardModel } from '../../src/core/history/dashboard-model';
import { VersionReader } from '../../src/core/history/version-point';
import { dayOf, dayToIso } from '../../src/core/time/dates';
import { displayFormats } from '../../src/core/time/display';
import { goalPaceChart, metricChart, overallChart } from '../../src/shared/charts';
import { launchBrowser } from '../lib/browser';
import { runCleanups } from '../lib/cleanup';
import { ROOT } from '../lib/paths';

const GOALS = 30;
const DAYS = 700;
const NOW = new Date(2026, 10, 21, 12);

/** The plan on day `day` of its life: metrics move and tasks get ticked, day by day. */
function planOn(day: number): string {
  const lines = ['version: 1', 'vision:', '  north_star: Write a book about platform engineering', 'goals:'];
  for (let g = 0; g < GOALS; g++) {
    lines.push(
      `  - id: goal-${g}`,
      `    title: Goal number ${g} with a reasonably descriptive title`,
      `    horizon: ${['short', 'medium', 'long'][g % 3] ?? 'short'}`,
      '    status: active',
      '    start: 2024-06-01',
      '    due: 2027-12-31',
      `    metric: { name: things done, unit: things, start: 0, target: 10, current: ${(day + g) % 11} }`,
      '    tasks:',
      ...[0, 1, 2, 3, 4].map((k) => `      - { title: Task ${k} of goal ${g}, done: ${k < (day + g) % 6} }`),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Runs the section; resolves once Chromium is closed. */
export async function runDashboardBench(): Promise<void> {
  console.log(`\nDashboard: ${GOALS} goals with a metric, a commit point on each of ${DAYS} days, drawn in headless Chromium.\n`);
  const reader = new VersionReader();
  const commits: HistoryPoint[] = [];
  for (let d = 0; d < DAYS; d++) {
    const when = new Date(NOW.getTime() - (DAYS - d) * 86_400_000);
    commits.push(reader.point(planOn(d), when, dayToIso(dayOf(when)), String(d).padStart(40, 'a')));
  }
  const analysis = analyze(planOn(DAYS), NOW);
  let t = performance.now();
  const model = dashboardModel(analysis, buildHistory({ journal: [], commits, today: analysis, now: NOW }), [], NOW);
  const modelMs = performance.now() - t;
  const json = JSON.stringify(model);
  const formats = displayFormats('en');
  const chartsOnce = (): void => {
    for (const g of model.goals) {
      goalPaceChart({ title: g.title, start: g.start, due: g.due, checkpoints: g.checkpoints, points: g.points, today: model.today }, { width: 1000, pauses: model.pauses, formats });
      if (g.metric) metricChart({ title: g.metric.name ?? g.title, unit: g.metric.unit, start: g.metric.start, target: g.metric.target, points: g.metric.points }, { width: 1000, formats });
    }
    overallChart(model.points, { width: 1000, pauses: model.pauses, formats });
  };
  chartsOnce();
  t = performance.now();
  chartsOnce();
  const chartsMs = performance.now() - t;

  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.setContent('<!doctype html><html><body><main id="app" aria-busy="true"></main></body></html>');
  await page.evaluate(() => {
    (window as unknown as { acquireVsCodeApi: () => unknown }).acquireVsCodeApi = () => ({ postMessage: () => undefined, getState: () => null, setState: () => undefined });
  });
  await page.addScriptTag({ content: fs.readFileSync(path.join(ROOT, 'dist', 'dashboard.js'), 'utf8') });
  const draw = (): Promise<number> =>
    page.evaluate(
      (m) =>
        new Promise<number>((resolve) => {
          const started = performance.now();
          window.postMessage({ type: 'model', folderName: 'notes', folderUri: 'file:///notes', model: JSON.parse(m) as unknown, git: true }, '*');
          // The message is handled in a task; the frame after it is the drawing shown.
          setTimeout(() => requestAnimationFrame(() => resolve(performance.now() - started)), 0);
        }),
      json,
    );
  const first = await draw();
  const again: number[] = [];
  for (let i = 0; i < 3; i++) again.push(await draw());
  const elements = await page.evaluate(() => document.querySelectorAll('*').length);
  const markers = await page.evaluate(() => document.querySelectorAll('[data-source]').length);
  await runCleanups();
  again.sort((a, b) => a - b);
  console.log('| case | time |');
  console.log('| --- | --: |');
  console.log(`| dashboard model in the extension host (${(json.length / 1e6).toFixed(1)} MB posted) | ${modelMs.toFixed(0)} ms |`);
  console.log(`| the ${model.goals.length * 2 + 1} charts in Node, warm | ${chartsMs.toFixed(0)} ms |`);
  console.log(`| the page's first draw (${elements.toLocaleString('en')} elements, ${markers} point markers) | ${first.toFixed(0)} ms |`);
  console.log(`| the page drawn again (an update), median of 3 | ${(again[1] ?? NaN).toFixed(0)} ms |`);
}
