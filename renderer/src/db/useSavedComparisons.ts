import { useLiveQuery } from 'dexie-react-hooks';
import { listComparisons } from './comparisons';
import type { ComparisonRow } from './types';

/** Every saved comparison, most recently changed first; undefined while loading. */
export function useSavedComparisons(): readonly ComparisonRow[] | undefined {
  return useLiveQuery(() => listComparisons(), []);
}
