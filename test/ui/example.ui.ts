/**
 * A person opens the bundled example (examples/) with the packaged extension installed:
 * the Career Goals container is in the activity bar, its Goals view lists the example's
 * goals, and the status bar shows overall progress. Checked in light and dark themes,
 * with a screenshot of each in test-results/example-<theme>.png.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../../scripts/lib/paths';
import { openWorkbench, THEMES, type Theme, type Workbench } from './workbench';

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

for (const theme of Object.keys(THEMES) as Theme[]) {
  describe(`example workspace (${theme} theme)`, () => {
    let wb: Workbench;

    before(async () => {
      wb = await openWorkbench({ workspace: 'examples', theme });
    });
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
  });
}
