/**
 * Export Brag Document… and Export Quarterly Report…: the period is asked for (or
 * given as an argument), the Markdown and its chart (or, as `careerGoals.reportFormat`
 * or the `format` argument says, one self-contained HTML page) are written into the
 * reports folder as new files (never over an existing one) in one WorkspaceEdit, and
 * the Markdown opens with its preview beside it, so the person sees it before sharing.
 * A plan that could not be read is not reported on. The words and numbers come from
 * core/reports/, which the `career-goals export` command line shares.
 */
import * as vscode from 'vscode';
import { BRAG_LAYOUTS, bragDocument, customPeriod, PERIOD_CHOICE_LABELS, PERIOD_CHOICES, periodOf, periodOfSpec, quarterPeriod, quarterlyReport, reportFiles, reportHtmlFile, unreadableProblem, type BragLayout, type ReportKind, type ReportPeriod } from '../core/reports';
import { parseIsoDay, todayIso } from '../core/time/dates';
import { displayDay } from '../core/time/display';
import { yearStartName } from '../core/time/fiscal-quarter';
import { shiftQuarter } from '../core/time/quarter';
import { bragLayout, growingOthersValues, reportFormat, reportsFolderPath } from '../host/config';
import { pickFolder } from '../host/folder-pick';
import { historyOf } from '../host/history';
import { folderInside } from '../host/journal-path';
import { withJournalText } from '../host/journal-reader';
import type { EvidenceReader } from '../host/evidence';
import type { CommitHistory } from '../host/git-history';
import type { Logger } from '../host/log';
import { displayLanguage } from '../host/l10n';
import { field } from '../host/targets';
import type { GoalsStore } from '../host/types';
import { reportChartSvg } from '../shared/report-chart';
import { reportHtml } from '../shared/report-html';
import type { ExportChoices, ExportPrompts } from './export-choices';

/** What a Markdown export wrote, for tests and other extensions. */
interface MarkdownExport {
  markdown: vscode.Uri;
  chart: vscode.Uri;
  period: ReportPeriod;
}

/** What an HTML export wrote. */
interface HtmlExport {
  html: vscode.Uri;
  period: ReportPeriod;
}

/** What an export wrote, for tests and other extensions. */
export type ExportResult = MarkdownExport | HtmlExport;

/** The command's name in the Output channel, which stays English. */
const TITLES: Record<ReportKind, string> = { brag: 'Export Brag Document', report: 'Export Quarterly Report' };

/** The command's name as the person reads it, in the display language. */
function titleOf(kind: ReportKind): string {
  return kind === 'brag' ? vscode.l10n.t('Export Brag Document') : vscode.l10n.t('Export Quarterly Report');
}

/**
 * Runs an export. `arg` may be a folder (Uri) or `{ folder?, period?, quarter?, from?, to?, open?, format?, layout? }`,
 * where `period` is one of PERIOD_CHOICES, `quarter` is `YYYY-Qn` (`FYyyyy-Qn` when the plan's
 * `rhythm.year_starts` is not January), `format` is `markdown` or
 * `html` and `layout` (a brag document's) `brag` or `by-goal`. Without a period it asks
 * for one, and then for the format and layout too (`choices`, the last choice first);
 * given a period, it asks nothing more and takes the settings for what it leaves out.
 */
export async function exportReport(kind: ReportKind, store: GoalsStore, git: CommitHistory, log: Logger, arg: unknown, choices: ExportChoices, evidence?: EvidenceReader): Promise<ExportResult | undefined> {
  const state = await pickFolder(
    store,
    field(arg, 'folder') ?? arg,
    kind === 'brag' ? vscode.l10n.t('Which folder’s brag document do you want to export?') : vscode.l10n.t('Which folder’s quarterly report do you want to export?'),
    vscode.l10n.t('There is no goals file to report on yet.'),
  );
  if (!state) return undefined;
  const now = new Date();
  // Quarters, halves and years are those of the plan's own year.
  const yearStarts = state.analysis.parse.model.rhythm?.yearStarts;
  const given = periodFromArg(kind, arg, now, yearStarts);
  const period = given ?? (await askPeriod(kind, now, yearStarts, choices.prompts));
  if (!period) return undefined;
  if ('error' in period) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Career Goals: {0}', period.error));
    return undefined;
  }
  const problem = unreadableProblem(state.analysis);
  if (problem) {
    const file = vscode.workspace.asRelativePath(state.uri);
    void vscode.window.showErrorMessage(
      kind === 'brag'
        ? vscode.l10n.t('Career Goals: the brag document was not written, because {0} could not be read: {1} See the Problems panel.', file, problem.message)
        : vscode.l10n.t('Career Goals: the quarterly report was not written, because {0} could not be read: {1} See the Problems panel.', file, problem.message),
    );
    return undefined;
  }
  const fromArg = shapeFromArg(state.folder, arg);
  if ('error' in fromArg) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Career Goals: {0}', fromArg.error));
    return undefined;
  }
  // Asked like the period: only when the person is choosing, not when a script said what it wants.
  const interactive = given === undefined && field(arg, 'format') === undefined && field(arg, 'layout') === undefined;
  const chosen = interactive ? await choices.askShape(kind, titleOf(kind), fromArg) : fromArg;
  if (!chosen) return undefined;
  const shape = { ...fromArg, ...chosen };
  const setting = reportsFolderPath(state.folder);
  const dir = folderInside(state.folder.uri, setting);
  if (!dir) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Career Goals: the careerGoals.reportsFolder setting (“{0}”) must name a folder inside the workspace folder. Change it to a relative path such as “reports”.', setting),
    );
    return undefined;
  }
  const existing = await vscode.workspace.fs.readDirectory(dir).then(
    (entries) => entries.map(([name]) => name),
    () => [] as string[],
  );
  const tooMany = (): undefined => {
    void vscode.window.showErrorMessage(vscode.l10n.t('Career Goals: {0} already holds too many exports of {1}. Move some elsewhere and export again.', vscode.workspace.asRelativePath(dir), period.label));
    return undefined;
  };
  const history = await historyOf(state, git, log, now);
  const journal = await withJournalText(state.folder.uri, state.journal);
  // The person's commits under each goal, when git has repositories to read (not on the web).
  const work = await evidence?.evidence(state, { since: period.from, until: period.to });
  const sources = { analysis: state.analysis, history, journal, now, ...(work && work.unlinked.length > 0 && { evidence: work }) };
  const document = (chartFile?: string): string => {
    const files = chartFile !== undefined ? { chartFile } : {};
    return kind === 'brag' ? bragDocument(sources, period, { ...files, layout: shape.layout, growingOthers: shape.growingOthers }) : quarterlyReport(sources, period, files);
  };
  const encoder = new TextEncoder();
  const edit = new vscode.WorkspaceEdit();
  if (shape.format === 'html') {
    const name = reportHtmlFile(kind, period, existing);
    if (!name) return tooMany();
    const html = vscode.Uri.joinPath(dir, name);
    edit.createFile(html, { overwrite: false, ignoreIfExists: false, contents: encoder.encode(reportHtml({ markdown: document(), history, period, goals: state.analysis.parse.model.goals })) });
    if (!(await applyNew(edit, html))) return undefined;
    log.info(`${TITLES[kind]}: wrote ${html.toString()}`);
    if (field<boolean>(arg, 'open') !== false) await revealHtml(html, log);
    return { html, period };
  }
  const names = reportFiles(kind, period, existing);
  if (!names) return tooMany();
  const markdown = vscode.Uri.joinPath(dir, names.markdown);
  const chart = vscode.Uri.joinPath(dir, names.chart);
  // New files only (overwrite off): a report the person has edited since is never replaced.
  edit.createFile(chart, { overwrite: false, ignoreIfExists: false, contents: encoder.encode(reportChartSvg(history, period)) });
  edit.createFile(markdown, { overwrite: false, ignoreIfExists: false, contents: encoder.encode(document(names.chart)) });
  if (!(await applyNew(edit, markdown))) return undefined;
  log.info(`${TITLES[kind]}: wrote ${markdown.toString()} and ${chart.toString()}`);
  if (field<boolean>(arg, 'open') !== false) await openWithPreview(markdown, log);
  return { markdown, chart, period };
}

/** Applies an edit of new files; says so when it could not be applied. */
async function applyNew(edit: vscode.WorkspaceEdit, main: vscode.Uri): Promise<boolean> {
  if (await vscode.workspace.applyEdit(edit, { isRefactoring: false })) return true;
  void vscode.window.showErrorMessage(vscode.l10n.t('Career Goals: couldn’t write {0}. Check that the folder can be written to, then export again.', vscode.workspace.asRelativePath(main)));
  return false;
}

/**
 * Opens the Markdown, then the built-in Markdown preview beside it, so the person sees
 * the report (with its chart) before sharing it. Without the built-in Markdown
 * extension (it can be disabled) the Markdown alone stays open.
 */
async function openWithPreview(markdown: vscode.Uri, log: Logger): Promise<void> {
  await vscode.window.showTextDocument(markdown, { preview: false });
  try {
    await vscode.commands.executeCommand('markdown.showPreviewToSide', markdown);
  } catch (e) {
    log.info(`Export: no Markdown preview (${e instanceof Error ? e.message : String(e)}); the Markdown is open.`);
  }
}

/**
 * Shows where the HTML page was written: selected in the Explorer, with a message that
 * offers to open it in the browser, where it is read, pasted or printed to PDF. A page
 * in VS Code's own editor would be its source, not the document. Only a file on this
 * machine opens in a browser; elsewhere (a remote, the web) the Explorer's Download…
 * brings it to one.
 */
async function revealHtml(html: vscode.Uri, log: Logger): Promise<void> {
  try {
    await vscode.commands.executeCommand('revealInExplorer', html);
  } catch (e) {
    log.info(`Export: couldn't reveal ${html.toString()} in the Explorer (${e instanceof Error ? e.message : String(e)}).`);
  }
  const where = vscode.workspace.asRelativePath(html);
  const local = html.scheme === 'file' && vscode.env.remoteName === undefined && vscode.env.uiKind === vscode.UIKind.Desktop;
  if (!local) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Career Goals: wrote {0}, one page with its charts. Download it from the Explorer (right-click it, then Download…) to open it in a browser, paste it or print it to PDF.', where),
    );
    return;
  }
  const OPEN = vscode.l10n.t('Open in Browser');
  void vscode.window.showInformationMessage(vscode.l10n.t('Career Goals: wrote {0}, one page with its charts, to read in a browser, paste or print to PDF.', where), OPEN).then((answer) => {
    if (answer === OPEN) void vscode.env.openExternal(html);
  });
}

/** An argument's value in a message: `“pdf”`, or its type when it is not text. */
function describeArg(v: unknown): string {
  return typeof v === 'string' ? `“${v.slice(0, 40)}”` : vscode.l10n.t('A {0}', typeof v);
}

/** The format and layout an argument names, else the settings'; an error for a value that is neither. */
function shapeFromArg(folder: vscode.WorkspaceFolder, arg: unknown): { format: 'markdown' | 'html'; layout: BragLayout; growingOthers: string[] } | { error: string } {
  const format = field<unknown>(arg, 'format') ?? reportFormat(folder);
  if (format !== 'markdown' && format !== 'html') return { error: vscode.l10n.t('{0} is not a format: use markdown or html.', describeArg(format)) };
  const layout = field<unknown>(arg, 'layout') ?? bragLayout(folder);
  if (typeof layout !== 'string' || !(BRAG_LAYOUTS as readonly string[]).includes(layout)) return { error: vscode.l10n.t('{0} is not a layout: use {1} or {2}.', describeArg(layout), BRAG_LAYOUTS[0], BRAG_LAYOUTS[1]) };
  return { format, layout: layout as BragLayout, growingOthers: growingOthersValues(folder) };
}

/** The period an argument names, an error for a bad one, or undefined to ask. */
function periodFromArg(kind: ReportKind, arg: unknown, now: Date, yearStarts: number | undefined): ReportPeriod | { error: string } | undefined {
  const text = (name: string): string | undefined => {
    const v = field<string>(arg, name);
    return typeof v === 'string' ? v : undefined;
  };
  // `to` as given, as before: customPeriod reports a value that is not a date.
  const r = periodOfSpec(kind, { quarter: text('quarter'), choice: text('period'), from: text('from'), to: field<string>(arg, 'to') }, now, yearStarts);
  if (!r) return undefined;
  if (r.ok) return r.period;
  switch (r.problem) {
    case 'quarter':
    case 'dates':
      return { error: r.error };
    case 'choice':
      return { error: vscode.l10n.t('“{0}” is not a period: use one of {1}.', r.choice.slice(0, 40), PERIOD_CHOICES.join(', ')) };
    case 'not-a-quarter':
      return { error: vscode.l10n.t('A quarterly report covers a quarter: this-quarter or last-quarter.') };
  }
}

type PeriodItem = vscode.QuickPickItem & { period?: ReportPeriod; custom?: 'dates' | 'quarter' };

/** Asks for the period: the named ones with their dates, then custom dates (brag) or another quarter (report). */
async function askPeriod(kind: ReportKind, now: Date, yearStarts: number | undefined, prompts: ExportPrompts): Promise<ReportPeriod | undefined> {
  const locale = displayLanguage();
  const choices = kind === 'brag' ? PERIOD_CHOICES : (['this-quarter', 'last-quarter'] as const);
  const items: PeriodItem[] = choices.map((c) => {
    const period = periodOf(c, now, yearStarts);
    // The label too: with a fiscal year, FY2027-Q4 is not the quarter a person would guess from the dates.
    const from = displayDay(period.from, locale);
    const to = displayDay(period.to, locale);
    const description = period.kind === 'custom' ? vscode.l10n.t('{0} to {1}', from, to) : vscode.l10n.t('{0}: {1} to {2}', period.label, from, to);
    return { label: PERIOD_CHOICE_LABELS[c], description, detail: undefined, period };
  });
  const example = shiftQuarter(periodOf('this-quarter', now, yearStarts).label, -2) ?? '2026-Q2';
  items.push(
    kind === 'brag'
      ? { label: vscode.l10n.t('Custom dates…'), description: vscode.l10n.t('from and to, YYYY-MM-DD'), custom: 'dates' }
      : { label: vscode.l10n.t('Another quarter…'), description: vscode.l10n.t('e.g. {0}', example), custom: 'quarter' },
  );
  const picked = await prompts.pick(items, {
    title: titleOf(kind),
    placeHolder: kind === 'brag' ? vscode.l10n.t('Which period should the brag document cover?') : vscode.l10n.t('Which quarter should the report cover?'),
  });
  if (!picked) return undefined;
  if (picked.period) return picked.period;
  return picked.custom === 'quarter' ? askQuarter(now, yearStarts, prompts) : askDates(now, prompts);
}

async function askQuarter(now: Date, yearStarts: number | undefined, prompts: ExportPrompts): Promise<ReportPeriod | undefined> {
  const value = await prompts.input({
    title: vscode.l10n.t('{0}: quarter', titleOf('report')),
    prompt: yearStarts !== undefined && yearStarts !== 1 ? vscode.l10n.t('The quarter, as FYyyyy-Qn: your year starts in {0}', yearStartName(yearStarts)) : vscode.l10n.t('The quarter, as YYYY-Qn'),
    value: periodOf('last-quarter', now, yearStarts).label,
    validateInput: (v) => {
      const r = quarterPeriod(v.trim(), yearStarts);
      return r.ok ? undefined : r.error;
    },
  });
  if (value === undefined) return undefined;
  const r = quarterPeriod(value.trim(), yearStarts);
  return r.ok ? r.period : undefined;
}

async function askDates(now: Date, prompts: ExportPrompts): Promise<ReportPeriod | undefined> {
  const dayProblem = (v: string): string | undefined => {
    const d = parseIsoDay(v.trim());
    return typeof d === 'number'
      ? undefined
      : d === 'format'
        ? vscode.l10n.t('Write the date as YYYY-MM-DD, for example 2026-01-01.')
        : vscode.l10n.t('That date is not in the calendar: check the month and the day.');
  };
  const from = await prompts.input({
    title: vscode.l10n.t('{0}: from', titleOf('brag')),
    prompt: vscode.l10n.t('The first day of the period, YYYY-MM-DD'),
    placeHolder: vscode.l10n.t('e.g. {0}', '2026-01-01'),
    validateInput: dayProblem,
  });
  if (from === undefined) return undefined;
  const to = await prompts.input({
    title: vscode.l10n.t('{0}: to', titleOf('brag')),
    prompt: vscode.l10n.t('The last day of the period, from {0} on', from.trim()),
    value: todayIso(now),
    validateInput: (v) => {
      const r = customPeriod(from.trim(), v.trim());
      return r.ok ? undefined : r.error;
    },
  });
  if (to === undefined) return undefined;
  const r = customPeriod(from.trim(), to.trim());
  return r.ok ? r.period : undefined;
}
