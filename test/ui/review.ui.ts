/**
 * A person runs a weekly review on a copy of the example in the real workbench, by
 * keyboard and mouse, finding every control by its accessible name: ticks a task,
 * changes a metric, adds a win, answers a prompt, checks the Summary and completes.
 * Then goals.yaml must differ from the original by exactly those edits (every other
 * byte unchanged) and reviews/<today>-weekly.md must hold the answer and the win.
 * Screenshots: test-results/review-weekly-<section>-<light|dark>.png and
 * review-weekly-result-<theme>.png. The dark run sets workbench.reduceMotion and
 * checks that adding a win then shows no sparkle.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { checkAccessibility } from './axe';
import { BUILT_IN_PROMPTS } from '../../src/core/words/prompts';
import { ROOT } from '../../scripts/lib/paths';
import { localToday, openWorkbench, step, STEP_TIMEOUT_MS, THEMES, type Theme, type Workbench } from './workbench';

const GOAL = 'Cut on-call pages for the payments service';
const TASK = 'Move disk alerts to SLO burn rate';
const METRIC = `${GOAL}: on-call pages per week`;
const WIN = 'Paired with payments on their first deploy <b>not bold</b>';
const ANSWER = 'Alert tuning paid off: two quiet nights in a row.';
const PROMPT = BUILT_IN_PROMPTS.weekly[0]!;

function sectionNav(wv: FrameLocator, title: string) {
  return wv.getByRole('navigation', { name: 'Review sections' }).getByRole('button', { name: new RegExp(`^${title}`) });
}

for (const theme of Object.keys(THEMES) as Theme[]) {
  describe(`weekly review (${theme} theme)`, () => {
    let wb: Workbench;
    let original: string;
    let wv: FrameLocator;
    // Each section is looked at, and checked by axe-core, in the state the person sees it.
    const shot = async (section: string) => {
      await wb.screenshot(`review-weekly-${section}`);
      await checkAccessibility(wb, `review-weekly-${section}`);
    };

    before(async () => {
      // No due-review toast over the screenshots; the dark run also asks for reduced motion.
      const settings = {
        'careerGoals.reminders': false,
        ...(theme === 'dark' && { 'workbench.reduceMotion': 'on' }),
      };
      wb = await openWorkbench({ workspace: 'examples', theme, settings });
      original = fs.readFileSync(path.join(wb.workspaceDir, 'goals.yaml'), 'utf8');
      // The status bar entry appears once the extension has read goals.yaml.
      await wb.statusBarItem(/Career Goals|%/).waitFor({ timeout: 60_000 });
      wv = wb.webview();
    });
    after(async () => {
      await wb?.close();
    });

    it('runs a weekly review by keyboard and mouse and writes exactly its changes', async function () {
      this.timeout(9 * STEP_TIMEOUT_MS);
      await step('opens the weekly review from the Command Palette', async () => {
        await wb.runCommand('Career Goals: Start Weekly Review');
        await wv.getByRole('heading', { name: 'Weekly Review', level: 1 }).waitFor({ timeout: 30_000 });
        await wv.getByRole('heading', { name: 'Celebrate', level: 2 }).waitFor();
      });

      await step('adds a win in Celebrate', async () => {
        const field = wv.getByRole('textbox', { name: 'New win' });
        await field.fill(WIN);
        // Light: Enter in the field (keyboard); dark: the Add win button (mouse).
        if (theme === 'light') await field.press('Enter');
        else await wv.getByRole('button', { name: 'Add win' }).click();
        const added = wv.getByRole('list', {
          name: 'Wins added in this review',
        });
        // Markup in a win is text: it must show literally, never as an element.
        await added.getByText(WIN, { exact: true }).waitFor();
        // The field is emptied, and after Enter it keeps focus for the next win.
        assert.equal(await field.inputValue(), '');
        if (theme === 'light') await wv.getByRole('textbox', { name: 'New win' }).and(wv.locator(':focus')).waitFor();
        assert.equal(await added.locator('b').count(), 0);
        if (theme === 'dark') {
          // Reduced motion: VS Code marks the webview's body and the page skips the sparkle entirely.
          assert.equal(await wv.locator('body.vscode-reduce-motion').count(), 1);
          assert.equal(await wv.locator('.sparkles').count(), 0);
        }
        await shot('celebrate');
      });

      await step('ticks a task and changes a metric in Check progress', async () => {
        await wv.getByRole('button', { name: 'Next: Check progress' }).click();
        await wv.getByRole('heading', { name: 'Check progress', level: 2 }).waitFor();
        const task = wv.getByRole('checkbox', { name: TASK, exact: true });
        assert.equal(await task.isChecked(), false);
        // Keyboard: focus the checkbox and press Space.
        await task.focus();
        await wb.page.keyboard.press('Space');
        assert.equal(await task.isChecked(), true);
        const metric = wv.getByRole('spinbutton', {
          name: METRIC,
          exact: true,
        });
        assert.equal(await metric.inputValue(), '7');
        await metric.fill('6');
        await shot('progress');
      });

      await step('keeps the draft when the panel is hidden and shown again', async () => {
        // Opening goals.yaml in the same group hides the panel; its page is destroyed
        // (no retainContextWhenHidden) and must come back from setState.
        await wb.page.getByRole('treeitem', { name: 'goals.yaml' }).first().click();
        await wb.page
          .getByRole('tab', { name: /goals\.yaml/ })
          .first()
          .waitFor();
        await wb.page
          .getByRole('tab', { name: /Weekly Review/ })
          .first()
          .click();
        await wv.getByRole('heading', { name: 'Check progress', level: 2 }).waitFor({ timeout: 30_000 });
        assert.equal(await wv.getByRole('checkbox', { name: TASK, exact: true }).isChecked(), true);
        assert.equal(await wv.getByRole('spinbutton', { name: METRIC, exact: true }).inputValue(), '6');
      });

      await step('keeps the draft across a window reload', async () => {
        // The serializer revives the panel from the state the page saved with setState.
        await wb.runCommand('Developer: Reload Window');
        await wb.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
        await wv.getByRole('heading', { name: 'Check progress', level: 2 }).waitFor({ timeout: 60_000 });
        assert.equal(await wv.getByRole('checkbox', { name: TASK, exact: true }).isChecked(), true);
        assert.equal(await wv.getByRole('spinbutton', { name: METRIC, exact: true }).inputValue(), '6');
        // Win, task and metric: the step list still counts three changes.
        await wv
          .getByRole('navigation', { name: 'Review sections' })
          .getByRole('button', { name: /^Summary.*3 changes/ })
          .waitFor();
      });

      await step('shows Adjust tasks and priorities with slipping goals flagged', async () => {
        await sectionNav(wv, 'Adjust tasks and priorities').click();
        await wv
          .getByRole('heading', {
            name: 'Adjust tasks and priorities',
            level: 2,
          })
          .waitFor();
        // The task ticked done a step ago is no longer offered for re-planning.
        assert.equal(await wv.getByRole('combobox', { name: `Priority of ${TASK}` }).count(), 0);
        await wv
          .getByRole('combobox', {
            name: 'Priority of Fortnightly 1:1 with Sam',
          })
          .waitFor();
        await shot('adjust');
      });

      await step('answers a reflection prompt', async () => {
        await wv.getByRole('button', { name: 'Next: Reflect' }).click();
        await wv.getByRole('textbox', { name: PROMPT, exact: true }).fill(ANSWER);
        await shot('reflect');
      });

      await step('lists exactly the intended changes in the Summary', async () => {
        await sectionNav(wv, 'Summary').click();
        const changes = wv.getByRole('list', { name: 'Changes to goals.yaml' }).getByRole('listitem');
        await changes.first().waitFor();
        const lines = await changes.allInnerTexts();
        assert.equal(lines.length, 3, lines.join('\n'));
        assert.ok(
          lines.some((l) => l.includes(TASK) && l.includes('completed')),
          lines.join('\n'),
        );
        assert.ok(
          lines.some((l) => l.includes('metric now 6')),
          lines.join('\n'),
        );
        assert.ok(
          lines.some((l) => l.includes(WIN)),
          lines.join('\n'),
        );
        await shot('summary');
      });

      await step('completes the review: goals.yaml changes only where intended, the journal entry is written', async () => {
        await wv.getByRole('button', { name: 'Complete review' }).click();
        await wv.getByRole('heading', { name: /Review complete/ }).waitFor({ timeout: 30_000 });
        await shot('result');

        const after = fs.readFileSync(path.join(wb.workspaceDir, 'goals.yaml'), 'utf8');
        const expected = original
          .split('\n')
          .map((l) => (l.includes(`title: ${TASK},`) ? l.replace('done: false', 'done: true') : l))
          .map((l) => (l.includes('name: on-call pages per week') ? l.replace('current: 7', 'current: 6') : l));
        const afterLines = after.split('\n');
        const winLines = afterLines.filter((l) => l.includes('Paired with payments on their first deploy'));
        assert.equal(winLines.length, 1, 'one new win line');
        assert.ok(winLines[0]!.includes(localToday()), `the win is dated today: ${winLines[0]}`);
        // Every other line, comments and blank lines included, is byte for byte the original (with the two edits).
        assert.deepEqual(
          afterLines.filter((l) => l !== winLines[0]),
          expected,
        );
        assert.notEqual(after, original);

        const journal = path.join(wb.workspaceDir, 'reviews', `${localToday()}-weekly.md`);
        assert.ok(fs.existsSync(journal), `${path.relative(ROOT, journal)} should exist`);
        const md = fs.readFileSync(journal, 'utf8');
        assert.match(md, /^---\n[\s\S]*kind: weekly[\s\S]*\n---\n/);
        assert.ok(md.includes(PROMPT), 'the journal lists the prompt');
        assert.ok(md.includes(ANSWER), 'the journal holds the answer');
        assert.ok(md.includes('Paired with payments on their first deploy'), 'the journal lists the win');
        await wv.getByText(`reviews/${localToday()}-weekly.md`).first().waitFor();
      });
    });
    // High contrast: once more through every section, by keyboard alone, with a visible focus.
    if (theme === 'hc')
      it('renders every section with theme borders and a visible keyboard focus', async function () {
        this.timeout(2 * STEP_TIMEOUT_MS);
        // The completed review's page is still open: close it, so the command opens a new review.
        await wb.runCommand('View: Close All Editors');
        await wb.webview().getByRole('heading', { name: /Review complete/ }).waitFor({ state: 'detached', timeout: 30_000 });
        await wb.runCommand('Career Goals: Start Weekly Review');
        const wv = wb.webview();
        await wv.getByRole('heading', { name: 'Weekly Review', level: 1 }).waitFor({ timeout: 30_000 });
        const sections = {
          celebrate: 'Celebrate',
          progress: 'Check progress',
          adjust: 'Adjust tasks and priorities',
          reflect: 'Reflect',
          summary: 'Summary',
        };
        assert.equal(await wv.getByRole('navigation', { name: 'Review sections' }).getByRole('button').count(), Object.keys(sections).length);
        for (const [id, title] of Object.entries(sections)) {
          // Keyboard only: focus the step, Enter opens its section.
          await sectionNav(wv, title).focus();
          await wb.page.keyboard.press('Enter');
          await wv.getByRole('heading', { name: title, level: 2 }).waitFor();
          await wb.screenshot(`review-weekly-keyboard-${id}`);
        }
        // The focused step shows an outline in the theme's focus colour.
        const outline = await sectionNav(wv, 'Summary').evaluate((el) => getComputedStyle(el).outlineStyle);
        assert.notEqual(outline, 'none');
      });
  });
}
