import { useLiveQuery } from 'dexie-react-hooks';
import { listPairComparisons } from './comparisons';
import type { ComparisonRow } from './types';

export const pairKey = (aId: string, bId: string): string => `${aId}|${bId}`;

/** The latest saved comparison of each pair (either order), keyed by pairKey(a, b); pairs without one are absent; undefined while loading. */
export function useLatestPairComparisons(
  pairs: readonly (readonly [string, string])[],
): ReadonlyMap<string, ComparisonRow> | undefined {
  const keys = pairs.map(([aId, bId]) => pairKey(aId, bId)).join(',');
  return useLiveQuery(async () => {
    const latest = new Map<string, ComparisonRow>();
    for (const [aId, bId] of pairs) {
      const [row] = await listPairComparisons(aId, bId);
      if (row) latest.set(pairKey(aId, bId), row);
    }
    return latest;
    // pairs is rebuilt on every render; its content (keys) is what matters.
  }, [keys]);
}
