/**
 * Turns the Career Planning Template (examples/goals.yaml) into a person's first
 * goals.yaml: their north star and values go into the vision, the example goals keep
 * serving those values (so the new file has no `unknown-value` errors), and the
 * example dates move to the present so a new plan does not open full of overdue
 * goals. Line-based on purpose: every comment and blank line of the template stays.
 */
import { itemAt } from '../core/text/indexing';
import { addMonths } from '../core/words/input-rules';
import { quarterOf as quarterLabel } from '../core/time/quarter';

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

/**
 * The items of a one-line flow list body such as `craft, "a, b", 'c'`.
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export function splitFlowList(body: string): string[] {
  const out: string[] = [];
  const re = /\s*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,]+)\s*(?:,|$)/g;
  for (const [whole, item] of body.matchAll(re)) {
    // The pattern matches empty at the end of the body: nothing more to read.
    if (whole === '') break;
    // The item group always takes part; an empty one is skipped below like a blank item.
    const raw = (item ?? '').trim();
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
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export function remapValues(goalValues: string[], oldVision: string[], newVision: string[]): string[] {
  if (newVision.length === 0) return [];
  const byLower = new Map(newVision.map((v) => [v.toLowerCase(), v]));
  const out: string[] = [];
  for (const v of goalValues) {
    const same = byLower.get(v.toLowerCase());
    const at = oldVision.findIndex((o) => o.toLowerCase() === v.toLowerCase());
    // newVision is not empty (checked above), so the position modulo its length is in range.
    const mapped = same ?? itemAt(newVision, (at < 0 ? 0 : at) % newVision.length);
    if (!out.includes(mapped)) out.push(mapped);
  }
  return out;
}

/**
 * Whole months to move the template's dates so its latest win or lesson falls on or before `today`.
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export function monthsToPresent(template: string, today: string): number {
  let anchor = '';
  for (const [, date] of template.matchAll(ENTRY_DATE)) if (date !== undefined && date > anchor) anchor = date;
  if (!anchor) return 0;
  const from = monthNumber(anchor);
  const to = monthNumber(today);
  // A `today` that is no date gives nothing to move towards.
  if (from === undefined || to === undefined) return 0;
  let months = to - from;
  if (months > 0 && addMonths(anchor, months) > today) months--;
  return Math.max(0, months);
}

/** Months since year 0 of a `YYYY-MM...` date, so two dates subtract to whole months; undefined without both parts. */
function monthNumber(iso: string): number | undefined {
  const [y, m] = iso.split('-').map(Number);
  return y === undefined || m === undefined ? undefined : y * 12 + m;
}

/**
 * The calendar quarter of `iso`, written `2027-Q1`: core's rule, with an empty label
 * for text that is no date (callers pass today's date, already checked).
 * @internal Exported for the unit tests, which check it directly; shipped code does not import it.
 */
export function quarterOf(iso: string): string {
  return quarterLabel(iso) ?? '';
}

/**
 * The template with the answers filled in. Throws when the template lacks a
 * one-line `north_star:` or vision `values: [...]` line, so a broken template is
 * caught by the tests rather than written for a person.
 */
export function fillTemplate(template: string, answers: TemplateAnswers): string {
  const star = NORTH_STAR.exec(template);
  const indent = star?.[1];
  if (!star || indent === undefined) throw new Error('The template has no one-line `north_star:` in its vision.');
  const lines = template.split('\n');
  const starLine = template.slice(0, star.index).split('\n').length - 1;
  lines[starLine] = `${indent}north_star: ${yamlScalar(answers.northStar.trim())}`;

  let top = starLine;
  while (top > 0 && !startsTopLevel(lines[top])) top--;
  let end = starLine + 1;
  while (end < lines.length && !startsTopLevel(lines[end])) end++;
  const visionAt = lines.findIndex((l, i) => i > top && i < end && l.startsWith(`${indent}values:`) && FLOW_VALUES.test(l));
  const visionLine = lines[visionAt];
  if (visionLine === undefined) throw new Error('The template has no one-line `values: [...]` in its vision.');
  const oldVision = splitFlowList(FLOW_VALUES.exec(visionLine)?.[2] ?? '');
  const flow = (vs: string[]): string => `[${vs.map((v) => yamlScalar(v, true)).join(', ')}]`;
  lines[visionAt] = `${indent}values: ${flow(answers.values)}`;

  for (const [i, line] of lines.entries()) {
    if (i === visionAt) continue;
    // The indent and list groups always take part in a match; the trailing comment is optional.
    const [, lead, list, comment] = FLOW_VALUES.exec(line) ?? [];
    if (lead === undefined || list === undefined) continue;
    const mapped = remapValues(splitFlowList(list), oldVision, answers.values);
    lines[i] = `${lead}values: ${flow(mapped)}${comment ? ` ${comment}` : ''}`;
  }

  let text = lines.join('\n');
  if (answers.today) text = moveDates(text, answers.today);
  return text;
}

/** Whether `line` starts at column 0 (a top-level key or comment); no line at all is not one. */
function startsTopLevel(line: string | undefined): boolean {
  return line !== undefined && /^\S/.test(line);
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
