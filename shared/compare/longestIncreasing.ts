/**
 * Positions (into `values`) of one longest strictly increasing subsequence, O(n log n).
 * Ties resolve toward the earliest positions, so the result is deterministic.
 */
export function longestIncreasingPositions(values: readonly number[]): ReadonlySet<number> {
  const tailPositions: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  values.forEach((value, position) => {
    let low = 0;
    let high = tailPositions.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((values[tailPositions[middle] ?? 0] ?? 0) < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[position] = tailPositions[low - 1] ?? -1;
    tailPositions[low] = position;
  });
  const kept = new Set<number>();
  let position = tailPositions[tailPositions.length - 1] ?? -1;
  while (position >= 0) {
    kept.add(position);
    position = previous[position] ?? -1;
  }
  return kept;
}
