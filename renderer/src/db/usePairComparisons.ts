import { useLiveQuery } from 'dexie-react-hooks';
import { listPairComparisons } from './comparisons';
import type { ComparisonRow } from './types';

/** Saved comparisons of two specs in either order, latest first; [] without both ids, undefined while loading. */
export function usePairComparisons(
  aId: string | undefined,
  bId: string | undefined,
): readonly ComparisonRow[] | undefined {
  return useLiveQuery(async () => (aId && bId ? listPairComparisons(aId, bId) : []), [aId, bId]);
}
