/**
 * `career-goals mcp`: a Model Context Protocol server over stdio, with the official SDK,
 * for Claude Desktop, Claude Code, Cursor, VS Code and any other MCP client. Tools read
 * the plan and make the three small writes (a win, a metric, a task); prompts carry the
 * reviews; resources are the goals file and the journal, read-only.
 *
 * Every call reads the files again, so the answer is the file as it is now. Standard
 * output carries the protocol and nothing else: warnings go to standard error. Bad
 * input is a tool result with `isError: true`, never a crash; the server ends when its
 * standard input closes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as l10n from '@vscode/l10n';
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { CHECK_PLAN_DESCRIPTION, TOOLS } from '../core/assistant';
import { evidenceText } from '../core/assistant/evidence-text';
import { historyText } from '../core/assistant/history-text';
import { planText } from '../core/assistant/plan-text';
import { reviewPromptText } from '../core/assistant/review-prompt';
import { checkCompleteTask, checkEvidenceRange, checkLogWin, checkRange, checkUpdateMetric } from '../core/assistant/tool-input';
import { buildEvidence } from '../core/evidence';
import { buildHistory } from '../core/history';
import { isJournalEntryFile } from '../core/history/journal';
import type { ReviewKind } from '../core/model';
import { dayOf, dayToIso, todayIso } from '../core/time/dates';
import { resolvePrompts } from '../core/words/prompts';
import { REVIEW_TITLES } from '../core/words/review-kinds';
import { formatText } from './check-formats';
import { EXIT, IoError, UsageError, type ExitCode } from './errors';
import { authorsOption } from './evidence';
import { loadPlan, readText } from './files';
import type { CliIo } from './io';
import { repoInfo } from './git';
import { locate } from './located';
import { helpOption, helpParagraph, usageLine } from './help';
import { commonHelp, commonOptions, parseCommand, type CommonOptions } from './options';
import { writePlan } from './plan-writer';
import { readRepo } from './repo-log';
import { reflectionPromptsSetting } from './workspace-settings';

/** The help, for the person who sets the server up; what the server answers stays English. */
function mcpHelp(): string {
  return [
    usageLine('career-goals mcp [options]'),
    '',
    helpParagraph(l10n.t('Serves the plan to an assistant over the Model Context Protocol, on standard input and output, until standard input closes. Configure it in your MCP client (see the README):')),
    '  { "command": "career-goals", "args": ["mcp", "--file", "/path/to/goals.yaml"] }',
    '',
    helpParagraph(l10n.t('Tools: {0}.', 'get_plan, get_history, get_evidence, check_plan, log_win, update_metric, complete_task')),
    helpParagraph(l10n.t('Prompts: {0}. Resources: goals.yaml and the journal.', 'weekly_review, monthly_review, quarterly_reset')),
    '',
    helpOption('--repo DIR', l10n.t('a git repository get_evidence reads (repeatable); git is only read')),
    helpOption('--author EMAIL', l10n.t("your commit address (repeatable; default: each repository's user.email)")),
    '',
    l10n.t('Options:'),
    ...commonHelp(),
  ].join('\n');
}

/** The URI scheme of journal entries as resources: `career-goals-journal:///2026-11-21-weekly.md`. */
const JOURNAL_SCHEME = 'career-goals-journal';

const PROMPTS: readonly { name: string; kind: ReviewKind }[] = [
  { name: 'weekly_review', kind: 'weekly' },
  { name: 'monthly_review', kind: 'monthly' },
  { name: 'quarterly_reset', kind: 'quarterly' },
];

function text(t: string): CallToolResult {
  return { content: [{ type: 'text', text: t }] };
}

function failure(t: string): CallToolResult {
  return { content: [{ type: 'text', text: t }], isError: true };
}

/** Runs a tool body; a file that cannot be read becomes a tool error, not a dead server. */
function guarded(body: () => CallToolResult): CallToolResult {
  try {
    return body();
  } catch (e) {
    if (e instanceof IoError) return failure(`Cannot read or write ${e.message}`);
    return failure(`Internal error: ${e instanceof Error ? e.message : String(e)}. Please report it.`);
  }
}

/** The repositories get_evidence reads (`--repo`) and the person's addresses there (`--author`). */
interface EvidenceSource {
  repos: readonly string[];
  authors: readonly string[];
}

/** get_evidence's answer when the server was started without --repo, as `career-goals evidence` refuses to run without one. */
const NO_REPO =
  'get_evidence reads the git repositories the server was started with, and it was started with none. Add "--repo", "/path/to/repository" (repeatable) to the server\'s arguments in the MCP client\'s configuration, then restart it.';

/** The server, its tools, prompts and resources, on the plan and journal of `opts`; `today` is read per call. */
function createServer(opts: CommonOptions, work: EvidenceSource, today: () => Date, version: string, warn: (line: string) => void): McpServer {
  const server = new McpServer({ name: 'career-goals', version }, { instructions: "Career Goals: the person's career plan (goals.yaml). Call get_plan first." });
  const load = () => loadPlan({ ...opts, today: today() }, warn);
  const file = path.resolve(opts.file);
  const writeTool = { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false };
  const readTool = { readOnlyHint: true, openWorldHint: false };

  server.registerTool(TOOLS.getPlan.mcp, { title: 'Get the career plan', description: TOOLS.getPlan.description, inputSchema: {}, annotations: readTool }, () => guarded(() => text(planText(load().analysis, today()))));
  server.registerTool(
    TOOLS.getHistory.mcp,
    {
      title: 'Get the progress history',
      description: TOOLS.getHistory.description,
      inputSchema: { since: z.string().optional().describe('First day, YYYY-MM-DD'), until: z.string().optional().describe('Last day, YYYY-MM-DD') },
      annotations: readTool,
    },
    (input) =>
      guarded(() => {
        const range = checkRange(input);
        if (!range.ok) return failure(range.error);
        const { analysis, journal } = load();
        return text(historyText(buildHistory({ journal: journal.entries, commits: [], today: analysis, now: today() }), range));
      }),
  );
  server.registerTool(
    TOOLS.getEvidence.mcp,
    {
      title: 'Get the commits linked to goals',
      description: TOOLS.getEvidence.description,
      inputSchema: {
        since: z.string().optional().describe('First day, YYYY-MM-DD (default: the first day of this quarter)'),
        until: z.string().optional().describe('Last day, YYYY-MM-DD (default: the last day of this quarter, or today when since is given)'),
      },
      annotations: readTool,
    },
    (input) =>
      guarded(() => {
        const period = checkEvidenceRange(input, todayIso(today()));
        if (!period.ok) return failure(period.error);
        if (work.repos.length === 0) return failure(NO_REPO);
        const { analysis } = load();
        // Git is read on each call, as the plan is: the answer is the repositories as they are now.
        const logs = work.repos.map((dir) => readRepo(dir, work.authors, period.since, (w) => warn(`career-goals mcp: ${w}`)));
        const evidence = buildEvidence(analysis.parse.model.goals, logs, period, (w) => warn(`career-goals mcp: ${w}`));
        return text(evidenceText(evidence, 'No repository was read.'));
      }),
  );
  server.registerTool('check_plan', { title: 'Check the plan', description: CHECK_PLAN_DESCRIPTION, inputSchema: {}, annotations: readTool }, () =>
    guarded(() => {
      const { text: plan, analysis } = load();
      const name = path.basename(file);
      return text(formatText([{ file: name, problems: locate(name, plan, analysis.diagnostics) }]));
    }),
  );
  server.registerTool(
    TOOLS.logWin.mcp,
    {
      title: 'Log a win',
      description: TOOLS.logWin.description,
      inputSchema: {
        text: z.string().describe('What went well, in a sentence'),
        goal: z.string().optional().describe('The id or title of the goal it moved'),
        date: z.string().optional().describe('YYYY-MM-DD; today when absent'),
      },
      annotations: writeTool,
    },
    (input) => guarded(() => written(writePlan(file, (model) => checkLogWin(model, input, dayToIso(dayOf(today())))))),
  );
  server.registerTool(
    TOOLS.updateMetric.mcp,
    {
      title: "Update a goal's metric",
      description: TOOLS.updateMetric.description,
      inputSchema: { goal: z.string().describe('The id or title of the goal'), value: z.union([z.number(), z.string()]).describe("The metric's new current value") },
      annotations: writeTool,
    },
    (input) => guarded(() => written(writePlan(file, (model) => checkUpdateMetric(model, input)))),
  );
  server.registerTool(
    TOOLS.completeTask.mcp,
    {
      title: 'Complete a task',
      description: TOOLS.completeTask.description,
      inputSchema: { goal: z.string().describe('The id or title of the goal'), task: z.union([z.string(), z.number()]).describe("The task's title, or its number from 1") },
      annotations: writeTool,
    },
    (input) => guarded(() => written(writePlan(file, (model) => checkCompleteTask(model, input)))),
  );

  for (const { name, kind } of PROMPTS) {
    server.registerPrompt(
      name,
      { title: REVIEW_TITLES[kind], description: `Run the ${REVIEW_TITLES[kind]} of the career plan with the person: the framework's steps, the reflection prompts and the plan's context.` },
      () => {
        const { analysis, journal } = load();
        const prompts = resolvePrompts(kind, reflectionPromptsSetting(file, warn));
        for (const w of prompts.warnings) warn(`career-goals mcp: ${w}`);
        const body = reviewPromptText(kind, { analysis, journal: journal.entries, prompts: prompts.prompts, today: today() });
        return { description: REVIEW_TITLES[kind], messages: [{ role: 'user', content: { type: 'text', text: body } }] };
      },
    );
  }

  server.registerResource('goals', pathToFileURL(file).href, { title: path.basename(file), description: 'The career plan, read-only', mimeType: 'application/yaml' }, (uri) => ({
    contents: [{ uri: uri.href, mimeType: 'application/yaml', text: readText(file) }],
  }));
  const entryNames = (): string[] => {
    try {
      return fs
        .readdirSync(opts.journal.dir, { withFileTypes: true })
        .filter((e) => e.isFile() && isJournalEntryFile(e.name))
        .map((e) => e.name)
        .sort();
    } catch {
      return [];
    }
  };
  server.registerResource(
    'journal',
    new ResourceTemplate(`${JOURNAL_SCHEME}:///{name}`, {
      list: () => ({ resources: entryNames().map((n) => ({ uri: `${JOURNAL_SCHEME}:///${encodeURIComponent(n)}`, name: n, mimeType: 'text/markdown' })) }),
    }),
    { title: 'Review journal entries', description: 'The review journal, one Markdown entry per completed review, read-only', mimeType: 'text/markdown' },
    (uri, vars) => {
      const raw = Array.isArray(vars.name) ? vars.name[0] : vars.name;
      const name = decodeURIComponent(raw ?? '');
      // Only a name the listing has: never a path out of the journal folder.
      if (!entryNames().includes(name)) throw new Error(`There is no journal entry "${name}" in ${opts.journal.dir}.`);
      return { contents: [{ uri: uri.href, mimeType: 'text/markdown', text: readText(path.join(opts.journal.dir, name)) }] };
    },
  );
  return server;
}

function written(result: ReturnType<typeof writePlan>): CallToolResult {
  return result.ok ? text(result.message) : failure(result.error);
}

/**
 * Runs `mcp` with the arguments after the command name: checks the options and the
 * plan's file, then calls `serving` (the command line turns to English there: what the
 * server answers is read by a language model) and serves until standard input closes.
 */
export async function runMcp(args: string[], io: CliIo, serving: () => void): Promise<ExitCode> {
  const { values, positionals } = parseCommand('mcp', args, { repo: { type: 'string', multiple: true }, author: { type: 'string', multiple: true } });
  if (values.help) {
    io.out(`${mcpHelp()}\n`);
    return EXIT.ok;
  }
  if (positionals.length) throw new UsageError(l10n.t('mcp takes no FILE argument: give the plan with --file.'), 'mcp');
  const opts = commonOptions(values, 'mcp');
  const authors = authorsOption(values.author, 'mcp');
  const repos = values.repo ?? [];
  if (repos.some((r) => r === '')) throw new UsageError(l10n.t('--repo is empty: give a repository folder.'), 'mcp');
  if (authors.length > 0 && repos.length === 0) throw new UsageError(l10n.t('--author needs --repo: name the repositories get_evidence reads.'), 'mcp');
  // Fail now, with a message, rather than on the first call: the client shows stderr.
  readText(opts.file);
  for (const dir of repos) repoInfo(dir);
  serving();
  const fixed = values.today !== undefined ? opts.today : undefined;
  const warn = (line: string): void => io.err(`${line}\n`);
  const server = createServer(opts, { repos, authors }, () => fixed ?? new Date(), io.version, warn);
  const transport = new StdioServerTransport();
  // A line that is not JSON-RPC is reported and skipped; the server keeps serving.
  transport.onerror = (e) => warn(`career-goals mcp: ${e.message}`);
  const closed = new Promise<void>((resolve) => {
    process.stdin.once('end', resolve);
    process.stdin.once('close', resolve);
  });
  await server.connect(transport);
  await closed;
  await server.close();
  return EXIT.ok;
}
