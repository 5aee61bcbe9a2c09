import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './db';
import type { StoredSpec } from './types';

/** Several stored specs in the order asked (null for a missing id); undefined while loading. */
export function useSpecs(ids: readonly string[]): readonly (StoredSpec | null)[] | undefined {
  const key = ids.join('\n');
  return useLiveQuery(
    async () => (await db.specs.bulkGet(key ? key.split('\n') : [])).map((row) => row ?? null),
    [key],
  );
}
