import * as assert from 'node:assert/strict';
import { parseNumberInput, numberInputProblem } from '../../src/core/words/number-input';
import { todayIso } from '../../src/core/time/dates';
import { addMonths, adjustedDueProblem, dueDateProblem, metricRangeLabel, parseValues, suggestDueDate, uniqueId, valuesProblem } from '../../src/core/words/input-rules';

describe('commands: input rules', () => {
  it('suggests a due date from the horizon: short +6 months, medium +18, long +5 years', () => {
    assert.equal(suggestDueDate('short', '2026-11-21'), '2027-05-21');
    assert.equal(suggestDueDate('medium', '2026-11-21'), '2028-05-21');
    assert.equal(suggestDueDate('long', '2026-11-21'), '2031-11-21');
  });

  it('adds months keeping the day, or the month end when the day does not exist', () => {
    assert.equal(addMonths('2026-08-31', 6), '2027-02-28');
    assert.equal(addMonths('2027-08-31', 6), '2028-02-29');
    assert.equal(addMonths('2026-01-15', -2), '2025-11-15');
    assert.equal(addMonths('2026-12-01', 1), '2027-01-01');
  });

  it('reads today as the local calendar date', () => {
    assert.equal(todayIso(new Date(2026, 0, 5, 23, 59)), '2026-01-05');
    assert.equal(todayIso(new Date(2026, 11, 31, 0, 1)), '2026-12-31');
  });

  it('accepts a new due date for Adjust Due Date only when it is a real day, not past, and moves the date', () => {
    assert.equal(adjustedDueProblem(' 2027-06-30 ', '2027-03-31', '2026-11-21'), undefined);
    assert.match(adjustedDueProblem('2027-03-31', '2027-03-31', '2026-11-21')!, /already due on 2027-03-31/);
    assert.match(adjustedDueProblem('31/03/2027', '2027-03-31', '2026-11-21')!, /YYYY-MM-DD/);
    assert.match(adjustedDueProblem('2026-11-01', '2026-10-31', '2026-11-21')!, /in the past/);
  });

  it('accepts only real YYYY-MM-DD due dates that are not in the past', () => {
    assert.equal(dueDateProblem('2027-05-21', '2026-11-21'), undefined);
    assert.equal(dueDateProblem(' 2026-11-21 ', '2026-11-21'), undefined, 'today is fine');
    assert.match(dueDateProblem('21/05/2027', '2026-11-21')!, /YYYY-MM-DD/);
    assert.match(dueDateProblem('2027-02-30', '2026-11-21')!, /not a real date/);
    assert.match(dueDateProblem('2026-11-20', '2026-11-21')!, /in the past/);
  });

  it('parses numbers, including a decimal comma, and rejects the rest', () => {
    assert.equal(parseNumberInput('3'), 3);
    assert.equal(parseNumberInput(' -1.5 '), -1.5);
    assert.equal(parseNumberInput('2,5'), 2.5);
    assert.equal(parseNumberInput('.5'), 0.5);
    for (const bad of ['', 'abc', '1 2', '3 pages', 'Infinity', 'NaN', '0x10']) assert.equal(parseNumberInput(bad), undefined, bad);
    assert.equal(numberInputProblem('7'), undefined);
    assert.match(numberInputProblem('seven')!, /number/);
  });

  it('splits values on commas, trimming and dropping empties and repeats', () => {
    assert.deepEqual(parseValues(' craft, Mentorship ,, craft,  work   life balance; curiosity'), ['craft', 'Mentorship', 'work life balance', 'curiosity']);
    assert.deepEqual(parseValues('MENTORSHIP, mentorship'), ['MENTORSHIP']);
    assert.deepEqual(parseValues('  ,  '), []);
    assert.match(valuesProblem(' , ')!, /at least one value/);
    assert.match(valuesProblem('a'.repeat(41))!, /long/);
    assert.equal(valuesProblem('craft, balance'), undefined);
  });

  it('shows the metric range in the update prompt', () => {
    assert.equal(metricRangeLabel({ name: 'reviews run', start: 0, target: 6, current: 2 }, 'Goal'), 'reviews run: 0 → 6 (now 2)');
    assert.equal(metricRangeLabel({ name: 'pages', unit: 'pages', start: 12, target: 4, current: 7 }, 'Goal'), 'pages: 12 → 4 pages (now 7)');
    assert.equal(metricRangeLabel({ start: 0, target: 1, current: 0 }, 'Ship it'), 'Ship it: 0 → 1 (now 0)');
  });

  it('numbers ids that are taken', () => {
    assert.equal(uniqueId('ship', []), 'ship');
    assert.equal(uniqueId('ship', ['ship', 'ship-2']), 'ship-3');
  });
});
