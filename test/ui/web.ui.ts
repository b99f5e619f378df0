/**
 * Career Goals as vscode.dev and github.dev run it: the packaged VSIX with its manifest's
 * `main` taken away, so only code-server's web worker extension host can run it (from
 * dist/web.js). A person opens a copy of examples/, sees the status bar and the Goals
 * tree, completes a weekly review by accessible names (a win, a ticked task), and opens
 * the dashboard, where that review is a point: history from the journal, the web's only
 * source (no git there). No frame may log a Content Security Policy violation.
 * Screenshots: test-results/web-tree-light.png, web-review-light.png, web-dashboard-light.png.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cspWatch, localToday, openDashboard, openWorkbench, step, STEP_TIMEOUT_MS, type Workbench } from './workbench';
import { displayDay } from '../../src/core/time/display';

const TASK = 'Move disk alerts to SLO burn rate';
const WIN = 'Shipped the on-call runbook from vscode.dev';

describe('on the web (web worker extension host)', () => {
  let wb: Workbench;
  let csp: string[];

  before(async () => {
    wb = await openWorkbench({ workspace: 'examples', host: 'web' });
    csp = cspWatch(wb.page);
  });
  after(async () => {
    await wb?.close();
  });

  it('shows the status bar and tree, completes a weekly review and opens the dashboard', async function () {
    this.timeout(5 * STEP_TIMEOUT_MS);
    const original = fs.readFileSync(path.join(wb.workspaceDir, 'goals.yaml'), 'utf8');

    await step('shows progress in the status bar and the goals in the tree', async () => {
      await wb.statusBarItem(/% · 5 goals/).waitFor({ timeout: 60_000 });
      await wb.openCareerGoals();
      await wb.page.getByRole('treeitem', { name: /Cut on-call pages for the payments service/ }).first().waitFor({ timeout: 30_000 });
      await wb.screenshot('web-tree');
    });

    const wv = wb.webview();
    await step('completes a weekly review by accessible names', async () => {
      await wb.runCommand('Career Goals: Start Weekly Review');
      await wv.getByRole('heading', { name: 'Weekly Review', level: 1 }).waitFor({ timeout: 30_000 });
      const field = wv.getByRole('textbox', { name: 'New win' });
      await field.fill(WIN);
      await field.press('Enter');
      await wv.getByRole('list', { name: 'Wins added in this review' }).getByText(WIN, { exact: true }).waitFor();
      await wv.getByRole('button', { name: 'Next: Check progress' }).click();
      const task = wv.getByRole('checkbox', { name: TASK, exact: true });
      await task.focus();
      await wb.page.keyboard.press('Space');
      assert.equal(await task.isChecked(), true);
      await wv.getByRole('navigation', { name: 'Review sections' }).getByRole('button', { name: /^Summary/ }).click();
      await wv.getByRole('button', { name: 'Complete review' }).click();
      await wv.getByRole('heading', { name: /Review complete/ }).waitFor({ timeout: 30_000 });
      await wb.screenshot('web-review');

      const after = fs.readFileSync(path.join(wb.workspaceDir, 'goals.yaml'), 'utf8');
      const taskLine = after.split('\n').find((l) => l.includes(`title: ${TASK},`));
      assert.match(taskLine ?? '', /done: true/);
      assert.equal(after.split('\n').filter((l) => l.includes(WIN)).length, 1, 'one new win line');
      // Every other line is the original's: two lines differ, one line is new.
      assert.equal(after.split('\n').length, original.split('\n').length + 1);
      const journal = path.join(wb.workspaceDir, 'reviews', `${localToday()}-weekly.md`);
      assert.ok(fs.existsSync(journal), 'the journal entry is written');
      assert.ok(fs.readFileSync(journal, 'utf8').includes(WIN), 'the journal lists the win');
    });

    await step('opens the dashboard, with the review as a point from the journal', async () => {
      await wb.page.getByRole('tab', { name: /Weekly Review/ }).first().click({ button: 'middle' });
      await openDashboard(wb);
      await wv.getByRole('button', { name: new RegExp(`^Weekly review ${displayDay(localToday(), 'en')}: \\d+%$`) }).waitFor({ timeout: 30_000 });
      await wv.getByRole('button', { name: 'Show as table: Overall progress over time' }).waitFor();
      await wb.screenshot('web-dashboard');
    });

    await step('ran in the web worker extension host and logged no Content Security Policy violation', () => {
      assert.ok(wb.consoleLog.some((l) => /web worker extension host is started/i.test(l)), 'the workbench started its web worker extension host');
      assert.deepEqual(csp, []);
    });
  });
});
