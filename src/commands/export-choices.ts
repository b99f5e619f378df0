/**
 * What an interactive export asks besides the period: the format (Markdown or HTML)
 * and, for a brag document, the layout, in one quick pick. The last choice in this
 * workspace comes first, so exporting again is Enter; before any choice, the settings'
 * (careerGoals.reportFormat, careerGoals.bragLayout) do. An export run with arguments
 * asks nothing and takes the settings for what it leaves out.
 */
import * as vscode from 'vscode';
import type { BragLayout, ReportKind } from '../core/reports';

/** A report's format and, for a brag document, its layout. */
export interface ExportShape {
  format: 'markdown' | 'html';
  layout: BragLayout;
}

/** How an export asks the person: VS Code's quick pick and input box, or a test's answers. */
export interface ExportPrompts {
  pick<T extends vscode.QuickPickItem>(items: readonly T[], options: vscode.QuickPickOptions): Thenable<T | undefined>;
  input(options: vscode.InputBoxOptions): Thenable<string | undefined>;
}

/** VS Code's own quick pick and input box. */
function vscodePrompts(): ExportPrompts {
  return {
    pick: (items, options) => vscode.window.showQuickPick(items, options),
    input: (options) => vscode.window.showInputBox(options),
  };
}

/** Where the last choice is kept in the workspace's state. */
const MEMORY_KEY = 'careerGoals.export.lastShape';

const FORMAT_WORDS = { markdown: 'Markdown', html: 'HTML page' } as const;
const FORMAT_DETAILS = {
  markdown: 'Opens beside its preview; the chart is an SVG file next to it',
  html: 'One self-contained page with its charts, to open in a browser, paste or print to PDF',
} as const;
const LAYOUT_WORDS: Record<BragLayout, string> = { brag: 'brag layout', 'by-goal': 'by goal' };

type ShapeItem = vscode.QuickPickItem & { shape: ExportShape };

function sameShape(a: ExportShape, b: ExportShape, kind: ReportKind): boolean {
  return a.format === b.format && (kind !== 'brag' || a.layout === b.layout);
}

function isShape(v: unknown): v is ExportShape {
  const s = v as Partial<ExportShape> | undefined;
  return (s?.format === 'markdown' || s?.format === 'html') && (s.layout === 'brag' || s.layout === 'by-goal');
}

/**
 * The person's export choices, kept in the workspace's state, and the prompts that ask
 * for them. `activate` makes one; the integration tests answer through `prompts`.
 */
export class ExportChoices {
  /** How the export asks; a test sets its own and puts this back. */
  prompts: ExportPrompts = vscodePrompts();

  constructor(private readonly memory: vscode.Memento) {}

  /** The last choice in this workspace, if any. */
  get last(): ExportShape | undefined {
    const kept = this.memory.get<unknown>(MEMORY_KEY);
    return isShape(kept) ? kept : undefined;
  }

  /** Forgets the last choice (tests put the workspace back as they found it). */
  forget(): Thenable<void> {
    return this.memory.update(MEMORY_KEY, undefined);
  }

  /**
   * Asks for the format (and a brag document's layout), the last choice first, else
   * `defaults`. Undefined when the person dismisses the pick; the choice is kept.
   */
  async askShape(kind: ReportKind, title: string, defaults: ExportShape): Promise<ExportShape | undefined> {
    // A report has no layout: its choice keeps the brag document's layout as it was.
    const first = this.last ?? defaults;
    const shapes: ExportShape[] = (['markdown', 'html'] as const).flatMap((format) => (kind === 'brag' ? (['brag', 'by-goal'] as const).map((layout) => ({ format, layout })) : [{ format, layout: first.layout }]));
    const ordered = [...shapes.filter((s) => sameShape(s, first, kind)), ...shapes.filter((s) => !sameShape(s, first, kind))];
    const items: ShapeItem[] = ordered.map((shape) => ({
      label: kind === 'brag' ? `${FORMAT_WORDS[shape.format]}, ${LAYOUT_WORDS[shape.layout]}` : FORMAT_WORDS[shape.format],
      description: this.last && sameShape(shape, this.last, kind) ? 'last used' : undefined,
      detail: FORMAT_DETAILS[shape.format],
      shape,
    }));
    const picked = await this.prompts.pick(items, { title: `${title}: format`, placeHolder: kind === 'brag' ? 'Write it as Markdown or as an HTML page, in which layout?' : 'Write it as Markdown or as an HTML page?' });
    if (!picked) return undefined;
    await this.memory.update(MEMORY_KEY, picked.shape);
    return picked.shape;
  }
}
