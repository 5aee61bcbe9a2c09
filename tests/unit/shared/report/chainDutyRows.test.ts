import { describe, expect, it } from 'vitest';
import { chainDutyRows } from '../../../../shared/report/chainDutyRows';
import { pair } from './comparisonFixture';

describe('chainDutyRows', () => {
  it('follows a duty up through neighbouring classes and starts rows for new duties', () => {
    const rows = chainDutyRows(
      [
        ['answers calls', 'files'],
        ['answers calls', 'trains staff'],
        ['trains staff', 'sets budget'],
      ],
      [
        [pair(0, 0, 'same'), pair(1, null, 'only-a'), pair(null, 1, 'only-b')],
        [pair(0, null, 'only-a'), pair(1, 0, 'same'), pair(null, 1, 'only-b')],
      ],
    );
    expect(rows).toEqual([
      { text: 'answers calls', cells: [0, 0, null] },
      { text: 'files', cells: [1, null, null] },
      { text: 'trains staff', cells: [null, 1, 0] },
      { text: 'sets budget', cells: [null, null, 1] },
    ]);
  });

  it('keeps one row per duty when a lower duty is split over two higher ones', () => {
    const rows = chainDutyRows(
      [['plans and budgets'], ['plans', 'budgets']],
      [
        [
          { ...pair(0, 0, 'partial'), group: 'split' },
          { ...pair(0, 1, 'partial'), group: 'split' },
        ],
      ],
    );
    expect(rows.map((row) => row.cells)).toEqual([
      [0, 0],
      [null, 1],
    ]);
  });

  it('returns no rows for an empty ladder', () => {
    expect(chainDutyRows([], [])).toEqual([]);
  });
});
