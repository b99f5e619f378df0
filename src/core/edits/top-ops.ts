/**
 * Operations on the top of the file: logging wins and lessons, and writing the
 * quarter's focus block.
 */
import * as l10n from '@vscode/l10n';
import { isMap, isScalar } from 'yaml';
import type { NewEntry, TextEdit } from '../types';
import { refuseAliased } from './aliases';
import { pairOf, refuse, siblingItemStyle, type EditContext } from './context';
import { renderFlow, type YObject } from './render';
import { appendItem, insertPair, removePair, setListPair, setScalarPair } from './splice';
import { isoDate, text } from './value-checks';
import { FOCUS_ORDER, TOP_ORDER } from './key-order';

/** Appends a win or lesson at the end of its list, creating the key when absent. */
export function addEntry(ctx: EditContext, key: 'wins' | 'lessons', entry: NewEntry): TextEdit[] {
  const noun = key === 'wins' ? 'A win' : 'A lesson';
  const item: YObject = {
    date: isoDate(entry.date, `${noun}'s date`),
    text: text(entry.text, `${noun}'s text`, true),
    goal: entry.goal === undefined || entry.goal === '' ? undefined : text(entry.goal, `${noun}'s goal id`),
  };
  const pair = pairOf(ctx.root, key);
  const style = siblingItemStyle(ctx, [key, key === 'wins' ? 'lessons' : 'wins'], pair?.value);
  refuseAliased(ctx, pair?.value, key === 'wins' ? l10n.t('The wins list') : l10n.t('The lessons list'));
  if (!pair) return [insertPair(ctx, ctx.root, key, [item], { order: TOP_ORDER, itemStyle: style })];
  return [appendItem(ctx, pair, item, style, 'goals.yaml')];
}

/** `2026-Q4`, or `FY2027-Q3` for a year that does not start in January (time/fiscal-quarter.ts). */
const QUARTER = /^(FY)?\d{4}-Q[1-4]$/;

/**
 * Makes the focus block say `focus`: quarter, theme and goals are set in place (other
 * keys and comments in the block stay); a theme not given is removed. Without a
 * focus block, one is inserted after `vision:` (or `version:`).
 */
export function writeFocus(ctx: EditContext, focus: { quarter: string; theme?: string; goals: string[] }): TextEdit[] {
  if (!QUARTER.test(String(focus.quarter))) refuse(l10n.t('The focus quarter must be written like 2026-Q4 (or FY2027-Q3 for a fiscal year), not "{0}".', String(focus.quarter)));
  if (!Array.isArray(focus.goals)) refuse(l10n.t('The focus goals must be a list of goal ids.'));
  const quarter = focus.quarter;
  const theme = focus.theme === undefined || focus.theme === '' ? undefined : text(focus.theme, 'The focus theme');
  const goals = focus.goals.map((g) => text(g, 'Each focus goal id'));
  const value: YObject = { quarter, theme, goals };
  const pair = pairOf(ctx.root, 'focus');
  if (!pair) return [insertPair(ctx, ctx.root, 'focus', value, { order: TOP_ORDER, blockMap: true })];
  const node = pair.value;
  if (node === null || (isScalar(node) && node.value === null)) {
    return refuse(l10n.t('goals.yaml has an empty "focus:" key; remove it or fill it in by hand.'));
  }
  if (!isMap(node)) return refuse(l10n.t('The focus in goals.yaml is not a map; edit it by hand.'));
  refuseAliased(ctx, node, l10n.t('The focus'));
  if (node.flow && node.items.length === 0 && node.range) {
    // `{}`: several insertions at one spot would need commas between them, so the map is written whole.
    return [{ offset: node.range[0], length: node.range[1] - node.range[0], text: renderFlow(value) }];
  }
  const edits: TextEdit[] = [setScalarPair(ctx, node, 'quarter', quarter, FOCUS_ORDER, l10n.t('the focus'))];
  const themePair = pairOf(node, 'theme');
  if (theme !== undefined) edits.push(setScalarPair(ctx, node, 'theme', theme, FOCUS_ORDER, l10n.t('the focus')));
  else if (themePair) edits.push(removePair(ctx, node, themePair));
  edits.push(...setListPair(ctx, node, 'goals', goals, FOCUS_ORDER, l10n.t('the focus')));
  return edits;
}
