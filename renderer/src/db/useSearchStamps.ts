import { useLiveQuery } from 'dexie-react-hooks';
import { searchStamps } from './searchStamps';
import type { SpecSummary } from './types';

/** `searchStamps` of the listed classes, following re-parses and corrections; undefined while loading. */
export function useSearchStamps(classes: readonly SpecSummary[] | undefined): ReadonlyMap<string, string> | undefined {
  return useLiveQuery(async () => (classes ? searchStamps(classes) : undefined), [classes]);
}
