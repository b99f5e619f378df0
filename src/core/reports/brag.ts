/**
 * The brag document: what a person achieved and learned in a period, in the shape the
 * brag-document and promotion-packet practice uses, as Markdown with front matter.
 */
import * as l10n from '@vscode/l10n';
import type { ReportSources } from './data';
import { factsOf } from './data';
import { frontMatter, heading } from './markdown';
import type { ReportKind, ReportPeriod } from './period';
import { bragLayoutSections, type BragLayout } from './brag-layout';
import { achievedSection, checkpointsSection, lessonsSection, nextSection, notStarted, progressSection, sectionContext, summarySection, winsSection, type SectionContext } from './sections';

/** Options both report builders take. */
export interface ReportOptions {
  /**
   * File name of the overall-progress chart written beside the Markdown
   * (`brag-2026-Q4.svg`); the document links it. Without it there is no chart link
   * (stdout has no file beside it).
   */
  chartFile?: string;
  /** A brag document's layout: `brag` (the default, the shape reviewers know) or `by-goal`. The quarterly report has one shape. */
  layout?: BragLayout;
  /** The values whose goals' wins the brag layout lists under Growing others (default: mentorship, mentoring). */
  growingOthers?: readonly string[];
}

/** `![Overall progress](brag-2026-Q4.svg)`, or nothing. */
function chartLink(opts: ReportOptions): string[] {
  if (!opts.chartFile) return [];
  // Angle brackets keep a name with spaces or parentheses one link target.
  const target = /^[\w.-]+$/.test(opts.chartFile) ? opts.chartFile : `<${opts.chartFile.replace(/[<>\n\r]/g, '')}>`;
  return ['', `![${l10n.t('Overall progress')}](${target})`];
}

/**
 * The brag document of `period`: front matter (`kind: brag`, `period`, `from`, `to`,
 * `generated`), the Summary, then in the `brag` layout the goals for the period, what
 * I shipped and its impact, growing others, design and documentation, and what I
 * learned (brag-layout.ts); in the `by-goal` layout Goals achieved, Progress by goal,
 * Wins, Checkpoints reached, What I learned and Next.
 */
export function bragDocument(src: ReportSources, period: ReportPeriod, opts: ReportOptions = {}): string {
  const ctx = sectionContext(src, period, factsOf(src));
  // A period that has not started has nothing recorded: the Summary says so once, and only Next follows.
  const body = notStarted(ctx)
    ? [nextSection(ctx)]
    : (opts.layout ?? 'brag') === 'brag'
      ? bragLayoutSections(ctx, opts.growingOthers)
      : [achievedSection(ctx), progressSection(ctx), winsSection(ctx), checkpointsSection(ctx), lessonsSection(ctx), nextSection(ctx)];
  const parts = [...reportOpening(ctx, 'brag', l10n.t('Brag document'), opts), ...body];
  return reportText(parts);
}

/**
 * The start both reports share: front matter (`kind`, `period`, `from`, `to`,
 * `generated`), the title (`<title>: <period>`), and the Summary with the chart link.
 */
export function reportOpening(ctx: SectionContext, kind: ReportKind, title: string, opts: ReportOptions): string[] {
  const { period } = ctx;
  return [
    frontMatter([
      ['kind', kind],
      ['period', period.label],
      ['from', period.from],
      ['to', period.to],
      ['generated', ctx.today],
    ]),
    '',
    heading(1, `${title}: ${period.kind === 'custom' ? l10n.t('{0} to {1}', period.from, period.to) : period.label}`),
    '',
    [summarySection(ctx), ...chartLink(opts)].join('\n'),
  ];
}

/** The parts as one document: blank lines between them, never two in a row, a final newline. */
export function reportText(parts: readonly string[]): string {
  return `${parts.join('\n\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
