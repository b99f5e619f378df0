/**
 * axe-core on the content of ours that VS Code renders in the workbench (issue 27 §4): the
 * Goals view's welcome content (viewsWelcome, shown in a folder with no goals.yaml) and the
 * walkthrough (contributes.walkthroughs), opened from the welcome content's "Learn more" as
 * a person would, each of its steps with its markdown media, in Light, Dark and High
 * Contrast. One workbench switches themes (Preferences: Color Theme) instead of starting
 * three. axe is scoped to our elements: the welcome text and buttons, the walkthrough's
 * title, description and steps (checkAccessibilityOf), and the media's own document
 * (checkAccessibility); VS Code's chrome around them ("Go Back", "Mark Done", tabs,
 * activity bar) is VS Code's, not ours. Every serious or critical violation fails, after
 * all pages and themes are checked. Results: test-results/axe-welcome-view-<theme>.json,
 * axe-walkthrough-<n>-<theme>.json, axe-walkthrough-media-<n>-<theme>.json, and, for the
 * record only, axe-walkthrough-slide-<theme>.json and axe-walkthrough-media-page-<theme>.json
 * (the whole slide and the whole first media page, VS Code's markup too).
 * Screenshots: test-results/welcome-<theme>.png, walkthrough-<n>-<theme>.png.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../../scripts/lib/paths';
import { checkAccessibility, checkAccessibilityOf } from './axe';
import { openWorkbench, step, STEP_TIMEOUT_MS, THEMES, type Theme, type Workbench } from './workbench';

/** The Goals view's welcome content (the sidebar holds only our container's view). */
const WELCOME = '.part.sidebar .welcome-view-content';
/**
 * The walkthrough's own content: its title and description, and each step's title and
 * description (with the buttons our command links become). Not the step's <button> around
 * them, its completion checkbox or its "accessible view" label: that markup is VS Code's
 * (axe finds nested-interactive, aria-allowed-attr, label-content-name-mismatch and
 * target-size there; they are printed, not failed, from the whole slide below).
 */
const WALKTHROUGH = ['.gettingStartedSlideDetails .category-description-container', '.gettingStartedSlideDetails .step-title', '.gettingStartedSlideDetails .step-description-container'];
/**
 * A step's markdown media: VS Code renders our markdown into a page of its own in a webview.
 * Ours is what is in its body; the page around it (no <title>, no lang: document-title,
 * html-has-lang, landmarks) is VS Code's. Colour contrast is not checked there: the colours
 * are VS Code's (its theme's markdown and token colours), and the page's background is
 * transparent, so axe inside the frame cannot see the workbench's background showing
 * through: in Dark and High Contrast it measured light text against white (1.6:1) where
 * the screenshot shows it on the dark editor background.
 */
const MEDIA = { include: ['body'], disable: ['color-contrast'] } as const;
/** The whole walkthrough slide, VS Code's markup included: checked for the record only. */
const WALKTHROUGH_SLIDE = ['.gettingStartedSlideDetails'];

interface WalkthroughStep {
  id: string;
  media: { markdown?: string };
}

/** The English of a manifest string, `%key%` resolved from package.nls.json once contributions are localized. */
function english(value: string): string {
  const key = /^%(.+)%$/.exec(value)?.[1];
  if (!key) return value;
  const nls = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
  return nls[key] ?? value;
}

/** Our walkthrough's title, and its steps' ids and their media's first headings, from package.json. */
function walkthrough(): { title: string; steps: { id: string; heading: string }[] } {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { walkthroughs: { title: string; steps: WalkthroughStep[] }[] } };
  const [ours] = manifest.contributes.walkthroughs;
  assert.ok(ours, 'package.json contributes a walkthrough');
  return {
    title: english(ours.title),
    steps: ours.steps.map((s) => ({
      id: s.id,
      heading: /^# (.+)$/m.exec(fs.readFileSync(path.join(ROOT, english(s.media.markdown ?? '')), 'utf8'))?.[1] ?? '',
    })),
  };
}

describe('welcome view and walkthrough: accessibility (light, dark and high contrast)', () => {
  let wb: Workbench;

  before(async () => {
    wb = await openWorkbench({ workspace: 'test/fixtures/workspaces/empty', theme: 'light' });
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await wb?.screenshot('welcome-failure');
  });
  after(async () => {
    await wb?.close();
  });

  it('has no serious or critical axe-core violation in the welcome content or any walkthrough step, in every theme', async function () {
    this.timeout(4 * STEP_TIMEOUT_MS);
    const { title, steps } = walkthrough();
    const failures: string[] = [];
    /** Runs one check and keeps its failure, so one report covers every page and theme. */
    const check = async (run: () => Promise<unknown>) => {
      try {
        await run();
      } catch (e) {
        if (!(e instanceof assert.AssertionError)) throw e;
        failures.push(e.message);
      }
    };

    await step('opens the welcome content, and the walkthrough from its Learn more', async () => {
      await wb.openCareerGoals();
      const welcome = wb.page.locator(WELCOME);
      await welcome.getByRole('button', { name: 'Create goals.yaml' }).waitFor({ timeout: 30_000 });
      await welcome.getByRole('button', { name: 'Learn more' }).click();
      await wb.page.getByRole('heading', { name: title }).waitFor({ timeout: 30_000 });
    });

    for (const theme of Object.keys(THEMES) as Theme[]) {
      await step(`${theme}: the welcome content and each walkthrough step with its media`, async () => {
        await wb.setTheme(theme);
        await wb.page.mouse.move(700, 850);
        await wb.screenshot('welcome');
        await check(() => checkAccessibilityOf(wb, 'welcome-view', { include: [WELCOME] }));
        for (const [i, s] of steps.entries()) {
          const stepButton = wb.page.locator(`.gettingStartedSlideDetails [data-step-id$="#${s.id}"]`);
          if ((await stepButton.getAttribute('aria-expanded')) !== 'true') await stepButton.click();
          await wb.page.mouse.move(700, 850);
          // The media shows the step's markdown once its first heading is there.
          await wb.webview().getByRole('heading', { name: s.heading }).waitFor({ timeout: 30_000 });
          await wb.screenshot(`walkthrough-${i + 1}`);
          await check(() => checkAccessibilityOf(wb, `walkthrough-${i + 1}`, { include: WALKTHROUGH }));
          await check(() => checkAccessibility(wb, `walkthrough-media-${i + 1}`, MEDIA));
          if (i === 0) {
            // For the record: the whole slide and the whole media page, VS Code's markup included.
            await checkAccessibilityOf(wb, 'walkthrough-slide', { include: WALKTHROUGH_SLIDE, enforce: false });
            await checkAccessibility(wb, 'walkthrough-media-page', { enforce: false });
          }
        }
      });
    }
    assert.deepEqual(failures, [], `axe-core found serious or critical violations:\n${failures.join('\n')}`);
  });
});
