/**
 * The plan as a model reads it best: short labelled lines, not a YAML dump. The same
 * words as the status bar and the tree (`46% · 4 goals`, `46% · on track · 12d buffer`),
 * so what the assistant says matches what the person sees.
 */
import type { Goal } from '../model';
import { dayToIso, dayOf } from '../time/dates';
import type { Analysis, GoalInsight } from '../types';
import { percentLabel } from '../words/percent';
import { plural } from '../words/plural';
import { REVIEW_TITLES_EN as REVIEW_TITLES } from '../words/review-kinds';

/** At most this many open tasks per goal; the rest are counted. */
const MAX_TASKS = 8;
/** At most this many pitfalls; the rest are counted. */
const MAX_PITFALLS = 20;

/** Text from the file on one line: a newline in a title must not start a line of its own. */
function line(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const HORIZON_WORDS = { short: 'short-term', medium: 'medium-term', long: 'long-term' } as const;

/**
 * `46% · on track · 12d buffer`: the words of the tree (core's describeInsight), kept in
 * English here because this text is for a language model, whatever the display language.
 */
function describeInsight(insight: GoalInsight): string {
  const status = insight.goal.status;
  const pct = percentLabel(status === 'done' ? 1 : insight.progress);
  if (status !== 'active') return `${pct} · ${status}`;
  const pace = insight.pace;
  switch (pace.kind) {
    case 'on-track':
      return `${pct} · on track · ${pace.bufferDays}d buffer`;
    case 'behind':
      return `${pct} · behind`;
    case 'overdue':
      return 'overdue';
    case 'unscheduled':
      return `${pct} · unscheduled`;
    case 'none':
      return pct;
  }
}

/** `46% · 4 goals · weekly review due`: the status line's words, in English (see describeInsight). */
function statusLine(input: { progress: number; active: number; review?: string | undefined }): string {
  const summary = input.active ? `${percentLabel(input.progress)} · ${plural(input.active, 'goal')}` : 'no active goals';
  return input.review ? `${summary} · ${input.review} review due` : summary;
}

function goalLines(insight: GoalInsight, todayIso: string): string[] {
  const g = insight.goal;
  const out = [`- ${line(g.title)} [id: ${line(g.id)}] (${HORIZON_WORDS[g.horizon]}): ${describeInsight(insight)}`];
  const m = g.metric;
  if (m) out.push(`  Metric${m.name ? ` ${line(m.name)}` : ''}: ${m.current}${m.unit ? ` ${line(m.unit)}` : ''}, from ${m.start} towards ${m.target}`);
  if (g.due) out.push(`  Due: ${g.due}${g.start ? ` (started ${g.start})` : ''}`);
  const next = g.checkpoints.filter((c) => !c.done).sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'))[0];
  if (next) out.push(`  Next checkpoint: ${line(next.title)}${next.date ? `, ${next.date}${next.date < todayIso ? ' (missed)' : ''}` : ''}`);
  const open = g.tasks.filter((t) => !t.done);
  if (open.length) {
    out.push(`  Open tasks (${open.length} of ${g.tasks.length}):`);
    for (const t of open.slice(0, MAX_TASKS)) {
      const tags = [t.priority && `${t.priority} priority`, t.due && `due ${t.due}${t.due < todayIso ? ', overdue' : ''}`].filter(Boolean).join(', ');
      out.push(`    ${t.index + 1}. ${line(t.title)}${tags ? ` (${tags})` : ''}`);
    }
    if (open.length > MAX_TASKS) out.push(`    … and ${open.length - MAX_TASKS} more`);
  } else if (g.tasks.length) out.push(`  Tasks: all ${g.tasks.length} done`);
  return out;
}

function otherGoals(goals: readonly Goal[]): string[] {
  const byStatus = new Map<string, string[]>();
  for (const g of goals) if (g.status !== 'active') byStatus.set(g.status, [...(byStatus.get(g.status) ?? []), `${line(g.title)} [${line(g.id)}]`]);
  return [...byStatus].map(([status, names]) => `${status[0]?.toUpperCase() ?? ''}${status.slice(1)}: ${names.join('; ')}`);
}

/**
 * The plan on `today` as text for a model (the get_plan tools). `folder` names the
 * workspace folder when there are several.
 */
export function planText(analysis: Analysis, today: Date, folder?: string): string {
  const todayIso = dayToIso(dayOf(today));
  const model = analysis.parse.model;
  const out: string[] = [`Career plan${folder ? ` of ${line(folder)}` : ''} (goals.yaml) on ${todayIso}`];
  out.push(`Overall progress: ${statusLine({ progress: analysis.overall, active: analysis.activeCount, review: analysis.cadence.suggested })}`);
  const v = model.vision;
  if (v) {
    out.push(`North star: ${line(v.northStar)}`);
    if (v.values.length) out.push(`Values: ${v.values.map(line).join(', ')}`);
  }
  const f = model.focus;
  if (f && (f.quarter || f.theme || f.goals.length))
    out.push(`Focus${f.quarter ? ` ${line(f.quarter)}` : ''}: ${f.theme ? line(f.theme) : '(no theme)'}${f.goals.length ? ` (goals: ${f.goals.map(line).join(', ')})` : ''}`);
  const active = analysis.insights.filter((i) => i.goal.status === 'active');
  out.push('', active.length ? `Active goals (${active.length}):` : 'Active goals: none');
  for (const i of active) out.push(...goalLines(i, todayIso));
  const others = otherGoals(model.goals);
  if (others.length) out.push('', 'Other goals:', ...others);
  const c = analysis.cadence;
  out.push('', `Due review: ${c.suggested ? REVIEW_TITLES[c.suggested] : 'none'}${c.last ? ` (last review: ${c.last.kind}, ${c.last.date})` : ' (no review in the journal yet)'}`);
  const lastWin = model.wins.reduce<string | undefined>((latest, w) => (latest === undefined || w.date > latest ? w.date : latest), undefined);
  out.push(`Wins logged: ${model.wins.length}${lastWin ? `, the latest on ${lastWin}` : ''}`);
  const pitfalls = analysis.pitfalls;
  out.push('', pitfalls.length ? `Pitfalls found (${pitfalls.length}):` : 'Pitfalls found: none');
  for (const p of pitfalls.slice(0, MAX_PITFALLS)) out.push(`- ${line(p.message)} [${p.code}]`);
  if (pitfalls.length > MAX_PITFALLS) out.push(`- … and ${pitfalls.length - MAX_PITFALLS} more`);
  const errors = analysis.parse.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors) out.push('', `goals.yaml has ${plural(errors, 'error')}${analysis.parse.syntaxOk ? '' : ', among them a YAML syntax error: it cannot be edited until that is fixed'}.`);
  return out.join('\n');
}
