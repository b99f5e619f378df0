/**
 * The extension in German, as a German-speaking person sees it: VS Code started in `de`
 * (test/ui/pseudo-locale.ts sets the display language; VS Code's own words stay English
 * here), the packaged l10n/bundle.l10n.de.json and package.nls.de.json. Checks the Goals
 * view, the status bar, the weekly review and the dashboard speak German, with days as
 * German writes them.
 *
 * Screenshots: test-results/german-tree-light.png, german-review-light.png, german-dashboard-light.png.
 */
import * as assert from 'node:assert/strict';
import { usePseudoLocale } from './pseudo-locale';
import { openWorkbench, step, STEP_TIMEOUT_MS, type Workbench } from './workbench';

describe('the display language German', () => {
  let wb: Workbench;

  before(async () => {
    wb = await openWorkbench({ workspace: 'examples', theme: 'light', prepareProfile: (profile) => usePseudoLocale(profile, 'de') });
  });
  after(async () => {
    await wb?.close();
  });

  it('shows the Goals view, the status bar, a weekly review and the dashboard in German', async function () {
    this.timeout(4 * STEP_TIMEOUT_MS);
    await step('Goals view and status bar', async () => {
      const tab = wb.page.getByRole('tab', { name: 'Career Goals' });
      await tab.waitFor({ timeout: 30_000 });
      if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
      await wb.page.mouse.move(700, 450);
      const tree = wb.page.getByRole('tree', { name: /Ziele/ });
      await tree.getByRole('treeitem', { name: /^Kurzfristig \(3–6 Monate\)/ }).waitFor({ timeout: 30_000 });
      const item = wb.page.locator('.statusbar-item[id^="careergoals.career-goals"]').first();
      await item.waitFor({ timeout: 30_000 });
      const status = await item.innerText();
      assert.match(status, /\d+ % · \d+ Ziele/, `the status bar in German, found “${status}”`);
      await wb.screenshot('german-tree');
    });

    await step('weekly review', async () => {
      await wb.runCommand('Career Goals: Wochenrückblick starten');
      const heading = wb.webview().getByRole('heading', { level: 1 });
      await heading.waitFor({ timeout: 30_000 });
      const text = await heading.innerText();
      assert.match(text, /Wochenrückblick/, `the review's heading in German, found “${text}”`);
      await wb.screenshot('german-review');
      await wb.runCommand('View: Close All Editors');
      await heading.waitFor({ state: 'detached', timeout: 30_000 });
    });

    await step('dashboard', async () => {
      await wb.runCommand('Career Goals: Dashboard öffnen');
      const wv = wb.webview();
      await wv.locator('figure.chart').first().waitFor({ timeout: 30_000 });
      // The overall chart's table toggle: its visible words start its accessible name, in German too.
      await wv.getByRole('button', { name: /^Als Tabelle anzeigen: Gesamtfortschritt/ }).waitFor({ timeout: 30_000 });
      await wb.page.mouse.move(900, 17);
      await wb.screenshot('german-dashboard');
    });
  });
});
