/**
 * A quarterly reset in the real workbench, through accessible names only: drop a goal
 * with a reason, change a metric target, pick more focus goals than
 * careerGoals.maxActiveGoals (set to 2 here) and see the warning, then complete.
 * goals.yaml must then hold the new status, target and focus; the journal entry the
 * drop reason. The copy of the example also gets a paused goal titled
 * `<img src=x onerror=alert(1)>`, which must show as text, never as an element.
 * Screenshots: test-results/review-quarterly-<section>-dark.png.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { parse } from 'yaml';
import { freshRunDir, ROOT } from '../../scripts/lib/paths';
import { localToday, openWorkbench, step, STEP_TIMEOUT_MS, type Workbench } from './workbench';

const DROP = 'Mentor two engineers until each owns a service';
const REASON = 'Both mentees moved to other teams';
const TARGET_GOAL = 'Publish a monthly engineering note';
const NEW_FOCUS = 'Lead the deploy pipeline migration across three teams';
const THEME = 'Ship it and share it';
const XSS = '<img src=x onerror=alert(1)>';

/** A copy of examples/ with an extra paused goal whose title is markup. */
function exampleWithMarkupGoal(): string {
  const dir = path.join(freshRunDir('quarterly-src'), 'examples');
  fs.cpSync(path.join(ROOT, 'examples'), dir, { recursive: true });
  const file = path.join(dir, 'goals.yaml');
  const text = fs.readFileSync(file, 'utf8');
  const goal = `  - id: markup-probe\n    title: "${XSS}"\n    horizon: short\n    status: paused\n\n`;
  fs.writeFileSync(file, text.replace('# ── Wins', `${goal}# ── Wins`));
  return dir;
}

interface SavedGoal {
  id: string;
  title: string;
  status?: string;
  metric?: { target: number };
}

describe('quarterly reset (dark theme)', () => {
  let wb: Workbench;
  let wv: FrameLocator;
  const shot = (section: string) => wb.screenshot(`review-quarterly-${section}`);
  const nav = (title: string) => wv.getByRole('navigation', { name: 'Review sections' }).getByRole('button', { name: new RegExp(`^${title}`) });

  before(async () => {
    wb = await openWorkbench({ workspace: exampleWithMarkupGoal(), theme: 'dark', settings: { 'careerGoals.maxActiveGoals': 2, 'careerGoals.reminders': false } });
    await wb.statusBarItem(/Career Goals|%/).waitFor({ timeout: 60_000 });
    wv = wb.webview();
  });
  after(async () => {
    await wb?.close();
  });

  it('runs a quarterly reset and writes its changes to goals.yaml and the journal', async function () {
    this.timeout(5 * STEP_TIMEOUT_MS);
    await step('opens the quarterly reset from the Command Palette', async () => {
      await wb.runCommand('Career Goals: Start Quarterly Reset');
      await wv.getByRole('heading', { name: 'Quarterly Reset', level: 1 }).waitFor({ timeout: 30_000 });
      assert.equal(await wv.getByRole('navigation', { name: 'Review sections' }).getByRole('button').count(), 12);
    });

    await step('drops a goal with a reason, and shows a markup title as text', async () => {
      await nav('Review and revise').click();
      await wv.getByRole('heading', { name: 'Review and revise', level: 2 }).waitFor();
      await wv.getByRole('heading', { name: XSS, exact: true }).waitFor();
      assert.equal(await wv.locator('img').count(), 0, 'no element may be created from a title');
      const group = wv.getByRole('group', { name: `What happens to “${DROP}”?` });
      await group.getByRole('radio', { name: 'Drop' }).check();
      await wv.getByRole('textbox', { name: `Reason for dropping ${DROP}` }).fill(REASON);
      await shot('revise');
    });

    await step('changes a metric target', async () => {
      await nav('Update success metrics').click();
      await wv.getByRole('spinbutton', { name: `${TARGET_GOAL}: target` }).fill('8');
      // A goal dropped a step ago has no metric to update any more.
      assert.equal(await wv.getByRole('spinbutton', { name: `${DROP}: target` }).count(), 0);
      await shot('metrics');
    });

    await step('warns when the focus picks exceed careerGoals.maxActiveGoals', async () => {
      await nav('Plan next quarter’s focus').click();
      await wv.getByRole('heading', { name: 'Plan next quarter’s focus', level: 2 }).waitFor();
      // The current focus (two goals) is pre-picked: within the limit, no warning.
      assert.equal(await wv.getByRole('alert').count(), 0);
      const pick = wv.getByRole('checkbox', { name: NEW_FOCUS, exact: true });
      await pick.focus();
      await wb.page.keyboard.press('Space');
      const alert = wv.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.innerText(), /Too many focus goals: 3 picked, your limit is 2/);
      await wv.getByRole('textbox', { name: /^Theme for \d{4}-Q[1-4]$/ }).fill(THEME);
      await shot('focus');
    });

    await step('completes: goals.yaml holds the status, target and focus; the journal the reason', async () => {
      await nav('Summary').click();
      const lines = await wv.getByRole('list', { name: 'Changes to goals.yaml' }).getByRole('listitem').allInnerTexts();
      assert.ok(lines.some((l) => l.startsWith(`${DROP}: marked dropped`)), lines.join('\n'));
      assert.ok(lines.some((l) => l.startsWith(`${TARGET_GOAL}: metric target set to 8`)), lines.join('\n'));
      assert.ok(lines.some((l) => l.startsWith('Focus for ')), lines.join('\n'));
      await shot('summary');
      await wv.getByRole('button', { name: 'Complete review' }).click();
      await wv.getByRole('heading', { name: /Review complete/ }).waitFor({ timeout: 30_000 });
      await shot('result');

      const doc = parse(fs.readFileSync(path.join(wb.workspaceDir, 'goals.yaml'), 'utf8')) as { goals: SavedGoal[]; focus: { quarter: string; theme?: string; goals: string[] } };
      const byTitle = (t: string) => doc.goals.find((g) => g.title === t)!;
      assert.equal(byTitle(DROP).status, 'dropped');
      assert.equal(byTitle(TARGET_GOAL).metric?.target, 8);
      assert.equal(byTitle(XSS).status, 'paused');
      assert.deepEqual(doc.focus.goals, ['calm-on-call', 'design-notes', 'deploy-migration']);
      assert.equal(doc.focus.theme, THEME);
      assert.match(doc.focus.quarter, /^\d{4}-Q[1-4]$/);

      const journal = fs.readFileSync(path.join(wb.workspaceDir, 'reviews', `${localToday()}-quarterly.md`), 'utf8');
      assert.ok(journal.includes(REASON), 'the journal records why the goal was dropped');
    });
  });
});
