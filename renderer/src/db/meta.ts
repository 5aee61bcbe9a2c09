import { db } from './db';
import type { AppDb } from './schema';

const SEEDS_IMPORTED = 'seedsImported';
const PERSISTENCE_REQUESTED = 'persistenceRequested';

/** True once the sample specs were imported on a first start, even if the analyst deleted them since. */
export async function haveSeedsBeenImported(database: AppDb = db): Promise<boolean> {
  return (await database.meta.get(SEEDS_IMPORTED))?.value === true;
}

export async function markSeedsImported(database: AppDb = db): Promise<void> {
  await database.meta.put({ key: SEEDS_IMPORTED, value: true });
}

/** Asks the browser once to keep this origin's storage under pressure; returns whether it is persisted. */
export async function requestPersistentStorage(
  storage: StorageManager | undefined,
  database: AppDb = db,
): Promise<boolean> {
  if (!storage?.persist) return false;
  if ((await database.meta.get(PERSISTENCE_REQUESTED))?.value === true) return storage.persisted();
  const isPersisted = await storage.persist();
  await database.meta.put({ key: PERSISTENCE_REQUESTED, value: true });
  return isPersisted;
}
