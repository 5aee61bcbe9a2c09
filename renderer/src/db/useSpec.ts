import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './db';
import type { StoredSpec } from './types';

/** One stored spec; null when it does not exist, undefined while loading. */
export function useSpec(id: string | undefined): StoredSpec | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.specs.get(id)) ?? null) : null), [id]);
}
