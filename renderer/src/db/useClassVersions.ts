import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './db';
import type { StoredSpec } from './types';

/** Every stored version of a class with its whole document, oldest first; undefined while loading. */
export function useClassVersions(classKey: string | undefined): readonly StoredSpec[] | undefined {
  return useLiveQuery(
    async () => (classKey ? db.specs.where('classKey').equals(classKey).sortBy('version') : []),
    [classKey],
  );
}
