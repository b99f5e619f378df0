/**
 * The HTML export: one valid, self-contained page (checked with html-validate), the
 * charts inline as SVG with their tables, print styles, no script and nothing loaded
 * from elsewhere, and hostile text kept as text.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { analyze } from '../../src/core/analyze';
import { buildHistory, reviewsOf } from '../../src/core/history';
import { bragDocument, customPeriod, quarterPeriod, quarterlyReport, type ReportPeriod } from '../../src/core/reports';
import type { ReportSources } from '../../src/core/reports/data';
import { readJournal } from '../../src/cli/files';
import { reportHtml } from '../../src/shared/report-html';
import { inlineHtml } from '../../src/shared/report-markdown-html';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');

function sourcesIn(dir: string, now: Date): ReportSources {
  const file = path.join(FIXTURES, dir, 'goals.yaml');
  const journal = readJournal({ file, journal: { dir: path.join(FIXTURES, dir, 'reviews'), explicit: true }, today: now, maxActiveGoals: 5 }).entries;
  const analysis = analyze(fs.readFileSync(file, 'utf8'), now, { reviews: reviewsOf(journal) });
  return { analysis, history: buildHistory({ journal, commits: [], today: analysis, now }), journal, now };
}

function ok<T>(r: { ok: true; period: T } | { ok: false; error: string }): T {
  assert.ok(r.ok, r.ok ? '' : r.error);
  return r.period;
}

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

/** Validates the page, failing with every message html-validate gives. */
function assertValid(html: string, name: string): void {
  const report = validator.validateStringSync(html);
  const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
  assert.deepEqual(messages, [], `${name} is not valid HTML`);
}

/** Checks what makes the page self-contained and inert, on its real tags (text is escaped, so every `<` left is a tag). */
function assertSelfContained(html: string, name: string): void {
  const tags = [...html.matchAll(/<([a-zA-Z][\w:-]*)((?:[^>"]|"[^"]*")*)>/g)];
  assert.ok(tags.length > 50, `${name}: the page has its tags`);
  for (const [, tag = '', attrs = ''] of tags) {
    assert.ok(!/^(script|iframe|object|embed|link|img|image|use|foreignObject|base|form|input|audio|video|source)$/i.test(tag), `${name}: no <${tag}>`);
    for (const [, attr = '', value = ''] of attrs.matchAll(/\s([\w:-]+)(?:="([^"]*)")?/g)) {
      assert.ok(!/^on/i.test(attr) && !/^(src|srcset|xlink:href|action|formaction|style)$/i.test(attr), `${name}: no ${attr}= on <${tag}>`);
      if (attr === 'href') assert.match(value, /^(https?:\/\/|mailto:)/, `${name}: a link goes to the web or mail, not ${value}`);
    }
  }
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
  assert.doesNotMatch(style, /url\(|@import/i, `${name}: the styles load nothing`);
  assert.equal(html.match(/<style>/g)?.length, 1, `${name}: one style element, the page's own`);
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/, `${name}: the policy allows nothing but the inline style`);
}

describe('HTML export', () => {
  const brag = sourcesIn('brag-period', new Date(2026, 11, 6));
  const period = ok(customPeriod('2026-09-01', '2026-11-30'));
  const page = (markdown: string, src: ReportSources, p: ReportPeriod): string => reportHtml({ markdown, history: src.history, period: p, goals: src.analysis.parse.model.goals });

  it('is valid, self-contained HTML in both layouts and for the quarterly report', () => {
    const report = sourcesIn('report', new Date(2026, 10, 21));
    const q4 = ok(quarterPeriod('2026-Q4'));
    const pages: [string, string][] = [
      ['brag layout', page(bragDocument(brag, period), brag, period)],
      ['by-goal layout', page(bragDocument(brag, period, { layout: 'by-goal' }), brag, period)],
      ['quarterly report', page(quarterlyReport(report, q4), report, q4)],
    ];
    for (const [name, html] of pages) {
      assertValid(html, name);
      assertSelfContained(html, name);
      assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="en">'), name);
    }
  });

  it('holds the text, the charts as inline SVG with their tables, and print styles', () => {
    const html = page(bragDocument(brag, period), brag, period);
    assert.match(html, /<title>Brag document: 2026-09-01 to 2026-11-30<\/title>/);
    assert.match(html, /<li><strong>Overall progress of active goals:<\/strong> 30% on 2026-09-04 → 43% on 2026-10-30 \(\+13 points\)<\/li>/);
    assert.equal(html.match(/<svg /g)?.length, 2, 'the overall chart and the one metric with records in the period');
    assert.match(html, /<figure><figcaption>Overall progress of active goals<\/figcaption><svg [^>]*role="(img|group)" aria-labelledby="cg-report-title"/);
    assert.match(html, /<table><caption>[^<]+<\/caption><thead><tr><th scope="col">Date<\/th>/);
    assert.match(html, /<td>2026-09-04<\/td><td>Weekly review<\/td><td>30%<\/td>/);
    assert.match(html, /@media print \{[^}]*body/);
    assert.match(html, /break-inside: avoid/);
    assert.match(html, /<a href="https:\/\/example\.com\/slides">slides<\/a>/);
    // The charts follow the Summary, before the next section.
    assert.ok(html.indexOf('<svg ') > html.indexOf('<h2>Summary</h2>') && html.indexOf('<svg ') < html.indexOf('<h2>Goals for this period</h2>'));
  });

  it('keeps hostile text as text: tags, javascript: links, attributes and entities', () => {
    const hostile = fs
      .readFileSync(path.join(FIXTURES, 'brag-period', 'goals.yaml'), 'utf8')
      .replace('title: Ship the billing API', `title: "<img src=x onerror=alert(1)> API & \\"quotes\\" 'single'"`)
      .replace('text: "Five billing endpoints live"', 'text: "[y](javascript:alert(1)) <a href=\\"javascript:alert(2)\\">x</a> <style>body{display:none}</style> &lt;b&gt; `<code>` [ok](https://example.com/a?b=1&c=2)"');
    const analysis = analyze(hostile, brag.now, { reviews: reviewsOf(brag.journal) });
    const src = { ...brag, analysis, history: buildHistory({ journal: brag.journal, commits: [], today: analysis, now: brag.now }) };
    for (const layout of ['brag', 'by-goal'] as const) {
      const html = page(bragDocument(src, period, { layout }), src, period);
      assertValid(html, `hostile ${layout}`);
      assertSelfContained(html, `hostile ${layout}`);
      assert.doesNotMatch(html, /<img|<style>body|<a href="javascript/i, layout);
      assert.ok(html.includes('&#60;img src=x onerror=alert(1)&#62; API &#38; &#34;quotes&#34; &#39;single&#39;'), `${layout}: the title reads as written`);
      assert.ok(html.includes('[y](javascript:alert(1))'), `${layout}: the javascript: link reads as written, as text`);
      assert.ok(html.includes('&#38;lt;b&#38;gt;'), `${layout}: an entity the person typed stays the characters typed`);
      assert.ok(html.includes('<code>&#60;code&#62;</code>'), `${layout}: a code span stays code`);
      assert.ok(html.includes('<a href="https://example.com/a?b=1&#38;c=2">ok</a>'), `${layout}: an ordinary link stays a link`);
    }
  });

  it('renders the Markdown subset the reports write, and nothing more', () => {
    const cases: [string, string][] = [
      ['**bold** and \\*not\\*', '<strong>bold</strong> and *not*'],
      ['\\<script>', '&#60;script&#62;'],
      ['<https://example.com>', '<a href="https://example.com">https://example.com</a>'],
      ['see https://example.com/x.', 'see <a href="https://example.com/x">https://example.com/x</a>.'],
      ['[a](mailto:me@example.com)', '<a href="mailto:me@example.com">a</a>'],
      ['[a](file:///etc/passwd)', '[a](file:///etc/passwd)'],
      ['[[Team notes]]', '[[Team notes]]'],
    ];
    for (const [markdown, html] of cases) assert.equal(inlineHtml(markdown), html, markdown);
  });
});
