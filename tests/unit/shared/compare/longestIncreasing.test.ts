import { describe, expect, it } from 'vitest';
import { longestIncreasingPositions } from '../../../../shared/compare/longestIncreasing';

describe('longestIncreasingPositions', () => {
  it.each([
    [[], []],
    [
      [0, 1, 2, 3],
      [0, 1, 2, 3],
    ],
    [
      [3, 0, 1, 2],
      [1, 2, 3],
    ],
    [
      [0, 4, 1, 2, 3],
      [0, 2, 3, 4],
    ],
    [[2, 1, 0], [2]],
  ])('%j keeps positions %j', (values, expected) => {
    expect([...longestIncreasingPositions(values)].sort((x, y) => x - y)).toEqual(expected);
  });

  it('returns an increasing subsequence as long as any other', () => {
    const values = [5, 1, 6, 2, 7, 3, 8, 4];
    const kept = [...longestIncreasingPositions(values)].sort((x, y) => x - y).map((position) => values[position] ?? 0);
    expect(kept).toHaveLength(4);
    expect(kept.every((value, index) => index === 0 || value > (kept[index - 1] ?? 0))).toBe(true);
  });
});
