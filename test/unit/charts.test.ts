/**
 * The SVG chart builders (src/shared/charts): well-formed markup with one <svg>, an
 * accessible name and description, no style attribute or <style> element (the
 * webview's CSP), escaped user text, tables that carry the same numbers, both
 * palettes, and the same string for the same input. The markup is read back with the
 * small XML reader below, which also rejects anything that is not well-formed.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { reviewCalendar, type HistoryPoint, type HistorySource } from '../../src/core/history';
import { dayToIso, isoToDay } from '../../src/core/time/dates';
import { goalPace } from '../../src/core/analysis/pace';
import type { Goal } from '../../src/core/model';
import type { ReviewKind } from '../../src/core/model';
import { calendarChart, goalPaceChart, metricChart, overallChart, sparkline, valuesBalanceChart, winsByMonthChart, commitsByWeekChart, type Chart } from '../../src/shared/charts';
import { BUFFER_BANDS, type GoalPaceInput } from '../../src/shared/charts/pace';
import { CHART_CLASSES } from '../../src/shared/charts/classes';
import { escapeXml } from '../../src/shared/charts/escape';
import { MARKER_GAP } from '../../src/shared/charts/points';
import { type ChartOptions } from '../../src/shared/charts/types';
import { percentLabel } from '../../src/core/words/percent';
import { at } from './helpers';

/** All chart class names, in declaration order. */
const CHART_CLASS_NAMES: readonly string[] = Object.values(CHART_CLASSES);

const ROOT = path.resolve(__dirname, '../../..');

// ---- A very small XML reader: elements, attributes, text; throws on anything malformed. ----

interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

function decode(raw: string, where: string): string {
  if (/&(?!(amp|lt|gt|quot|#39);)/.test(raw)) throw new Error(`bare & in ${where}: ${raw}`);
  return raw.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITY[e] ?? '');
}

/** The document's single root element; throws when the markup is not well-formed. */
function parseXml(xml: string): XmlNode {
  const doc: XmlNode = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlNode[] = [doc];
  const open = /<([A-Za-z][\w:.-]*)((?:\s+[A-Za-z_:][\w:.-]*="[^"<]*")*)\s*(\/?)>/y;
  const close = /<\/([A-Za-z][\w:.-]*)>/y;
  const attr = /\s+([A-Za-z_:][\w:.-]*)="([^"<]*)"/g;
  let i = 0;
  while (i < xml.length) {
    const top = at(stack, -1);
    if (xml[i] === '<') {
      close.lastIndex = i;
      const c = close.exec(xml);
      if (c) {
        if (top.name !== c[1]) throw new Error(`</${c[1]}> closes <${top.name}> at ${i}`);
        stack.pop();
        i = close.lastIndex;
        continue;
      }
      open.lastIndex = i;
      const o = open.exec(xml);
      if (!o) throw new Error(`malformed tag at ${i}: ${xml.slice(i, i + 40)}`);
      const node: XmlNode = { name: o[1] ?? '', attrs: {}, children: [], text: '' };
      for (const a of (o[2] ?? '').matchAll(attr)) {
        const name = a[1] ?? '';
        if (name in node.attrs) throw new Error(`duplicate attribute ${name} on <${node.name}>`);
        node.attrs[name] = decode(a[2] ?? '', `attribute ${name}`);
      }
      top.children.push(node);
      if (o[3] !== '/') stack.push(node);
      i = open.lastIndex;
    } else {
      const next = xml.indexOf('<', i);
      const end = next < 0 ? xml.length : next;
      const raw = xml.slice(i, end);
      if (raw.includes('>')) throw new Error(`raw > in text: ${raw}`);
      top.text += decode(raw, `text of <${top.name}>`);
      i = end;
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed <${at(stack, -1).name}>`);
  if (doc.children.length !== 1 || doc.text.trim() !== '') throw new Error('expected exactly one root element');
  return at(doc.children, 0);
}

function walk(node: XmlNode): XmlNode[] {
  return [node, ...node.children.flatMap(walk)];
}

const classesOf = (n: XmlNode): string[] => (n.attrs.class ?? '').split(/\s+/).filter((c) => c !== '');
/** The drawing's elements outside the legend (whose swatches repeat the data's classes). */
function plotNodes(node: XmlNode): XmlNode[] {
  return classesOf(node).includes(CHART_CLASSES.legend) ? [] : [node, ...node.children.flatMap(plotNodes)];
}
const byClass = (root: XmlNode, cls: string): XmlNode[] => plotNodes(root).filter((n) => classesOf(n).includes(cls));
const textOf = (root: XmlNode): string => walk(root).map((n) => n.text).join(' ');

/** Everything every chart's markup must satisfy; returns the parsed root. */
function checkSvg(svg: string, prefix?: string): XmlNode {
  // Escaped text never holds a quote or a '<', so these match markup, never user text.
  assert.ok(!/\sstyle\s*=\s*["']/i.test(svg), 'no style attribute');
  assert.ok(!/<style/i.test(svg), 'no <style> element');
  assert.ok(!/<script|<a[\s>]|<foreignObject/i.test(svg), 'no script, link or foreign content');
  const root = parseXml(svg);
  assert.ok(walk(root).every((n) => n.name !== 'style' && !('style' in n.attrs)), 'no style, parsed');
  assert.equal(root.name, 'svg');
  assert.equal(walk(root).filter((n) => n.name === 'svg').length, 1, 'one <svg>');
  assert.equal(root.attrs.xmlns, 'http://www.w3.org/2000/svg');
  assert.ok(root.attrs.role === 'img' || root.attrs.role === 'group', `role ${root.attrs.role}`);
  const title = at(root.children, 0);
  const desc = at(root.children, 1);
  assert.equal(title.name, 'title');
  assert.equal(desc.name, 'desc');
  assert.ok(title.text.trim() !== '' && desc.text.trim() !== '', 'title and desc have words');
  assert.equal(root.attrs['aria-labelledby'], title.attrs.id);
  assert.equal(root.attrs['aria-describedby'], desc.attrs.id);
  const ids = walk(root).flatMap((n) => (n.attrs.id === undefined ? [] : [n.attrs.id]));
  assert.equal(new Set(ids).size, ids.length, `unique ids: ${ids.join(', ')}`);
  for (const id of ids) {
    assert.match(id, /^[A-Za-z_][\w-]*$/);
    if (prefix !== undefined) assert.ok(id.startsWith(`${prefix}-`), `${id} starts with ${prefix}-`);
  }
  for (const n of walk(root)) {
    for (const c of classesOf(n)) assert.ok(CHART_CLASS_NAMES.includes(c), `class ${c} is listed in CHART_CLASSES`);
    if (n.attrs.tabindex !== undefined) {
      assert.ok((n.attrs['aria-label'] ?? '').trim() !== '', `focusable <${n.name}> has an aria-label`);
      assert.ok(n.attrs.role !== undefined, `focusable <${n.name}> has a role`);
      assert.ok(n.children.some((c) => c.name === 'title'), `focusable <${n.name}> has a <title> for hover`);
      assert.ok(classesOf(n).includes(CHART_CLASSES.focusable), 'focusable elements carry the focus class');
    }
    if (n.attrs.role === 'button') assert.ok(n.attrs['data-source'] !== undefined, 'a button says its source');
    for (const name of ['x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'width', 'height']) {
      const v = n.attrs[name];
      if (v !== undefined) assert.match(v, /^-?\d+(\.\d{1,2})?$/, `${name}="${v}" has at most two decimals`);
    }
    if (n.attrs.d !== undefined) assert.ok(!/\d\.\d{3}/.test(n.attrs.d), `path ${n.attrs.d} has at most two decimals`);
  }
  return root;
}

const hasPaint = (svg: string): boolean => /\s(fill|stroke)="/.test(svg);

// ---- Fixtures ----

function point(date: string, overall: number, source: HistoryPoint['source'], kind?: ReviewKind, ref?: string): HistoryPoint {
  const p: HistoryPoint = { date, source, overall, goals: {} };
  if (kind) p.kind = kind;
  if (ref) p.ref = ref;
  return p;
}

const HISTORY: HistoryPoint[] = [
  point('2026-09-05', 0.1, 'commit', undefined, 'a1b2c3d'),
  point('2026-10-03', 0.25, 'review', 'monthly', 'reviews/2026-10-03-monthly.md'),
  point('2026-11-21', 0.42, 'review', 'weekly', 'reviews/2026-11-21-weekly.md'),
  point('2026-11-30', 0.5, 'today'),
];

const PACE: GoalPaceInput = {
  title: 'Ship the platform',
  start: '2026-01-01',
  due: '2026-12-31',
  checkpoints: [
    { date: '2026-04-01', title: 'Design', done: true },
    { date: '2026-09-01', title: 'Beta', done: false },
  ],
  points: [
    { date: '2026-03-01', progress: 0.1, source: 'review', ref: 'reviews/2026-03-01-weekly.md' },
    { date: '2026-07-01', progress: 0.5 },
  ],
  today: '2026-07-01',
};

const NOW = new Date(2026, 10, 25, 12); // Wednesday 2026-11-25, local
const WEEKS = reviewCalendar(
  [
    { kind: 'weekly', date: '2026-11-23' },
    { kind: 'monthly', date: '2026-11-24' },
    { kind: 'weekly', date: '2026-11-02' },
  ],
  ['2026-11-23', '2026-11-25', '2026-06-01'],
  NOW,
);

function allCharts(title: string, opts: ChartOptions = {}): Record<string, Chart> {
  return {
    overall: overallChart(HISTORY.map((p) => ({ ...p, ref: p.ref === undefined ? undefined : `${p.ref}${title}` })), { ...opts, idPrefix: opts.idPrefix && `${opts.idPrefix}-o` }),
    pace: goalPaceChart({ ...PACE, title, checkpoints: PACE.checkpoints.map((c) => ({ ...c, title })) }, { ...opts, idPrefix: opts.idPrefix && `${opts.idPrefix}-p` }),
    metric: metricChart({ title, unit: title, start: 40, target: 10, points: [{ date: '2026-01-01', value: 40, ref: title, source: 'review' }, { date: '2026-02-01', value: 22 }] }, { ...opts, idPrefix: opts.idPrefix && `${opts.idPrefix}-m` }),
    calendar: calendarChart(WEEKS, { ...opts, idPrefix: opts.idPrefix && `${opts.idPrefix}-c` }),
    wins: winsByMonthChart([{ date: '2026-01-03', goal: title }, { date: '2026-01-09' }, { date: '2026-03-03', goal: 'other' }], { [title]: title, other: 'Other goal' }, { ...opts, idPrefix: opts.idPrefix && `${opts.idPrefix}-w` }),
    values: valuesBalanceChart([{ value: title, activeGoals: 0, wins: 0 }, { value: 'Craft', activeGoals: 2, wins: 5 }], { ...opts, idPrefix: opts.idPrefix && `${opts.idPrefix}-v` }),
    commits: commitsByWeekChart([{ date: '2026-11-02', goal: title }, { date: '2026-11-20', goal: 'other' }], { [title]: title, other: 'Other goal' }, { ...opts, idPrefix: opts.idPrefix && `${opts.idPrefix}-e` }),
  };
}

// ---- Tests ----

describe('charts: escapeXml', () => {
  it('escapes the five XML specials', () => {
    assert.equal(escapeXml('<script>alert("x")</script>'), '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    assert.equal(escapeXml('"onload="alert(1)'), '&quot;onload=&quot;alert(1)');
    assert.equal(escapeXml("it's"), 'it&#39;s');
    assert.equal(escapeXml('&amp;'), '&amp;amp;');
    assert.equal(escapeXml('a & b'), 'a &amp; b');
  });

  it('keeps astral characters and replaces lone surrogates and controls without throwing', () => {
    assert.equal(escapeXml('🎯 ship 𝔸'), '🎯 ship 𝔸');
    assert.equal(escapeXml('a\uD800b'), 'a\uFFFDb');
    assert.equal(escapeXml('\uDC00'), '\uFFFD');
    assert.equal(escapeXml('x\u0000y\u001Fz\uFFFF'), 'x\uFFFDy\uFFFDz\uFFFD');
    assert.equal(escapeXml('tab\tline\ncr\r'), 'tab\tline\ncr\r');
  });

  it('always gives well-formed text and attribute values that read back as the input (property)', () => {
    const unit = fc.oneof(fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), fc.constantFrom('<', '>', '&', '"', "'", '&amp;', '🎯', '\uD800', '\uDFFF'));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (s) => {
        const e = escapeXml(s);
        const node = parseXml(`<t a="${e}">${e}</t>`);
        // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
        const clean = s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu, '\uFFFD');
        assert.equal(node.attrs.a, clean);
        assert.equal(node.text, clean);
      }),
    );
  });
});

describe('charts: structure and accessibility', () => {
  it('every chart is one well-formed <svg> with a name, a description and unique, prefixed ids', () => {
    for (const [name, chart] of Object.entries(allCharts('Plan', { idPrefix: 'dash' }))) {
      assert.doesNotThrow(() => checkSvg(chart.svg, 'dash'), name);
    }
    checkSvg(sparkline([0.1, 0.2]), undefined);
  });

  it('two charts of one kind on a page get different ids through idPrefix', () => {
    const a = parseXml(overallChart(HISTORY, { idPrefix: 'first' }).svg);
    const b = parseXml(overallChart(HISTORY, { idPrefix: 'second' }).svg);
    assert.notEqual(a.attrs['aria-labelledby'], b.attrs['aria-labelledby']);
    assert.equal(a.attrs['aria-labelledby'], 'first-title');
    // A prefix that is not an XML name is made into one rather than written as is.
    const odd = parseXml(overallChart(HISTORY, { idPrefix: '1 "x"<y>' }).svg);
    assert.match(odd.attrs['aria-labelledby'] ?? '', /^[A-Za-z_][\w-]*$/);
  });

  it('points are focusable buttons named in words, with data-ref and data-source, and a hover title', () => {
    const root = checkSvg(overallChart(HISTORY).svg);
    assert.equal(root.attrs.role, 'group');
    const buttons = walk(root).filter((n) => n.attrs.role === 'button');
    assert.equal(buttons.length, 4);
    const weekly = buttons.find((b) => b.attrs['aria-label'] === 'Weekly review 2026-11-21: 42%');
    assert.ok(weekly, JSON.stringify(buttons.map((b) => b.attrs['aria-label'])));
    assert.equal(weekly.name, 'circle');
    // One tab stop per chart, its newest point (today); the arrow keys reach the others.
    assert.equal(weekly.attrs.tabindex, '-1');
    assert.deepEqual(
      buttons.filter((b) => b.attrs.tabindex === '0').map((b) => b.attrs['data-source']),
      ['today'],
    );
    assert.equal(weekly.attrs['data-ref'], 'reviews/2026-11-21-weekly.md');
    assert.equal(weekly.attrs['data-source'], 'review');
    assert.equal(at(weekly.children, 0).text, 'Weekly review 2026-11-21: 42%');
    assert.ok(classesOf(weekly).includes(CHART_CLASSES.pointReview) && classesOf(weekly).includes(CHART_CLASSES.pointWeekly));
    const commit = buttons.find((b) => b.attrs['data-source'] === 'commit');
    assert.equal(commit?.attrs['data-ref'], 'a1b2c3d');
    assert.equal(commit?.attrs['aria-label'], 'Commit 2026-09-05: 10%');
    assert.ok(classesOf(at(buttons.filter((b) => b.attrs['data-source'] === 'today'), 0)).includes(CHART_CLASSES.pointToday));
    assert.ok(classesOf(at(buttons.filter((b) => b.attrs['aria-label']?.startsWith('Monthly review')), 0)).includes(CHART_CLASSES.pointMonthly));
  });

  it('draws a marker per point while they fit, and only points 6 px apart where two years crowd a chart; the line, the table and the newest point keep them all', () => {
    const days = Array.from({ length: 700 }, (_, i) => new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10));
    const points = days.map((date, i) => ({ date, progress: (i % 50) / 50, source: 'commit' as const, ref: `c${i}` }));
    const chart = goalPaceChart({ title: 'Crowded', start: days[0], due: days.at(-1), checkpoints: [], points, today: days.at(-1) ?? '' }, { width: 600 });
    const root = checkSvg(chart.svg);
    const markers = walk(root).filter((n) => n.attrs['data-source'] === 'commit');
    assert.ok(markers.length > 20 && markers.length < 120, `a readable number of markers, not 700: ${markers.length}`);
    const xs = markers.map((m) => Number(m.attrs.cx));
    for (let i = 1; i < xs.length; i++) assert.ok((xs[i] ?? 0) - (xs[i - 1] ?? 0) >= MARKER_GAP - 0.01, `markers ${i - 1} and ${i} at ${xs[i - 1]} and ${xs[i]}`);
    assert.equal(at(markers, -1).attrs['data-ref'], 'c699', 'the newest point is drawn');
    assert.equal(at(markers, -1).attrs.tabindex, '0', 'and is the tab stop');
    assert.equal(markers.filter((m) => m.attrs.tabindex === '0').length, 1);
    assert.equal(chart.table.rows.length, 700, 'the table has every point');
    // A review on the same day as today's point, and reviews among crowded commits, are drawn all the same.
    const reviewOrCommit = (i: number): HistorySource => (i % 7 === 0 || i === 699 ? 'review' : 'commit');
    const withReviews = overallChart(
      [...days.map((date, i) => ({ date, overall: (i % 50) / 50, source: reviewOrCommit(i), kind: 'weekly' as const, goals: {}, ref: `r${i}` })), { date: days.at(-1) ?? '', overall: 0.5, source: 'today' as const, goals: {} }],
      { width: 600 },
    );
    const drawnReviews = walk(checkSvg(withReviews.svg)).filter((n) => n.attrs['data-source'] === 'review');
    assert.equal(drawnReviews.length, 101, 'every review point is drawn');
    assert.ok(drawnReviews.some((n) => n.attrs['data-ref'] === 'r699'), 'the review on today’s day, under today’s point');
    // Few points: every one drawn.
    const few = walk(checkSvg(goalPaceChart({ title: 'Few', start: days[0], due: days.at(-1), checkpoints: [], points: points.filter((_, i) => i % 100 === 0), today: days.at(-1) ?? '' }, { width: 600 }).svg));
    assert.equal(few.filter((n) => n.attrs['data-source'] === 'commit').length, 7);
  });

  it('no style attribute, no <style>, well-formed and deterministic for random inputs with hostile text (property)', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.constantFrom('<script>alert(1)</script>', '"onload="alert(1)', "' style='x", '&amp;', ']]>', '\uD800', '🎯🚀', 'style="fill:red"', '</svg><style>*{}</style>'),
    );
    const day = fc.integer({ min: 0, max: 800 }).map((n) => {
      const d = new Date(2025, 0, 1 + n);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const progress = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(NaN, -1, 2, Infinity));
    const kind = fc.constantFrom<ReviewKind>('weekly', 'monthly', 'quarterly');
    const histPoint = fc.record({ date: day, overall: progress, source: fc.constantFrom<HistoryPoint['source']>('review', 'commit', 'today'), kind, ref: fc.option(hostile, { nil: undefined }) });
    const input = fc.record({
      title: hostile,
      palette: fc.constantFrom<'theme' | 'fixed'>('theme', 'fixed'),
      history: fc.array(histPoint, { maxLength: 6 }),
      start: fc.option(day, { nil: undefined }),
      due: fc.option(day, { nil: undefined }),
      values: fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { maxLength: 5 }),
      dates: fc.array(day, { maxLength: 5 }),
      counts: fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 5 }),
    });
    fc.assert(
      fc.property(input, (i) => {
        const opts: ChartOptions = { palette: i.palette };
        const build = (): string[] => {
          const points = i.history.map((h) => ({ ...h, goals: {} }));
          const charts = [
            overallChart(points, opts),
            goalPaceChart({ title: i.title, start: i.start, due: i.due, checkpoints: i.dates.map((d) => ({ date: d, title: i.title, done: d < '2026' })), points: i.history.map((h) => ({ date: h.date, progress: h.overall, ref: h.ref, source: h.source })), today: i.dates[0] ?? '2026-01-01' }, opts),
            metricChart({ title: i.title, unit: i.title, target: i.values[0] ?? 10, start: i.values[1], points: i.dates.map((d, k) => ({ date: d, value: i.values[k] ?? k })) }, opts),
            calendarChart(i.counts.map((c, k) => ({ start: i.dates[k] ?? '2026-01-05', reviews: (['weekly', 'monthly', 'quarterly'] as const).slice(0, c % 4), wins: c })), opts),
            winsByMonthChart(i.dates.map((d, k) => ({ date: d, goal: k % 2 === 0 ? i.title : undefined })), { [i.title]: i.title }, opts),
            valuesBalanceChart(i.counts.map((c, k) => ({ value: `${i.title}${k}`, activeGoals: c % 3, wins: c })), opts),
          ];
          return [...charts.map((c) => c.svg), sparkline(i.values.map((v) => v / 1000), opts)];
        };
        const first = build();
        for (const svg of first) {
          checkSvg(svg);
          if (i.palette === 'theme') assert.ok(!hasPaint(svg), 'theme palette writes no fill or stroke');
        }
        assert.deepEqual(build(), first, 'same input, same output');
      }),
      { numRuns: 60 },
    );
  });
});

describe('charts: palettes', () => {
  it('theme writes classes only; fixed writes fill and stroke presentation attributes', () => {
    for (const [name, chart] of Object.entries(allCharts('Plan'))) assert.ok(!hasPaint(chart.svg), `${name}: no fill/stroke in theme`);
    for (const [name, chart] of Object.entries(allCharts('Plan', { palette: 'fixed' }))) {
      assert.ok(/\sfill="#[0-9a-f]{6}"/.test(chart.svg), `${name}: fill attributes`);
      assert.ok(/\sstroke="#[0-9a-f]{6}"/.test(chart.svg), `${name}: stroke attributes`);
      checkSvg(chart.svg);
    }
    assert.ok(!hasPaint(sparkline([0.1, 0.5])));
    assert.ok(hasPaint(sparkline([0.1, 0.5], { palette: 'fixed' })));
  });

  it('the stylesheet styles every class with the theme variables and keeps focus visible', () => {
    const css = fs.readFileSync(path.join(ROOT, 'media', 'dashboard-charts.css'), 'utf8');
    for (const c of CHART_CLASS_NAMES) assert.ok(new RegExp(`\\.${c}(?![\\w-])`).test(css), `media/dashboard-charts.css names .${c}`);
    for (const v of ['charts-blue', 'charts-green', 'charts-yellow', 'charts-orange', 'charts-red', 'charts-purple', 'charts-lines', 'foreground', 'descriptionForeground', 'focusBorder', 'contrastBorder']) {
      assert.ok(css.includes(`var(--vscode-${v}`), `uses --vscode-${v}`);
    }
    assert.match(css, /:focus-visible/);
    assert.match(css, /vscode-high-contrast/);
  });
});

describe('charts: overall progress', () => {
  it('the table holds the same numbers as the points', () => {
    const { table } = overallChart(HISTORY);
    assert.deepEqual(table.columns, ['Date', 'Source', 'Overall']);
    assert.deepEqual(table.rows, [
      ['2026-09-05', 'Commit', '10%'],
      ['2026-10-03', 'Monthly review', '25%'],
      ['2026-11-21', 'Weekly review', '42%'],
      ['2026-11-30', 'Today', '50%'],
    ]);
    for (const row of table.rows) assert.equal(row.length, table.columns.length);
  });

  it('accepts a History and draws a line through the points', () => {
    const root = checkSvg(overallChart({ points: HISTORY, reviews: { current: 1, best: 2 }, pauses: [] }).svg);
    assert.equal(byClass(root, CHART_CLASSES.line).filter((n) => n.name === 'path').length, 1);
    assert.match(textOf(root), /4 points from 2026-09-05 to 2026-11-30/);
  });

  it('one point (a new plan) gives one marker in the middle of a ±7-day axis with ticks', () => {
    const root = checkSvg(overallChart([point('2026-11-30', 0.07, 'today')]).svg);
    const circles = walk(root).filter((n) => n.name === 'circle' && n.attrs.role === 'button');
    assert.equal(circles.length, 1);
    assert.equal(byClass(root, CHART_CLASSES.line).filter((n) => n.name === 'path').length, 0, 'no line through one point');
    const cx = Number(at(circles, 0).attrs.cx);
    assert.ok(Math.abs(cx - (40 + 584) / 2) < 1, `marker at ${cx} is mid-axis`);
    const ticks = walk(root).filter((n) => n.name === 'text' && /^(Nov|Dec) \d+$|^Dec$/.test(n.text));
    assert.ok(ticks.length >= 3, `time ticks: ${ticks.map((t) => t.text).join(', ')}`);
    assert.match(textOf(root), /One point: Today 2026-11-30: 7%/);
  });

  it('no point at all gives a notice, not an error', () => {
    const chart = overallChart([]);
    const root = checkSvg(chart.svg);
    assert.equal(root.attrs.role, 'img');
    assert.match(textOf(root), /No progress recorded yet/);
    assert.deepEqual(chart.table.rows, []);
  });

  it('dates are local calendar days: a point on the 1st is drawn at that day, not the evening before', () => {
    const root = checkSvg(overallChart([point('2026-01-01', 0.2, 'commit', undefined, 'x'), point('2026-07-01', 0.3, 'today')]).svg);
    const ticks = walk(root).filter((n) => n.name === 'text' && n.text === '2026');
    const jan1 = at(walk(root).filter((n) => n.attrs['data-ref'] === 'x'), 0);
    // The year tick sits on local midnight of 1 January, exactly where the point is.
    assert.equal(at(ticks, 0).attrs.x, jan1.attrs.cx);
  });
});

describe('charts: goal pace', () => {
  it('draws the pace line, the checkpoint steps and four named buffer bands', () => {
    const chart = goalPaceChart(PACE);
    const root = checkSvg(chart.svg);
    assert.equal(byClass(root, CHART_CLASSES.pace).filter((n) => n.name === 'path').length, 1);
    assert.equal(byClass(root, CHART_CLASSES.steps).length, 1);
    for (const band of BUFFER_BANDS) {
      assert.equal(byClass(root, band.className).filter((n) => n.name === 'path').length, 1, band.label);
      assert.ok(walk(root).some((n) => n.name === 'text' && n.text === band.label), `legend says "${band.label}"`);
    }
    assert.equal(byClass(root, CHART_CLASSES.checkpoint).filter((n) => n.name === 'rect').length, 2);
    assert.equal(byClass(root, CHART_CLASSES.checkpointDone).length, 1);
  });

  it('a point’s buffer is the tree’s: the days it could stand still before it turns behind', () => {
    const { table } = goalPaceChart(PACE);
    assert.deepEqual(table.columns, ['Date', 'Event', 'Progress', 'Expected', 'Buffer']);
    // 364 days from start to due. On 2026-07-01 (day 181) 50% stays within 10 points of the
    // line until it expects 60%, on day 218.4: 37 days.
    assert.deepEqual(
      table.rows.find((r) => r[0] === '2026-07-01'),
      ['2026-07-01', 'Progress', '50%', '49%', '37 days of buffer (7+ days buffer)'],
    );
    // 10% on 2026-03-01 (day 59) is 6 points below the line: on track, until day 72.8.
    assert.deepEqual(
      table.rows.find((r) => r[0] === '2026-03-01'),
      ['2026-03-01', 'Progress', '10%', '16%', '13 days of buffer (7+ days buffer)'],
    );
    assert.deepEqual(
      table.rows.find((r) => r[0] === '2026-04-01'),
      ['2026-04-01', 'Checkpoint: Design (done)', '—', '24%', '—'],
    );
    assert.equal(table.rows.length, 4);
    // 20% on 2026-06-01 (day 151, expected 41%) is behind: the line passed 30% on day 109.2.
    const behind = goalPaceChart({ ...PACE, points: [{ date: '2026-06-01', progress: 0.2 }] }).table;
    assert.deepEqual(behind.rows.find((r) => r[0] === '2026-06-01'), ['2026-06-01', 'Progress', '20%', '41%', '42 days behind (behind)']);
  });

  it('agrees with the tree on every point: behind exactly when the tree says so, and the same whole days of buffer', () => {
    const start = isoToDay('2026-01-01');
    const due = isoToDay('2026-12-31');
    fc.assert(
      fc.property(fc.integer({ min: start, max: due }), fc.integer({ min: 0, max: 100 }), (day, pct) => {
        const date = dayToIso(day);
        const progress = pct / 100;
        const { table } = goalPaceChart({ ...PACE, checkpoints: [], points: [{ date, progress }] });
        const cell = at(table.rows, 0)[4] ?? '';
        const goal = { id: 'g', title: 'g', horizon: 'short', status: 'active', start: '2026-01-01', due: '2026-12-31', tasks: [], checkpoints: [], resources: [], values: [], notes: [] } as unknown as Goal;
        const pace = goalPace(goal, progress, new Date(2026, 0, 1 + (day - start), 12));
        if (pace.kind === 'behind') assert.match(cell, /days? behind \(behind\)$/, `${date} ${pct}%`);
        else {
          assert.equal(pace.kind, 'on-track', `${date} ${pct}%`);
          const days = pace.kind === 'on-track' ? pace.bufferDays : NaN;
          assert.equal(cell.replace(/ \(.*$/, ''), days === 0 ? 'less than a day of buffer' : `${days} day${days === 1 ? '' : 's'} of buffer`, `${date} ${pct}%`);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('without a start or due date there is no pace line and the description and table say why', () => {
    for (const [input, why] of [
      [{ ...PACE, start: undefined }, 'no start date'],
      [{ ...PACE, due: undefined }, 'no due date'],
      [{ ...PACE, start: undefined, due: undefined }, 'no start date and no due date'],
      [{ ...PACE, due: '2025-12-01' }, 'not after the start date'],
    ] as const) {
      const chart = goalPaceChart(input);
      const root = checkSvg(chart.svg);
      assert.equal(byClass(root, CHART_CLASSES.pace).length, 0);
      assert.equal(byClass(root, CHART_CLASSES.bandSafe).length, 0);
      assert.match(at(root.children, 1).text, new RegExp(`No pace line: .*${why}`));
      assert.match(chart.table.caption, new RegExp(`no pace line: .*${why}`));
      assert.ok(chart.table.rows.every((r) => r[3] === '—' && r[4] === '—'));
    }
  });
});

describe('charts: metric', () => {
  const falling = metricChart({
    title: 'Review backlog',
    unit: 'pages',
    start: 40,
    target: 10,
    points: [
      { date: '2026-01-05', value: 40 },
      { date: '2026-02-02', value: 30, source: 'review', ref: 'reviews/2026-02-02-weekly.md' },
      { date: '2026-03-02', value: 8 },
    ],
  });

  it('a falling target: the table says the target in its unit and counts down to it', () => {
    assert.match(falling.table.caption, /target 10 pages/);
    assert.match(falling.table.caption, /lower is better/);
    assert.deepEqual(falling.table.rows, [
      ['2026-01-05', '40 pages', '30 pages to go'],
      ['2026-02-02', '30 pages', '20 pages to go'],
      ['2026-03-02', '8 pages', 'target reached'],
    ]);
  });

  it('the y domain spans start, target and values, whichever way the goal runs', () => {
    const root = checkSvg(falling.svg);
    const target = at(byClass(root, CHART_CLASSES.target).filter((n) => n.name === 'line'), 0);
    const points = plotNodes(root).filter((n) => n.name === 'circle');
    assert.equal(points.length, 3);
    const ys = points.map((p) => Number(p.attrs.cy));
    const ty = Number(target.attrs.y1);
    assert.ok(at(ys, 0) < at(ys, 1) && at(ys, 1) < ty && ty < at(ys, 2), `40 above 30 above target 10 above 8: ${ys.join(', ')} / ${ty}`);
    assert.ok(walk(root).some((n) => n.name === 'text' && n.text === 'target 10 pages'));
    assert.equal(root.attrs.role, 'group', 'a point with a source makes the chart a group of buttons');
  });

  it('a rising target and a metric without a unit', () => {
    const chart = metricChart({ title: 'Talks', target: 4, points: [{ date: '2026-01-05', value: 1 }] });
    checkSvg(chart.svg);
    assert.match(chart.table.caption, /target 4 \(higher is better\)/);
    assert.deepEqual(chart.table.rows, [['2026-01-05', '1', '3 to go']]);
  });
});

describe('charts: calendar', () => {
  it('52 focusable weeks named in words, one tab stop, and a 52-row table', () => {
    assert.equal(WEEKS.length, 52);
    const chart = calendarChart(WEEKS);
    const root = checkSvg(chart.svg);
    const weeks = byClass(root, CHART_CLASSES.week);
    assert.equal(weeks.length, 52);
    assert.equal(byClass(root, CHART_CLASSES.cell).filter((n) => n.name === 'rect').length, 104);
    assert.equal(weeks.filter((w) => w.attrs.tabindex === '0').length, 1);
    assert.equal(at(weeks, -1).attrs.tabindex, '0', 'the newest week is the tab stop');
    assert.equal(at(weeks, -1).attrs['aria-label'], 'Week of 2026-11-23: weekly and monthly review, 2 wins');
    assert.equal(at(weeks, 0).attrs['aria-label'], `Week of ${at(WEEKS, 0).start}: no review, 0 wins`);
    const last = at(weeks, -1);
    const reviewCell = at(last.children.filter((c) => c.name === 'rect'), 0);
    assert.ok(classesOf(reviewCell).includes(CHART_CLASSES.cellWeekly) && classesOf(reviewCell).includes(CHART_CLASSES.cellMonthly));
    assert.ok(classesOf(at(last.children.filter((c) => c.name === 'rect'), 1)).includes(CHART_CLASSES.wins2));

    assert.deepEqual(chart.table.columns, ['Week of', 'Reviews', 'Wins']);
    assert.equal(chart.table.rows.length, 52);
    assert.deepEqual(at(chart.table.rows, -1), ['2026-11-23', 'weekly and monthly', '2']);
    assert.deepEqual(at(chart.table.rows, -4), ['2026-11-02', 'weekly', '0']);
    assert.deepEqual(at(chart.table.rows, 0), [at(WEEKS, 0).start, 'none', '0']);
  });
});

describe('charts: wins by month', () => {
  it('stacks wins by goal per month, empty months included, a class per goal cycling through six colours', () => {
    const titles: Record<string, string> = {};
    for (let k = 0; k < 8; k++) titles[`g${k}`] = `Goal ${k}`;
    const wins = [
      { date: '2026-01-03', goal: 'g0' },
      { date: '2026-01-20', goal: 'g0' },
      { date: '2026-01-21', goal: 'g6' },
      { date: '2026-03-02' },
      { date: '2026-03-05', goal: 'gone' },
    ];
    const chart = winsByMonthChart(wins, titles);
    const root = checkSvg(chart.svg);
    assert.deepEqual(chart.table.columns, ['Month', 'Goal 0', 'Goal 6', 'gone', 'No goal', 'Total']);
    assert.deepEqual(chart.table.rows, [
      ['Jan 2026', '2', '1', '0', '0', '3'],
      ['Feb 2026', '0', '0', '0', '0', '0'],
      ['Mar 2026', '0', '0', '1', '1', '2'],
    ]);
    const bars = byClass(root, CHART_CLASSES.bar);
    assert.equal(bars.length, 4);
    assert.equal(byClass(root, CHART_CLASSES.series0).length, 2, 'g0 and g6 share the first colour');
    assert.ok(byClass(root, CHART_CLASSES.seriesNone).length >= 2);
    assert.ok(walk(root).some((n) => n.name === 'text' && n.text === 'No goal'), 'the legend names "no goal" in words');
  });

  it('counts commits linked to goals per week, Monday to Sunday, empty weeks included', () => {
    const chart = commitsByWeekChart(
      [
        { date: '2026-11-02', goal: 'a' },
        { date: '2026-11-08', goal: 'a' },
        { date: '2026-11-09', goal: 'b' },
        { date: '2026-11-25', goal: 'a' },
      ],
      { a: 'Ship the CLI', b: 'Give a talk' },
    );
    checkSvg(chart.svg);
    assert.equal(chart.table.caption, 'Commits by week');
    assert.deepEqual(chart.table.columns, ['Week of', 'Ship the CLI', 'Give a talk', 'Total']);
    assert.deepEqual(chart.table.rows, [
      ['Nov 2, 2026', '2', '0', '2'],
      ['Nov 9, 2026', '0', '1', '1'],
      ['Nov 16, 2026', '0', '0', '0'],
      ['Nov 23, 2026', '1', '0', '1'],
    ]);
    assert.match(chart.svg, /4 commits from week of Nov 2, 2026 to week of Nov 23, 2026/);
    assert.match(textOf(checkSvg(commitsByWeekChart([], {}).svg)), /No commits of yours name a goal/);
  });

  it('no wins gives a notice', () => {
    const chart = winsByMonthChart([], {});
    assert.match(textOf(checkSvg(chart.svg)), /No wins logged yet/);
    assert.deepEqual(chart.table.rows, []);
  });
});

describe('charts: values balance', () => {
  it('flags a value with no active goal and no win in words and by class', () => {
    const chart = valuesBalanceChart([
      { value: 'Health & <family>', activeGoals: 0, wins: 0 },
      { value: 'Craft', activeGoals: 2, wins: 5 },
    ]);
    const root = checkSvg(chart.svg);
    assert.ok(chart.svg.includes('Health &amp; &lt;family&gt;'));
    const flagged = byClass(root, CHART_CLASSES.unserved);
    assert.ok(flagged.some((n) => n.text === 'nothing serves this value'));
    assert.ok(flagged.some((n) => n.text === 'Health & <family>'));
    assert.deepEqual(chart.table.rows, [
      ['Health & <family>', '0', '0', 'nothing serves this value'],
      ['Craft', '2', '5', ''],
    ]);
    assert.match(at(root.children, 1).text, /nothing serves this value: Health & <family>/);
    assert.equal(byClass(root, CHART_CLASSES.barGoals).length, 1);
  });
});

describe('charts: sparkline', () => {
  it('shows the last eight values at 80×20 and reads them out as percents', () => {
    const svg = sparkline([0.01, 0.02, 0.1, 0.2, 0.3, 0.4, 0.42, 0.5, 0.55, 1]);
    const root = checkSvg(svg);
    assert.equal(root.attrs.role, 'img');
    assert.equal(root.attrs.width, '80');
    assert.equal(root.attrs.height, '20');
    assert.equal(root.attrs['aria-label'], 'Progress, oldest first: 10%, 20%, 30%, 40%, 42%, 50%, 55%, 100%');
    assert.equal(byClass(root, CHART_CLASSES.spark).length, 1);
    assert.equal(byClass(root, CHART_CLASSES.sparkDot).length, 1);
  });

  it('one value or none still gives a named image', () => {
    assert.equal(parseXml(sparkline([0.3])).attrs['aria-label'], 'Progress, oldest first: 30%');
    assert.match(parseXml(sparkline([])).attrs['aria-label'] ?? '', /no figures yet/);
  });
});

describe('charts: output', () => {
  it('the same input gives the same string', () => {
    const a = allCharts('Plan');
    const b = allCharts('Plan');
    for (const k of Object.keys(a)) assert.deepEqual(a[k], b[k], k);
  });

  it('user text is escaped everywhere it appears', () => {
    const evil = '<script>alert(1)</script>" onload="x\' &amp;';
    for (const [name, chart] of Object.entries(allCharts(evil))) {
      assert.ok(!chart.svg.includes('<script'), `${name}: no raw <script`);
      assert.ok(!chart.svg.includes('" onload="'), `${name}: no attribute breakout`);
      checkSvg(chart.svg);
    }
  });

  it('the d3 libraries the charts bundle use no eval and inject no <style>', () => {
    for (const pkg of ['d3-scale', 'd3-shape', 'd3-time', 'd3-time-format', 'd3-array', 'd3-interpolate', 'd3-color', 'd3-format', 'd3-path', 'internmap']) {
      const dist = path.join(ROOT, 'node_modules', pkg, 'dist');
      for (const file of fs.readdirSync(dist).filter((f) => f.endsWith('.mjs') || (f.endsWith('.js') && !f.endsWith('.min.js')))) {
        const src = fs.readFileSync(path.join(dist, file), 'utf8');
        assert.ok(!/\bnew Function\b|\beval\(/.test(src), `${pkg}/${file} uses no eval`);
        assert.ok(!/createElement\(\s*["']style/.test(src), `${pkg}/${file} injects no <style>`);
      }
    }
  });
});

describe('overallChart: a span the axis covers', () => {
  it('places a lone point where it falls in the span, not in the middle of the axis', () => {
    const point: HistoryPoint = { date: '2026-12-01', source: 'today', overall: 0.3, goals: {} };
    const cx = (svg: string) => Number(/cg-chart-point-today"[^>]*cx="([\d.]+)" cy="[\d.]+" r="5"/.exec(svg)?.[1]);
    const alone = overallChart([point], { palette: 'fixed', width: 720, interactive: false });
    const spanned = overallChart([point], { palette: 'fixed', width: 720, interactive: false, span: ['2026-01-01', '2026-12-31'] });
    assert.ok(cx(spanned.svg) > 0.85 * 720, `December is near the right end of the year: ${cx(spanned.svg)}`);
    assert.ok(Math.abs(cx(alone.svg) - cx(spanned.svg)) > 100, 'the span moved it');
    assert.match(spanned.svg, />Apr</);
    assert.deepEqual(spanned.table, alone.table, 'the table is the same numbers');
  });
});

describe('charts: pauses', () => {
  const PAUSES = [
    { from: '2026-03-02', to: '2026-03-31', note: 'Parental leave' },
    { from: '2026-08-10', to: '2026-08-20', note: null },
  ];

  it('the overall chart shades a pause on its axis, names it in the legend, the description and the table, and leaves out one beyond it', () => {
    const chart = overallChart(HISTORY, { pauses: [{ from: '2026-10-12', to: '2026-10-25', note: 'Winter <break>' }, { from: '2027-03-01', to: '2027-03-05' }] });
    const root = checkSvg(chart.svg);
    const rects = byClass(root, CHART_CLASSES.pause).filter((n) => n.name === 'rect');
    assert.deepEqual(rects.map((r) => r.attrs['data-pause']), ['2026-10-12']);
    assert.ok(walk(root).some((n) => n.name === 'text' && n.text === 'Paused'), 'the legend says "Paused"');
    assert.match(at(root.children, 1).text, /Paused 2026-10-12 to 2026-10-25 \(Winter <break>\)/);
    assert.deepEqual(chart.table.rows[2], ['2026-10-12', 'Paused 2026-10-12 to 2026-10-25 (Winter <break>)', '—']);
    assert.equal(chart.table.rows.length, HISTORY.length + 1);
    // Its left edge is the pause's first day, on the same scale as the points.
    const x = (iso: string): number => Number(byClass(root, CHART_CLASSES.point).find((n) => (n.attrs['aria-label'] ?? '').includes(iso))?.attrs.cx);
    const left = Number(at(rects, 0).attrs.x);
    assert.ok(left > x('2026-10-03') && left < x('2026-11-21'), `the shading starts between the points around it: ${left}`);
    assert.equal(byClass(checkSvg(overallChart(HISTORY).svg), CHART_CLASSES.pause).length, 0, 'no pause, no shading');
  });

  it('the pace line stands still through each pause, and its table says so', () => {
    const chart = goalPaceChart(PACE, { pauses: PAUSES });
    const root = checkSvg(chart.svg);
    assert.deepEqual(byClass(root, CHART_CLASSES.pause).filter((n) => n.name === 'rect').map((r) => r.attrs['data-pause']), ['2026-03-02', '2026-08-10']);
    // Start, each pause's eve and last day, due: six turns, two of them flat.
    const d = at(byClass(root, CHART_CLASSES.pace), 0).attrs.d ?? '';
    const ys = [...d.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => Number(m[2]));
    assert.equal(ys.length, 6, d);
    assert.equal(ys[1], ys[2], 'flat through the first pause');
    assert.equal(ys[3], ys[4], 'flat through the second pause');
    // The 41 paused days are not made up: at due the line stands at 323 of 364 days.
    const atDue = goalPaceChart({ ...PACE, points: [{ date: '2026-12-31', progress: 1 }] }, { pauses: PAUSES }).table.rows.find((r) => r[0] === '2026-12-31');
    assert.equal(atDue?.[3], '88%');
    assert.deepEqual(chart.table.rows.find((r) => r[0] === '2026-03-02'), ['2026-03-02', 'Paused 2026-03-02 to 2026-03-31 (Parental leave)', '—', '16% (stands still)', '—']);
    assert.deepEqual(chart.table.rows.find((r) => r[0] === '2026-08-10'), ['2026-08-10', 'Paused 2026-08-10 to 2026-08-20', '—', '52% (stands still)', '—']);
  });

  it('agrees with the tree through pauses: the same expected progress, behind exactly when it says so, the same days of buffer', () => {
    const start = isoToDay('2026-01-01');
    const due = isoToDay('2026-12-31');
    const spans = PAUSES.map((p) => ({ from: isoToDay(p.from), to: isoToDay(p.to) }));
    fc.assert(
      fc.property(fc.integer({ min: start, max: due }), fc.integer({ min: 0, max: 100 }), (day, pct) => {
        const date = dayToIso(day);
        const progress = pct / 100;
        const { table } = goalPaceChart({ ...PACE, checkpoints: [], points: [{ date, progress }] }, { pauses: PAUSES });
        const row = table.rows.find((r) => r[1] === 'Progress') ?? [];
        const goal = { id: 'g', title: 'g', horizon: 'short', status: 'active', start: '2026-01-01', due: '2026-12-31', tasks: [], checkpoints: [], resources: [], values: [], notes: [] } as unknown as Goal;
        const pace = goalPace(goal, progress, new Date(2026, 0, 1 + (day - start), 12), spans);
        assert.ok(pace.kind === 'behind' || pace.kind === 'on-track', `${date}: ${pace.kind}`);
        assert.equal(row[3], percentLabel(pace.expected), `${date} ${pct}%: expected`);
        if (pace.kind === 'behind') assert.match(row[4] ?? '', /days? behind \(behind\)$/, `${date} ${pct}%`);
        else assert.equal((row[4] ?? '').replace(/ \(.*$/, ''), pace.bufferDays === 0 ? 'less than a day of buffer' : `${pace.bufferDays} day${pace.bufferDays === 1 ? '' : 's'} of buffer`, `${date} ${pct}%`);
      }),
      { numRuns: 400 },
    );
  });
});
