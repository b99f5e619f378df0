/**
 * A brag document or quarterly report as one self-contained HTML file, ready to paste
 * into a promotion packet or print to PDF: the report's text, its charts as inline SVG
 * (the dashboard's builders, in the fixed palette) each with its numbers as a table,
 * and print styles. No script and no external resource: a Content-Security-Policy
 * allows nothing but the inline style, and every character of the person's text is
 * escaped (report-markdown-html.ts).
 */
import * as l10n from '@vscode/l10n';
import type { History } from '../core/history';
import type { Goal } from '../core/model';
import type { ReportPeriod } from '../core/reports/period';
import { metricChart } from './charts/metric';
import type { Chart, ChartTable } from './charts/types';
import { reportChart, reportChartPoints, withBackground } from './report-chart';
import { escapeHtml, inlineHtml, markdownToHtml } from './report-markdown-html';

/** What the page is made of: the report's Markdown and the facts its charts draw. */
export interface ReportHtmlInput {
  /** The report as the builders write it, front matter first. */
  markdown: string;
  history: History;
  period: Pick<ReportPeriod, 'from' | 'to'>;
  /** The plan's goals: each with a metric recorded in the period gets its chart. */
  goals: readonly Goal[];
  /** The language the report is written in, as a BCP 47 tag for `<html lang>` (default `en`). */
  language?: string;
}

/** Screen and print styles: a readable column, and a clean packet from the browser's Print to PDF. */
const STYLE = `
:root { color-scheme: light; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; background: #fff; margin: 0; }
main { max-width: 48rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #d0d0d0; padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; }
h4 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
ul { padding-left: 1.4rem; }
li { margin: .15rem 0; }
a { color: #0b57d0; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; background: #f3f3f3; padding: 0 .2em; border-radius: 3px; }
.meta { color: #555; margin: 0 0 1.5rem; }
figure { margin: 1.5rem 0; }
figure svg { width: 100%; height: auto; display: block; }
figcaption { font-weight: 600; margin-bottom: .4rem; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 0; font-size: .9rem; }
caption { text-align: left; color: #555; padding-bottom: .3rem; }
th, td { border: 1px solid #d0d0d0; padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
footer { color: #555; font-size: .85rem; border-top: 1px solid #d0d0d0; margin-top: 3rem; padding-top: .5rem; }
@page { margin: 16mm 14mm; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; color: #555; word-break: break-all; }
  h1, h2, h3, h4, figcaption { break-after: avoid; }
  li, tr, figure, table { break-inside: avoid; }
}
`;

/** A chart's numbers as an HTML table. */
function tableHtml(t: ChartTable): string {
  const head = `<thead><tr>${t.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`;
  const body = `<tbody>${t.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('')}</tbody>`;
  return `<table><caption>${escapeHtml(t.caption)}</caption>${head}${body}</table>`;
}

/** A chart as a figure: its title, the SVG, and its table. */
function figureHtml(title: string, chart: Chart): string {
  return `<figure><figcaption>${escapeHtml(title)}</figcaption>${chart.svg}${tableHtml(chart.table)}</figure>`;
}

/** The metric chart of each goal whose metric has a value in the period (with the last before it). */
function metricFigures(input: ReportHtmlInput): string[] {
  const points = reportChartPoints(input.history, input.period);
  const out: string[] = [];
  input.goals.forEach((goal, i) => {
    const m = goal.metric;
    if (!m) return;
    const values = points.flatMap((p) => {
      const v = p.goals[goal.id]?.metric;
      return v === undefined ? [] : [{ date: p.date, value: v }];
    });
    if (!values.some((v) => v.date >= input.period.from)) return;
    const title = m.name ? `${goal.title}: ${m.name}` : goal.title;
    const chart = metricChart(
      { title, ...(m.unit !== undefined && { unit: m.unit }), start: m.start, target: m.target, points: values },
      { palette: 'fixed', interactive: false, idPrefix: `cg-metric-${i}`, width: 720, height: 240, span: [input.period.from, input.period.to] },
    );
    out.push(figureHtml(title.replace(/\s+/g, ' '), { ...chart, svg: withBackground(chart.svg) }));
  });
  return out;
}

/** The front matter's `key: value` pairs and the body after it. */
function splitFrontMatter(markdown: string): { meta: Map<string, string>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  const meta = new Map<string, string>();
  if (!m) return { meta, body: markdown };
  for (const line of (m[1] ?? '').split('\n')) {
    const kv = /^([\w-]+): (.*)$/.exec(line);
    if (!kv) continue;
    const raw = kv[2] ?? '';
    let value = raw;
    if (raw.startsWith('"')) {
      try {
        value = String(JSON.parse(raw));
      } catch {
        value = raw;
      }
    }
    meta.set(kv[1] ?? '', value);
  }
  return { meta, body: markdown.slice(m[0].length) };
}

/** The whole page: one HTML file with nothing outside it. */
export function reportHtml(input: ReportHtmlInput): string {
  const { meta, body } = splitFrontMatter(input.markdown);
  const titleLine = /^# (.*)$/m.exec(body)?.[1] ?? l10n.t('Report');
  // The heading's Markdown escapes read as text in the <title>.
  const title = inlineHtml(titleLine).replace(/<[^>]*>/g, '');
  const charts = [figureHtml(l10n.t('Overall progress of active goals'), reportChart(input.history, input.period)), ...metricFigures(input)];
  // The builders write the Summary heading in the display language; one written in English reads the same.
  const summary = new Set(['Summary', l10n.t('Summary')]);
  const main = markdownToHtml(body, (section) => (summary.has(section) ? charts.join('\n') : ''));
  const generated = meta.get('generated');
  const from = meta.get('from');
  const to = meta.get('to');
  const metaLine = [from && to && l10n.t('Period: {0} to {1}', from, to), generated && l10n.t('generated {0}', generated)].filter(Boolean).join(' · ');
  const withMeta = main.replace(/<\/h1>/, `</h1>\n<p class="meta">${escapeHtml(metaLine)}</p>`);
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(input.language ?? 'en')}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="generator" content="Career Goals">',
    `<title>${title}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    withMeta,
    '</main>',
    `<footer><p>${escapeHtml(
      generated
        ? l10n.t('Written by Career Goals from goals.yaml and the review journal on {0}. Every figure names the record it comes from.', generated)
        : l10n.t('Written by Career Goals from goals.yaml and the review journal. Every figure names the record it comes from.'),
    )}</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
