/**
 * The markup writer every chart uses: elements with attributes in a fixed order,
 * numbers rounded to two decimals, every attribute value and text escaped, and the
 * palette applied in one place. Strings, not a DOM, so the same code runs in the
 * webview, the extension host and the report export.
 */
import { displayFormats, type DisplayFormats } from '../../core/time/display';
import { CHART_CLASSES, FIXED_PAINT, type ChartClass } from './classes';
import { escapeXml } from './escape';
import type { ChartOptions, Palette } from './types';

/** Attribute values; `undefined` leaves the attribute out. */
export type Attrs = Record<string, string | number | undefined>;

/**
 * A coordinate or length as text: rounded to two decimals so the output is short and
 * the same on every run, and never `-0` or `NaN` (a bad number must not make an
 * invalid attribute).
 */
export function num(n: number): string {
  if (!Number.isFinite(n)) return '0';
  const r = Math.round(n * 100) / 100;
  return r === 0 ? '0' : String(r);
}

function attrText(attrs: Attrs): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    // A number written by num() is digits, a dot and a minus: nothing to escape.
    out += ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return out;
}

/** An element around markup that is already escaped (other elements); empty → self-closing. */
export function el(tag: string, attrs: Attrs, children: string | readonly string[] = ''): string {
  const inner = typeof children === 'string' ? children : children.join('');
  return inner === '' ? `<${tag}${attrText(attrs)}/>` : `<${tag}${attrText(attrs)}>${inner}</${tag}>`;
}

/** An element holding plain text, which is escaped here. */
export function textEl(tag: string, attrs: Attrs, text: string): string {
  return `<${tag}${attrText(attrs)}>${escapeXml(text)}</${tag}>`;
}

/** What a chart builder carries while it writes: the palette and the id prefix. */
export interface Ctx {
  palette: Palette;
  /** A unique id within the page: the prefix and a local name. */
  id(name: string): string;
  /** The display language's formats, when the chart is drawn for a screen (ChartOptions.locale). */
  formats?: DisplayFormats;
  /** A `YYYY-MM-DD` day as the chart writes it: in the display language, else ISO. */
  readonly day: (iso: string) => string;
}

/** The context of one chart; `kind` names the default id prefix (`cg-overall`). */
export function makeCtx(opts: ChartOptions, kind: string): Ctx {
  // Ids must be XML names: keep a safe alphabet, and start with a letter.
  let prefix = (opts.idPrefix ?? `cg-${kind}`).replace(/[^A-Za-z0-9_-]/g, '');
  if (!/^[A-Za-z_]/.test(prefix)) prefix = `cg-${kind}${prefix === '' ? '' : `-${prefix}`}`;
  // Made once per chart: a chart of two years writes a thousand days.
  const formats = opts.formats ?? (opts.locale ? displayFormats(opts.locale) : undefined);
  return { palette: opts.palette ?? 'theme', id: (name) => `${prefix}-${name}`, formats, day: (iso) => (formats ? formats.day(iso) : iso) };
}

/**
 * The `class` attribute for `classes`, and in the `fixed` palette the classes' paint as
 * presentation attributes (later classes win). Never a `style` attribute: the webview's
 * CSP has no 'unsafe-inline'.
 */
export function paint(ctx: Ctx, ...classes: readonly ChartClass[]): Attrs {
  const attrs: Attrs = { class: classes.join(' ') };
  if (ctx.palette === 'fixed') for (const c of classes) Object.assign(attrs, FIXED_PAINT[c]);
  return attrs;
}

/** What the `<svg>` element says about itself. */
export interface SvgFrame {
  width: number;
  height: number;
  /**
   * `img` for a picture; `group` when it holds focusable points or cells (an `img`'s
   * children are presentational, so its buttons would vanish for screen readers).
   */
  role: 'img' | 'group';
  title: string;
  desc: string;
  /** Also as `aria-label`, for the sparkline that is read in one breath. */
  ariaLabel?: string;
}

/** The whole `<svg>` document: root attributes, `<title>`, `<desc>`, then the body. */
export function svgRoot(ctx: Ctx, frame: SvgFrame, body: readonly string[]): string {
  const titleId = ctx.id('title');
  const descId = ctx.id('desc');
  const root = {
    xmlns: 'http://www.w3.org/2000/svg',
    ...paint(ctx, CHART_CLASSES.root),
    viewBox: `0 0 ${num(frame.width)} ${num(frame.height)}`,
    width: frame.width,
    height: frame.height,
    role: frame.role,
    'aria-labelledby': titleId,
    'aria-describedby': descId,
    'aria-label': frame.ariaLabel,
  };
  return el('svg', root, [textEl('title', { id: titleId }, frame.title), textEl('desc', { id: descId }, frame.desc), ...body]);
}

/** A hover tooltip: a `<title>` child, which SVG shows on hover and reads as the name. */
export function tooltip(text: string): string {
  return textEl('title', {}, text);
}

/** A rough text width at the charts' 11px font, for laying out legends and labels. */
export function textWidth(text: string): number {
  return Array.from(text).length * 6.2;
}

/** A "nothing to draw" notice in the middle of the drawing. */
export function notice(ctx: Ctx, width: number, height: number, text: string): string {
  return textEl('text', { ...paint(ctx, CHART_CLASSES.muted), x: width / 2, y: height / 2, 'text-anchor': 'middle', 'dominant-baseline': 'middle' }, text);
}
