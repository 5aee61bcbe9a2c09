import type { Dexie } from 'dexie';

/**
 * v4: the analyst's corrections of the parse, one row per correction, found by class (they carry
 * to every later version of it) and by the version they were made on.
 */
export function declareV4Corrections(database: Dexie): void {
  database.version(4).stores({ corrections: 'id, classKey, origin.specId, createdAt' });
}
