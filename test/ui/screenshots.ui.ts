/**
 * The README's pictures, made from the real workbench on a copy of examples/ with the
 * packaged extension: `npm run screenshots` (scripts/screenshots.ts) sets
 * CAREER_GOALS_SCREENSHOTS=1 and runs this file alone. Without that variable the file
 * registers no test, so `npm run test:ui` spends no time on it.
 *
 * Every picture is taken at SIZE (CSS pixels, scale 'css') in the light theme, reduced
 * to 256 colours (scripts/lib/png.ts) and written to media/screenshots/<name>.png;
 * scripts/screenshots.ts then checks that each is at most about 200 KB.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../../scripts/lib/paths';
import { quantizePng } from '../../scripts/lib/png';
import { localToday, openDashboard, openWorkbench, step, STEP_TIMEOUT_MS, type Workbench } from './workbench';

/** Where the README's pictures live (shipped in the VSIX through media/**). */
const SCREENSHOTS_DIR = path.join(ROOT, 'media', 'screenshots');
/** One size for every picture, small enough to read on the Marketplace page without zooming. */
const SIZE = { width: 1280, height: 800 } as const;
const GOAL = 'Cut on-call pages for the payments service';

async function shoot(wb: Workbench, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const png = await wb.page.screenshot({ scale: 'css', animations: 'disabled' });
  // A palette of 256 colours: the same picture at about a third of the size.
  fs.writeFileSync(path.join(SCREENSHOTS_DIR, `${name}.png`), quantizePng(png));
}

/** Drags the sidebar's edge so goal titles and their progress fit, as a person would. */
async function widenSidebar(wb: Workbench, width: number): Promise<void> {
  const box = await wb.page.locator('.part.sidebar').boundingBox();
  if (!box || box.width >= width) return;
  const x = box.x + box.width + 1;
  const y = box.y + box.height / 2;
  await wb.page.mouse.move(x, y);
  await wb.page.mouse.down();
  await wb.page.mouse.move(x + (width - box.width), y, { steps: 8 });
  await wb.page.mouse.up();
  await wb.page.mouse.move(SIZE.width / 2, SIZE.height - 200);
}

/**
 * Ten weeks of reviews in the journal, as a person who has used Career Goals for a while
 * would have: the dashboard then has a history to draw, and the review a "last review".
 * Only the front matter matters to the extension; the figures rise towards today's.
 */
function writeJournal(workspaceDir: string): void {
  const dir = path.join(workspaceDir, 'reviews');
  fs.mkdirSync(dir, { recursive: true });
  const entries: [number, 'weekly' | 'monthly', number, number, number][] = [
    [-66, 'weekly', 8, 20, 10],
    [-59, 'weekly', 10, 25, 10],
    [-52, 'weekly', 12, 30, 15],
    [-45, 'weekly', 15, 35, 15],
    [-38, 'monthly', 17, 40, 20],
    [-31, 'weekly', 19, 45, 20],
    [-24, 'weekly', 22, 50, 25],
    [-10, 'weekly', 25, 55, 30],
    [-3, 'weekly', 28, 60, 33],
  ];
  for (const [offset, kind, overall, calm, notes] of entries) {
    const date = localToday(offset);
    const title = kind === 'weekly' ? 'Weekly Review' : 'Monthly Deep Dive';
    const text = ['---', `kind: ${kind}`, `date: ${date}`, `overall: ${overall}`, 'progress:', `  calm-on-call: ${calm}`, `  design-notes: ${notes}`, 'folder: examples', '---', '', `# ${title} — ${date}`, ''].join('\n');
    fs.writeFileSync(path.join(dir, `${date}-${kind}.md`), text);
  }
}

if (process.env.CAREER_GOALS_SCREENSHOTS === '1') {
  describe('README screenshots (light theme)', () => {
    let wb: Workbench;

    before(async () => {
      // maxActiveGoals 4: the example's five active goals raise pitfall/too-many-goals, the quick fix's picture.
      wb = await openWorkbench({ workspace: 'examples', theme: 'light', settings: { 'careerGoals.maxActiveGoals': 4, 'workbench.tips.enabled': false }, prepare: writeJournal });
      await wb.page.setViewportSize(SIZE);
      await wb.statusBarItem(/Career Goals|%/).waitFor({ timeout: 60_000 });
    });
    after(async () => {
      await wb?.close();
    });

    it('takes the Goals view, the review, the dashboard, a quick fix and a brag document', async function () {
      this.timeout(8 * STEP_TIMEOUT_MS);
      const page = wb.page;
      const tree = page.getByRole('tree', { name: /Goals/ });

      await step('hero: the Goals view beside the dashboard', async () => {
        await openDashboard(wb);
        await widenSidebar(wb, 420);
        await page.mouse.move(SIZE.width - 20, SIZE.height - 60);
        await page.waitForTimeout(800);
        await shoot(wb, 'hero');
      });

      await step('the dashboard, full width', async () => {
        await page.keyboard.press('Control+B');
        await page.locator('.part.sidebar').waitFor({ state: 'hidden' });
        // Down to the goals against their pace, below the overall progress.
        await page.mouse.move(SIZE.width / 2, SIZE.height / 2);
        await page.mouse.wheel(0, 330);
        await page.waitForTimeout(800);
        await page.mouse.move(SIZE.width - 20, SIZE.height - 60);
        await shoot(wb, 'dashboard');
        await page.keyboard.press('Control+B');
        await wb.runCommand('View: Close All Editors');
      });

      await step('the Goals view with a goal expanded, goals.yaml and the status bar tooltip', async () => {
        await wb.openCareerGoals();
        const goal = tree.getByRole('treeitem', { name: new RegExp(`^${GOAL}, `) }).first();
        await goal.waitFor({ timeout: 30_000 });
        if ((await goal.getAttribute('aria-expanded')) !== 'true') await goal.click();
        await tree.getByRole('treeitem', { name: /^Task / }).first().waitFor({ timeout: 15_000 });
        // Quick Open, as a person would: goals.yaml beside the view.
        await page.keyboard.press('Control+P');
        await page.locator('.quick-input-widget').getByRole('textbox').fill('goals.yaml');
        await page.locator('.quick-input-list').getByRole('option', { name: /goals\.yaml/ }).first().click();
        await page.getByRole('tab', { name: /goals\.yaml/ }).first().waitFor({ timeout: 30_000 });
        const item = wb.statusBarItem(/^Career Goals: \d+% overall/);
        await item.hover();
        await page.getByText(/overall across \d+ active goals/).first().waitFor({ timeout: 15_000 });
        await page.waitForTimeout(500);
        await shoot(wb, 'goals-view');
        // Off the status bar and its tooltip (the sidebar's empty part), and wait for the tooltip to go.
        await page.mouse.move(250, 450);
        await page.getByText(/overall across \d+ active goals/).first().waitFor({ state: 'hidden', timeout: 15_000 });
      });

      await step('a pitfall in goals.yaml with its quick fix', async () => {
        const text = fs.readFileSync(path.join(wb.workspaceDir, 'goals.yaml'), 'utf8');
        const line = text.split('\n').findIndex((l) => l === 'goals:') + 1;
        await page.getByRole('tab', { name: /goals\.yaml/ }).first().click();
        await page.mouse.move(250, 450);
        await page.keyboard.press('F1');
        await page.locator('.quick-input-widget').getByRole('textbox').fill(`:${line}`);
        await page.keyboard.press('Enter');
        await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
        await page.locator('.view-lines .view-line', { hasText: /^goals:$/ }).first().click({ position: { x: 5, y: 5 } });
        await page.mouse.move(250, 450);
        await page.waitForFunction(() => document.activeElement?.closest('.monaco-editor') != null);
        await page.keyboard.press('Control+.');
        await page.getByRole('option', { name: /^Pause “/ }).first().waitFor({ timeout: 30_000 });
        await page.waitForTimeout(500);
        await shoot(wb, 'quick-fix');
        await page.keyboard.press('Escape');
      });

      await step('a guided weekly review', async () => {
        await wb.runCommand('Career Goals: Start Weekly Review');
        const wv = wb.webview();
        await wv.getByRole('heading', { name: 'Weekly Review', level: 1 }).waitFor({ timeout: 30_000 });
        await wv.getByRole('heading', { name: 'Celebrate', level: 2 }).waitFor();
        await page.keyboard.press('Control+B');
        await page.locator('.part.sidebar').waitFor({ state: 'hidden' });
        await page.mouse.move(SIZE.width - 20, SIZE.height - 60);
        await page.waitForTimeout(800);
        await shoot(wb, 'weekly-review');
        await page.keyboard.press('Control+B');
      });

      await step('a brag document and its preview', async () => {
        await wb.runCommand('Career Goals: Export Brag Document…');
        await page.locator('.quick-input-list').getByRole('option', { name: /Last 12 months/ }).click();
        const preview = wb.webview();
        await preview.getByRole('heading', { name: /^Brag document: /, level: 1 }).waitFor({ timeout: 30_000 });
        await preview.getByRole('img', { name: 'Overall progress' }).waitFor();
        await page.keyboard.press('Control+B');
        await page.locator('.part.sidebar').waitFor({ state: 'hidden' });
        // On the editor's line numbers, where no hover shows.
        await page.mouse.move(70, 450);
        await page.waitForTimeout(800);
        await shoot(wb, 'brag-document');
      });
    });
  });
}
