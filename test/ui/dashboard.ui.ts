/**
 * The progress dashboard as a person meets it, on a copy of examples/ (no journal, no
 * git): opened from the Goals view's title bar, the empty state with today's point and
 * Start Weekly Review; "Show as table" read by accessible names and used by keyboard;
 * each active goal against its pace and a metric goal (falling target) in its unit,
 * drawn at the width they are shown at; the calendar moved through by arrow keys; a
 * journal entry written meanwhile appears as a review point, reached from today's
 * point (the chart's one tab stop) with ArrowLeft, and Enter on it opens the entry. Then the same page in the dark and high-contrast themes. No Content
 * Security Policy violation may be logged by any frame.
 * A pause written into the plan shades the charts and the status bar says "paused until"
 * (the dark and high-contrast pages open on a paused plan).
 * axe-core checks the page with its tables closed and open, in every theme.
 * Screenshots: test-results/dashboard-empty-<theme>.png, dashboard-table-light.png,
 * dashboard-point-light.png, dashboard-paused-<theme>.png.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { displayDay } from '../../src/core/time/display';
import { checkAccessibility } from './axe';
import { cspWatch, localToday, openDashboard, openWorkbench, step, STEP_TIMEOUT_MS, type Theme, type Workbench } from './workbench';

describe('dashboard (light theme)', () => {
  let wb: Workbench;
  let csp: string[];

  before(async () => {
    wb = await openWorkbench({ workspace: 'examples', theme: 'light' });
    csp = cspWatch(wb.page);
  });
  after(async () => {
    await wb?.close();
  });

  it('opens empty for a new plan, shows its charts as tables by keyboard, and opens a review point', async function () {
    this.timeout(4 * STEP_TIMEOUT_MS);
    let wv!: FrameLocator;
    await step('opens from the Goals view with the empty state and today’s point', async () => {
      wv = await openDashboard(wb);
      await wv.getByRole('heading', { name: 'Your progress starts here', level: 2 }).waitFor();
      await wv.getByRole('button', { name: 'Start Weekly Review' }).waitFor();
      await wv.getByRole('button', { name: new RegExp(`^Today ${shown(localToday())}: \\d+%$`) }).waitFor();
      await wb.screenshot('dashboard-empty');
      await checkAccessibility(wb, 'dashboard-tables-closed');
    });

    await step('draws each active goal against its pace, and a metric goal in its unit with a falling target', async () => {
      // A chart is a group when it has points to press (today's is one), else an image.
      const chart = (name: RegExp) => wv.getByRole('group', { name }).or(wv.getByRole('img', { name }));
      const pace = chart(/^Become a staff engineer on the platform group: progress against pace/);
      await pace.waitFor();
      // The page draws at the width it shows charts at, so chart text stays at the theme's size.
      const [drawn, shownAt] = await pace.evaluate((svg) => [Number(svg.getAttribute('width')), Math.round(svg.getBoundingClientRect().width)]);
      assert.ok(Math.abs(drawn - shownAt) <= 2, `drawn ${drawn} wide, shown ${shownAt} wide`);
      const metric = chart(/^on-call pages per week \(target 4 pages\)/);
      await metric.waitFor();
      const toggle = wv.locator('figure.chart').filter({ has: metric }).getByRole('button');
      assert.equal(await toggle.getAttribute('aria-label'), 'Show as table: on-call pages per week: target 4 pages (lower is better)');
      await toggle.click();
      const table = wv.getByRole('table', { name: 'on-call pages per week: target 4 pages (lower is better)' });
      await table.waitFor();
      assert.match(await table.innerText(), /7 pages/);
      await toggle.click();
    });

    await step('the calendar is one tab stop that arrows move through, week by week', async () => {
      const weeks = wv.locator('[data-week]');
      assert.equal(await weeks.count(), 52);
      const newest = wv.locator('[data-week][tabindex="0"]');
      assert.equal(await newest.count(), 1, 'one week is in the tab order');
      await newest.focus();
      const focused = () => wv.locator(':focus').getAttribute('data-week');
      const last = await focused();
      await wb.page.keyboard.press('ArrowLeft');
      const before = await focused();
      assert.ok(before !== null && last !== null && before < last, `ArrowLeft went from ${last} to ${before}`);
      assert.match((await wv.locator(':focus').getAttribute('aria-label')) ?? '', /^Week of /);
      await wb.page.keyboard.press('Home');
      assert.equal(await focused(), await weeks.first().getAttribute('data-week'));
      await wb.page.keyboard.press('End');
      assert.equal(await focused(), last);
    });

    await step('"Show as table" opens the overall table by keyboard, with the same figure', async () => {
      const toggle = wv.getByRole('button', { name: 'Show as table: Overall progress over time' });
      await toggle.focus();
      await wb.page.keyboard.press('Enter');
      const table = wv.getByRole('table', { name: 'Overall progress over time' });
      await table.waitFor();
      const text = await table.innerText();
      assert.match(text, new RegExp(shown(localToday())));
      assert.match(text, /\d+%/);
      assert.equal(await wv.getByRole('button', { name: 'Hide table: Overall progress over time' }).getAttribute('aria-expanded'), 'true');
      await wb.screenshot('dashboard-table');
      await checkAccessibility(wb, 'dashboard-table-open');
    });

    await step('a pause written into the plan shades the charts, its table says so, and the status bar says "paused until"', async () => {
      pausePlan(wb.workspaceDir);
      await checkPaused(wb, wv);
      // The overall table is still open from the step before; it lists the pause by its first day.
      const table = wv.getByRole('table', { name: 'Overall progress over time' });
      await wv.getByRole('cell', { name: `Paused ${shown(PAUSE.from)} to ${shown(PAUSE.to)} (Winter break)` }).waitFor({ timeout: 30_000 });
      assert.match(await table.innerText(), new RegExp(`${shown(PAUSE.from)}\\s+Paused ${shown(PAUSE.from)} to ${shown(PAUSE.to)}`));
    });

    await step('a journal entry written meanwhile becomes a review point, and Enter opens it', async () => {
      const d = new Date();
      d.setDate(d.getDate() - 2);
      const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      fs.mkdirSync(path.join(wb.workspaceDir, 'reviews'), { recursive: true });
      fs.writeFileSync(path.join(wb.workspaceDir, 'reviews', `${date}-weekly.md`), `---\nkind: weekly\ndate: ${date}\noverall: 30\n---\n\n# Weekly Review — ${date}\n`);
      const point = wv.getByRole('button', { name: `Weekly review ${shown(date)}: 30%` });
      await point.waitFor({ timeout: 30_000 });
      await wv.getByRole('heading', { name: 'Your progress starts here' }).waitFor({ state: 'detached' });
      await wb.screenshot('dashboard-point');
      // The overall chart is one tab stop, its newest point (today's); ArrowLeft reaches the review's.
      const overall = wv.getByRole('group', { name: /^Overall progress/ });
      const stops = overall.locator('[data-source][tabindex="0"]');
      assert.equal(await stops.count(), 1, 'one point of the chart is in the tab order');
      assert.equal(await stops.getAttribute('data-source'), 'today');
      await stops.focus();
      await wb.page.keyboard.press('ArrowLeft');
      const focusedLabel = await wv.locator(':focus').getAttribute('aria-label');
      assert.equal(focusedLabel, `Weekly review ${shown(date)}: 30%`, `ArrowLeft from today's point: expected the review's point, found ${focusedLabel}`);
      await wb.page.keyboard.press('Enter');
      await wb.page.getByRole('tab', { name: new RegExp(`${date}-weekly\\.md`) }).waitFor({ timeout: 15_000 });
    });

    await step('logged no Content Security Policy violation', () => {
      assert.deepEqual(csp, []);
    });
  });
});

/** A pause over today: from five days ago to twelve days on. */
const PAUSE = { from: localToday(-5), to: localToday(12) };

/** A day as the dashboard shows it: in the display language (English here), with Intl. */
const shown = (day: string): string => displayDay(day, 'en');

/** Appends the pause to the plan, as a person would write it. */
function pausePlan(dir: string): void {
  fs.appendFileSync(path.join(dir, 'goals.yaml'), `\npauses:\n  - {from: ${PAUSE.from}, to: ${PAUSE.to}, note: Winter break}\n`);
}

/** Waits for the status bar and the charts to show the pause, then saves dashboard-paused-<theme>.png. */
async function checkPaused(wb: Workbench, wv: FrameLocator): Promise<void> {
  await wb.statusBarItem(new RegExp(`paused until ${displayDay(PAUSE.to, 'en')}`)).waitFor({ timeout: 30_000 });
  const shading = wv.locator('rect.cg-chart-pause');
  await shading.first().waitFor({ timeout: 30_000 });
  // The overall chart and each active goal's pace chart.
  assert.ok((await shading.count()) >= 2, `shaded charts: ${await shading.count()}`);
  assert.equal(await wv.getByText('Paused', { exact: true }).first().isVisible(), true, 'the legend names the shading');
  await wb.screenshot('dashboard-paused');
}

for (const theme of ['dark', 'hc'] as Theme[]) {
  describe(`dashboard (${theme} theme)`, () => {
    let wb: Workbench;
    let csp: string[];
    before(async () => {
      // A paused plan: the shading and the status bar in the theme's colours.
      wb = await openWorkbench({ workspace: 'examples', theme, prepare: pausePlan });
      csp = cspWatch(wb.page);
    });
    after(async () => {
      await wb?.close();
    });

    it('draws the empty dashboard of a paused plan with the theme’s colours and no CSP violation', async function () {
      this.timeout(2 * STEP_TIMEOUT_MS);
      await step('opens and draws', async () => {
        const wv = await openDashboard(wb);
        await wv.getByRole('button', { name: 'Start Weekly Review' }).waitFor();
        // The page takes the theme's colours: its body is not the light theme's white.
        const bg = await wv.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
        assert.notEqual(bg, 'rgb(255, 255, 255)', `background ${bg}`);
        await wb.screenshot('dashboard-empty');
        await checkPaused(wb, wv);
        await checkAccessibility(wb, 'dashboard-tables-closed');
        // Every table open: each toggle by keyboard, then the page checked again.
        const toggles = wv.getByRole('button', { name: /^Show as table: / });
        for (let n = await toggles.count(); n > 0; n--) {
          await toggles.first().focus();
          await wb.page.keyboard.press('Enter');
        }
        await wv.getByRole('button', { name: /^Show as table: / }).waitFor({ state: 'detached' });
        await checkAccessibility(wb, 'dashboard-tables-open');
        assert.deepEqual(csp, []);
      });
    });
  });
}
