import { useLiveQuery } from 'dexie-react-hooks';
import { loadCorrected, type CorrectedStoredSpec } from './corrections';
import { db } from './db';

/** One stored spec as the analyst corrected it; null when it does not exist, undefined while loading. */
export function useSpec(id: string | undefined): CorrectedStoredSpec | null | undefined {
  return useLiveQuery(async () => (id ? ((await loadCorrected(db, [await db.specs.get(id)]))[0] ?? null) : null), [id]);
}
