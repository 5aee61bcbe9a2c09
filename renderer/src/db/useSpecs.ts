import { useLiveQuery } from 'dexie-react-hooks';
import { loadCorrected, type CorrectedStoredSpec } from './corrections';
import { db } from './db';

/** Several stored specs as corrected, in the order asked (null for a missing id); undefined while loading. */
export function useSpecs(ids: readonly string[]): readonly (CorrectedStoredSpec | null)[] | undefined {
  const key = ids.join('\n');
  return useLiveQuery(async () => loadCorrected(db, await db.specs.bulkGet(key ? key.split('\n') : [])), [key]);
}
