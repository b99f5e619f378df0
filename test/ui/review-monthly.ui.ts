/**
 * A monthly deep dive in the real workbench, through accessible names only: let go of
 * a goal in Alignment (with a note), re-date and add a checkpoint and change a goal's
 * time in Update action plans, add a lesson, then complete. goals.yaml must hold each
 * change. Screenshots: test-results/review-monthly-<section>-light.png.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { parse } from 'yaml';
import { localToday, openWorkbench, step, STEP_TIMEOUT_MS, type Workbench } from './workbench';

const LET_GO = 'Publish a monthly engineering note';
const PLAN = 'Lead the deploy pipeline migration across three teams';
const CHECKPOINT = 'Payments team ships on the new pipeline';
const NEW_CHECKPOINT = 'Second team ships on the new pipeline';
const TIME_GOAL = 'Cut on-call pages for the payments service';
const LESSON = 'Small RFCs get approved faster than big ones';

interface SavedGoal {
  title: string;
  status?: string;
  checkpoints?: { title: string; date?: string }[];
  resources?: { time?: string };
}

describe('monthly deep dive (light theme)', () => {
  let wb: Workbench;
  let wv: FrameLocator;
  const shot = (section: string) => wb.screenshot(`review-monthly-${section}`);
  const nav = (title: string) => wv.getByRole('navigation', { name: 'Review sections' }).getByRole('button', { name: new RegExp(`^${title}`) });

  before(async () => {
    wb = await openWorkbench({ workspace: 'examples', theme: 'light', settings: { 'careerGoals.reminders': false } });
    await wb.statusBarItem(/Career Goals|%/).waitFor({ timeout: 60_000 });
    wv = wb.webview();
  });
  after(async () => {
    await wb?.close();
  });

  it('runs a monthly deep dive and writes its changes to goals.yaml', async function () {
    this.timeout(5 * STEP_TIMEOUT_MS);
    await step('opens with the monthly sections in order', async () => {
      await wb.runCommand('Career Goals: Start Monthly Deep Dive');
      await wv.getByRole('heading', { name: 'Monthly Deep Dive', level: 1 }).waitFor({ timeout: 30_000 });
      const steps = await wv.getByRole('navigation', { name: 'Review sections' }).getByRole('button').allInnerTexts();
      const titles = steps.map((t) => t.replace(/^\d+\s*/, '').replace(/\s*(\(visited\))?\s*\d*$/, '').trim());
      assert.deepEqual(titles, ['Celebrate', 'Check progress', 'Adjust tasks and priorities', 'Alignment', 'Update action plans', 'Lessons learned', 'Reflect', 'Summary']);
    });

    await step('lets go of a goal in Alignment, with a note', async () => {
      await nav('Alignment').click();
      // The values-by-goals grid names every value as a column.
      await wv.getByRole('table').getByRole('columnheader', { name: 'balance' }).waitFor();
      await wv.getByRole('group', { name: `Does “${LET_GO}” still serve your north star?` }).getByRole('radio', { name: 'Let go' }).check();
      await wv.getByRole('textbox', { name: `Alignment note for ${LET_GO}` }).fill('A short talk reaches more people than a note');
      await shot('alignment');
    });

    await step('re-dates and adds checkpoints and changes resources in Update action plans', async () => {
      await nav('Update action plans').click();
      await wv.getByRole('textbox', { name: `Date of checkpoint ${CHECKPOINT}`, exact: true }).fill('2027-02-26');
      await wv.getByRole('textbox', { name: `New checkpoint for ${PLAN}`, exact: true }).fill(NEW_CHECKPOINT);
      await wv.getByRole('textbox', { name: `Date of the new checkpoint for ${PLAN}` }).fill('2027-04-30');
      await wv.getByRole('button', { name: `Add checkpoint to ${PLAN}` }).click();
      await wv.getByRole('list', { name: `New checkpoints for ${PLAN}` }).getByText(NEW_CHECKPOINT).waitFor();
      await wv.getByRole('textbox', { name: `Time for ${TIME_GOAL}` }).fill('4h/week until the SLO alerts ship');
      await shot('plans');
    });

    await step('adds a lesson', async () => {
      await nav('Lessons learned').click();
      await wv.getByRole('textbox', { name: 'New lesson' }).fill(LESSON);
      await wv.getByRole('button', { name: 'Add lesson' }).click();
      await wv.getByRole('list', { name: 'Lessons added in this review' }).getByText(LESSON).waitFor();
      await shot('lessons');
    });

    await step('completes: goals.yaml holds the status, checkpoints, resources and lesson', async () => {
      await nav('Summary').click();
      await wv.getByRole('button', { name: 'Complete review' }).click();
      await wv.getByRole('heading', { name: /Review complete/ }).waitFor({ timeout: 30_000 });
      await shot('result');
      const doc = parse(fs.readFileSync(path.join(wb.workspaceDir, 'goals.yaml'), 'utf8')) as { goals: SavedGoal[]; lessons: { date: string; text: string }[] };
      const byTitle = (t: string) => doc.goals.find((g) => g.title === t)!;
      assert.equal(byTitle(LET_GO).status, 'dropped');
      const cps = byTitle(PLAN).checkpoints ?? [];
      assert.equal(cps.find((c) => c.title === CHECKPOINT)?.date, '2027-02-26');
      assert.equal(cps.find((c) => c.title === NEW_CHECKPOINT)?.date, '2027-04-30');
      assert.equal(byTitle(TIME_GOAL).resources?.time, '4h/week until the SLO alerts ship');
      assert.deepEqual(doc.lessons.at(-1), { date: localToday(), text: LESSON });
      assert.ok(fs.existsSync(path.join(wb.workspaceDir, 'reviews', `${localToday()}-monthly.md`)));
    });
  });
});
