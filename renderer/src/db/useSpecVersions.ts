import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './db';
import type { SpecSummary } from './types';

/** Every stored version of a class, oldest first; undefined while loading. */
export function useSpecVersions(classKey: string | undefined): readonly SpecSummary[] | undefined {
  return useLiveQuery(
    async () => (classKey ? db.summaries.where('classKey').equals(classKey).sortBy('version') : []),
    [classKey],
  );
}
