/**
 * Export Brag Document… and Export Quarterly Report…, driven by their arguments: new
 * files in the reports folder (never over an existing one), the Markdown opened, bad
 * periods and a reports folder outside the workspace refused with nothing written.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerGoalsTestApi } from '../../../src/api';
import { activateExtension, fileIn, folder, readText, waitFor } from '../workspace';

interface Exported {
  markdown: vscode.Uri;
  chart: vscode.Uri;
  period: { label: string; from: string; to: string };
}

interface ExportedHtml {
  html: vscode.Uri;
  period: { label: string };
}

/** The open Markdown preview of `uri`, as a tab: a webview tab titled after the file. */
const previewTab = (uri: vscode.Uri) =>
  vscode.window.tabGroups.all
    .flatMap((g) => g.tabs.map((tab) => ({ tab, group: g })))
    .find(({ tab }) => tab.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(tab.input.viewType) && tab.label.includes(uri.path.split('/').pop() ?? '\0'));

let api: CareerGoalsTestApi;

const reports = () => fileIn('valid', 'reports');
const exists = (uri: vscode.Uri) => vscode.workspace.fs.stat(uri).then(
  () => true,
  () => false,
);

describe('export (brag document, quarterly report)', function () {
  this.timeout(30_000);

  before(async () => {
    api = await activateExtension<CareerGoalsTestApi>();
    await api.whenIdle();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(fileIn('broken', 'reports'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await vscode.workspace.getConfiguration('careerGoals', folder('valid').uri).update('reportsFolder', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    await vscode.workspace.fs.delete(reports(), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(fileIn('valid', '.vscode'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('writes a brag document and its chart as new files, opens it, and never overwrites', async () => {
    const first = await vscode.commands.executeCommand<Exported | undefined>('careerGoals.exportBragDocument', { folder: folder('valid').uri, period: 'this-year' });
    assert.ok(first, 'an export');
    const year = String(new Date().getFullYear());
    assert.equal(first.markdown.toString(), vscode.Uri.joinPath(reports(), `brag-${year}.md`).toString());
    assert.equal(first.chart.toString(), vscode.Uri.joinPath(reports(), `brag-${year}.svg`).toString());
    const text = await readText(first.markdown);
    assert.match(text, /^---\nkind: brag\nperiod: \d{4}\nfrom: \d{4}-01-01\nto: \d{4}-12-31\ngenerated: /);
    assert.ok(text.includes('Lead a platform team that ships calmly'), 'the north star');
    assert.ok(text.includes(`](brag-${year}.svg)`), 'the chart is linked beside it');
    assert.match(await readText(first.chart), /<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    await waitFor(() => vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === first.markdown.toString()), 'the brag document to open');
    // Its Markdown preview opens beside it, in another editor group, so the person sees it before sharing it.
    const preview = await waitFor(() => previewTab(first.markdown), 'the Markdown preview of the brag document beside it');
    const editorGroup = vscode.window.tabGroups.all.find((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === first.markdown.toString()));
    assert.ok(editorGroup, 'the Markdown is open in a group');
    assert.notEqual(preview.group.viewColumn, editorGroup.viewColumn, 'the preview is beside the Markdown, not over it');
    // The reviewer's shape by default (careerGoals.bragLayout: brag).
    assert.match(text, /\n## Goals for this period\n/);

    // The person edits it; a second export of the same period goes beside it.
    await vscode.workspace.fs.writeFile(first.markdown, new TextEncoder().encode(`${text}\nMy own words.\n`));
    const second = await vscode.commands.executeCommand<Exported | undefined>('careerGoals.exportBragDocument', { folder: folder('valid').uri, period: 'this-year', open: false });
    assert.ok(second);
    assert.equal(second.markdown.path.split('/').pop(), `brag-${year}-2.md`);
    assert.equal(second.chart.path.split('/').pop(), `brag-${year}-2.svg`);
    assert.ok((await readText(first.markdown)).endsWith('My own words.\n'), 'the edited export is untouched');
  });

  it('writes a quarterly report named by its quarter, in the folder the setting names', async () => {
    await vscode.workspace.getConfiguration('careerGoals', folder('valid').uri).update('reportsFolder', 'reports/quarterly', vscode.ConfigurationTarget.WorkspaceFolder);
    const r = await vscode.commands.executeCommand<Exported | undefined>('careerGoals.exportQuarterlyReport', { folder: folder('valid').uri, quarter: '2026-Q4', open: false });
    assert.ok(r);
    assert.equal(r.markdown.toString(), vscode.Uri.joinPath(reports(), 'quarterly', 'report-2026-Q4.md').toString());
    assert.match(await readText(r.markdown), /^---\nkind: report\nperiod: 2026-Q4\nfrom: 2026-10-01\nto: 2026-12-31\n/);
  });

  it('writes one self-contained HTML page with format: html, or as careerGoals.reportFormat says, and the by-goal layout when asked', async () => {
    const r = await vscode.commands.executeCommand<ExportedHtml | undefined>('careerGoals.exportBragDocument', { folder: folder('valid').uri, quarter: '2026-Q4', format: 'html', layout: 'by-goal', open: false });
    assert.ok(r, 'an HTML export');
    assert.equal(r.html.toString(), vscode.Uri.joinPath(reports(), 'brag-2026-Q4.html').toString());
    const html = await readText(r.html);
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">[\s\S]*<h1>Brag document: 2026-Q4<\/h1>[\s\S]*<h2>Progress by goal<\/h2>[\s\S]*<\/html>\n$/);
    assert.match(html, /<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/, 'the chart is inline');
    assert.doesNotMatch(html, /<script|<img|<link/);
    assert.deepEqual((await vscode.workspace.fs.readDirectory(reports())).map(([n]) => n), ['brag-2026-Q4.html'], 'nothing beside it');

    await vscode.workspace.getConfiguration('careerGoals', folder('valid').uri).update('reportFormat', 'html', vscode.ConfigurationTarget.WorkspaceFolder);
    try {
      const bySetting = await vscode.commands.executeCommand<ExportedHtml | undefined>('careerGoals.exportQuarterlyReport', { folder: folder('valid').uri, quarter: '2026-Q4', open: false });
      assert.ok(bySetting, 'an export');
      assert.equal(bySetting.html.path.split('/').pop(), 'report-2026-Q4.html');
    } finally {
      await vscode.workspace.getConfiguration('careerGoals', folder('valid').uri).update('reportFormat', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    }
  });

  it('asks for the format and layout after the period, offers the last choice first, and writes nothing when dismissed', async () => {
    const choices = api.internals.exportChoices;
    const real = choices.prompts;
    // The person, as the quick picks see them: each answer picks an item by its label (or dismisses).
    const asked: { title: string; labels: string[]; descriptions: (string | undefined)[] }[] = [];
    let answers: (RegExp | undefined)[] = [];
    choices.prompts = {
      pick: <T extends vscode.QuickPickItem>(items: readonly T[], options: vscode.QuickPickOptions) => {
        asked.push({ title: options.title ?? '', labels: items.map((i) => i.label), descriptions: items.map((i) => i.description) });
        const want = answers.shift();
        return Promise.resolve(want && items.find((i) => want.test(i.label)));
      },
      input: () => Promise.resolve(undefined),
    };
    try {
      await choices.forget();
      answers = [/^This year$/, /^HTML page, by goal$/];
      const first = await vscode.commands.executeCommand<ExportedHtml | undefined>('careerGoals.exportBragDocument', { folder: folder('valid').uri });
      assert.equal(asked.length, 2, 'the period, then the format and layout');
      assert.equal(asked[1]?.title, 'Export Brag Document: format');
      assert.deepEqual(asked[1]?.labels, ['Markdown, brag layout', 'Markdown, by goal', 'HTML page, brag layout', 'HTML page, by goal'], 'the settings\' choice first, before any is remembered');
      assert.ok(first && 'html' in first, 'an HTML export');
      const year = String(new Date().getFullYear());
      assert.equal(first.html.toString(), vscode.Uri.joinPath(reports(), `brag-${year}.html`).toString());
      assert.match(await readText(first.html), /<h2>Progress by goal<\/h2>/, 'the by-goal layout');
      assert.ok(!vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === first.html.toString())), 'the page is not opened as source text');

      // Again: the last choice comes first; dismissing the pick writes nothing.
      asked.length = 0;
      answers = [/^This year$/, undefined];
      const dismissed = await vscode.commands.executeCommand('careerGoals.exportBragDocument', { folder: folder('valid').uri });
      assert.equal(dismissed, undefined);
      assert.deepEqual(asked[1]?.labels, ['HTML page, by goal', 'Markdown, brag layout', 'Markdown, by goal', 'HTML page, brag layout']);
      assert.equal(asked[1]?.descriptions[0], 'last used');
      assert.deepEqual((await vscode.workspace.fs.readDirectory(reports())).map(([n]) => n), [`brag-${year}.html`], 'nothing more was written');

      // A quarterly report asks for the format only; the last format comes first, and the brag layout is kept.
      asked.length = 0;
      answers = [/^This quarter$/, /^Markdown$/];
      const report = await vscode.commands.executeCommand<Exported | undefined>('careerGoals.exportQuarterlyReport', { folder: folder('valid').uri, open: false });
      assert.deepEqual(asked[1]?.labels, ['HTML page', 'Markdown']);
      assert.ok(report && 'markdown' in report, 'a Markdown export');
      assert.deepEqual(choices.last, { format: 'markdown', layout: 'by-goal' });

      // Given a period, a script is asked nothing: the settings decide the rest.
      asked.length = 0;
      const scripted = await vscode.commands.executeCommand<Exported | undefined>('careerGoals.exportBragDocument', { folder: folder('valid').uri, period: 'this-year', open: false });
      assert.equal(asked.length, 0, 'no question');
      assert.ok(scripted && 'markdown' in scripted);
    } finally {
      choices.prompts = real;
      await choices.forget();
    }
  });

  it('refuses to report on a plan it could not read, and a bad format or layout, writing nothing', async () => {
    const broken = await vscode.commands.executeCommand<Exported | undefined>('careerGoals.exportBragDocument', { folder: folder('broken').uri, quarter: '2026-Q4', open: false });
    assert.equal(broken, undefined, 'a plan with a YAML syntax error is not reported on');
    assert.equal(await exists(fileIn('broken', 'reports')), false, 'no reports folder in the broken folder');
    for (const arg of [{ format: 'pdf' }, { layout: 'fancy' }]) {
      const r = await vscode.commands.executeCommand<Exported | undefined>('careerGoals.exportBragDocument', { folder: folder('valid').uri, quarter: '2026-Q4', open: false, ...arg });
      assert.equal(r, undefined, JSON.stringify(arg));
    }
    assert.equal(await exists(reports()), false, 'no reports folder was made');
  });

  it('refuses a bad period or a reports folder outside the workspace, writing nothing', async () => {
    for (const arg of [{ quarter: '2026-Q5' }, { period: 'forever' }, { from: '2026-02-30' }, { from: '2026-12-01', to: '2026-01-01' }]) {
      const r = await vscode.commands.executeCommand<Exported | undefined>('careerGoals.exportBragDocument', { folder: folder('valid').uri, open: false, ...arg });
      assert.equal(r, undefined, JSON.stringify(arg));
    }
    const yearly = await vscode.commands.executeCommand<Exported | undefined>('careerGoals.exportQuarterlyReport', { folder: folder('valid').uri, open: false, period: 'this-year' });
    assert.equal(yearly, undefined, 'a quarterly report covers a quarter');
    assert.equal(await exists(reports()), false, 'no reports folder was made');
    await vscode.workspace.getConfiguration('careerGoals', folder('valid').uri).update('reportsFolder', '../outside', vscode.ConfigurationTarget.WorkspaceFolder);
    const outside = await vscode.commands.executeCommand<Exported | undefined>('careerGoals.exportBragDocument', { folder: folder('valid').uri, period: 'this-quarter', open: false });
    assert.equal(outside, undefined);
    assert.equal(await exists(vscode.Uri.joinPath(folder('valid').uri, '..', 'outside')), false);
  });
});
