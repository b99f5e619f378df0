/**
 * Your work, in git, as a person meets it, in light and dark: a copy of examples/ made a
 * git repository with commits of this week naming goals in `Goal:` trailers (one with a
 * hostile subject), then the weekly review's "From your work" and the dashboard's
 * commits per goal per week, by accessible names. The subject stays text.
 * Screenshots: test-results/evidence-review-<theme>.png, evidence-dashboard-<theme>.png.
 */
import { execFileSync } from 'node:child_process';
import type { FrameLocator } from 'playwright-core';
import { openDashboard, openWorkbench, step, STEP_TIMEOUT_MS, THEMES, type Theme, type Workbench } from './workbench';

const HOSTILE = 'Tune alerts <img src=x onerror=alert(1)> [runbook](javascript:alert(1))';

/** The local day `days` before today, YYYY-MM-DD. */
function daysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Makes `dir` a repository whose commits of this week name goals of examples/goals.yaml. */
function makeRepository(dir: string): void {
  const git = (args: string[], date?: string) =>
    execFileSync('git', ['-c', 'user.name=Me', '-c', 'user.email=me@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
      cwd: dir,
      env: { ...process.env, ...(date && { GIT_AUTHOR_DATE: `${date}T12:00:00`, GIT_COMMITTER_DATE: `${date}T12:00:00` }) },
      stdio: 'pipe',
    });
  git(['init', '-q', '-b', 'main']);
  git(['config', 'user.email', 'me@example.invalid']);
  git(['remote', 'add', 'origin', 'git@github.com:me/notes.git']);
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'My plan'], daysAgo(3));
  git(['commit', '-q', '--allow-empty', '-m', 'Cut the retry storm in the payments client\n\nGoal: calm-on-call'], daysAgo(2));
  git(['commit', '-q', '--allow-empty', '-m', `${HOSTILE}\n\nGoal: calm-on-call`], daysAgo(1));
  git(['commit', '-q', '--allow-empty', '-m', 'Write up the migration plan\n\nGoal: deploy-migration, staff-engineer'], daysAgo(1));
  git(['commit', '-q', '--allow-empty', '-m', 'Bump dependencies'], daysAgo(1));
}

for (const theme of ['light', 'dark'] as Theme[]) {
  describe(`evidence from git (${THEMES[theme]})`, () => {
    let wb: Workbench;

    before(async () => {
      // The workbench's quiet settings turn the Git extension off; evidence needs it.
      wb = await openWorkbench({ workspace: 'examples', theme, prepare: makeRepository, settings: { 'git.enabled': true } });
    });
    after(async () => {
      await wb?.close();
    });

    it('shows the week’s commits in the weekly review and the dashboard, subjects as text', async function () {
      this.timeout(3 * STEP_TIMEOUT_MS);
      let wv!: FrameLocator;
      await step('lists the week’s commits by goal in the weekly review’s From your work', async () => {
        await wb.statusBarItem(/Career Goals|%/).waitFor({ timeout: 60_000 });
        await wb.runCommand('Career Goals: Start Weekly Review');
        wv = wb.webview();
        await wv.getByRole('heading', { name: 'Celebrate', level: 2 }).waitFor({ timeout: 30_000 });
        await wv.getByRole('button', { name: 'Next: From your work' }).click({ timeout: 30_000 });
        await wv.getByRole('heading', { name: 'From your work', level: 2 }).waitFor();
        await wv.getByRole('list', { name: /^Commits for / }).first().waitFor();
        await wv.getByText(HOSTILE, { exact: true }).waitFor();
        await wv.getByRole('button', { name: `Add as win: “${HOSTILE}”` }).waitFor();
        await wv.getByText('2 commits with no Goal: trailer').waitFor();
        await wb.screenshot('evidence-review');
      });
      await step('draws the commits per goal per week on the dashboard, with its table', async () => {
        const dash = await openDashboard(wb);
        const heading = dash.getByRole('heading', { name: 'Your work: commits per goal per week', level: 2 });
        await heading.waitFor({ timeout: 30_000 });
        await heading.scrollIntoViewIfNeeded();
        const chart = dash.getByRole('img', { name: /^Commits by week/ }).or(dash.getByRole('group', { name: /^Commits by week/ }));
        await chart.waitFor();
        await wb.screenshot('evidence-dashboard');
        await dash.getByRole('button', { name: /^Show as table: Commits by week/ }).click();
        await dash.getByRole('table', { name: 'Commits by week' }).waitFor();
      });
    });
  });
}
