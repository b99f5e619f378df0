/**
 * One reading of typed numbers for every input (Update Metric, Add Goal, the review
 * page): the table says what a person means, and both surfaces use this function.
 */
import * as assert from 'node:assert/strict';
import { parseNumberInput } from '../../src/core/words/number-input';

const TABLE: [string, number | undefined][] = [
  ['3', 3],
  [' -2 ', -2],
  ['+4', 4],
  ['2.5', 2.5],
  ['.5', 0.5],
  ['-.5', -0.5],
  ['5.', 5],
  ['2,5', 2.5],
  ['0,75', 0.75],
  ['3,25', 3.25],
  ['1,000', 1000],
  ['-1,000', -1000],
  ['12,345,678', 12345678],
  ['1,000.5', 1000.5],
  ['0,001', 0.001],
  ['1e3', 1000],
  ['2.5E-2', 0.025],
  ['0x10', undefined],
  ['0b11', undefined],
  ['0o7', undefined],
  ['-,5', undefined],
  [',5', undefined],
  ['1,00,000', undefined],
  ['1.000,5', undefined],
  ['1.2.3', undefined],
  ['1,2,3', undefined],
  ['Infinity', undefined],
  ['NaN', undefined],
  ['', undefined],
  ['  ', undefined],
  ['-', undefined],
  ['3 pages', undefined],
  ['1e999', undefined],
  ['٣', undefined],
];

describe('parseNumberInput: what a typed number means', () => {
  for (const [text, expected] of TABLE) {
    it(`${JSON.stringify(text)} → ${expected ?? 'not a number'}`, () => {
      assert.equal(parseNumberInput(text), expected);
    });
  }
});
