import { Dexie } from 'dexie';
import type { StoredSpec } from '../../../renderer/src/db/types';

/** A spec row as v1 and v2 wrote it: isLatest on the spec, no parser version. */
export type LegacySpecRow = Omit<StoredSpec, 'parserVersion'> & { isLatest: 0 | 1 };

/** Opens a database declared exactly as the app declared it at v2, to write data the way that version did. */
export function openV2Database(name: string): Dexie {
  const v2 = new Dexie(name);
  v2.version(1).stores({
    specs: 'id, classKey, isLatest, importedAt, employer, gradeNumber, title, code',
    comparisons: '++id, [leftId+rightId], updatedAt',
    annotations: '++id, specId, classKey',
    studies: '++id, updatedAt',
    meta: 'key',
  });
  v2.version(2).stores({ summaries: 'id, classKey, isLatest' });
  return v2;
}
