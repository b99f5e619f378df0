/**
 * Turns the Career Planning Template (examples/goals.yaml) into a person's first
 * goals.yaml: their north star and values go into the vision, the example goals keep
 * serving those values (so the new file has no `unknown-value` errors), and the
 * example dates move to the present so a new plan does not open full of overdue
 * goals. Line-based on purpose: every comment and blank line of the template stays.
 */
import { addMonths } from '../core/input-rules';

/** What the person answered when creating the file. */
export interface TemplateAnswers {
  northStar: string;
  values: string[];
  /** Local `YYYY-MM-DD`; when given, the example dates are moved up to it. */
  today?: string;
}

const NORTH_STAR = /^(\s+)north_star:[^\n]*$/m;
const FLOW_VALUES = /^(\s+)values:[ \t]*\[([^\]\n]*)\][ \t]*(#[^\n]*)?$/;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const ENTRY_DATE = /^\s*-\s*\{?\s*date:\s*(\d{4}-\d{2}-\d{2})/gm;
const QUARTER = /^(\s+quarter:\s*)\d{4}-Q[1-4]\b/m;
const RESERVED = /^(true|false|yes|no|on|off|y|n|null|~)$/i;

/** `value` as a YAML scalar: plain when that reads back as the same text, else double-quoted. */
export function yamlScalar(value: string, inFlow = false): string {
  const plain =
    value.length > 0 &&
    value === value.trim() &&
    !/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) &&
    !/^[-+.]?\d/.test(value) &&
    !RESERVED.test(value) &&
    !/: |:$| #|[\t\n\r]/.test(value) &&
    !(inFlow && /[,[\]{}]/.test(value));
  return plain ? value : JSON.stringify(value);
}

/** The items of a one-line flow list body such as `craft, "a, b", 'c'`. */
export function splitFlowList(body: string): string[] {
  const out: string[] = [];
  const re = /\s*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,]+)\s*(?:,|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null && m[0] !== '') {
    const raw = m[1].trim();
    if (raw.startsWith('"')) out.push(JSON.parse(raw) as string);
    else if (raw.startsWith("'")) out.push(raw.slice(1, -1).replace(/''/g, "'"));
    else if (raw) out.push(raw);
  }
  return out;
}

/**
 * A goal's values re-pointed at the new vision: values the person also chose stay
 * (in their spelling); the template's others map by position in the old vision, so
 * each example goal keeps one or two values and the file stays valid.
 */
export function remapValues(goalValues: string[], oldVision: string[], newVision: string[]): string[] {
  if (newVision.length === 0) return [];
  const byLower = new Map(newVision.map((v) => [v.toLowerCase(), v]));
  const out: string[] = [];
  for (const v of goalValues) {
    const same = byLower.get(v.toLowerCase());
    const at = oldVision.findIndex((o) => o.toLowerCase() === v.toLowerCase());
    const mapped = same ?? newVision[(at < 0 ? 0 : at) % newVision.length];
    if (!out.includes(mapped)) out.push(mapped);
  }
  return out;
}

/** Whole months to move the template's dates so its latest win or lesson falls on or before `today`. */
export function monthsToPresent(template: string, today: string): number {
  let anchor = '';
  for (const m of template.matchAll(ENTRY_DATE)) if (m[1] > anchor) anchor = m[1];
  if (!anchor) return 0;
  const [ay, am] = anchor.split('-').map(Number);
  const [ty, tm] = today.split('-').map(Number);
  let months = ty * 12 + tm - (ay * 12 + am);
  if (months > 0 && addMonths(anchor, months) > today) months--;
  return Math.max(0, months);
}

/** The calendar quarter of `iso`, written `2027-Q1`. */
export function quarterOf(iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
}

/**
 * The template with the answers filled in. Throws when the template lacks a
 * one-line `north_star:` or vision `values: [...]` line, so a broken template is
 * caught by the tests rather than written for a person.
 */
export function fillTemplate(template: string, answers: TemplateAnswers): string {
  const star = NORTH_STAR.exec(template);
  if (!star) throw new Error('The template has no one-line `north_star:` in its vision.');
  const indent = star[1];
  const lines = template.split('\n');
  const starLine = template.slice(0, star.index).split('\n').length - 1;
  lines[starLine] = `${indent}north_star: ${yamlScalar(answers.northStar.trim())}`;

  let top = starLine;
  while (top > 0 && !/^\S/.test(lines[top])) top--;
  let end = starLine + 1;
  while (end < lines.length && !/^\S/.test(lines[end])) end++;
  const visionAt = lines.findIndex((l, i) => i > top && i < end && l.startsWith(`${indent}values:`) && FLOW_VALUES.test(l));
  if (visionAt < 0) throw new Error('The template has no one-line `values: [...]` in its vision.');
  const oldVision = splitFlowList(FLOW_VALUES.exec(lines[visionAt])?.[2] ?? '');
  const flow = (vs: string[]): string => `[${vs.map((v) => yamlScalar(v, true)).join(', ')}]`;
  lines[visionAt] = `${indent}values: ${flow(answers.values)}`;

  for (let i = 0; i < lines.length; i++) {
    if (i === visionAt) continue;
    const m = FLOW_VALUES.exec(lines[i]);
    if (!m) continue;
    const mapped = remapValues(splitFlowList(m[2]), oldVision, answers.values);
    lines[i] = `${m[1]}values: ${flow(mapped)}${m[3] ? ` ${m[3]}` : ''}`;
  }

  let text = lines.join('\n');
  if (answers.today) text = moveDates(text, answers.today);
  return text;
}

/** Moves every date by whole months towards `today` and sets the focus quarter to today's. */
function moveDates(text: string, today: string): string {
  const months = monthsToPresent(text, today);
  if (months === 0) return text;
  return text
    .split('\n')
    .map((line) => (/^\s*#/.test(line) ? line : line.replace(ISO, (iso) => addMonths(iso, months))))
    .join('\n')
    .replace(QUARTER, (_m, head: string) => `${head}${quarterOf(today)}`);
}
