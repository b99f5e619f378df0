/**
 * The accessibility check of the UI suite: axe-core run inside a webview's inner frame
 * (the document the extension owns, not the workbench around it), failing on any
 * serious or critical violation, and printing what it found. Every result is also
 * written to test-results/axe-<page>-<theme>.json, for the figures in a closing note.
 *
 * axe is evaluated into the frame through the DevTools protocol (Playwright's
 * `frame.evaluate`), which the webview's Content Security Policy does not govern: a
 * `<script>` tag would be refused, as it should be.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Frame } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';
import { RESULTS_DIR } from '../../scripts/lib/paths';
import type { Workbench } from './workbench';

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The frame of the visible webview's content: the inner `active-frame` of the panel. */
async function webviewFrame(wb: Workbench): Promise<Frame> {
  const outer = await wb.page.locator('iframe.webview.ready').last().elementHandle();
  const outerFrame = await outer?.contentFrame();
  const inner = await outerFrame?.locator('iframe#active-frame').elementHandle();
  const frame = await inner?.contentFrame();
  if (!frame) throw new Error('no webview content frame is open');
  return frame;
}

/** One line per violation: its rule, impact, help and the first elements it names. */
function describeViolations(violations: readonly Result[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact ?? 'no impact'}): ${v.help}\n${v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
          .join('\n')}`,
    )
    .join('\n');
}

/** Evaluates axe-core in `frame` on `context` (a document, or selectors of our own elements) and fails on serious or critical violations. */
/** How much of a page axe checks, and which checks it leaves to others. */
export interface AxeScope {
  /** Selectors of the elements to check (with what is inside them); default the whole document. */
  include?: readonly string[];
  /** axe rule ids not run, each for a reason the caller gives in a comment. */
  disable?: readonly string[];
  /** false: print and record the findings without failing (for markup that is not ours). Default true. */
  enforce?: boolean;
}

async function runAxe(wb: Workbench, frame: Frame, name: string, scope: AxeScope = {}): Promise<{ violations: number; serious: number; passes: number }> {
  const loaded = await frame.evaluate('typeof window.axe === "object"');
  if (!loaded) await frame.evaluate(AXE_SOURCE);
  const context = scope.include ? JSON.stringify({ include: scope.include.map((s) => [s]) }) : 'document';
  const rules = JSON.stringify(Object.fromEntries((scope.disable ?? []).map((id) => [id, { enabled: false }])));
  const results = await frame.evaluate<AxeResults>(
    `axe.run(${context}, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, rules: ${rules}, resultTypes: ['violations'] })`,
  );
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = {
    violations: results.violations.length,
    serious: serious.length,
    passes: results.passes.length,
  };
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(
    path.join(RESULTS_DIR, `axe-${name}-${wb.theme}.json`),
    `${JSON.stringify({ page: name, theme: wb.theme, ...summary, rules: results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })) }, null, 2)}\n`,
  );
  if (results.violations.length > serious.length) console.log(`      [axe] ${name} (${wb.theme}): minor or moderate findings:\n${describeViolations(results.violations.filter((v) => !serious.includes(v)))}`);
  if (scope.enforce === false) {
    if (serious.length > 0) console.log(`      [axe] ${name} (${wb.theme}): serious or critical, reported only (not our markup):\n${describeViolations(serious)}`);
    return summary;
  }
  assert.equal(serious.length, 0, `axe-core found serious or critical violations in ${name} (${wb.theme} theme):\n${describeViolations(serious)}`);
  return summary;
}

/**
 * Runs axe-core (WCAG 2.0–2.2 A and AA, and best practices) in the open webview and
 * fails on a serious or critical violation, saying which rule, where and why. Returns
 * the counts that go in test-results/axe-<name>-<theme>.json.
 */
export async function checkAccessibility(wb: Workbench, name: string, scope: AxeScope = {}): Promise<{ violations: number; serious: number; passes: number }> {
  return runAxe(wb, await webviewFrame(wb), name, scope);
}

/**
 * The same check on content of ours that VS Code renders in the workbench itself (a view's
 * welcome content, a walkthrough's text and steps), scoped to the elements `selectors`
 * match: the workbench's own chrome around them (activity bar, tabs, VS Code's buttons)
 * is VS Code's, not ours, and is left out. Fails when no element matches. With
 * `enforce: false` it only prints and records (to see what VS Code's own markup does).
 */
export async function checkAccessibilityOf(wb: Workbench, name: string, scope: AxeScope & { include: readonly string[] }): Promise<{ violations: number; serious: number; passes: number }> {
  for (const selector of scope.include) {
    const count = await wb.page.locator(selector).count();
    assert.ok(count > 0, `${name}: nothing on the page matches ${selector}`);
  }
  return runAxe(wb, wb.page.mainFrame(), name, scope);
}
