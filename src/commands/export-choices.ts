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

/** The label of one choice: the format and, for a brag document, the layout. */
function shapeLabel(kind: ReportKind, shape: ExportShape): string {
  if (kind !== 'brag') return shape.format === 'markdown' ? vscode.l10n.t('Markdown') : vscode.l10n.t('HTML page');
  if (shape.format === 'markdown') return shape.layout === 'brag' ? vscode.l10n.t('Markdown, brag layout') : vscode.l10n.t('Markdown, by goal');
  return shape.layout === 'brag' ? vscode.l10n.t('HTML page, brag layout') : vscode.l10n.t('HTML page, by goal');
}

/** What a format gives, under its label. */
function formatDetail(format: ExportShape['format']): string {
  return format === 'markdown' ? vscode.l10n.t('Opens beside its preview; the chart is an SVG file next to it') : vscode.l10n.t('One self-contained page with its charts, to open in a browser, paste or print to PDF');
}

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
      label: shapeLabel(kind, shape),
      description: this.last && sameShape(shape, this.last, kind) ? vscode.l10n.t('last used') : undefined,
      detail: formatDetail(shape.format),
      shape,
    }));
    const picked = await this.prompts.pick(items, {
      title: vscode.l10n.t('{0}: format', title),
      placeHolder: kind === 'brag' ? vscode.l10n.t('Write it as Markdown or as an HTML page, in which layout?') : vscode.l10n.t('Write it as Markdown or as an HTML page?'),
    });
    if (!picked) return undefined;
    await this.memory.update(MEMORY_KEY, picked.shape);
    return picked.shape;
  }
}
