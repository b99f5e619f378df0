/**
 * A tiny, safe element builder for the review page. Every piece of text from
 * goals.yaml reaches the DOM through `textContent` or `setAttribute`, never through
 * `innerHTML`, so a goal titled `<img src=x onerror=alert(1)>` renders as text.
 */
import { primitiveText } from '../core/text/primitive-text';

/** Anything `h` accepts as a child. Falsy values are skipped so callers can write `cond && h(...)`. */
export type Child = Node | string | number | null | undefined | false | readonly Child[];

/** Attributes, properties and listeners of an element built by `h`. */
export interface Attrs {
  /** CSS class names; falsy entries are skipped. */
  class?: string | readonly (string | false | null | undefined)[];
  /** Event listeners, e.g. `{ click: () => … }`. */
  on?: Record<string, (ev: never) => void>;
  /**
   * DOM properties (not attributes), e.g. `{ checked: true, label: '…' }`. Web components
   * such as vscode-textfield only read their accessible name from the `label` property.
   */
  props?: Record<string, unknown>;
  /**
   * Inline style properties, set through the CSSOM (`style.setProperty`): the panel's
   * CSP has no 'unsafe-inline', which blocks `style="…"` attributes but not the CSSOM.
   */
  styles?: Record<string, string>;
  /** Plain attributes: `true` sets an empty attribute, `false`/`undefined`/`null` omits it, an object is written as JSON. */
  [attr: string]: unknown;
}

/**
 * Creates an element. Strings become Text nodes (never parsed as HTML).
 * @example h('button', { type: 'button', on: { click } }, 'Next')
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) applyAttrs(el, attrs);
  append(el, children);
  return el;
}

/** Applies `Attrs` to an existing element (used by `h`). */
function applyAttrs(el: HTMLElement, attrs: Attrs): void {
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'class') {
      const names = typeof value === 'string' ? [value] : ((value as readonly unknown[]) ?? []);
      for (const n of names) if (typeof n === 'string' && n) el.classList.add(...n.split(/\s+/).filter(Boolean));
    } else if (key === 'on') {
      for (const [type, fn] of Object.entries(value as Record<string, EventListener>)) el.addEventListener(type, fn);
    } else if (key === 'styles') {
      for (const [prop, v] of Object.entries(value as Record<string, string>)) el.style.setProperty(prop, v);
    } else if (key === 'props') {
      Object.assign(el, value as Record<string, unknown>);
    } else if (value === true) {
      el.setAttribute(key, '');
    } else if (value !== false && value !== undefined && value !== null) {
      el.setAttribute(key, primitiveText(value) ?? JSON.stringify(value));
    }
  }
}

/** Appends children (flattening arrays, skipping falsy values, strings as text). */
function append(parent: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (typeof c === 'string' || typeof c === 'number') parent.appendChild(document.createTextNode(String(c)));
    else if (c instanceof Node) parent.appendChild(c);
    else append(parent, c);
  }
}

/** Replaces all children of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A codicon glyph, hidden from assistive technology (the text next to it names the control). */
export function icon(name: string, extraClass?: string): HTMLElement {
  return h('span', { class: ['codicon', `codicon-${name}`, extraClass], 'aria-hidden': 'true' });
}

let idCounter = 0;
/** A document-unique id for label/aria wiring. */
export function uid(prefix = 'cg'): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}
