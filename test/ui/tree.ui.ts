/**
 * The everyday surface as a person sees it, on a copy of examples/ with the packaged
 * extension: the Goals view lists goals with progress descriptions, a goal expands to
 * its metric, checkpoints and tasks, the status bar shows overall progress, and a
 * task's inline "Toggle Done" action edits goals.yaml on disk. Light and dark themes.
 * First, the bundled example as a person opens it: every goal it holds is in the view
 * (done and dropped ones hidden), and the status bar shows overall progress. One
 * workbench per theme serves both.
 * Screenshots: test-results/example-<theme>.png, tree-<theme>.png, tree-goal-<theme>.png,
 * statusbar-<theme>.png, statusbar-tooltip-<theme>.png, tree-toggled-light.png.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { RESULTS_DIR, ROOT } from '../../scripts/lib/paths';
import { openWorkbench, step, STEP_TIMEOUT_MS, THEMES, type Theme, type Workbench } from './workbench';

const GOAL = 'Cut on-call pages for the payments service';
const TASK = 'Move disk alerts to SLO burn rate';

interface ExampleGoal {
  title: string;
  status?: string;
}

/** Titles the tree shows by default: done and dropped goals are hidden unless careerGoals.showCompleted. */
function visibleExampleTitles(): string[] {
  const doc = parse(fs.readFileSync(path.join(ROOT, 'examples', 'goals.yaml'), 'utf8')) as { goals: ExampleGoal[] };
  return doc.goals.filter((g) => g.status !== 'done' && g.status !== 'dropped').map((g) => g.title);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Polls the file until `predicate` holds; fails after `timeoutMs` (a wait, not a timing assertion). */
async function waitForFile(file: string, predicate: (text: string) => boolean, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = fs.readFileSync(file, 'utf8');
    if (predicate(text)) return text;
    if (Date.now() > deadline) throw new Error(`${path.basename(file)} did not change as expected within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

for (const theme of Object.keys(THEMES) as Theme[]) {
  describe(`Goals view and status bar (${theme} theme)`, () => {
    let wb: Workbench;
    const file = () => path.join(wb.workspaceDir, 'goals.yaml');

    before(async () => {
      wb = await openWorkbench({ workspace: 'examples', theme });
    });

    /** Drags the sidebar's edge so goal titles and their progress fit, as a person would. */
    async function widenSidebar(): Promise<void> {
      const box = await wb.page.locator('.part.sidebar').boundingBox();
      if (!box || box.width >= 520) return;
      const x = box.x + box.width + 1;
      const y = box.y + box.height / 2;
      await wb.page.mouse.move(x, y);
      await wb.page.mouse.down();
      await wb.page.mouse.move(x + 260, y, { steps: 8 });
      await wb.page.mouse.up();
      await wb.page.mouse.move(1000, 600);
    }
    after(async () => {
      await wb?.close();
    });

    it('shows the Career Goals view with every goal of the example', async () => {
      await wb.openCareerGoals();
      const titles = visibleExampleTitles();
      assert.ok(titles.length > 0, 'examples/goals.yaml should have goals to show');
      for (const title of titles) {
        // A goal's accessible name starts with its title, then its progress and status.
        await wb.page.getByRole('treeitem', { name: new RegExp(`^${escape(title)}`) }).first().waitFor({ timeout: 30_000 });
      }
    });

    it('shows overall progress in the status bar', async () => {
      const item = wb.statusBarItem(/Career Goals/);
      await item.waitFor({ timeout: 30_000 });
      assert.match(await item.innerText(), /\d+%/);
      await wb.screenshot('example');
    });

    it('shows the goals, a goal expanded and the status bar; in light, toggles a task from the tree', async function () {
      this.timeout(4 * STEP_TIMEOUT_MS);
      await step('lists goals under their horizons with progress and pace', async () => {
        await wb.openCareerGoals();
        await widenSidebar();
        const tree = wb.page.getByRole('tree', { name: /Goals/ });
        // Rows below the fold are not rendered; these are at the top.
        for (const section of ['Vision', 'Short-term (3–6 months)']) {
          await tree.getByRole('treeitem', { name: new RegExp(`^${section.replace(/[()]/g, '\\$&')}`) }).first().waitFor({ timeout: 30_000 });
        }
        const goal = tree.getByRole('treeitem', { name: new RegExp(`^${GOAL}, `) }).first();
        await goal.waitFor({ timeout: 30_000 });
        const name = (await goal.getAttribute('aria-label')) ?? '';
        assert.match(name, /^Cut on-call pages for the payments service, (\d+% · (on track · \d+d buffer|behind)|overdue)/);
        // An overdue goal says so instead of a percent (the example's dates are fixed; on a later clock they pass).
        assert.match(await goal.innerText(), /\d+%|overdue/, 'the description shows progress, or that the goal is overdue');
        await wb.screenshot('tree');
      });

      await step('expands a goal to its metric, checkpoints and tasks', async () => {
        const tree = wb.page.getByRole('tree', { name: /Goals/ });
        const goal = tree.getByRole('treeitem', { name: new RegExp(`^${GOAL}, `) }).first();
        if ((await goal.getAttribute('aria-expanded')) !== 'true') await goal.click();
        await tree.getByRole('treeitem', { name: /^7 pages \(12 → 4\), on-call pages per week · \d+%/ }).first().waitFor({ timeout: 15_000 });
        await tree.getByRole('treeitem', { name: new RegExp(`^Task ${TASK}, not done`) }).first().waitFor({ timeout: 15_000 });
        await tree.getByRole('treeitem', { name: /^Checkpoint Noisy disk alerts replaced/ }).first().waitFor({ timeout: 15_000 });
        await wb.page.mouse.move(1000, 600);
        await wb.screenshot('tree-goal');
      });

      await step('shows overall progress in the status bar, with a tooltip listing goals', async () => {
        const item = wb.statusBarItem(/^Career Goals: \d+% overall/);
        await item.waitFor({ timeout: 30_000 });
        assert.match((await item.innerText()).trim(), /^\d+% · \d+ goals( · (weekly|monthly|quarterly) review due)?$/);
        fs.mkdirSync(RESULTS_DIR, { recursive: true });
        await wb.page.locator('.statusbar').screenshot({ path: path.join(RESULTS_DIR, `statusbar-${theme}.png`) });
        await item.hover();
        await wb.page.getByText(/overall across \d+ active goals/).first().waitFor({ timeout: 15_000 });
        await wb.screenshot('statusbar-tooltip');
        await wb.page.mouse.move(700, 450);
      });

      if (theme === 'light') {
        await step('toggles a task done from its inline action and writes goals.yaml', async () => {
          const before = fs.readFileSync(file(), 'utf8');
          assert.ok(before.includes(`{ title: ${TASK}, done: false,`));
          const tree = wb.page.getByRole('tree', { name: /Goals/ });
          const task = tree.getByRole('treeitem', { name: new RegExp(`^Task ${TASK}, not done`) }).first();
          await task.hover();
          await task.getByRole('button', { name: 'Toggle Done' }).click();
          const after = await waitForFile(file(), (t) => t.includes(`{ title: ${TASK}, done: true,`));
          assert.equal(after, before.replace(`{ title: ${TASK}, done: false,`, `{ title: ${TASK}, done: true,`), 'only that task changed');
          // Done tasks are hidden while careerGoals.showCompleted is off.
          await task.waitFor({ state: 'detached', timeout: 15_000 });
          await wb.page.mouse.move(1000, 600);
          await wb.screenshot('tree-toggled');
        });
      }
    });
  });
}
