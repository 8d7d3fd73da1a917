// The terminal charts of the progress screen, as strings.
import { describe, expect, it } from 'vitest';
import { axisLabels, bar, fitColumns, lineChart } from '../../src/ui/components/Chart.js';

describe('terminal charts', () => {
  it('draws a bar with the pass line marked where the bar does not reach it', () => {
    expect(bar(0, 10, 67)).toBe('░░░░░░░┃░░');
    expect(bar(50, 10, 67)).toBe('█████░░┃░░');
    expect(bar(80, 10, 67)).toBe('████████░░');
    expect(bar(140, 4, 67)).toBe('████');
  });

  it('draws a value per column from 100 at the top to 0 at the bottom, the pass line dotted', () => {
    expect(lineChart([100, null, 50, 0], 5, 67)).toEqual(['•   ', '┈┈┈┈', '  • ', '    ', '   •']);
  });

  it('squeezes more days than columns, keeping the last figure of each', () => {
    expect(fitColumns([1, 2, null, 4, null, null], 3)).toEqual([2, 4, null]);
    expect(fitColumns([1, null], 5)).toEqual([1, null]);
  });

  it('labels the first and last day under the axis', () => {
    expect(axisLabels('2027-01-01', '2027-01-01', 30)).toBe('2027-01-01');
    expect(axisLabels('2027-01-01', '2027-01-30', 30)).toBe(`2027-01-01${' '.repeat(10)}2027-01-30`);
  });
});
