/**
 * A small sparkle when a win is added: celebrating progress is one of the framework's
 * practices. Nothing moves when VS Code asks for reduced motion (`vscode-reduce-motion`
 * on <body>) or the OS does.
 */
import { h } from './dom';

/** True when animations should be skipped. */
function reduceMotion(): boolean {
  return document.body.classList.contains('vscode-reduce-motion') || window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

/** Bursts a few sparkles from the centre of `anchor`; decorative and hidden from assistive technology. */
export function sparkle(anchor: Element): void {
  if (reduceMotion()) return;
  const r = anchor.getBoundingClientRect();
  const layer = h('div', { class: 'sparkles', 'aria-hidden': 'true', styles: { left: `${r.left + r.width / 2}px`, top: `${r.top + r.height / 2}px` } });
  const count = 10;
  for (let i = 0; i < count; i++) {
    const angle = (i / count) * Math.PI * 2;
    const dist = 28 + (i % 3) * 10;
    layer.append(h('span', { class: `spark s${i % 4}`, styles: { '--dx': `${Math.cos(angle) * dist}px`, '--dy': `${Math.sin(angle) * dist}px` } }));
  }
  document.body.append(layer);
  // Removal on a timer rather than animationend: a missed event must not leave debris.
  setTimeout(() => layer.remove(), 900);
}
