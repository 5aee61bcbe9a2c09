import { describe, expect, it } from 'vitest';
import { assignMaximum } from '../../../../shared/compare/hungarian';

function total(weights: readonly (readonly number[])[], assignment: readonly (number | null)[]): number {
  return assignment.reduce<number>(
    (sum, column, row) => sum + (column === null ? 0 : (weights[row]?.[column] ?? 0)),
    0,
  );
}

/** Best total over every injective row → column map (or unassigned), by exhaustive search. */
function bruteForceBest(weights: readonly (readonly number[])[], columns: number): number {
  const used = new Array<boolean>(columns).fill(false);
  const search = (row: number): number => {
    if (row === weights.length) return 0;
    let best = search(row + 1);
    for (let column = 0; column < columns; column += 1) {
      if (used[column]) continue;
      used[column] = true;
      best = Math.max(best, (weights[row]?.[column] ?? 0) + search(row + 1));
      used[column] = false;
    }
    return best;
  };
  return search(0);
}

function seededMatrix(rows: number, columns: number, seed: number): number[][] {
  let state = seed;
  const next = () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
  return Array.from({ length: rows }, () =>
    Array.from({ length: columns }, () => (next() < 0.3 ? 0 : Math.round(next() * 100) / 100)),
  );
}

describe('assignMaximum', () => {
  it('prefers the assignment with the larger total, not the greedy first pick', () => {
    // Greedy would take 0.9 (row 0 → col 0) and leave row 1 with 0.1; optimal is 0.8 + 0.85.
    expect(
      assignMaximum([
        [0.9, 0.8],
        [0.85, 0.1],
      ]),
    ).toEqual([1, 0]);
  });

  it.each([
    [0, 0],
    [0, 3],
    [3, 0],
  ])('handles an empty %i×%i matrix', (rows, columns) => {
    const weights = Array.from({ length: rows }, () => new Array<number>(columns).fill(1));
    expect(assignMaximum(weights)).toEqual(new Array(rows).fill(null));
  });

  it('leaves rows unassigned rather than pairing zero-weight cells', () => {
    expect(
      assignMaximum([
        [0, 0],
        [0, 0.5],
      ]),
    ).toEqual([null, 1]);
  });

  it.each([
    [3, 3, 1],
    [4, 6, 2],
    [6, 4, 3],
    [5, 5, 4],
    [1, 5, 5],
    [6, 6, 6],
  ])('matches exhaustive search on a %i×%i matrix (seed %i)', (rows, columns, seed) => {
    const weights = seededMatrix(rows, columns, seed);
    const assignment = assignMaximum(weights);
    const columnsUsed = assignment.filter((column) => column !== null);
    expect(new Set(columnsUsed).size).toBe(columnsUsed.length);
    expect(total(weights, assignment)).toBeCloseTo(bruteForceBest(weights, columns), 9);
  });
});
