/**
 * The HTML export as a reviewer prints it: the brag document of test/fixtures/brag-period
 * (written by `career-goals export brag --format html`) opened in Chromium from a file,
 * in print media, with nothing loaded from elsewhere. Screenshots:
 * test-results/report-html-print.png (the printed page) and report-html-screen.png.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser';
import { freshRunDir, RESULTS_DIR, ROOT } from '../../scripts/lib/paths';

describe('the HTML export, printed', () => {
  let browser: Browser;
  let file: string;

  before(async () => {
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    const dir = freshRunDir('report-html');
    file = path.join(dir, 'brag.html');
    const fixture = path.join(ROOT, 'test', 'fixtures', 'brag-period');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'export', 'brag', '--file', path.join(fixture, 'goals.yaml'), '--since', '2026-09-01', '--until', '2026-11-30', '--today', '2026-12-06', '--format', 'html', '-o', file], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('prints as a clean packet: text, charts and tables on the page, nothing loaded from elsewhere', async () => {
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    const requests: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith('file:')) requests.push(req.url());
    });
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await page.goto(pathToFileURL(file).href);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'report-html-screen.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.getByRole('heading', { name: 'Brag document: 2026-09-01 to 2026-11-30', level: 1 }).waitFor();
    for (const name of ['Summary', 'Goals for this period', 'What I shipped and its impact', 'Growing others', 'Design and documentation', 'What I learned']) {
      assert.ok(await page.getByRole('heading', { name, level: 2 }).isVisible(), `the ${name} section is on the page`);
    }
    const charts = page.locator('figure svg');
    assert.equal(await charts.count(), 2, 'the overall chart and the metric chart');
    for (let i = 0; i < 2; i++) {
      const box = await charts.nth(i).boundingBox();
      assert.ok(box && box.width > 600 && box.height > 150, `chart ${i} is drawn at a readable size: ${JSON.stringify(box)}`);
    }
    assert.ok(await page.getByRole('cell', { name: '2026-10-30' }).first().isVisible(), 'the overall chart’s table');
    assert.ok(await page.getByText('Sam led the payments retro <script>alert(1)</script>').isVisible(), 'the hostile win reads as written');
    // Print styles: the text fills the paper, nothing runs off its right edge.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `nothing wider than the page in print (${overflow}px over)`);
    const shot = path.join(RESULTS_DIR, 'report-html-print.png');
    await page.screenshot({ path: shot, fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-', 'Print to PDF gives a PDF');
    fs.writeFileSync(path.join(RESULTS_DIR, 'report-html.pdf'), pdf);
    assert.deepEqual(requests, [], 'the page loads nothing from elsewhere');
    assert.deepEqual(consoleErrors, [], 'no error in the console (a blocked resource would show here)');
    await page.close();
  });
});
