import { useLiveQuery } from 'dexie-react-hooks';
import { getComparison } from './comparisons';
import type { ComparisonRow } from './types';

/** One saved comparison; null when there is none with that id (or no id), undefined while loading. */
export function useSavedComparison(id: number | undefined): ComparisonRow | null | undefined {
  return useLiveQuery(async () => (id === undefined ? null : getComparison(id)), [id]);
}
